// The hindcast beside other lines of play: a checkpoint is informative only if some play can move
// it. Each line (the historical one first, then passive, random, strategist and the role's
// what-ifs) is played once per seed and read against every checkpoint of the role; a checkpoint
// that holds on at least FIXED_AT of seeds under every line is a *fixed fact*, reported apart and
// left out of the aim (docs/HINDCAST.md).
import type { Difficulty } from '../rules/difficulty';
import { checkpointsFor, hindcastRole, type CheckpointResult } from '../rules/hindcast';
import { playMovesGame, type MovesLine } from './moves';
import { playPolicy, type PolicyName } from './policies';
import type { Rules } from '../rules/rules';
import type { ActorId, World } from '../rules/world';

/** A checkpoint holding on this share of seeds under every line is a fixed fact. */
export const FIXED_AT = 0.95;

/** What a fixed fact says when its data gives no reason. */
export const NO_PLAY_MOVED_IT = 'no play moved it';

/** A line of play for one role: its id, and how to play it on a seed (calling `onRound` as playAt does). */
export interface HindcastLine {
  id: string;
  label: string;
  play: (seed: number, onRound: (w: World) => void) => void;
}

export interface LineShare {
  line: string;
  matched: number;
  share: number;
}

export interface CheckpointLines extends CheckpointResult {
  /** The checkpoint's share under each line, the historical one first. */
  lines: LineShare[];
  /** Held on FIXED_AT or more of seeds under every line (with more than one line to compare). */
  fixed: boolean;
  /** For a fixed fact: the checkpoint's own `fixed` reason, or NO_PLAY_MOVED_IT. */
  fixedReason: string | null;
  /** The data calls it fixed (`fixed`) but a line moved it. */
  markedFixedButMoved: boolean;
}

/** A policy as a line. */
export const policyLine = (
  rules: Rules,
  role: ActorId,
  policy: PolicyName,
  difficulty: Difficulty = 'normal',
): HindcastLine => ({
  id: policy,
  label: policy,
  play: (seed, onRound) => void playPolicy(rules.scenario, seed, role, policy, difficulty, onRound),
});

/** A what-if (or any moves file) as a line, named `whatif:<id>`. */
export const movesLine = (rules: Rules, id: string, line: MovesLine): HindcastLine => ({
  id: `whatif:${id}`,
  label: line.name,
  play: (seed, onRound) => void playMovesGame(rules, line, seed, onRound),
});

/** The lines every role is read under besides its what-ifs: the record's first. */
export const POLICY_LINES: readonly PolicyName[] = ['historical', 'passive', 'random', 'strategist'];

/**
 * Plays every line for a role on seeds 0 to seeds − 1 (one game per line and seed, read against
 * every checkpoint) and returns each checkpoint's result on the first line (the historical one,
 * with its misses), its share under every line, and whether it is a fixed fact.
 */
export function hindcastLines(
  rules: Rules,
  role: ActorId,
  seeds: number,
  lines: readonly HindcastLine[],
): CheckpointLines[] {
  if (lines.length === 0) throw new Error('hindcastLines needs at least the historical line');
  const byLine = lines.map((l) => hindcastRole(rules, role, seeds, l.play));
  const cps = checkpointsFor(rules.scenario, role);
  return byLine[0]!.map((first, i) => {
    const shares = byLine.map((res, k) => ({ line: lines[k]!.id, matched: res[i]!.matched, share: res[i]!.share }));
    const fixed = lines.length > 1 && shares.every((s) => s.share >= FIXED_AT);
    const marked = cps[i]!.fixed ?? null;
    return {
      ...first,
      lines: shares,
      fixed,
      fixedReason: fixed ? (marked ?? NO_PLAY_MOVED_IT) : null,
      markedFixedButMoved: marked !== null && !fixed,
    };
  });
}

/** The aim over informative checkpoints: each holds on at least `aim` of seeds on the historical line. */
export function hindcastAim(results: readonly CheckpointLines[], aim: number) {
  const informative = results.filter((r) => !r.fixed);
  return {
    fixed: results.filter((r) => r.fixed),
    informative,
    below: informative.filter((r) => r.share < aim),
  };
}
