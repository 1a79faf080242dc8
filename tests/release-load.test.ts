// The loader's header checks: what it refuses before any rules run, and what it repeats from a
/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
// hostile file (a few dozen characters, escaped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReplay, openReplayText, parseReplayText, readHeader } from '../src/release/load';
import { checkedGame } from '../src/release/current';
import { CURRENT_VERSION, releaseFor } from '../src/release/registry';
import { finalHash } from '../src/state/rules/game';
import { echo, ECHO_MAX } from '../src/state/view/echo';

const fixture = (v: string, f: string) => readFileSync(join(__dirname, 'fixtures', 'replays', v, f), 'utf8');
const base = () => JSON.parse(fixture('1.1.0', 'FRA-normal-greedy.json')) as Record<string, unknown>;

describe('echo', () => {
  it('cuts long values and escapes control, bidi and invisible characters', () => {
    expect(echo('x'.repeat(1_000_000))).toMatch(new RegExp(`^"x{${ECHO_MAX}}… \\(1000000 characters\\)"$`));
    expect(echo('a\nb\u001b[31mc\u202ed\u2066e\u200bf')).toBe('"a\\u000ab\\u001b[31mc\\u202ed\\u2066e\\u200bf"');
    expect(echo(undefined)).toBe('missing');
    expect(echo({ a: 1 })).toBe('an object');
    expect(echo([1])).toBe('a list');
  });
});

describe('the header, before any rules', () => {
  it('refuses a scenario version this build does not know, echoing it bounded and escaped', async () => {
    const r = base();
    r.scenario = { id: 'grand-coalition-2015', version: `9.9.9\n\u001b[2J${'A'.repeat(100_000)}` };
    const out = await openReplay(r);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toMatch(
      /^replay is for scenario version "9\.9\.9\\u000a\\u001b\[2JA+… \(100010 characters\)", which this build does not know \(it has 1\.0\.0, 1\.1\.0, 1\.2\.0, 1\.3\.0, 1\.4\.0, 1\.5\.0, 1\.6\.0, 1\.7\.0\)/,
    );
    expect(out.error.length).toBeLessThan(250);
    expect(out.error).not.toMatch(/[\n\u001b]/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a version named %s opens nothing', async (v) => {
    expect(await releaseFor(v)).toBeNull();
    const r = base();
    r.scenario = { id: 'grand-coalition-2015', version: v };
    const out = await openReplay(r);
    expect(out.ok ? 'opened' : out.error).toMatch(/which this build does not know/);
  });

  it('refuses another game, a newer format, a non-object, with one line each', () => {
    const other = { ...base(), scenario: { id: 'x'.repeat(500), version: '1.1.0' } };
    const h = readHeader(other);
    expect(!h.ok && h.error).toMatch(
      /^replay is for scenario "x{40}… \(500 characters\)", this build has "grand-coalition-2015"$/,
    );
    const newer = readHeader({ ...base(), version: 3 });
    expect(!newer.ok && newer.error).toMatch(/made by a newer version of the game/);
    expect(readHeader([1, 2])).toEqual({ ok: false, error: 'replay must be a JSON object' });
    const fmt = readHeader({ format: '=HYPERLINK("http://x")\r\n' });
    expect(!fmt.ok && fmt.error).toBe(
      'not a Grand Coalition replay (format is "=HYPERLINK("http://x")\\u000d\\u000a")',
    );
  });

  it('reads a file with a byte-order mark like one without', async () => {
    const text = fixture('1.0.0', 'FRA-normal-random.json');
    const a = await openReplayText(text);
    const b = await openReplayText(`\ufeff${text}`);
    expect(a.ok && b.ok && a.checked.hash === b.checked.hash).toBe(true);
  });

  it('repeats a JSON syntax error escaped and cut, never the raw text', () => {
    const p = parseReplayText(`{"format": "\u001b]0;owned\u0007${'z'.repeat(5000)}`);
    expect(!p.ok && p.error).toMatch(/^replay is not valid JSON \(/);
    expect(!p.ok && p.error).not.toMatch(/[\u0000-\u001f]/);
    expect(!p.ok && p.error.length).toBeLessThan(200);
  });
});

describe('one check per file', () => {
  it("keeps the game a current replay was checked with, for the CLI's log; none for an earlier release", async () => {
    const now = await openReplayText(fixture(CURRENT_VERSION, 'FRA-normal-strategist.json'));
    if (!now.ok) throw new Error(now.error);
    const game = checkedGame(now.checked);
    expect(game && finalHash(game.world)).toBe(now.checked.hash);
    expect(game?.actions).toEqual(now.checked.replay.actions);
    const old = await openReplayText(fixture('1.1.0', 'FRA-normal-greedy.json'));
    if (!old.ok) throw new Error(old.error);
    expect(checkedGame(old.checked)).toBeNull();
  });
});
