// Bots in several seats of a game played together (../rules/together.ts): each human role played
// by a policy, turn by turn, as people would play it. A bot answers an ask from another human
// capital as the model would lean: yes when the addressed capital's model gives it at least an
// even chance (offerPreview), no otherwise; it never counters.
import type { Difficulty } from '../rules/difficulty';
import type { Rules } from '../rules/rules';
import {
  applyTogether,
  offerPreview,
  openOffersTo,
  startTogether,
  type TogetherAction,
  type TogetherGame,
} from '../rules/together';
import type { ActorId, World } from '../rules/world';
import { policies, type PolicyName } from './policies';

/** The bot's answer to each open ask addressed to `role`, in the order they were made. */
export function botReplies(rules: Rules, g: TogetherGame, role: ActorId): TogetherAction[] {
  return openOffersTo(g, role).map((o) => ({
    type: 'reply',
    from: o.from,
    offer: o.index,
    kind: offerPreview(rules, g, o).pAccept >= 0.5 ? 'accept' : 'decline',
  }));
}

/** The world as a policy written for one player reads it: this round's record holds only the role's own moves. */
function ownView(w: World, role: ActorId): World {
  if (w.humans === undefined) return w;
  const cur = w.rounds[w.rounds.length - 1]!;
  const rounds = w.rounds.slice();
  rounds[rounds.length - 1] = { ...cur, actions: cur.actions.filter((r) => r.by === role) };
  return { ...w, rounds };
}

function must(rules: Rules, g: TogetherGame, role: ActorId, a: TogetherAction): TogetherGame {
  const r = applyTogether(rules, g, role, a);
  if (!r.ok) throw new Error(`${role} cannot ${a.type}: ${r.reason}`);
  return r.game;
}

/**
 * Plays one turn of the role whose turn it is: its answers, then (in the moves pass) the policy's
 * moves until it ends or the rules refuse one. Returns the game after the turn.
 */
export function botTurn(rules: Rules, g: TogetherGame, policy: PolicyName): TogetherGame {
  const role = g.roles[g.turn]!;
  const round = g.world.round;
  for (const a of botReplies(rules, g, role)) {
    const r = applyTogether(rules, g, role, a);
    // Accepting a counter-offer costs an action point: without one, it is declined.
    g = r.ok ? r.game : must(rules, g, role, { ...(a as Extract<TogetherAction, { type: 'reply' }>), kind: 'decline' });
  }
  if (g.phase === 'answers') return must(rules, g, role, { type: 'end' });
  for (let step = 0; ; step++) {
    const a = policies[policy](rules, ownView(g.world, role), step);
    const r = a.type === 'end' ? null : applyTogether(rules, g, role, a);
    if (r === null || !r.ok) return must(rules, g, role, { type: 'end' });
    g = r.game;
    if (g.world.round !== round || g.world.outcome !== null || g.roles[g.turn] !== role) return g;
  }
}

/** A whole game with a policy in every human seat. */
export function playTogether(
  rules: Rules,
  seed: number,
  roles: readonly ActorId[],
  policy: PolicyName,
  difficulty: Difficulty = 'normal',
): TogetherGame {
  let g = startTogether(rules, seed, roles, difficulty);
  while (g.world.outcome === null) g = botTurn(rules, g, policy);
  return g;
}
