// Command-line options for `npm run sim`, read by node:util's parseArgs and checked strictly: every
// bad option is named, and every piece of the command line a message repeats goes through echo()
// (cut to a few dozen characters, control characters shown as escapes), so an argument can neither
// flood the terminal nor write escape codes or a line of its own.
import { parseArgs } from 'node:util';
import { echo } from '../../src/state/view/echo';
import { DIFFICULTY_IDS, type Difficulty } from '../../src/state/rules/difficulty';
import { POLICIES, type PolicyName } from '../../src/state/bots/policies';
import { MAX_SEED } from '../../src/state/replays/replay';
import { LOCALES, type Locale } from '../../src/i18n/locale';

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
  /** A line of moves to play from a file (src/state/bots/moves.ts), for the file's role and level. */
  moves: string | null;
  /** Several human roles, each played by the policy (a game played together: src/state/rules/together.ts). */
  roles: string[] | null;
  help: boolean;
  /** The log's language (its frame, dates and numbers); the game and its hash are the same in either. */
  lang: Locale;
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
  --moves FILE      play a line of moves kept as a file (docs/HINDCAST.md, "What-ifs") for the
                    file's role and level: a move the rules refuse is reported and skipped; with
                    --json, --world, --games N and --out; a what-if's expectations are read
  --roles R1,R2     play a game together: the policy in each of these human seats (FRA, USA,
                    RUS; 1 to 3), turn by turn; with --out, --json and --seed
  --lang L          ${LOCALES.join('|')}: the readable log's language (default en; the game and its
                    hash are the same in either)
  --help            this text`;

const OPTIONS = {
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
  moves: { type: 'string' },
  roles: { type: 'string' },
  help: { type: 'boolean' },
  lang: { type: 'string' },
} as const;
type Name = keyof typeof OPTIONS;
const isName = (n: string): n is Name => Object.hasOwn(OPTIONS, n);

function int(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, got ${echo(raw)}`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, got ${echo(raw)}`);
  return n;
}

/**
 * The options, each the last one given. parseArgs reads the line into tokens (not strictly: its
 * own errors repeat the argument raw); each token is then checked here, in order.
 */
function read(argv: readonly string[]): Partial<Record<Name, string | true>> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Partial<Record<Name, string | true>> = {};
  for (const t of tokens) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional') throw new UsageError(`unexpected argument ${echo(t.value)}: sim takes options only`);
    if (!isName(t.name)) throw new UsageError(`Unknown option ${echo(t.rawName)}`);
    if (OPTIONS[t.name].type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`--${t.name} takes no value, got ${echo(t.value)}`);
      values[t.name] = true;
    } else if (t.value === undefined) throw new UsageError(`--${t.name} needs a value`);
    else if (!t.inlineValue && t.value.startsWith('-'))
      // `--seed -3`: a value that looks like an option is refused, as parseArgs's strict mode does.
      throw new UsageError(`--${t.name} needs a value that does not start with "-" (or write --${t.name}=VALUE)`);
    else values[t.name] = t.value;
  }
  return values;
}

const text = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function parseSimArgs(argv: readonly string[]): SimOptions {
  const v = read(argv);
  const policy = text(v.policy) ?? 'greedy';
  if (!(POLICIES as readonly string[]).includes(policy))
    throw new UsageError(`--policy must be one of ${POLICIES.join(', ')}, got ${echo(policy)}`);
  const difficulty = text(v.difficulty) ?? 'normal';
  if (!(DIFFICULTY_IDS as readonly string[]).includes(difficulty))
    throw new UsageError(`--difficulty must be one of ${DIFFICULTY_IDS.join(', ')}, got ${echo(difficulty)}`);
  const lang = text(v.lang) ?? 'en';
  if (!(LOCALES as readonly string[]).includes(lang))
    throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}, got ${echo(lang)}`);
  const seed = v.seed === undefined ? 1 : int('seed', text(v.seed)!, 0, MAX_SEED);
  const games = v.games === undefined ? null : int('games', text(v.games)!, 1, 1_000_000);
  if (games !== null && seed + games - 1 > MAX_SEED)
    throw new UsageError(`--seed plus --games runs past the largest seed ${MAX_SEED}`);
  if (v.replay !== undefined && (games !== null || v.out !== undefined))
    throw new UsageError('--replay cannot be combined with --games or --out');
  if (games !== null && v.out !== undefined)
    throw new UsageError('--out writes one game; it cannot be combined with --games');
  if (v.world && !v.json) throw new UsageError('--world adds the final world to the JSON output: use it with --json');
  if (v.world && (v.calendar || v.replay !== undefined))
    throw new UsageError('--world reads a game played here: it cannot be combined with --calendar or --replay');
  if (v.moves !== undefined) {
    const other = (['policy', 'role', 'difficulty', 'replay', 'calendar'] as const).filter((n) => v[n] !== undefined);
    if (other.length)
      throw new UsageError(
        `--moves plays the file's own role, level and moves: it cannot be combined with --${other.join(', --')}`,
      );
  }
  const roles = text(v.roles)?.split(',') ?? null;
  if (roles !== null) {
    const other = (['role', 'games', 'replay', 'calendar', 'moves', 'world'] as const).filter(
      (n) => v[n] !== undefined,
    );
    if (other.length)
      throw new UsageError(`--roles plays one game together: it cannot be combined with --${other.join(', --')}`);
    if (roles.length < 1 || roles.length > 3 || roles.some((r) => !/^[A-Z]{3}$/.test(r)))
      throw new UsageError(`--roles takes 1 to 3 roles separated by commas (FRA,USA,RUS), got ${echo(text(v.roles)!)}`);
  }
  return {
    seed,
    roles,
    policy: policy as PolicyName,
    role: text(v.role) ?? 'FRA',
    difficulty: difficulty as Difficulty,
    json: v.json === true,
    out: text(v.out) ?? null,
    replay: text(v.replay) ?? null,
    games,
    calendar: v.calendar === true,
    world: v.world === true,
    moves: text(v.moves) ?? null,
    help: v.help === true,
    lang: lang as Locale,
  };
}
