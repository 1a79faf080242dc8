// What a move would do if it were answered yes, before it is sent: the same steps the game takes,
// with the answer forced to yes and no seeded draw read (so a preview never reveals the roll).
import type { PlayerAction } from '../rules/actions';
import type { Answer } from '../rules/model/answer';
import { judge, sameTerms } from '../rules/model/answer';
import type { Rules } from '../rules/rules';
import { beginAsk, completeAsk, decideAct, statement } from '../rules/step';
import type { Ask } from '../rules/actions';
import type { World } from '../rules/world';
import type { Evaluation } from '../rules/model/utility';

export interface Preview {
  /** The chance of a yes, or null for a statement (nobody answers it). */
  chance: number | null;
  /** The world if the move is answered yes (a statement: the world after it). */
  ifYes: World;
  /** How the addressed actor weighs the ask (null for a statement). */
  evaluation: Evaluation | null;
}

/** The addressed actor's chance of yes, as the game will judge it (a counter-offer sent back is a sure yes). */
export function chanceOfYes(rules: Rules, world: World, action: Ask): number {
  return sentBack(world, action) ? 1 : judge(rules, beginAsk(rules, world, action), action).pAccept;
}

/** A proposal of the very terms the addressed actor offered back: a sure yes. */
function sentBack(world: World, action: Ask): boolean {
  const pending = world.counters[action.target];
  return action.type === 'proposal' && !!pending && sameTerms(pending, action.terms);
}

export function previewMove(rules: Rules, world: World, action: Exclude<PlayerAction, { type: 'end' }>): Preview {
  if (action.type === 'decide') return { chance: null, ifYes: decideAct(world, action.act), evaluation: null };
  if (action.type === 'statement')
    return { chance: null, ifYes: statement(rules, world, action.issue, action.position), evaluation: null };
  const asked = beginAsk(rules, world, action);
  const evaluation = judge(rules, asked, action);
  const yes: Answer = { kind: 'accept', roll: null, evaluation, counter: null };
  // chanceOfYes, read off the judgement already made.
  return {
    chance: sentBack(world, action) ? 1 : evaluation.pAccept,
    ifYes: completeAsk(rules, asked, action, yes),
    evaluation,
  };
}
