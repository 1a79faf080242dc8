// The answer key's typical paths on one setting: the same seed, role and level a class plays,
// played by the record's own line and by a planned one, round by round. The teacher then knows
// what a group that did what 2015 did will see, and what it took to do better, before the lesson.
import { whyOutcome } from './compare';
import type { Difficulty } from '../rules/difficulty';
import { describeAction } from './explain';
import { OUTCOME_LABEL } from '../rules/model/outcome';
import { runPolicy, type PolicyName } from '../bots/policies';
import type { Rules } from '../rules/rules';
import { initWorld } from '../rules/step';
import type { PlayerAction } from '../rules/actions';
import { playAll, type PlayedGame } from '../rules/game';

export interface PathRound {
  date: string;
  /** Each move with its answer in a word ("yes", "no", "counter-offer"; none for a statement). */
  moves: { move: string; answer: string | null }[];
  /** The meter as the round closed. */
  meter: number | null;
  /** Capitals that joined or left the coalition at this round's end, by name. */
  joined: string[];
  left: string[];
}

export interface TypicalPath {
  policy: PolicyName;
  outcome: string;
  why: string;
  startMeter: number;
  finalMeter: number;
  rounds: PathRound[];
  hash: string;
}

const ANSWER = { accept: 'yes', reject: 'no', counter: 'counter-offer' } as const;

/** The paths the key shows: what the capital really did, and a plan that aims for the grand coalition. */
export const KEY_POLICIES: PolicyName[] = ['historical', 'strategist'];

export function typicalPaths(
  rules: Rules,
  seed: number,
  role: string,
  difficulty: Difficulty,
  policies: PolicyName[] = KEY_POLICIES,
): TypicalPath[] {
  return policies.map((policy) => {
    const { world: w, hash } = runPolicy(rules.scenario, seed, role, policy, difficulty);
    const name = (a: string) => rules.actor[a]!.name;
    // The members as each round opened: at the start, then as the round before closed.
    let prev = new Set(initWorld(rules, seed, role, difficulty).meter.members);
    const rounds = w.rounds.map((r): PathRound => {
      const members = new Set(r.meter?.members ?? prev);
      const before = prev;
      prev = members;
      return {
        date: r.date,
        moves: r.actions
          .filter((a) => a.action.type !== 'end')
          .map((a) => ({ move: describeAction(rules, a.action), answer: a.answer ? ANSWER[a.answer.kind] : null })),
        meter: r.meter?.value ?? null,
        joined: [...members].filter((a) => !before.has(a) && a !== role).map(name),
        left: [...before].filter((a) => !members.has(a) && a !== role).map(name),
      };
    });
    return {
      policy,
      outcome: w.outcome ? OUTCOME_LABEL[w.outcome] : 'unfinished',
      why: whyOutcome(rules, w),
      startMeter: w.startMeter,
      finalMeter: w.meter.value,
      rounds,
      hash,
    };
  });
}

/**
 * A one-period lesson's start: the record's own line (the moves the capital made in 2015) played
 * on the class's seed, role and level up to the start of round `round` (0-based), as a game the
 * class takes over from there. A plain saved game: it verifies and compares like any other, and a
 * game played to the end from it is an ordinary whole game (no hash of a whole game moves).
 */
export function lessonStart(
  rules: Rules,
  seed: number,
  role: string,
  difficulty: Difficulty,
  round: number,
): { actions: PlayerAction[]; played: PlayedGame } {
  const line = runPolicy(rules.scenario, seed, role, 'historical', difficulty);
  const actions: PlayerAction[] = [];
  let r = 0;
  for (const a of line.actions) {
    if (r >= round) break;
    actions.push(a);
    if (a.type === 'end') r += 1;
  }
  const played = playAll(rules.scenario, seed, role, actions, undefined, difficulty);
  if (!played.ok) throw new Error(`the record's line is not playable: ${played.error}`);
  return { actions, played: played.game };
}
