import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { isReplayFragment, replayFragment } from '../src/state/replays/link';
import { runPolicy } from '../src/state/bots/policies';
import { makeReplay, replayFromFragment } from '../src/state/replays/replay';
import { scenario } from './helpers';

const game = runPolicy(scenario, 11, 'FRA', 'historical');
const frag = replayFragment(makeReplay(scenario, game));

describe('shareable links', () => {
  it('carry the whole replay in the fragment and reproduce the game', () => {
    expect(isReplayFragment(`#${frag}`)).toBe(true);
    expect(frag.length).toBeLessThan(2000);
    const r = replayFromFragment(`#${frag}`, scenario);
    expect(r.ok && r.game.hash).toBe(game.hash);
  });

  it('say specifically what is wrong with a cut-off or damaged link', () => {
    const cut = replayFromFragment(frag.slice(0, Math.floor(frag.length / 2)), scenario);
    expect(!cut.ok && cut.error).toMatch(/cut off|damaged/);
    expect(replayFromFragment('replay=', scenario)).toEqual({
      ok: false,
      error: 'the link is cut off: it has no replay data',
    });
    const bad = replayFromFragment('replay=<script>alert(1)</script>', scenario);
    expect(!bad.ok && bad.error).toMatch(/characters a replay link never has/);
    expect(replayFromFragment('#other=1', scenario).ok).toBe(false);
  });

  it('never throw on arbitrary or mangled fragments (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `replay=${s}`),
          fc
            .tuple(fc.nat(frag.length), fc.nat(frag.length), fc.string({ maxLength: 4 }))
            .map(([a, b, s]) => frag.slice(0, a) + s + frag.slice(b)),
        ),
        (f) => {
          const r = replayFromFragment(f, scenario);
          return r.ok || (typeof r.error === 'string' && r.error.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the loaders under generated hostile input (a small `npm run fuzz`)', () => {
  it('packs its real bomb, a replay of 600,000 moves, as lz-string packs it (the file saves packing it each run)', async () => {
    const { BIG_REPLAY_LINK, bigReplayJson } = await import('../scripts/fuzz-cases');
    const packed = readFileSync(BIG_REPLAY_LINK, 'utf8').trim();
    const json = bigReplayJson();
    expect(LZString.decompressFromEncodedURIComponent(packed) === json).toBe(true);
    expect((JSON.parse(json) as { actions: unknown[] }).actions).toHaveLength(600_000);
    expect(json.length).toBeGreaterThan(8_000_000);
  });

  it('never crash, refuse in one escaped line, re-verify what they accept, and reach most checks', async () => {
    const { runFuzz } = await import('../scripts/fuzz-run');
    const s = await runFuzz(300, 7, 60_000);
    expect(s.crashes).toEqual([]);
    expect(s.badMessages).toEqual([]);
    expect(s.reverifyFailed).toEqual([]);
    expect(s.unclassified).toEqual([]);
    expect(s.accepted).toBeGreaterThan(0);
    for (const k of ['JSON syntax', 'fields (schema)', 'moves: illegal', 'hash', 'scenario: unknown version'])
      expect(s.checks.get(k), k).toBeGreaterThan(0);
    // 300 inputs through every loader and consumer: about 30 s alone, over a minute on a loaded machine.
  }, 240_000);
});
