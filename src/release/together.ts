// A game several roles play (src/state/rules/together.ts), behind one face for the page: this
// build's rules only (games played together began with this release). The hot-seat page and the
// class server's clients hold one `Table` each: they send moves and read each role's screen.
import { loadScenario } from '../data/load';
import type { Difficulty } from '../state/rules/difficulty';
import { buildRules } from '../state/rules/rules';
import {
  applyTogether,
  closeRound,
  foldTogether,
  startTogether,
  togetherHash,
  turnOf,
  type Close,
  type Keyed,
  type TogetherAction,
  type TogetherGame,
} from '../state/rules/together';
import { checkTogether, loadTogether, makeTogetherReplay, takeOverGame } from '../state/replays/together';
import { togetherDebrief, togetherScreen, type TogetherDebrief, type TogetherScreen } from '../state/view/together';

export type { Close, Keyed, TogetherAction };

export interface Table {
  roles(): string[];
  seed(): number;
  /** The role whose turn it is (null: the game is over), and whether it is the answers pass. */
  turn(): { role: string | null; phase: 'moves' | 'answers'; round: number };
  /** Plays a move of `role`: null, or why it was refused (and then nothing changed). */
  play(role: string, action: TogetherAction): string | null;
  /** The teacher closes the round. */
  close(): string | null;
  screen(role: string): TogetherScreen;
  debrief(): TogetherDebrief;
  log(): Keyed[];
  closes(): Close[];
  hash(): string;
  /** The coalition meter now, and the capitals in the coalition (by name, and by id for the reader's language). */
  meter(): { value: number; members: string[]; memberIds: string[] };
  /** The game's replay file (format grand-coalition-together). */
  replayText(): string;
  roleName(role: string): string;
}

const scenario = loadScenario();
const rules = buildRules(scenario);

function tableOf(start: TogetherGame): Table {
  let g = start;
  return {
    roles: () => g.roles,
    seed: () => g.world.seed,
    turn: () => ({ role: turnOf(g), phase: g.phase, round: g.world.round }),
    play(role, action) {
      const r = applyTogether(rules, g, role, action);
      if (!r.ok) return r.reason;
      g = r.game;
      return null;
    },
    close() {
      const r = closeRound(rules, g);
      if (!r.ok) return r.reason;
      g = r.game;
      return null;
    },
    screen: (role) => togetherScreen(rules, g, role),
    debrief: () => togetherDebrief(rules, g),
    log: () => g.log,
    closes: () => g.closes,
    hash: () => togetherHash(g),
    meter: () => ({
      value: g.world.meter.value,
      members: g.world.meter.members.map((id) => rules.actor[id]?.name ?? id),
      memberIds: [...g.world.meter.members],
    }),
    replayText: () => `${JSON.stringify(makeTogetherReplay(scenario, g), null, 1)}\n`,
    roleName: (role) => rules.actor[role]?.name ?? role,
  };
}

export const newTable = (seed: number, roles: string[], difficulty: Difficulty = 'normal'): Table =>
  tableOf(startTogether(rules, seed, roles, difficulty));

/** A table from a keyed log (moves in any order): what a device rebuilds from the shared documents. */
export function tableFromLog(
  seed: number,
  roles: string[],
  moves: readonly Keyed[],
  closes: readonly Close[],
  difficulty: Difficulty = 'normal',
): { ok: true; table: Table; waiting: Keyed[] } | { ok: false; error: string } {
  const f = foldTogether(rules, seed, roles, moves, closes, difficulty);
  if (!f.ok)
    return { ok: false, error: `round ${f.key.round + 1}, ${f.key.role}, move ${f.key.index + 1}: ${f.error}` };
  return { ok: true, table: tableOf(f.game), waiting: f.waiting };
}

/** A replay file of a game played together (or a one-player replay, read as one role's game). */
export function tableFromReplay(text: string): { ok: true; table: Table } | { ok: false; error: string } {
  const r = loadTogether(text, scenario);
  return r.ok ? { ok: true, table: tableOf(r.game) } : r;
}

export const SCENARIO_VERSION = scenario.version;
export const ROLE_IDS = scenario.roles.map((r) => r.actor);

/**
 * One role of a game played together taken over from the start of a round (the replay viewer's
 * take-over): the replay is checked again here, every move before the round kept, and from then on
 * that role alone plays, the model leading the other capitals. Its replay file records the take-over.
 */
export function tableFromTakeOver(
  raw: unknown,
  role: string,
  round: number,
): { ok: true; table: Table } | { ok: false; error: string } {
  const r = checkTogether(raw, scenario);
  if (!r.ok) return r;
  const t = takeOverGame(scenario, r.replay, role, round);
  return t.ok ? { ok: true, table: tableOf(t.game) } : t;
}
