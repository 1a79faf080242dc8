// The teacher's page (`#teacher`, the address `npm run class` prints with the class's key): every
// table of the class, live — its round and whose turn it is, the coalition meter and the capitals in
// it, the groups playing — with each table's replay to open in the viewer or download, all of them
// in one zip, and the close of a stalled round. It joins every table with the teacher's token (src/app/together/
// classClient.ts): it reads the roles' documents and writes only the teacher's.
import { h } from '../../ui/dom';
import { downloadBytes, downloadText } from '../../ui/download';
import { replayFragment } from '../../state/replays/link';
import { joinTable, type Seat } from './classClient';
import { actorArgs, list, outcomeLabel, t as tr } from '../../i18n';
import { dayDate } from '../../presentation/format';
import { roleName, serverProblem, type ServerRefusal } from './problems';

interface ClassTable {
  table: string;
  seed: number;
  roles: string[];
  difficulty: 'easy' | 'normal' | 'hard';
  token: string;
}

/** A role named in a message: its name and its French forms (« au tour des États-Unis »). */
const roleArgs = (id: string) => actorArgs('role', id, roleName(id));

const replayName = (code: string) => `grand-coalition-${code}.json`;

export async function startTeacherPage(root: Element): Promise<void> {
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const say = (text: string) =>
    root.replaceChildren(
      h('h2', {}, tr('teacher.heading')),
      h('p', { id: 'teacher-problem', class: 'warn', role: 'alert' }, text),
    );
  const res = await fetch(`/api/class?key=${encodeURIComponent(key)}`).catch(() => null);
  const body = (await res?.json().catch(() => null)) as
    | ({
        tables?: ClassTable[];
        version?: number;
      } & ServerRefusal)
    | null;
  if (!res || !body || !res.ok || !body.tables || body.version === undefined)
    return say(serverProblem(body, 'teacher.noServer'));
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
    tr('teacher.downloadAll'),
  );
  const list = h('ul', { id: 'teacher-tables', class: 'teacher-tables', 'aria-label': tr('teacher.tables') });
  root.replaceChildren(
    h('h2', { id: 'teacher-title', tabindex: -1 }, tr('teacher.heading')),
    h('p', {}, tr('teacher.intro')),
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
    status.textContent = tr('teacher.summary', { n: seats.length, done });
  };
  for (const { seat } of seats) seat.onChange(summary);
  summary();
}

function card(t: ClassTable, seat: Seat, refused: (why: string) => void): Node[] {
  const g = seat.table();
  const title = h('h3', { id: `teacher-${t.table}-name` }, tr('teacher.table', { code: t.table }));
  const groups = list(t.roles.map(roleName));
  if (!g)
    return [
      title,
      h('p', { class: 'teacher-wait' }, seat.problem() ?? tr('teacher.connecting')),
      h('p', {}, tr('teacher.groupsLine', { groups })),
    ];
  const turn = g.turn();
  const m = g.meter();
  const screen = g.screen(t.roles[0]!);
  const where =
    turn.role === null
      ? tr('teacher.finished', { outcome: outcomeLabel(g.debrief().outcome ?? tr('teacher.noOutcome')) })
      : tr(turn.phase === 'answers' ? 'together.answers' : 'together.plays', roleArgs(turn.role));
  const row = (k: string, v: string, cls: string) => [h('dt', {}, k), h('dd', { class: cls }, v)];
  const described = `teacher-${t.table}-name`;
  return [
    title,
    h(
      'dl',
      {},
      ...row(
        tr('teacher.round'),
        tr('teacher.roundOf', {
          round: Math.min(turn.round + 1, screen.rounds),
          rounds: screen.rounds,
          date: dayDate(screen.date),
        }),
        'teacher-round',
      ),
      ...row(tr('teacher.turn'), where, 'teacher-turn'),
      ...row(tr('teacher.meter'), tr('teacher.meterValue', { value: Math.round(m.value) }), 'teacher-meter'),
      ...row(
        tr('teacher.members'),
        m.memberIds.length ? list(m.memberIds.map(roleName)) : tr('teacher.noOne'),
        'teacher-members',
      ),
      ...row(tr('teacher.groups'), groups, 'teacher-groups'),
      ...row(tr('teacher.moves'), String(g.log().length), 'teacher-moves'),
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
        tr('teacher.download'),
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
        tr('teacher.view'),
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
                if (why) refused(tr('teacher.refused', { code: t.table, why }));
              },
            },
            tr('teacher.close', { round: turn.round + 1 }),
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
