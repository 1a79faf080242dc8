// `npm run sim -- --moves FILE` (scripts/whatif/sim.ts): a line of moves from a file, played as the
// player, refused moves reported, the game's replay verifiable, and a what-if's expectations read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalHash } from '../src/state/rules/game';
import { checkMoves, playMovesGame } from '../src/state/bots/moves';
import { loadReplay } from '../src/state/replays/replay';
import { MovesFileError } from '../scripts/whatif/files';
import { simMoves, type MovesOptions } from '../scripts/whatif/sim';
import { rules, scenario } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'gc-moves-'));
const file = (name: string, body: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
  return p;
};
const sim = (o: Partial<MovesOptions> & { file: string }) => {
  const lines: string[] = [];
  const progress = { write: () => true } as unknown as NodeJS.WritableStream;
  simMoves(
    scenario,
    rules,
    { seed: 1, games: null, json: false, world: false, out: null, ...o },
    (l) => lines.push(l),
    progress,
  );
  return lines.join('\n');
};

const teacher = {
  name: 'Two visits',
  role: 'USA',
  difficulty: 'hard',
  rounds: {
    0: [
      { type: 'visit', target: 'RUS' },
      { type: 'visit', target: 'TUR' },
      { type: 'call', target: 'TUR' },
    ],
    '2015-11-19': [{ type: 'statement', issue: 'nowhere', position: 5 }],
  },
};

describe('sim --moves', () => {
  it('plays the file’s role and level, reports each refused move with the rules’ reason, and ends with the hash', () => {
    const f = file('teacher.json', teacher);
    const out = sim({ file: f, seed: 9 });
    expect(out).toMatch(/^Grand Coalition · seed 9 · United States · hard · moves "Two visits" \(/);
    expect(out).toContain('== Round 12 · Mon 28 Dec 2015 ==');
    expect(out).toContain(
      '\nMoves the rules refused (skipped):\n' +
        '  round 1 (2015-11-17; rounds."0"), move 2 {"type":"visit","target":"TUR"}: visit costs 2 action points, 1 left\n' +
        '  round 2 (2015-11-19; rounds."1"), move 1 {"type":"statement","issue":"nowhere","position":5}: unknown issue "nowhere"',
    );
    const line = checkMoves(rules, teacher);
    if (!line.ok) throw new Error(line.error);
    // The machine's game (as a person plays) is the reducer's.
    expect(out.endsWith(`Hash ${finalHash(playMovesGame(rules, line.line, 9).world)}`)).toBe(true);
    expect(out).not.toContain('What the file expects');
  });

  it('writes a replay of the game that verifies, and prints JSON with the refused moves', () => {
    const f = file('teacher2.json', teacher);
    const replay = join(tmp, 'replay.json');
    const j = JSON.parse(sim({ file: f, seed: 4, json: true, world: true, out: replay }));
    expect(j).toMatchObject({ seed: 4, role: 'USA', difficulty: 'hard', policy: 'moves', moves: 'Two visits' });
    expect(j.skipped.map((m: { round: number; index: number }) => [m.round, m.index])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(j.world.members).toEqual(expect.any(Array));
    expect(j).not.toHaveProperty('acts');
    const back = loadReplay(readFileSync(replay, 'utf8'), scenario);
    expect(back.ok && back.game.hash).toBe(j.hash);
  });

  it('plays seeds S to S+N−1 with --games, counting ends and refusals, and reads a what-if’s expectations', () => {
    const f = file('whatif.json', {
      name: 'Moscow on ISIS',
      role: 'RUS',
      base: 'historical',
      rounds: {
        0: [
          { type: 'statement', issue: 'target', position: 10 },
          { type: 'visit', target: 'TUR' },
          { type: 'call', target: 'IRN' },
        ],
      },
      expect: { flips: ['nov-russia-strikes'] },
    });
    const j = JSON.parse(sim({ file: f, seed: 30, games: 3, json: true, world: true }));
    expect(j).toMatchObject({ games: 3, seed: 30, policy: 'moves', role: 'RUS' });
    expect(Object.values(j.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
    expect(j.worlds).toHaveLength(3);
    expect(j.skipped).toEqual([
      {
        round: 0,
        index: 2,
        move: { type: 'call', target: 'IRN' },
        reason: 'call costs 1 action point, 0 left',
        seeds: 3,
      },
    ]);
    expect(j.flips).toMatchObject([{ id: 'nov-russia-strikes', flipped: 3, share: 1 }]);
    const text = sim({ file: f, seed: 30, games: 3 });
    expect(text).toContain('3 games, moves "Moscow on ISIS"');
    expect(text).toContain('(3 of 3 seeds)');
    expect(text).toMatch(/100\.0% {2}flipped {9}nov-russia-strikes/);
    expect(sim({ file: f, seed: 30 })).toMatch(/beside the historical line on this seed:\n *100\.0% {2}flipped/);
  });

  it('refuses a file that is missing, too large or not a line of moves, naming it', () => {
    expect(() => sim({ file: join(tmp, 'none.json') })).toThrow(MovesFileError);
    expect(() => sim({ file: join(tmp, 'none.json') })).toThrow(/no such file: .*none\.json/);
    expect(() => sim({ file: tmp })).toThrow(/is a folder, not a file/);
    expect(() => sim({ file: file('big.json', ' '.repeat(300 * 1024)) })).toThrow(/larger than 256 KB/);
    expect(() => sim({ file: file('bad.json', { role: 'FRA', rounds: { 0: [{ type: 'wave' }] } }) })).toThrow(
      /bad\.json: invalid at rounds\.0\.0: unknown type of move "wave"/,
    );
  });
});
