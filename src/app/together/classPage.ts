// A student's device at the class server (`#class`, served by `npm run class`): join a table by its
// code and pick a role, then play that role's turns; between them the page shows whose turn it is.
// The documents (src/app/together/classClient.ts) go through the server this page came from.
import { h } from '../../ui/dom';
import { renderDebrief, renderTurn, renderWaiting } from '../../ui/together';
import { downloadText } from '../../ui/download';
import { joinTable, type Joined, type Seat } from './classClient';
import type { TogetherAction } from '../../release/together';
import { actorArgs, t } from '../../i18n';
import { roleName, serverProblem, type ServerRefusal } from './problems';

export function startClassPage(root: Element): void {
  const params = new URLSearchParams(location.search);
  const code = h('input', { id: 'class-table', value: params.get('table') ?? '', autocomplete: 'off' });
  const role = h(
    'select',
    { id: 'class-role' },
    ...['FRA', 'USA', 'RUS'].map((r) => h('option', { value: r, selected: r === params.get('role') }, roleName(r))),
  );
  const problem = h('p', { id: 'class-problem', class: 'warn', role: 'alert' });
  const form = h(
    'form',
    {
      id: 'class-join',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void join(root, code.value.trim().toUpperCase(), role.value, problem);
      },
    },
    h('h2', {}, t('class.heading')),
    h('label', {}, t('class.code'), ' ', code),
    ' ',
    h('label', {}, t('class.role'), ' ', role),
    ' ',
    h('button', { type: 'submit', id: 'class-go' }, t('class.join')),
    problem,
  );
  root.replaceChildren(form);
}

async function join(root: Element, table: string, role: string, problem: Element): Promise<void> {
  const res = await fetch(`/api/join?table=${encodeURIComponent(table)}&role=${encodeURIComponent(role)}`, {
    method: 'POST',
  }).catch(() => null);
  const body = (await res?.json().catch(() => null)) as (Joined & ServerRefusal) | null;
  if (!res || !body || !res.ok) {
    problem.textContent = serverProblem(body, 'class.noServer');
    return;
  }
  const seat = joinTable(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`, body);
  let shown = '';
  let refused: string | null = null;
  const draw = () => {
    const tbl = seat.table();
    const p = seat.problem();
    if (!tbl) return renderWaiting(root, p ?? t('class.connecting'));
    const turn = tbl.turn();
    if (turn.role === null)
      return renderDebrief(root, tbl.debrief(), () =>
        downloadText(tbl.replayText(), `grand-coalition-${table}.json`, 'application/json'),
      );
    const key = `${turn.role}|${tbl.log().length}|${refused ?? ''}`;
    if (key === shown) return;
    shown = key;
    if (turn.role !== role)
      return renderWaiting(
        root,
        t(turn.phase === 'answers' ? 'class.othersAnswer' : 'class.othersPlay', {
          ...actorArgs('role', turn.role, tbl.roleName(turn.role)),
          round: turn.round + 1,
        }),
      );
    renderTurn(
      root,
      tbl.screen(role),
      handlers(seat, (why) => ((refused = why), draw())),
      refused,
    );
  };
  seat.onChange(draw);
  draw();
}

function handlers(seat: Seat, said: (why: string | null) => void) {
  const act = (a: TogetherAction) => said(seat.play(a));
  return {
    play: (a: Record<string, unknown>) => act(a as TogetherAction),
    reply: (
      o: { from: string; index: number },
      kind: 'accept' | 'decline' | 'counter',
      terms?: Record<string, number>,
    ) => act({ type: 'reply', from: o.from, offer: o.index, kind, ...(terms ? { terms } : {}) }),
    end: () => act({ type: 'end' }),
    notes: null,
  };
}
