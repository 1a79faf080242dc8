// Games several roles play (src/state/rules/together.ts): one role is the one-player game exactly;
// turns go in the scenario's role order; asks between human capitals wait for their answer; the
// keyed log folds to the same world whatever order its moves arrive in; the replay format, its
// migration from one-player replays, and the CLI's --roles and --replay.
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/cli/main';
import { loadScenario } from '../src/data/load';
import { playTogether } from '../src/state/bots/together';
import { runPolicy } from '../src/state/bots/policies';
import { checkTogether, fromReplay, loadTogether, makeTogetherReplay } from '../src/state/replays/together';
import { buildRules } from '../src/state/rules/rules';
import {
  applyTogether,
  closeRound,
  foldTogether,
  startTogether,
  togetherHash,
  turnOf,
  type TogetherAction,
  type TogetherGame,
} from '../src/state/rules/together';
import { goalsByRole, offersFor } from '../src/state/view/together';

const scenario = loadScenario();
const rules = buildRules(scenario);

function play(g: TogetherGame, role: string, a: TogetherAction): TogetherGame {
  const r = applyTogether(rules, g, role, a);
  if (!r.ok) throw new Error(`${role} ${a.type}: ${r.reason}`);
  return r.game;
}

const three = playTogether(rules, 11, ['RUS', 'USA', 'FRA'], 'strategist');

describe('one human role is the one-player game', () => {
  it.each(['FRA', 'USA', 'RUS'] as const)(
    '%s: every policy gives the one-player hash, world without `humans`',
    (role) => {
      for (const p of ['random', 'strategist'] as const) {
        const g = playTogether(rules, 5, [role], p);
        expect(togetherHash(g)).toBe(runPolicy(scenario, 5, role, p).hash);
        expect('humans' in g.world).toBe(false);
      }
    },
  );

  it('golden replays of this version (one per role) migrate to the new format and keep their hashes', () => {
    const dir = join(__dirname, 'fixtures/replays', scenario.version);
    const files = readdirSync(dir).filter((f) => /^(FRA|USA|RUS)-normal-strategist\.json$/.test(f));
    expect(files.length).toBe(3);
    for (const f of files) {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { hash: string };
      const direct = checkTogether(raw, scenario); // a one-player file, read by the new loader
      expect(direct.ok, f).toBe(true);
      if (!direct.ok) continue;
      expect(direct.replay.hash).toBe(raw.hash);
      expect(checkTogether(JSON.parse(JSON.stringify(direct.replay)), scenario).ok).toBe(true);
    }
  });
});

describe('turns in a fixed role order', () => {
  it('orders the roles as the scenario does, whatever order they are given in', () => {
    expect(three.roles).toEqual(['FRA', 'USA', 'RUS']);
    expect(three.world.humans).toEqual(['FRA', 'USA', 'RUS']);
    expect(three.world.outcome).not.toBeNull();
  });

  it('refuses a move out of turn, and passes the turn on each end', () => {
    let g = startTogether(rules, 3, ['FRA', 'USA', 'RUS']);
    expect(turnOf(g)).toBe('FRA');
    const r = applyTogether(rules, g, 'USA', { type: 'call', target: 'GBR' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('it is France’s turn');
    g = play(g, 'FRA', { type: 'call', target: 'GBR' });
    expect(g.world.rounds[0]!.actions.at(-1)!.by).toBe('FRA');
    expect(g.world.rounds[0]!.actions.at(-1)!.answer).not.toBeNull(); // a model capital answers at once
    g = play(g, 'FRA', { type: 'end' });
    expect(turnOf(g)).toBe('USA');
    expect(g.world.role).toBe('USA');
    expect(g.world.ap).toBe(g.aps.USA);
    g = play(g, 'USA', { type: 'end' });
    g = play(g, 'RUS', { type: 'end' });
    expect(g.world.round).toBe(1);
    expect(turnOf(g)).toBe('FRA');
  });

  it('leaves a human capital’s moves to its player: no drift, no initiative, its decisions its own', () => {
    const rus = three.world.rounds.flatMap((r) => r.initiatives).filter((i) => i.actor === 'RUS');
    expect(rus).toEqual([]);
    expect(three.world.rounds.flatMap((r) => r.drift).filter((d) => three.roles.includes(d.actor))).toEqual([]);
  });
});

describe('asks between human capitals', () => {
  const proposal = { type: 'proposal', target: 'RUS', terms: { assad: 50 } } as const;

  function franceAsksRussia() {
    let g = startTogether(rules, 9, ['FRA', 'USA', 'RUS']);
    g = play(g, 'FRA', proposal);
    const rec = g.world.rounds[0]!.actions.at(-1)!;
    expect(rec.answer).toBeNull();
    expect(g.offers).toMatchObject([{ from: 'FRA', to: 'RUS', index: 0, state: 'open' }]);
    g = play(g, 'FRA', { type: 'end' });
    g = play(g, 'USA', { type: 'end' });
    return g;
  }

  it('Russia accepts in its own turn, with the preview its model would read; the deal moves both lines', () => {
    let g = franceAsksRussia();
    const [view] = offersFor(rules, g, 'RUS');
    expect(view!.chance).toBeGreaterThanOrEqual(0);
    expect(view!.why.length).toBeGreaterThan(3);
    const before = g.world.pos.RUS!.assad!;
    g = play(g, 'RUS', { type: 'reply', from: 'FRA', offer: 0, kind: 'accept' });
    const rec = g.world.rounds[0]!.actions.find((r) => r.action.type === 'proposal')!;
    expect(rec.answer!.kind).toBe('accept');
    expect(rec.answer!.roll).toBeNull();
    expect(g.world.pos.RUS!.assad).not.toBe(before);
    expect(g.world.pos.FRA!.assad).toBe(50); // the asker is bound by what was accepted
    expect(g.offers[0]!.state).toBe('accepted');
    const again = applyTogether(rules, g, 'RUS', { type: 'reply', from: 'FRA', offer: 0, kind: 'decline' });
    expect(!again.ok && again.reason).toMatch(/answered already/);
  });

  it('a counter-offer goes back to France, who answers it in the answers pass', () => {
    let g = franceAsksRussia();
    g = play(g, 'RUS', { type: 'reply', from: 'FRA', offer: 0, kind: 'counter', terms: { assad: 70 } });
    g = play(g, 'RUS', { type: 'end' });
    expect(g.phase).toBe('answers');
    expect(turnOf(g)).toBe('FRA');
    const [counter] = offersFor(rules, g, 'FRA');
    expect(counter).toMatchObject({ from: 'RUS', counter: true, index: 0 });
    const refused = applyTogether(rules, g, 'FRA', { type: 'call', target: 'GBR' });
    expect(refused.ok).toBe(false);
    g = play(g, 'FRA', { type: 'reply', from: 'RUS', offer: counter!.index, kind: 'accept' });
    const last = g.world.rounds[0]!.actions.at(-1)!;
    expect(last).toMatchObject({ by: 'FRA', action: { type: 'proposal', target: 'RUS', terms: { assad: 70 } } });
    expect(last.answer!.kind).toBe('accept');
    g = play(g, 'FRA', { type: 'end' });
    expect(g.world.round).toBe(1);
  });

  it('an ask left unanswered lapses when the round resolves', () => {
    let g = franceAsksRussia();
    g = play(g, 'RUS', { type: 'end' });
    g = play(g, 'RUS', { type: 'end' }); // the answers pass: Russia lets it lapse
    expect(g.world.round).toBe(1);
    expect(g.offers).toEqual([]);
    expect(g.past[0]!.map((o) => o.state)).toEqual(['lapsed']);
  });

  it('each role sees its own goal checklist', () => {
    const goals = goalsByRole(rules, three);
    expect(goals.map((r) => r.role)).toEqual(['FRA', 'USA', 'RUS']);
    expect(goals[0]!.items.map((i) => i.id)).not.toEqual(goals[2]!.items.map((i) => i.id));
  });
});

describe('the keyed log', () => {
  it('folds to the same world and hash in any order the moves arrive (property)', () => {
    const want = togetherHash(three);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: three.log.length, maxLength: three.log.length }), (keys) => {
        const order = three.log.map((m, k) => ({ m, k: keys[k]! })).sort((a, b) => a.k - b.k);
        const f = foldTogether(
          rules,
          three.world.seed,
          ['USA', 'RUS', 'FRA'],
          order.map((x) => x.m),
        );
        return f.ok && f.waiting.length === 0 && togetherHash(f.game) === want;
      }),
      { numRuns: 25 },
    );
  });

  it('a move whose turn has not come waits; a teacher’s close plays what it saw and skips the rest', () => {
    let g = startTogether(rules, 4, ['FRA', 'RUS']);
    g = play(g, 'FRA', { type: 'call', target: 'GBR' });
    const early = { round: 0, role: 'RUS', index: 0, action: { type: 'call', target: 'DEU' } } as const;
    const f = foldTogether(rules, 4, g.roles, [...g.log, early]);
    expect(f.ok && f.waiting).toEqual([early]);
    const closed = closeRound(rules, g);
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(closed.game.world.round).toBe(1);
    const replay = makeTogetherReplay(scenario, closed.game);
    expect(replay.closes).toEqual([{ round: 0, upto: { FRA: 1, RUS: 0 } }]);
    const again = foldTogether(rules, 4, g.roles, replay.moves, replay.closes);
    expect(again.ok && togetherHash(again.game)).toBe(togetherHash(closed.game));
    // A move that arrives after the close is not played into the closed round.
    const late = foldTogether(rules, 4, g.roles, [...replay.moves, { ...early, index: 0 }], replay.closes);
    expect(late.ok && late.waiting.length).toBe(1);
    expect(late.ok && togetherHash(late.game)).toBe(togetherHash(closed.game));
  });
});

describe('the replay format', () => {
  const replay = makeTogetherReplay(scenario, three);
  const text = JSON.stringify(replay);

  it('verifies a game played together, and refuses what is wrong with a clear message', () => {
    expect(loadTogether(text, scenario).ok).toBe(true);
    const bad = (edit: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(text) as Record<string, unknown>;
      edit(r);
      const res = loadTogether(JSON.stringify(r), scenario);
      return res.ok ? 'ok' : res.error;
    };
    expect(bad((r) => (r.hash = '0'.repeat(64)))).toMatch(/hash mismatch/);
    expect(bad((r) => (r.roles = ['FRA', 'FRA']))).toMatch(/listed twice/);
    expect(bad((r) => (r.roles = ['GBR']))).toMatch(/unknown role "GBR"/);
    expect(bad((r) => (r.version = 3))).toMatch(/newer version/);
    // Version 2 is a take-over's: without one it says so by name.
    expect(bad((r) => (r.version = 2))).toMatch(/solo/);
    expect(bad((r) => ((r.scenario as { version: string }).version = '0.9.0'))).toMatch(/scenario version 0.9.0/);
    expect(bad((r) => (r.moves as unknown[]).splice(3, 1))).toMatch(/never played|illegal|mismatch/);
    expect(bad((r) => ((r.moves as { action: unknown }[])[0]!.action = { type: 'call', target: 'FRA' }))).toMatch(
      /round 1, FRA, move 1.*negotiate with yourself/,
    );
    expect(loadTogether('{"format":', scenario)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
  });

  it('migrates a one-player replay: same hash, keyed by round and place', () => {
    const g = runPolicy(scenario, 2, 'USA', 'historical');
    const migrated = fromReplay({
      format: 'grand-coalition-replay',
      version: 2,
      scenario: { id: scenario.id, version: scenario.version },
      seed: 2,
      role: 'USA',
      difficulty: 'normal',
      actions: g.actions,
      hash: g.hash,
    });
    expect(migrated.moves.at(-1)).toMatchObject({ round: 11, role: 'USA', action: { type: 'end' } });
    const r = checkTogether(migrated, scenario);
    expect(r.ok && togetherHash(r.game)).toBe(g.hash);
  });
});

describe('the CLI', () => {
  class Capture extends Writable {
    text = '';
    override _write(chunk: Buffer | string, _e: BufferEncoding, done: () => void) {
      this.text += String(chunk);
      done();
    }
  }
  const sim = async (...args: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(args, { stdout, stderr });
    return { code, out: stdout.text, err: stderr.text };
  };

  it('--roles plays bots in several seats; --replay verifies the file with the same hash', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'together-')), 'game.json');
    const played = await sim('--roles', 'FRA,RUS', '--policy', 'historical', '--seed', '8', '--json', '--out', out);
    expect(played.code).toBe(0);
    const a = JSON.parse(played.out) as { hash: string; roles: string[]; goals: Record<string, unknown> };
    expect(a.roles).toEqual(['FRA', 'RUS']);
    expect(Object.keys(a.goals)).toEqual(['FRA', 'RUS']);
    expect(a.hash).toBe(togetherHash(playTogether(rules, 8, ['FRA', 'RUS'], 'historical')));
    const checked = await sim('--replay', out, '--json');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({ hash: a.hash, verified: true });
    const readable = await sim('--replay', out);
    expect(readable.out).toMatch(/France: \d of \d goals met/);
    expect(readable.out).toMatch(/Russia: \d of \d goals met/);
    expect(await sim('--roles', 'FRA,GBR')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown role "GBR"/),
    });
    expect(await sim('--roles', 'FRA', '--role', 'USA')).toMatchObject({ code: 2 });
  });
});
