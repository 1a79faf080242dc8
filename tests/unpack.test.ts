// The bounded link decompressor: the same output as lz-string on any text, and a stop at the limit
// while it runs, so a small link that unpacks to gigabytes is refused after reading 1 MB of it.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { unpackFragment } from '../src/state/replays/link';
import { unpackUriComponent } from '../src/state/replays/unpack';
import { bombLink, bombSize } from '../scripts/bomb';

describe('bounded unpacking of links', () => {
  it('gives what lz-string gives, for any text (unicode included) and any mangled input it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => {
        const packed = LZString.compressToEncodedURIComponent(s);
        const u = unpackUriComponent(packed, 1_000_000);
        expect(u.ok ? u.text : u.reason).toBe(s === '' ? 'damaged' : s);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9+\-$]{1,200}$/), (s) => {
        // lz-string throws on some damaged input; ours says "damaged" instead.
        let theirs: string | null;
        try {
          theirs = LZString.decompressFromEncodedURIComponent(s);
        } catch {
          theirs = null;
        }
        const u = unpackUriComponent(s, 1_000_000);
        // On garbage lz-string sometimes returns garbage; ours then says "damaged". What ours
        // unpacks is always what lz-string unpacks.
        if (u.ok) expect(u.text).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });

  it('stops at the limit while unpacking: the 75 KB link of half a billion characters is refused at 1 MB', () => {
    const link = bombLink(512_000_000);
    expect(link.length).toBeLessThan(75_000);
    expect(unpackUriComponent(link, 1_000_000)).toEqual({ ok: false, reason: 'too long' });
    const f = unpackFragment(`#replay=${link}`);
    expect(!f.ok && f.error).toBe('the link unpacks to more than 1 MB: it is not a replay');
    // The bomb is real: lz-string unpacks a small one to exactly what bombSize says.
    expect(LZString.decompressFromEncodedURIComponent(bombLink(5000))).toBe('a'.repeat(bombSize(5000)));
    // Around the limit: just under unpacks (and is then refused as JSON), just over stops.
    const under = unpackUriComponent(bombLink(990_000), 1_000_000);
    expect(under.ok && under.text.length).toBe(bombSize(990_000));
    expect(bombSize(990_000)).toBeLessThanOrEqual(1_000_000);
    expect(unpackUriComponent(bombLink(1_000_001), 1_000_000)).toEqual({ ok: false, reason: 'too long' });
  });
});
