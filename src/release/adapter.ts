// The one adapter from a release's own modules (frozen or current) to the stable Release face.
// Typed by what it reads, so each release keeps its own world and rules types; a render model
// field added after a release is filled with its empty value here, and the compiler says when.
import { costRefusal, type PlayerAction } from '../state/rules/actions';
import type { GroupRow } from '../state/view/compare';
import type { Difficulty } from '../state/rules/difficulty';
import type { Replay } from '../state/replays/replay';
import type { Outcomes } from '../data/schema';
import {
  meterThresholds,
  type GameView,
  type MeterThreshold,
  type MovePreview,
  type Phase,
  type ReplayRoundView,
} from '../state/view/renderModel';
import type {
  CheckedReplay,
  CheckedTogether,
  GameSummary,
  Release,
  RoleGoalsView,
  RoleMovesView,
  RunningGame,
  TogetherCheckResult,
  TogetherFile,
} from './types';

/** Fields of today's render model that older releases did not have, with what they mean there. */
type Added = 'terms' | 'gaps' | 'thresholds' | 'checklist' | 'advice' | 'lead' | 'divergence' | 'acts' | 'moves';
/** Releases before `moves` gave each move's cost (`costs`) and left the panel to judge it against `ap`. */
type ReleaseView = Omit<GameView, Added> & Partial<Pick<GameView, Added>> & { costs?: Record<string, number> };
/** An older release's moves, judged by its own costs as its reducer judged them (cost against points left). */
const movesOf = ({ costs, ap, phase }: ReleaseView): GameView['moves'] =>
  Object.fromEntries(
    Object.entries(costs ?? {})
      .filter(([t]) => t !== 'end' && t !== 'decide')
      .map(([t, cost]) => {
        const why = phase === 'debrief' ? 'the game is over' : costRefusal(t, cost, ap);
        return [t, { cost, allowed: why === null, why }];
      }),
  ) as GameView['moves'];
/** Older releases had no goal checklist, hint, three-line lead or reading against the record: the panels then leave them out. */
const normalise = ({ costs, ...v }: ReleaseView, thresholds: MeterThreshold[]): GameView => ({
  moves: movesOf({ costs, ...v }),
  terms: [],
  gaps: [],
  thresholds,
  checklist: { items: [], met: 0, total: 0 },
  advice: '',
  lead: { changed: '', meaning: '', next: '' },
  divergence: null,
  // Before 1.4.0 the player's own government's acts happened on their dates: nothing to decide.
  acts: [],
  ...v,
  briefing: v.briefing.map((b) => (b.date === undefined ? { ...b, ...dated(b.title) } : b)),
});

/**
 * The frozen releases (1.0.0 to 1.2.0) wrote an event's date into its title ("2015-11-19: …"); today's model
 * carries it apart, for the panels to write as people read it.
 */
const dated = (title: string): { date?: string; title: string } => {
  const m = /^(\d{4}-\d{2}-\d{2}): (.*)$/s.exec(title);
  return m ? { date: m[1]!, title: m[2]! } : { title };
};

/** A replay round as the frozen releases gave it: events as dated titles. */
type ReleaseRoundView = Omit<ReplayRoundView, 'events'> & { events: (string | ReplayRoundView['events'][number])[] };
const normaliseRound = (r: ReleaseRoundView): ReplayRoundView => ({
  ...r,
  events: r.events.map((e) => {
    if (typeof e !== 'string') return e;
    const d = dated(e);
    return { date: d.date ?? null, title: d.title };
  }),
});

/** A move with the worlds on either side: what answers' consequences are read from. */
interface Step<W> {
  action: PlayerAction;
  before: W;
  after: W;
}

/** Fields of today's comparison row that older releases' rows did not have. */
type RowAdded = 'memberNames' | 'why' | 'road';

interface WorldLike {
  seed: number;
  role: string;
  /** Absent in the rules from before difficulty levels (early 1.0.0 variants): every game was normal. */
  difficulty?: Difficulty;
  round: number;
  outcome: string | null;
  meter: { value: number; members: string[] };
  rounds: unknown[];
}
interface ScenarioLike {
  id: string;
  version: string;
  /** No tagline before the roles had one (the first 1.0.0 builds). */
  roles: { actor: string; tagline?: string }[];
  actors: { id: string; name: string }[];
  calendar: { rounds: string[] };
}
interface ActorLike {
  getSnapshot(): { status: string; matches(state: 'briefing'): boolean };
  send(event: { type: 'briefing.ack' }): void;
  stop(): void;
}
interface Played<W> {
  world: W;
  actions: PlayerAction[];
  hash: string;
}

/** A game played together as a release's own rules hold it (src/state/rules/together.ts). */
interface TogetherLike<W> {
  world: W;
  roles: string[];
  solo?: { round: number; role: string; roles: string[] };
}
type Fold<TG> = { ok: true; game: TG } | { ok: false; error: string };

/**
 * What a release that has games played together (1.7.0 on) hands over of them: the replay check, the
 * fold of a keyed log (the worlds at the start of each round), every role's checklist at the end and
 * each role's moves of a round. Releases from before have none (their entries name none).
 */
export interface TogetherCore<S, R, W, TG> {
  checkTogether(raw: unknown, scenario: S): { ok: true; replay: TogetherFile; game: TG } | { ok: false; error: string };
  foldTogether(
    rules: R,
    seed: number,
    roles: string[],
    moves: never[],
    closes: never[],
    difficulty: Difficulty,
    solo: { round: number; role: string } | null,
  ): { ok: true; game: TG } | { ok: false; error: string };
  togetherDebrief(
    rules: R,
    g: TG,
  ): { goals: RoleGoalsView[]; asks: { accepted: number; declined: number; countered: number; lapsed: number } };
  /**
   * Each role's moves of a round as words (from the change that taught the viewer to read these games).
   * Rules from before it (1.4.0 to 1.6.0) hand `describeAction` instead, and the adapter lists the
   * round's moves each role made (the world's record marks each with its role) in that release's words.
   */
  roundMoves?(rules: R, final: W, roles: readonly string[], round: number): RoleMovesView[];
  describeAction?(rules: R, action: PlayerAction): string;
}

/** A round of a world's record, as the rules from 1.4.0 on keep it for a game played together. */
interface RecordedRound {
  actions?: { action: PlayerAction; answer?: { kind?: string } | null; by?: string }[];
}
/** The word for a move's answer, as the viewer of games played together writes it. */
const answerWord = (k: string | undefined): string | null =>
  k === undefined ? null : k === 'accept' ? 'accepted' : k === 'reject' ? 'refused' : 'countered';

export interface Core<S extends ScenarioLike, R, W extends WorldLike, G extends ActorLike> {
  frozen: string | null;
  loadScenario(): S;
  buildRules(scenario: S): R;
  checkReplay(raw: unknown, scenario: S): { ok: true; replay: Replay; game: Played<W> } | { ok: false; error: string };
  makeReplay(scenario: S, game: Played<W>): Replay;
  /** The worlds at the start of each round (rules from before the replay viewer had none: played here). */
  roundWorlds?(scenario: S, replay: Replay): W[];
  actionsBeforeRound?(replay: Replay, round: number): PlayerAction[];
  createGame(input: { scenario: S; seed: number; role: string; difficulty: Difficulty }): G;
  play(game: G, action: PlayerAction): string | null;
  worldOf(game: G): W;
  finalHash(world: W): string;
  view(rules: R, world: W, phase: Phase, rejected: string | null, steps?: readonly Step<W>[]): ReleaseView;
  /** What a move would change if answered yes (releases from 1.2 on). */
  /** Releases before 1.3.0 return no warnings and no ifNo. */
  previewView?(rules: R, world: W, action: PlayerAction): Omit<MovePreview, 'warnings' | 'ifNo'> & Partial<MovePreview>;
  replayRoundView(rules: R, final: W, round: number, start: W): ReleaseRoundView;
  compareGames(
    rules: R,
    groups: { name: string; game: Played<W> }[],
  ): { rows: (Omit<GroupRow, 'version' | RowAdded> & Partial<Pick<GroupRow, RowAdded>>)[] };
  /**
   * The endings' bars of a release from before the scenario named them (1.0.0, 1.1.0: constants of
   * its model/outcome.ts), for its charts; later releases' render models carry them.
   */
  outcomes?: Outcomes;
  /** Games played together (releases from 1.7.0). */
  together?: TogetherCore<S, R, W, TogetherLike<W>>;
}

/**
 * A replay as today's format writes it: rules from before format 2 wrote no difficulty (every game was
 * normal, and format 2 reads the same game with the same hash).
 */
const format2 = (r: Replay): Replay =>
  (r as Partial<Replay>).difficulty === undefined ? { ...r, version: 2, difficulty: 'normal' } : r;

/** The moves that lead to the start of round k (for rules from before the replay viewer). */
export function actionsBeforeRound(replay: Replay, round: number): PlayerAction[] {
  const out: PlayerAction[] = [];
  let r = 0;
  for (const a of replay.actions) {
    if (r >= round) break;
    out.push(a);
    if (a.type === 'end') r += 1;
  }
  return out;
}

export function adapt<S extends ScenarioLike, R, W extends WorldLike, G extends ActorLike>(
  core: Core<S, R, W, G>,
): Release {
  const scenario = core.loadScenario();
  const rules = core.buildRules(scenario);
  const thresholds = core.outcomes ? meterThresholds(core.outcomes) : [];
  const version = scenario.version;
  const names = Object.fromEntries(scenario.actors.map((a) => [a.id, a.name]));

  const summary = (w: W, hash: string, label: string): GameSummary => ({
    version,
    seed: w.seed,
    role: w.role,
    difficulty: w.difficulty ?? 'normal',
    outcome: w.outcome,
    outcomeLabel: label,
    meter: w.meter.value,
    rounds: w.rounds.length,
    hash,
  });
  const labelOf = (w: W): string =>
    // Any phase gives the label; 'diplomacy' spares the debrief's reading against the record.
    core.view(rules, drawn(w), 'diplomacy', null).outcome?.label ?? 'unfinished';

  /**
   * A world as the view reads it: rules from before difficulty levels kept none in the world (every
   * game was normal), and a variant is drawn through its release's view, which reads it. Only the view
   * gets this copy; the rules and the hash keep the world as it is.
   */
  const drawn = (w: W): W => (w.difficulty === undefined ? { ...w, difficulty: 'normal' } : w);

  /** The worlds at the start of each round, by playing the checked replay's moves (rules without their own). */
  const roundWorlds = (replay: Replay): W[] => {
    const game = core.createGame({ scenario, seed: replay.seed, role: replay.role, difficulty: replay.difficulty });
    const worlds = [core.worldOf(game)];
    for (const a of replay.actions) {
      if (core.play(game, a)) break;
      if (a.type === 'end') worlds.push(core.worldOf(game));
    }
    game.stop();
    return worlds;
  };

  /** A finished game's row for the comparison, by this release's own comparison. */
  const rowOf = (name: string, game: Played<W>): GroupRow => {
    // Older releases' rows: the members' names read off their final world; for "why", their own
    // debrief's reading of the final state where they had one (1.2.0: the gaps to a grand
    // coalition, or the outcome's text for one), none before. The old "own path from" figure
    // depended on the other games compared, so it is dropped here.
    const { ownPathFrom: _, ...r } = core.compareGames(rules, [{ name, game: { ...game, world: drawn(game.world) } }])
      .rows[0]! as ReturnType<typeof core.compareGames>['rows'][number] & { ownPathFrom?: unknown };
    const w = game.world;
    const debrief = () => {
      const v = core.view(rules, drawn(w), 'debrief', null);
      return v.gaps === undefined || !v.outcome ? '' : v.gaps.length ? v.gaps.join(' ') : v.outcome.meaning;
    };
    return {
      memberNames: w.meter.members.filter((a) => a !== w.role).map((a) => names[a] ?? a),
      why: r.why ?? debrief(),
      road: '',
      ...r,
      version,
    };
  };

  const checked = (replay: Replay, game: Played<W>): CheckedReplay => ({
    version,
    replay,
    hash: game.hash,
    summary: summary(game.world, game.hash, labelOf(game.world)),
    frames: () => {
      const worlds = core.roundWorlds ? core.roundWorlds(scenario, replay) : roundWorlds(replay);
      const final = worlds[worlds.length - 1]!;
      const lastRound = final.outcome ? final.rounds.length - 1 : final.round;
      return {
        lastRound,
        at: (k) => {
          const round = Math.max(0, Math.min(lastRound, k));
          const start = worlds[Math.min(round, worlds.length - 1)]!;
          return {
            game: normalise(core.view(rules, drawn(start), 'briefing', null), thresholds),
            round: normaliseRound(core.replayRoundView(rules, drawn(final), round, drawn(start))),
          };
        },
      };
    },
    row: (name) => rowOf(name, game),
  });

  const running = (game: G, actions: PlayerAction[]): RunningGame => {
    // The worlds around the moves made since this game was opened (not those replayed to resume it).
    let steps: Step<W>[] = [];
    const phase = (): Phase => {
      const s = game.getSnapshot();
      return s.status === 'done' ? 'debrief' : s.matches('briefing') ? 'briefing' : 'diplomacy';
    };
    const world = () => core.worldOf(game);
    return {
      version,
      phase,
      beginDiplomacy: () => {
        if (phase() === 'briefing') game.send({ type: 'briefing.ack' });
      },
      play: (a) => {
        const before = world();
        const err = core.play(game, a);
        if (!err) {
          actions.push(a);
          steps = [...steps.slice(-40), { action: a, before, after: world() }];
        }
        return err;
      },
      view: (rejected) =>
        normalise(
          core.view(
            rules,
            drawn(world()),
            phase(),
            rejected,
            steps.map((x) => ({ ...x, before: drawn(x.before), after: drawn(x.after) })),
          ),
          thresholds,
        ),
      preview: (a) => {
        // Releases before 1.3.0 say nothing of warnings or of what a no brings.
        const p = core.previewView?.(rules, drawn(world()), a);
        return p ? { warnings: [], ifNo: null, ...p } : null;
      },
      hash: () => core.finalHash(world()),
      replay: () => {
        const w = world();
        return format2(core.makeReplay(scenario, { world: w, actions: [...actions], hash: core.finalHash(w) }));
      },
      summary: () => {
        const w = world();
        return summary(w, core.finalHash(w), labelOf(w));
      },
      stop: () => game.stop(),
    };
  };

  /** A game played together, checked: its frames, debrief and comparison row, by this release's rules. */
  const togetherChecked = (
    tc: TogetherCore<S, R, W, TogetherLike<W>>,
    replay: TogetherFile,
    game: TogetherLike<W>,
  ): CheckedTogether => {
    const solo = replay.solo ?? null;
    const roles = replay.roles;
    const final = game.world;
    const roleNames = roles.map((id) => ({ id, name: names[id] ?? id }));
    const label = roleNames.map((r) => r.name).join(' + ');
    /** The world at the start of round k: the log before it folded (the take-over applied once it has begun). */
    const startOf = (k: number): W => {
      const f: Fold<TogetherLike<W>> = tc.foldTogether(
        rules,
        replay.seed,
        roles,
        (replay.moves as { round: number }[]).filter((m) => m.round < k) as never[],
        (replay.closes as { round: number }[]).filter((c) => c.round < k) as never[],
        replay.difficulty,
        solo && solo.round < k ? solo : null,
      );
      // The whole log folded (checked) to `game`: a prefix of it folds too.
      if (!f.ok) throw new Error(`round ${k + 1} of a checked game played together does not fold: ${f.error}`);
      return f.game.world;
    };
    const movesOf = (round: number): RoleMovesView[] => {
      if (tc.roundMoves) return tc.roundMoves(rules, drawn(final), roles, round);
      const describe = tc.describeAction;
      if (!describe) throw new Error(`release ${version} names neither roundMoves nor describeAction`);
      const rec = (final.rounds[round] as RecordedRound | undefined)?.actions ?? [];
      return roles.map((role) => ({
        role,
        name: names[role] ?? role,
        moves: rec
          .filter((r) => r.action.type !== 'end' && (r.by ?? final.role) === role)
          .map((r) => {
            const word = answerWord(r.answer?.kind);
            return `${describe(rules, r.action)}${word ? ` (${word})` : ''}`;
          }),
      }));
    };
    return {
      kind: 'together',
      version,
      replay,
      hash: replay.hash,
      roles: roleNames,
      solo,
      summary: { ...summary(final, replay.hash, labelOf(final)), role: roles.join('+') },
      frames: () => {
        const lastRound = final.outcome ? final.rounds.length - 1 : final.round;
        const worlds = new Map<number, W>();
        return {
          lastRound,
          at: (k) => {
            const round = Math.max(0, Math.min(lastRound, k));
            const start = worlds.get(round) ?? startOf(round);
            worlds.set(round, start);
            return {
              game: normalise(core.view(rules, drawn(start), 'briefing', null), thresholds),
              round: normaliseRound(core.replayRoundView(rules, drawn(final), round, drawn(start))),
              moves: movesOf(round),
            };
          },
        };
      },
      debrief: () => tc.togetherDebrief(rules, { ...game, world: drawn(final) }),
      row: (name) => {
        const r = rowOf(name, { world: final, actions: [], hash: replay.hash });
        const humans = new Set(roles);
        return {
          ...r,
          role: label,
          memberNames: final.meter.members.filter((a) => !humans.has(a)).map((a) => names[a] ?? a),
          members: final.meter.members.filter((a) => !humans.has(a)).length,
          // Where a one-player game left the historical line: not read for several human roles.
          road: roles.length > 1 ? '' : r.road,
          // Each move with the role that made it: the rounds of several roles read apart.
          rounds: r.rounds.map((_, k) =>
            movesOf(k).flatMap((m) => m.moves.map((text) => (roles.length > 1 ? `${m.name}: ${text}` : text))),
          ),
        };
      },
    };
  };
  const checkTogether = core.together
    ? (raw: unknown): TogetherCheckResult => {
        const tc = core.together!;
        const r = tc.checkTogether(raw, scenario);
        return r.ok ? { ok: true, checked: togetherChecked(tc, r.replay, r.game) } : { ok: false, error: r.error };
      }
    : null;

  return {
    version,
    frozen: core.frozen,
    checkTogether,
    scenario: {
      id: scenario.id,
      version,
      roles: scenario.roles.map((r) => ({ actor: r.actor, name: names[r.actor] ?? r.actor, tagline: r.tagline ?? '' })),
      actors: scenario.actors.map((a) => ({ id: a.id, name: a.name })),
      rounds: [...scenario.calendar.rounds],
    },
    check: (raw) => {
      let r = core.checkReplay(raw, scenario);
      // Rules from before replay format 2 (early 1.0.0 variants) read a normal game of format 2 as the
      // format-1 file it equals.
      const head = raw as Partial<Replay> | null;
      if (!r.ok && head?.version === 2 && head.difficulty === 'normal') {
        const { difficulty: _, ...v1 } = head;
        const old = core.checkReplay({ ...v1, version: 1 }, scenario);
        if (old.ok) r = old;
      }
      return r.ok ? { ok: true, checked: checked(format2(r.replay), r.game) } : { ok: false, error: r.error };
    },
    start: (seed, role, difficulty, moves = []) => {
      if (!scenario.roles.some((r) => r.actor === role))
        return { ok: false, error: `role "${role}" is not playable in scenario ${version}` };
      const game = core.createGame({ scenario, seed, role, difficulty });
      if (core.worldOf(game).difficulty === undefined && difficulty !== 'normal') {
        game.stop();
        return { ok: false, error: `this build of scenario ${version} had no difficulty levels: every game is normal` };
      }
      const actions: PlayerAction[] = [];
      for (const [i, a] of moves.entries()) {
        const err = core.play(game, a);
        if (err) {
          game.stop();
          return { ok: false, error: `move ${i + 1} is illegal in scenario ${version}: ${err}` };
        }
        actions.push(a);
      }
      return { ok: true, game: running(game, actions) };
    },
    actionsBeforeRound: core.actionsBeforeRound ?? actionsBeforeRound,
  };
}
