// Writes tests/fixtures/saves/<version>/: a #replay= link and an autosave record (an unfinished
// game, as the game store keeps it) for every release, from that release's golden replays and
// with that release's own rules. Run once per release: npx tsx scripts/save-fixtures.ts <version>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { releaseFor } from '../src/release/registry';
import { FROZEN } from '../src/release/frozen';

const version = process.argv[2];
if (!version) throw new Error('usage: npx tsx scripts/save-fixtures.ts <version>');
const release = FROZEN[version] ? await FROZEN[version]() : await releaseFor(version);
if (!release) throw new Error(`unknown version ${version}`);
const source = JSON.parse(
  readFileSync(join('tests/fixtures/replays', version, 'FRA-normal-strategist.json'), 'utf8'),
) as Parameters<typeof release.actionsBeforeRound>[0];
const dir = join('tests/fixtures/saves', version);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'link.txt'), `#replay=${LZString.compressToEncodedURIComponent(JSON.stringify(source))}\n`);
const started = release.start(source.seed, source.role, source.difficulty, release.actionsBeforeRound(source, 4));
if (!started.ok) throw new Error(started.error);
const s = started.game.summary();
const record = {
  id: `fixture-${version.replace(/\./g, '-')}`,
  status: 'playing',
  updated: '2026-01-15T09:00:00.000Z',
  version: s.version,
  seed: s.seed,
  role: s.role,
  outcome: s.outcome,
  meter: s.meter,
  replay: started.game.replay(),
};
writeFileSync(join(dir, 'autosave-record.json'), `${JSON.stringify(record, null, 1)}\n`);
console.log(`${dir}: link of ${source.hash.slice(0, 12)}…, record of round 5 (${record.replay.hash.slice(0, 12)}…)`);
