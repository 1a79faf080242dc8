// The teacher's page (`#teacher`, the address `npm run class` prints with the class's key): every
// table of the class, live — its round and whose turn it is, the coalition meter and the capitals in
// it, the groups playing — with each table's replay to open in the viewer or download, all of them
// in one zip, and the close of a stalled round. It joins every table with the teacher's token (src/app/together/
// classClient.ts): it reads the roles' documents and writes only the teacher's.
import { h } from '../../ui/dom';
import { downloadBytes, downloadText } from '../../ui/download';
import { replayFragment } from '../../state/replays/link';
import { joinTable, type Seat } from './classClient';

interface ClassTable {
  table: string;
  seed: number;
  roles: string[];
  difficulty: 'easy' | 'normal' | 'hard';
  token: string;
}

const replayName = (code: string) => `grand-coalition-${code}.json`;

export async function startTeacherPage(root: Element): Promise<void> {
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const say = (text: string) =>
    root.replaceChildren(
      h('h2', {}, 'Your class'),
      h('p', { id: 'teacher-problem', class: 'warn', role: 'alert' }, text),
    );
  const res = await fetch(`/api/class?key=${encodeURIComponent(key)}`).catch(() => null);
  const body = (await res?.json().catch(() => null)) as {
    tables?: ClassTable[];
    version?: number;
    error?: string;
  } | null;
  if (!res || !body || !res.ok || !body.tables || body.version === undefined)
    return say(body?.error ?? 'The class server does not answer: is it still running?');
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  const version = body.version;
  const seats = body.tables.map((t) => ({
    t,
    seat: joinTable(url, { ...t, role: 'TEACHER', version }, 'TEACHER'),
  }));

  const status = h('p', { id: 'teacher-status', role: 'status' });
  const all = h(
    'button',
    { type: 'button', id: 'teacher-download-all', onclick: () => void downloadAll(seats) },
    'Download all replays (zip)',
  );
  const list = h('ul', { id: 'teacher-tables', class: 'teacher-tables', 'aria-label': 'Tables' });
  root.replaceChildren(
    h('h2', { id: 'teacher-title', tabindex: -1 }, 'Your class'),
    h(
      'p',
      {},
      'Every table, live: open its game so far in the viewer, download its replay (Compare games and `npm run sim -- --replay` read it), or close a round a group has stalled in.',
    ),
    status,
    all,
    list,
  );
  const cards = seats.map(({ t, seat }) => {
    const li = h('li', { class: 'teacher-table', id: `teacher-${t.table}` });
    const draw = () => li.replaceChildren(...card(t, seat, (why) => (status.textContent = why)));
    seat.onChange(draw);
    draw();
    return li;
  });
  list.replaceChildren(...cards);
  const summary = () => {
    const done = seats.filter(({ seat }) => seat.table()?.turn().role === null).length;
    status.textContent = `${seats.length} table${seats.length === 1 ? '' : 's'}, ${done} finished.`;
  };
  for (const { seat } of seats) seat.onChange(summary);
  summary();
}

function card(t: ClassTable, seat: Seat, refused: (why: string) => void): Node[] {
  const g = seat.table();
  const title = h('h3', { id: `teacher-${t.table}-name` }, `Table ${t.table}`);
  const groups = t.roles.map((r) => g?.roleName(r) ?? r).join(', ');
  if (!g)
    return [title, h('p', { class: 'teacher-wait' }, seat.problem() ?? 'Connecting…'), h('p', {}, `Groups: ${groups}`)];
  const turn = g.turn();
  const m = g.meter();
  const screen = g.screen(t.roles[0]!);
  const where =
    turn.role === null
      ? `Finished: ${g.debrief().outcome ?? 'no outcome'}`
      : `${g.roleName(turn.role)} ${turn.phase === 'answers' ? 'answers' : 'plays'}`;
  const row = (k: string, v: string, cls: string) => [h('dt', {}, k), h('dd', { class: cls }, v)];
  const described = `teacher-${t.table}-name`;
  return [
    title,
    h(
      'dl',
      {},
      ...row(
        'Round',
        `${Math.min(turn.round + 1, screen.rounds)} of ${screen.rounds} (${screen.date})`,
        'teacher-round',
      ),
      ...row('Turn', where, 'teacher-turn'),
      ...row('Meter', `${Math.round(m.value)} / 100`, 'teacher-meter'),
      ...row('In the coalition', m.members.length ? m.members.join(', ') : 'no one yet', 'teacher-members'),
      ...row('Groups', groups, 'teacher-groups'),
      ...row('Moves', String(g.log().length), 'teacher-moves'),
    ),
    h(
      'p',
      { class: 'teacher-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'teacher-download',
          'aria-describedby': described,
          onclick: () => downloadText(g.replayText(), replayName(t.table), 'application/json'),
        },
        'Download replay',
      ),
      ' ',
      // The game so far in the replay viewer, in a tab of its own (this page stays live).
      h(
        'a',
        {
          class: 'teacher-view',
          href: `${location.pathname}#${replayFragment(JSON.parse(g.replayText()) as { format: string })}`,
          target: '_blank',
          rel: 'noopener',
          'aria-describedby': described,
        },
        'Open in the viewer',
      ),
      ' ',
      turn.role === null
        ? ''
        : h(
            'button',
            {
              type: 'button',
              class: 'teacher-close',
              'aria-describedby': described,
              onclick: () => {
                const why = seat.close();
                if (why) refused(`Table ${t.table}: ${why}`);
              },
            },
            `Close round ${turn.round + 1}`,
          ),
    ),
  ];
}

async function downloadAll(seats: { t: ClassTable; seat: Seat }[]): Promise<void> {
  const { strToU8, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const { t, seat } of seats) {
    const g = seat.table();
    if (g) files[replayName(t.table)] = strToU8(g.replayText());
  }
  downloadBytes(zipSync(files, { level: 6 }), 'grand-coalition-class.zip', 'application/zip');
}
