// One-step lookahead: for a world in diplomacy, the expected meter after each legal move
// (chance of yes × meter if yes + chance of no × meter if no), per action point. The balance
// report uses it to ask which kind of move is the best one in each situation.
import { COST, validateAction, type PlayerAction } from '../../src/state/rules/actions';
import { judge, type Answer } from '../../src/state/rules/model/answer';
import { coalitionLine } from '../../src/state/rules/model/meter';
import type { Rules } from '../../src/state/rules/rules';
import { beginAsk, completeAsk, resolveRound, statement } from '../../src/state/rules/step';
import type { World } from '../../src/state/rules/world';

export function candidates(rules: Rules, w: World): PlayerAction[] {
  const out: PlayerAction[] = [];
  const me = w.pos[w.role]!;
  for (const j of rules.actorIds) {
    if (j === w.role) continue;
    out.push({ type: 'call', target: j }, { type: 'visit', target: j });
    for (const i of rules.issueIds) {
      const theirs = w.pos[j]![i]!;
      if (Math.abs(theirs - me[i]!) < 5) continue;
      out.push({ type: 'concession', target: j, issue: i });
      out.push({ type: 'proposal', target: j, terms: { [i]: Math.round((theirs + me[i]!) / 2) } });
    }
  }
  // Statements: a step either way, or straight to where the coalition as a whole stands.
  const line = coalitionLine(rules, w);
  for (const i of rules.issueIds) {
    for (const d of [-20, 20])
      out.push({ type: 'statement', issue: i, position: Math.max(0, Math.min(100, me[i]! + d)) });
    if (Math.abs(line[i]! - me[i]!) >= 5) out.push({ type: 'statement', issue: i, position: Math.round(line[i]!) });
  }
  return out.filter((a) => validateAction(rules, w, a) === null);
}

const forced = (kind: 'accept' | 'reject', ev: Answer['evaluation']): Answer => ({
  kind,
  roll: 0,
  evaluation: ev,
  counter: null,
});

/**
 * The meter once the round has closed (actors act, bargain and re-weigh, with the drift's noise
 * and random events off), so that moves that pay through trust, like calls and statements, count
 * too. The actors' own initiatives use the round's seeded draws, the same for every candidate
 * move, so a call that makes an actor hold back from sanctions is credited with it.
 */
const settled = (rules: Rules, w: World) => resolveRound(rules, w, { driftNoise: 0, eventScale: 0 }).meter.value;

export function expectedMeter(rules: Rules, w: World, a: PlayerAction): number {
  if (a.type === 'end') return settled(rules, w);
  if (a.type === 'statement') return settled(rules, statement(rules, w, a.issue, a.position));
  const started = beginAsk(rules, w, a);
  const ev = judge(rules, started, a);
  const yes = settled(rules, completeAsk(rules, started, a, forced('accept', ev)));
  const no = settled(rules, completeAsk(rules, started, a, forced('reject', ev)));
  return ev.pAccept * yes + (1 - ev.pAccept) * no;
}

/** The best move's type and its expected gain per action point, or null when nothing gains. */
export function bestMove(rules: Rules, w: World): { type: PlayerAction['type']; gain: number } | null {
  let best: { type: PlayerAction['type']; gain: number } | null = null;
  const base = settled(rules, w);
  for (const a of candidates(rules, w)) {
    const gain = (expectedMeter(rules, w, a) - base) / COST[a.type];
    if (gain > 0.01 && (!best || gain > best.gain)) best = { type: a.type, gain };
  }
  return best;
}
