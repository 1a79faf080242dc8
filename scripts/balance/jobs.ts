// The balance report's work, cut into jobs that each give the same numbers wherever they run: one
// role and policy over every seed, one role, level and policy, or one role's sampled situations.
// A job's sums run in seed order inside it, so the report is the same on one process or several.
import { loadScenario } from '../../src/data/load';
import type { Difficulty } from '../../src/state/rules/difficulty';
import { grandMet, playPolicy, type PolicyName } from '../../src/state/bots/policies';
import { buildRules } from '../../src/state/rules/rules';
import { followHint } from '../../src/state/view/advice';
import type { OutcomeId, World } from '../../src/state/rules/world';
import { newAcceptance, tallyGame, type Acceptance } from './acceptance';
import { bestMove } from './lookahead';

/** The policies, and the hint-follower (a bot of the view: it reads what the screen shows). */
export type Line = PolicyName | 'hints';
const bot = (line: Line) => (line === 'hints' ? followHint : line);

export type Job =
  | { kind: 'outcomes'; role: string; policy: Line; games: number }
  | { kind: 'levels'; role: string; difficulty: Difficulty; policy: Line; games: number }
  | { kind: 'moves'; role: string; situations: number };

export type Counts = Record<OutcomeId, number>;
export type JobResult =
  | { kind: 'outcomes'; counts: Counts; meter: number; acceptance: Acceptance; met6: number; held: number }
  | { kind: 'levels'; counts: Counts }
  | { kind: 'moves'; tally: Record<string, number> };

const scenario = loadScenario();
const rules = buildRules(scenario);
const none = (): Counts => ({ grand_coalition: 0, parallel_campaigns: 0, fracture: 0 });

export function runJob(job: Job): JobResult {
  switch (job.kind) {
    case 'outcomes': {
      const counts = none();
      const acceptance = newAcceptance();
      let meter = 0;
      let met6 = 0;
      let held = 0;
      for (let s = 0; s < job.games; s++) {
        // Every condition of a grand coalition met at the close of round 6 or earlier (the world as
        // round 7 opens, or sooner)?
        let early = false;
        const g = playPolicy(scenario, s, job.role, bot(job.policy), 'normal', (w) => {
          if (!early && w.round <= 6 && w.rounds.length > 1 && grandMet(rules, w)) early = true;
        });
        tallyGame(acceptance, g.world);
        counts[g.world.outcome!] += 1;
        meter += g.world.meter.value;
        if (early) {
          met6 += 1;
          if (g.world.outcome === 'grand_coalition') held += 1;
        }
      }
      return { kind: 'outcomes', counts, meter, acceptance, met6, held };
    }
    case 'levels': {
      const counts = none();
      for (let s = 0; s < job.games; s++)
        counts[playPolicy(scenario, s, job.role, bot(job.policy), job.difficulty).world.outcome!] += 1;
      return { kind: 'levels', counts };
    }
    case 'moves': {
      // The world at the start of each round of games played by the random policy, so the
      // lookahead sees early, middle and late positions, some of them already bent by odd moves.
      const tally: Record<string, number> = { call: 0, visit: 0, proposal: 0, statement: 0, concession: 0, none: 0 };
      let n = 0;
      for (let s = 0; n < job.situations; s++) {
        const starts: World[] = [];
        playPolicy(scenario, 50_000 + s, job.role, 'random', 'normal', (w) => !w.outcome && starts.push(w));
        for (const w of starts.slice(0, job.situations - n)) {
          const b = bestMove(rules, w);
          const k = b ? b.type : 'none';
          tally[k] = (tally[k] ?? 0) + 1;
          n += 1;
        }
      }
      return { kind: 'moves', tally };
    }
  }
}
