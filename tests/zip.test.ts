// The "Download all your games" zip opens in Compare games (README), and zips are read bounded:
// real decompression bombs (a header that lies about the size, an entry that unpacks a
// thousandfold, too many entries, a zip cut short) are refused, each quickly, with a message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ClassComparison } from '../src/app/compare';
import { GameStore, memoryBackend } from '../src/app/gameStore';
import { zipAll } from '../src/app/savedGames';
import { readZip } from '../src/app/zipFile';
import { loadScenario } from '../src/data/load';
import type { GameRecord } from '../src/app/recordCheck';

const fixture = (v: string, f: string) => readFileSync(join(__dirname, 'fixtures', 'replays', v, f), 'utf8');
const rounds = loadScenario().calendar.rounds;

/** A zip whose one entry's headers claim `claimed` bytes while it unpacks to `real`. */
export function lyingZip(real: number, claimed: number): Uint8Array {
  const z = zipSync({ 'a.json': new Uint8Array(real) }, { level: 9 });
  const dv = new DataView(z.buffer);
  dv.setUint32(22, claimed, true);
  for (let i = z.length - 22; i > 0; i--)
    if (dv.getUint32(i, true) === 0x02014b50) {
      dv.setUint32(i + 24, claimed, true);
      break;
    }
  return z;
}

describe('zips of replay files', () => {
  it('"Download all your games" opens in Compare games: every game compared, a record kept aside named', async () => {
    const store = GameStore.withBackend(memoryBackend());
    const files = ['FRA-normal-strategist.json', 'USA-hard-strategist.json', 'RUS-easy-random.json'];
    for (const [i, f] of files.entries()) {
      const replay = JSON.parse(fixture('1.1.0', f)) as GameRecord['replay'];
      await store.save({
        id: `g${i}`,
        status: 'finished',
        updated: `2026-01-0${i + 1}T10:00:00Z`,
        version: '1.1.0',
        seed: replay.seed as number,
        role: replay.role as string,
        outcome: null,
        meter: 50,
        replay,
      });
    }
    await store.saveAside('odd', '{"broken": true', 'it is not valid JSON');
    const zip = await zipAll(store);
    const cmp = new ClassComparison(rounds);
    await cmp.addFiles([
      new File([zip as Uint8Array<ArrayBuffer>], 'grand-coalition-games.zip', { type: 'application/zip' }),
    ]);
    expect(cmp.rows).toHaveLength(3);
    expect(cmp.rows.map((r) => r.name).every((n) => n.startsWith('grand-coalition-games/grand-coalition-2026-'))).toBe(
      true,
    );
    expect(cmp.problems).toEqual([
      {
        name: 'grand-coalition-games/set-aside/odd',
        error: 'a saved game this version could not read (kept aside), not compared',
      },
    ]);
    expect(cmp.csv().split('\n')).toHaveLength(4);
  });

  it('refuses bombs and damaged zips, each with its reason, unpacking at most about 1 MB past a limit', () => {
    // A header that says 100 bytes for an entry of 50 MB of zeros (49 KB packed).
    const lying = readZip(lyingZip(50_000_000, 100));
    expect(lying).toEqual({
      ok: true,
      entries: [{ name: 'a.json', error: 'it unpacks to more than 1 MB: it is not a replay' }],
    });
    // An honest header over the limit is refused unread.
    expect(readZip(lyingZip(2_000_000, 2_000_000))).toEqual({
      ok: true,
      entries: [{ name: 'a.json', error: 'it is larger than 1 MB: it is not a replay' }],
    });
    // Many entries just under the limit each: the whole stops at 64 MB.
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 80; i++) many[`g${i}.json`] = new Uint8Array(1_000_000);
    expect(readZip(zipSync(many, { level: 9 }))).toEqual({
      ok: false,
      error: 'the zip cannot be read: it unpacks to more than 64 MB',
    });
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 501; i++) files[`g${i}.json`] = new Uint8Array(1);
    expect(readZip(zipSync(files))).toEqual({
      ok: false,
      error: 'the zip cannot be read: it holds more than 500 files',
    });
    const good = zipSync({ 'a.json': new TextEncoder().encode(fixture('1.1.0', 'FRA-normal-strategist.json')) });
    expect(readZip(good.subarray(0, 200))).toEqual({ ok: false, error: 'the zip is damaged' });
    expect(readZip(good).ok).toBe(true);
  });
});
