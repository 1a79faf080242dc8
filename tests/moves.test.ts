// A line of moves kept as a file (src/state/bots/moves.ts): read strictly, played move by move, a
// refused move reported with the rules' reason and skipped.
import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../src/state/rules/actions';
import { finalHash } from '../src/state/rules/game';
import { AFTER_END, checkMoves, parseMoves, playMovesGame, type MovesLine } from '../src/state/bots/moves';
import { runPolicy } from '../src/state/bots/policies';
import { rules, scenario } from './helpers';

const line = (raw: unknown): MovesLine => {
  const r = checkMoves(rules, raw);
  if (!r.ok) throw new Error(r.error);
  return r.line;
};

describe('moves files', () => {
  it('refuses a file that is not a line of moves, saying where', () => {
    const err = (raw: unknown) => {
      const r = checkMoves(rules, raw);
      return r.ok ? null : r.error;
    };
    expect(parseMoves(rules, '{"role":')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
    expect(err({ role: 'FRA', rounds: {}, colour: 'red' })).toMatch(/invalid at \(root\).*colour/);
    expect(err({ role: 'FRA', rounds: 5 })).toMatch(/^invalid at rounds: rounds must be a list of lists/);
    expect(err({ role: 'FRA', rounds: { 0: [{ type: 'call' }] } })).toMatch(/^invalid at rounds\.0\.0: target: /);
    expect(err({ role: 'FRA', rounds: [[], [{ type: 'call', target: 'RUS', terms: {} }]] })).toMatch(
      /^invalid at rounds\.1\.0: .*terms/,
    );
    expect(err({ role: 'FRA', rounds: { 2: [{ type: 'fly', target: 'RUS' }] } })).toMatch(
      /^invalid at rounds\.2\.0: unknown type of move "fly": one of call, visit, proposal/,
    );
    expect(err({ role: 'FRA', rounds: { 2: ['call RUS'] } })).toMatch(
      /^invalid at rounds\.2\.0: a move must be an object/,
    );
    expect(err({ role: 'FRA', difficulty: 'heroic', rounds: [] })).toMatch(/^invalid at difficulty/);
    expect(err({ role: 'GBR', rounds: [] })).toMatch(/role must be one of FRA, USA, RUS, got "GBR"/);
    expect(err({ role: 'FRA', rounds: { 12: [] } })).toMatch(/rounds\."12" is not a round: use its index from 0 to 11/);
    expect(err({ role: 'FRA', rounds: { '2015-11-18': [] } })).toMatch(/rounds\."2015-11-18" is not a round/);
    expect(err({ role: 'FRA', rounds: { 3: [], '2015-11-26': [] } })).toMatch(/lists round 3 a second time/);
    expect(err({ role: 'FRA', rounds: Array.from({ length: 13 }, () => []) })).toMatch(
      /lists 13 rounds; the game has 12/,
    );
    expect(err({ role: 'FRA', rounds: [], expect: { flips: ['x'], otherwise: [], also: [] } })).toMatch(
      /^invalid at expect/,
    );
  });

  it("names the teacher's own fields even once the replay loader has set the validator's words for replays", async () => {
    // The CLI can check a replay (which installs replay wording for every parse) and then a moves file.
    await import('../src/state/replays/zodMessages');
    const r = checkMoves(rules, { role: 'FRA', rounds: {}, colour: 'red' });
    expect(r.ok ? null : r.error).toMatch(/invalid at \(root\).*"colour"/);
    const m = checkMoves(rules, { role: 'FRA', rounds: { 0: [{ type: 'call' }] } });
    expect(m.ok ? null : m.error).toMatch(/^invalid at rounds\.0\.0: target: .*expected string/);
  });

  it('reads rounds by index, by date or as a list, with defaults for what it leaves out', () => {
    const call = { type: 'call', target: 'RUS' } as const;
    const a = line({ role: 'USA', rounds: { 3: [call] } });
    const b = line({ role: 'USA', rounds: { '2015-11-26': [call] } });
    const c = line({ role: 'USA', rounds: [[], [], [], [call]] });
    expect(a.rounds).toEqual(b.rounds);
    expect(a.rounds[3]).toEqual([call]);
    expect(a.rounds[0]).toBeNull();
    expect(c.rounds[0]).toEqual([]);
    expect(c.rounds.slice(3)).toEqual([[call], null, null, null, null, null, null, null, null]);
    expect(a).toMatchObject({
      name: 'moves',
      difficulty: 'normal',
      base: 'passive',
      expect: { otherwise: [], flips: [] },
    });
    expect(playMovesGame(rules, a, 5).world.rounds[3]!.actions.map((x) => x.action)).toEqual([call, { type: 'end' }]);
    expect(finalHash(playMovesGame(rules, a, 5).world)).toBe(finalHash(playMovesGame(rules, b, 5).world));
  });

  it('reports a move the rules refuse (round, place, reason), skips it and plays the rest of the round', () => {
    const l = line({
      role: 'FRA',
      rounds: {
        0: [
          { type: 'visit', target: 'RUS' },
          { type: 'visit', target: 'USA' },
          { type: 'call', target: 'ZZZ' },
          { type: 'call', target: 'USA' },
        ],
        1: [{ type: 'call', target: 'GBR' }, { type: 'end' }, { type: 'call', target: 'DEU' }],
      },
    });
    const g = playMovesGame(rules, l, 3);
    expect(g.skipped).toEqual([
      { round: 0, index: 1, move: { type: 'visit', target: 'USA' }, reason: 'visit costs 2 action points, 1 left' },
      { round: 0, index: 2, move: { type: 'call', target: 'ZZZ' }, reason: 'unknown actor "ZZZ"' },
      { round: 1, index: 2, move: { type: 'call', target: 'DEU' }, reason: AFTER_END },
    ]);
    const played = (r: number) => g.world.rounds[r]!.actions.map((x) => x.action);
    expect(played(0)).toEqual([{ type: 'visit', target: 'RUS' }, { type: 'call', target: 'USA' }, { type: 'end' }]);
    expect(played(1)).toEqual([{ type: 'call', target: 'GBR' }, { type: 'end' }]);
    expect(played(2)).toEqual([{ type: 'end' }]);
    expect(g.world.rounds).toHaveLength(12);
    expect(g.world.outcome).not.toBeNull();
  });

  it.each(scenario.roles.map((r) => r.actor))(
    '%s: the historical line as a base, or written out round by round, is the historical game',
    (role) => {
      for (const seed of [2, 11]) {
        const hist = runPolicy(scenario, seed, role, 'historical');
        expect(finalHash(playMovesGame(rules, line({ role, base: 'historical', rounds: {} }), seed).world)).toBe(
          hist.hash,
        );
        // The same moves as a file: each round's list up to its end.
        const rounds: PlayerAction[][] = [[]];
        for (const a of hist.actions) {
          if (a.type === 'end') rounds.push([]);
          else rounds[rounds.length - 1]!.push(a);
        }
        const written = playMovesGame(rules, line({ role, rounds: rounds.slice(0, 12) }), seed);
        expect(written.skipped).toEqual([]);
        expect(finalHash(written.world)).toBe(hist.hash);
      }
    },
  );

  it('plays nothing in a round it does not list over a passive base, and the listed rounds over a historical one', () => {
    const statement = { type: 'statement', issue: 'target', position: 30 } as const;
    const passive = playMovesGame(rules, line({ role: 'RUS', rounds: { 1: [statement] } }), 4).world;
    expect(passive.rounds.map((r) => r.actions.length)).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const hist = runPolicy(scenario, 4, 'RUS', 'historical').world;
    const over = playMovesGame(rules, line({ role: 'RUS', base: 'historical', rounds: { 1: [statement] } }), 4).world;
    expect(over.rounds[1]!.actions.map((x) => x.action)).toEqual([statement, { type: 'end' }]);
    expect(over.rounds[0]!.actions.map((x) => x.action)).toEqual(hist.rounds[0]!.actions.map((x) => x.action));
  });
});
