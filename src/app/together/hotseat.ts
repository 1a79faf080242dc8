// Hot-seat: a game played together on one device. The roles take turns in the fixed order; between
// two roles the screen hands over (src/ui/together.ts: renderHandover), and nothing of the previous
// role's screen stays on it (its asks waiting for answers, its private notes) until the next role
// says it holds the device. Each role's notes are kept for that role only.
import { newTable, tableFromTakeOver, type Table, type TogetherAction } from '../../release/together';
import { takeTakeOver } from './takeOver';
import { downloadText } from '../../ui/download';
import { actorArgs, t as tr } from '../../i18n';
import { renderDebrief, renderHandover, renderSetup, renderTurn, type SetupChoice } from '../../ui/together';

export function startHotseat(root: Element): void {
  // A role of a replay taken over in the replay viewer (src/app/together/takeOver.ts) plays on here.
  const x = takeTakeOver();
  if (x) {
    const r = tableFromTakeOver(x.replay, x.role, x.round);
    if (r.ok) return play(root, r.table);
    return renderSetup(root, (c) => begin(root, c), tr('together.takeOverFailed', { error: r.error }));
  }
  renderSetup(root, (c) => begin(root, c));
}

function begin(root: Element, c: SetupChoice): void {
  if (c.roles.length === 0) return renderSetup(root, (x) => begin(root, x), tr('together.chooseOne'));
  play(root, newTable(c.seed, c.roles, c.difficulty));
}

function play(root: Element, table: Table): void {
  const roles = table.roles();
  const notes: Record<string, string> = Object.fromEntries(roles.map((r) => [r, '']));
  let shown: string | null = null;

  const show = (problem: string | null = null) => {
    const t = table.turn();
    if (t.role === null) {
      shown = null;
      return renderDebrief(root, table.debrief(), () =>
        downloadText(table.replayText(), `grand-coalition-together-${table.seed()}.json`, 'application/json'),
      );
    }
    const role = t.role;
    if (shown !== role && roles.length > 1) {
      // A new role's turn: the previous role's screen goes before the device changes hands.
      shown = null;
      const who = { ...actorArgs('role', role, table.roleName(role)), round: t.round + 1 };
      const why = tr(t.phase === 'answers' ? 'together.whyAnswers' : 'together.whyTurn', who);
      return renderHandover(root, role, table.roleName(role), why, () => {
        shown = role;
        show();
      });
    }
    shown = role;
    renderTurn(root, table.screen(role), handlers(table, role, notes, show), problem);
  };
  show();
}

function handlers(table: Table, role: string, notes: Record<string, string>, show: (p?: string | null) => void) {
  const act = (a: TogetherAction) => show(table.play(role, a));
  return {
    play: (a: Record<string, unknown>) => act(a as TogetherAction),
    reply: (
      o: { from: string; index: number },
      kind: 'accept' | 'decline' | 'counter',
      terms?: Record<string, number>,
    ) => act({ type: 'reply', from: o.from, offer: o.index, kind, ...(terms ? { terms } : {}) }),
    end: () => act({ type: 'end' }),
    notes: { text: notes[role] ?? '', save: (t: string) => (notes[role] = t) },
  };
}
