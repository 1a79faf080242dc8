// Replays of games several human roles played, read by the app's side: the loader (openAnyReplay),
// the viewer's frames (each role's moves, every role's checklist), the comparison's rows (labelled
// with the human roles), a take-over of one role from a round (format 2's `solo`), the errors of a
// malformed file, and today's one-player replays, which open as before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../scripts/cli/main';
import { ClassComparison } from '../src/app/compare';
import { loadScenario } from '../src/data/load';
import { openAnyReplay, openAnyText, openReplayText } from '../src/release/load';
import type { CheckedTogether } from '../src/release/types';
import { botTurn } from '../src/state/bots/together';
import { runPolicy } from '../src/state/bots/policies';
import { replayFragment } from '../src/state/replays/link';
import type { Replay } from '../src/state/replays/replay';
import { checkTogether, makeTogetherReplay, takeOverGame, type TogetherReplay } from '../src/state/replays/together';
import { buildRules } from '../src/state/rules/rules';
import { foldTogether, togetherHash, type TogetherGame } from '../src/state/rules/together';
import { goalsByRole } from '../src/state/view/together';
import { openAnyFragment } from '../src/release/load';

const scenario = loadScenario();
const rules = buildRules(scenario);
const TOGETHER = join(__dirname, 'fixtures/together/1.7.0-FRA-USA-RUS-strategist-11.json');
const text = readFileSync(TOGETHER, 'utf8');
const file = (): TogetherReplay => JSON.parse(text) as TogetherReplay;
const single = readFileSync(join(__dirname, 'fixtures/replays/1.7.0/RUS-normal-strategist.json'), 'utf8');

async function together(raw: unknown): Promise<CheckedTogether> {
  const r = await openAnyReplay(raw);
  if (!r.ok) throw new Error(r.error);
  if (!('together' in r)) throw new Error('read as a one-player game');
  return r.together;
}

async function refusal(raw: unknown): Promise<string> {
  const r = await openAnyReplay(raw);
  return r.ok ? 'opened' : r.error;
}

/** The keyed moves of one role in one round that are moves of the talks (not its end, not an answer). */
const logged = (r: TogetherReplay, round: number, role: string) =>
  r.moves.filter((m) => m.round === round && m.role === role && m.action.type !== 'end' && m.action.type !== 'reply')
    .length;

describe('a replay of a game played together opens in the viewer', () => {
  it('is checked by its version’s rules: roles, hash, every round’s moves by role, the same game as the CLI’s', async () => {
    const c = await together(file());
    expect(c.version).toBe('1.7.0');
    expect(c.roles.map((r) => r.name)).toEqual(['France', 'United States', 'Russia']);
    expect(c.hash).toBe(file().hash);
    expect(c.solo).toBeNull();
    expect(c.summary.role).toBe('FRA+USA+RUS');
    const direct = checkTogether(file(), scenario);
    if (!direct.ok) throw new Error(direct.error);
    const frames = c.frames();
    expect(frames.lastRound).toBe(direct.game.world.rounds.length - 1);
    let seen = 0;
    for (let k = 0; k <= frames.lastRound; k++) {
      const f = frames.at(k);
      expect(f.round.round).toBe(k);
      expect(f.game.round).toBe(k);
      expect(f.moves.map((m) => m.role)).toEqual(['FRA', 'USA', 'RUS']);
      // The bots never counter, so each move of the talks is one line under its role.
      for (const m of f.moves) expect(m.moves.length, `round ${k + 1} ${m.role}`).toBe(logged(file(), k, m.role));
      seen += f.moves.reduce((n, m) => n + m.moves.length, 0);
      // Each round opens on the meter the round before closed on.
      if (k > 0) expect(f.round.meterBefore).toBe(frames.at(k - 1).round.meterAfter);
    }
    expect(seen).toBeGreaterThan(10);
    // Out of range: the nearest round.
    expect(frames.at(99).round.round).toBe(frames.lastRound);
  });

  it('its debrief shows every human role’s goal checklist, in turn order', async () => {
    const c = await together(file());
    const d = c.debrief();
    const direct = checkTogether(file(), scenario);
    if (!direct.ok) throw new Error(direct.error);
    const want = goalsByRole(rules, direct.game);
    expect(d.goals.map((g) => [g.name, g.met, g.items.length])).toEqual(
      want.map((g) => [g.name, g.met, g.items.length]),
    );
    expect(d.goals.every((g) => g.items.length > 0)).toBe(true);
    const asks = direct.game.past.flat();
    expect(d.asks.accepted + d.asks.declined + d.asks.countered + d.asks.lapsed).toBe(asks.length);
  });

  it('opens from a link too', async () => {
    const r = await openAnyFragment(`#${replayFragment(file() as unknown as Replay)}`);
    expect(r.ok && 'together' in r ? r.together.hash : r).toBe(file().hash);
  });
});

describe('an unfinished game played together (a table downloaded mid-game, a round closed by the teacher)', () => {
  it('opens up to its current round, without checklists, and can be taken over from it', async () => {
    // Rounds 1-5 as played, round 6 closed by the teacher after France's first two moves.
    const moves = file().moves.filter((m) => m.round < 5 || (m.round === 5 && m.role === 'FRA' && m.index < 2));
    const f = foldTogether(rules, 11, ['FRA', 'USA', 'RUS'], moves, [{ round: 5, upto: { FRA: 2, USA: 0, RUS: 0 } }]);
    if (!f.ok) throw new Error(f.error);
    expect(f.game.world.round).toBe(6);
    const replay = makeTogetherReplay(scenario, f.game);
    const c = await together(JSON.parse(JSON.stringify(replay)));
    expect(c.summary.outcome).toBeNull();
    const frames = c.frames();
    expect(frames.lastRound).toBe(6);
    const fra = moves.filter((m) => m.round === 5 && m.role === 'FRA' && !['end', 'reply'].includes(m.action.type));
    expect(fra.length).toBeGreaterThan(0);
    // France's moves before the close; the others' turns skipped.
    expect(frames.at(5).moves.map((m) => m.moves.length)).toEqual([fra.length, 0, 0]);
    expect(frames.at(6).round.outcome).toBeNull();
    const t = takeOverGame(scenario, replay, 'USA', 6);
    expect(t.ok && t.game.roles).toEqual(['USA']);
    expect(t.ok && t.game.closes).toHaveLength(1);
  });
});

describe('the comparison reads games played together', () => {
  it('a row per game, labelled with its human roles, each move with the role that made it, beside one-player games', async () => {
    const cmp = new ClassComparison(scenario.calendar.rounds);
    const broken = { ...file(), hash: '0'.repeat(64) };
    await cmp.addFiles([
      new File([text], 'table-1.json'),
      new File([single], 'group-2.json'),
      new File([JSON.stringify(broken)], 'table-3.json'),
    ]);
    expect(cmp.rows.map((r) => [r.name, r.role])).toEqual([
      ['table-1', 'France + United States + Russia'],
      ['group-2', 'Russia'],
    ]);
    expect(cmp.problems).toHaveLength(1);
    expect(cmp.problems[0]!.name).toBe('table-3');
    expect(cmp.problems[0]!.error).toMatch(/^replay hash mismatch/);
    const row = cmp.rows[0]!;
    expect(row.hash).toBe(file().hash);
    expect(row.version).toBe('1.7.0');
    // No human capital is counted among the members won.
    for (const name of ['France', 'United States', 'Russia']) expect(row.memberNames).not.toContain(name);
    const first = row.rounds[0]!;
    expect(first.length).toBe(logged(file(), 0, 'FRA') + logged(file(), 0, 'USA') + logged(file(), 0, 'RUS'));
    expect(first.every((m) => /^(France|United States|Russia): /.test(m))).toBe(true);
    expect(cmp.csv()).toMatch(/France \+ United States \+ Russia/);
  });
});

describe('a malformed replay of a game played together gets its own message', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['an edited hash', () => ({ ...file(), hash: 'a'.repeat(64) }), /^replay hash mismatch: the moves lead to/],
    [
      'a move dropped',
      () => ({ ...file(), moves: file().moves.filter((m) => !(m.round === 1 && m.role === 'USA' && m.index === 0)) }),
      /^replay move \(round 2, USA, move 2\) is never played/,
    ],
    ['a role twice', () => ({ ...file(), roles: ['FRA', 'FRA'] }), /^replay roles: a role is listed twice/],
    ['an unknown role', () => ({ ...file(), roles: ['FRA', 'GBR'] }), /^replay roles: unknown role "GBR"/],
    ['a newer format version', () => ({ ...file(), version: 3 }), /^replay version 3 was made by a newer version/],
    [
      'an unknown scenario version',
      () => ({ ...file(), scenario: { ...file().scenario, version: '9.0.0' } }),
      /9\.0\.0/,
    ],
    [
      'a version none of whose builds played games together',
      () => ({ ...file(), scenario: { ...file().scenario, version: '1.3.0' } }),
      /^no build of scenario version 1\.3\.0 played games together/,
    ],
    [
      'a take-over of a role that was not human',
      () => ({ ...file(), version: 2, solo: { round: 3, role: 'GBR' } }),
      /^replay take-over \(solo\): GBR is not one of the game's human roles/,
    ],
    ['a take-over in version 1', () => ({ ...file(), solo: { round: 3, role: 'FRA' } }), /solo/],
    ['moves that are not a list', () => ({ ...file(), moves: 'none' }), /moves/],
  ];
  it.each(cases)('%s', async (_, make, want) => {
    expect(await refusal(make())).toMatch(want);
  });

  it('text: too large, or not JSON', async () => {
    const big = await openAnyText(`${text.slice(0, -2)}, "pad": "${'x'.repeat(1_000_000)}"}`);
    expect(big.ok ? 'opened' : big.error).toMatch(/larger than 1 MB/);
    const cut = await openAnyText(text.slice(0, 200));
    expect(cut.ok ? 'opened' : cut.error).toMatch(/JSON/i);
  });
});

describe('one-player replays (migration: they open as before)', () => {
  it('open through the same loader as a one-player game, hash unchanged', async () => {
    const r = await openAnyText(single);
    expect(r.ok && 'checked' in r ? r.checked.hash : r).toBe((JSON.parse(single) as { hash: string }).hash);
  });
  it('the one-player loader says what a together file is, rather than "not a replay"', async () => {
    const r = await openReplayText(text);
    expect(r.ok ? 'opened' : r.error).toMatch(/several human roles played together: it opens in the replay viewer/);
  });
});

/** Plays the rest of a taken-over game with the strategist bot. */
function playOn(g: TogetherGame): TogetherGame {
  let x = g;
  while (x.world.outcome === null) x = botTurn(rules, x, 'strategist');
  return x;
}

describe('taking over one human role from a round', () => {
  it('keeps every role’s moves before the round, then that role alone; its replay (format 2) reads back', async () => {
    const t = takeOverGame(scenario, file(), 'RUS', 4);
    if (!t.ok) throw new Error(t.error);
    const g = t.game;
    expect(g.roles).toEqual(['RUS']);
    expect(g.world.round).toBe(4);
    expect('humans' in g.world).toBe(false);
    expect(g.log.every((m) => m.round < 4)).toBe(true);
    expect(g.log.length).toBe(file().moves.filter((m) => m.round < 4).length);
    // The world it starts from is the one the replay shows at that round.
    const c = await together(file());
    expect(g.world.meter.value).toBe(c.frames().at(4).round.meterBefore);

    const done = playOn(g);
    const replay = makeTogetherReplay(scenario, done);
    expect(replay.version).toBe(2);
    expect(replay.solo).toEqual({ round: 4, role: 'RUS' });
    expect(replay.roles).toEqual(['FRA', 'USA', 'RUS']);
    const back = await together(JSON.parse(JSON.stringify(replay)));
    expect(back.hash).toBe(togetherHash(done));
    expect(back.solo).toEqual({ round: 4, role: 'RUS' });
    const frames = back.frames();
    // Before the take-over every role's moves; after it Russia's alone.
    expect(frames.at(3).moves.map((m) => m.moves.length)).toEqual(
      ['FRA', 'USA', 'RUS'].map((r) => logged(file(), 3, r)),
    );
    const after = frames.at(5).moves;
    expect(after.find((m) => m.role === 'RUS')!.moves.length).toBe(logged(replay, 5, 'RUS'));
    expect(after.filter((m) => m.role !== 'RUS').every((m) => m.moves.length === 0)).toBe(true);
    expect(back.row('taken over').role).toBe('France + United States + Russia');
    // Another role's move after the take-over is refused by name.
    const stray = {
      ...replay,
      moves: [...replay.moves, { round: 5, role: 'FRA', index: 0, action: { type: 'end' } }],
    };
    expect(await refusal(stray)).toMatch(/^replay move \(round 6, FRA, move 1\) is never played/);

    // The CLI verifies the take-over's file and says who took over from when.
    const path = join(mkdtempSync(join(tmpdir(), 'take-over-')), 'game.json');
    writeFileSync(path, JSON.stringify(replay));
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        out += String(chunk);
        done();
      },
    });
    expect(await main(['--replay', path], { stdout: sink, stderr: sink })).toBe(0);
    expect(out).toMatch(/Taken over by Russia from round 5 \(led by people before: France, United States, Russia\)/);
    expect(out).toContain(`Replay verified: hash ${togetherHash(done)}`);
  });

  it('from round 1 it is the one-player game of that role, hash for hash', () => {
    const t = takeOverGame(scenario, file(), 'FRA', 0);
    if (!t.ok) throw new Error(t.error);
    expect(togetherHash(playOn(t.game))).toBe(runPolicy(scenario, 11, 'FRA', 'strategist').hash);
  });

  it('refuses a role that was not human, and a round after the end', () => {
    const a = takeOverGame(scenario, file(), 'GBR', 2);
    expect(a.ok ? 'ok' : a.error).toMatch(/GBR is not one of the game's human roles/);
    const b = takeOverGame(scenario, file(), 'FRA', 40);
    expect(b.ok ? 'ok' : b.error).toMatch(/a take-over begins at a round from 1 to/);
  });
});
