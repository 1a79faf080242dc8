// Command-line options for `npm run sim`, parsed strictly: every bad option is named.
import { parseArgs } from 'node:util';
import { DIFFICULTY_IDS, type Difficulty } from '../../src/state/rules/difficulty';
import { POLICIES, type PolicyName } from '../../src/state/bots/policies';
import { MAX_SEED } from '../../src/state/replays/replay';

export interface SimOptions {
  seed: number;
  policy: PolicyName;
  role: string;
  difficulty: Difficulty;
  json: boolean;
  out: string | null;
  replay: string | null;
  games: number | null;
  calendar: boolean;
  world: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run sim -- [options]
  --seed S          seed, an integer from 0 to ${MAX_SEED} (default 1)
  --policy P        ${POLICIES.join('|')} (default greedy)
  --role R          the actor you lead (default FRA)
  --difficulty D    ${DIFFICULTY_IDS.join('|')} (default normal)
  --json            print one JSON object instead of the readable log
  --out FILE        write the game's replay to FILE
  --replay FILE     play a replay back and check its hash
  --games N         play seeds S to S+N-1 and print the outcome distribution
  --calendar        print the scenario's calendar: with --role, the historical moves of the
                    capitals that role does not play (its own are the player's to make)
  --world           with --json, add the final world (positions, commitment, members,
                    deconfliction, trust, sanctions in force); with --games, one per seed
  --help            this text`;

function int(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, got ${raw}`);
  return n;
}

export function parseSimArgs(argv: string[]): SimOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        policy: { type: 'string' },
        role: { type: 'string' },
        difficulty: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        replay: { type: 'string' },
        games: { type: 'string' },
        calendar: { type: 'boolean' },
        world: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    // Node's messages are long and mention internals; keep the part that names the option.
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, '');
    const ambiguous = /Option '(--\w+)[^']*' argument is ambiguous/.exec(msg);
    throw new UsageError(ambiguous ? `${ambiguous[1]} needs a value that does not start with "-"` : msg);
  }
  const policy = values.policy ?? 'greedy';
  if (!(POLICIES as readonly string[]).includes(policy))
    throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, got "${policy}"`);
  const difficulty = values.difficulty ?? 'normal';
  if (!(DIFFICULTY_IDS as readonly string[]).includes(difficulty))
    throw new UsageError(`--difficulty must be one of ${DIFFICULTY_IDS.join(', ')}, got "${difficulty}"`);
  const seed = values.seed === undefined ? 1 : int('seed', values.seed, 0, MAX_SEED);
  const games = values.games === undefined ? null : int('games', values.games, 1, 1_000_000);
  if (games !== null && seed + games - 1 > MAX_SEED)
    throw new UsageError(`--seed plus --games runs past the largest seed ${MAX_SEED}`);
  if (values.replay && (values.games || values.out))
    throw new UsageError('--replay cannot be combined with --games or --out');
  if (values.games && values.out) throw new UsageError('--out writes one game; it cannot be combined with --games');
  if (values.world && !values.json)
    throw new UsageError('--world adds the final world to the JSON output: use it with --json');
  if (values.world && (values.calendar || values.replay))
    throw new UsageError('--world reads a game played here: it cannot be combined with --calendar or --replay');
  return {
    seed,
    policy: policy as PolicyName,
    role: values.role ?? 'FRA',
    difficulty: difficulty as Difficulty,
    json: values.json ?? false,
    out: values.out ?? null,
    replay: values.replay ?? null,
    games,
    calendar: values.calendar ?? false,
    world: values.world ?? false,
    help: values.help ?? false,
  };
}
