// The one place a move changes the world: the player's asks and the actors' answers (an actor
// honours its own counter-offer), statements, concessions, and the round's end with everything
// the actors and the calendar do then. Pure: the same world and move always give the same result,
// and the world passed in is never changed.
import { validateAction, type PlayerAction } from './actions';
import { decisionRefusal } from './model/events';
import type { Rules } from './rules';
import { ask, decideAct, resolveRound, statement } from './step';
import type { World } from './world';

/** The next world, or why the move is refused (and then nothing changed). */
export type Applied = { ok: true; world: World } | { ok: false; reason: string };

export function applyAction(rules: Rules, world: World, action: PlayerAction): Applied {
  const reason =
    validateAction(rules, world, action) ??
    (action.type === 'decide' ? decisionRefusal(rules, world, action.act) : null);
  if (reason !== null) return { ok: false, reason };
  switch (action.type) {
    case 'end':
      return { ok: true, world: resolveRound(rules, world) };
    case 'statement':
      return { ok: true, world: statement(rules, world, action.issue, action.position) };
    case 'decide':
      return { ok: true, world: decideAct(world, action.act) };
    default:
      // The addressed actor judges the world after the player's move (a concession is public first).
      return { ok: true, world: ask(rules, world, action) };
  }
}
