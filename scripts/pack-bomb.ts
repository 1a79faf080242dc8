// `npx tsx scripts/pack-bomb.ts`: packs the fuzz's 600,000-move replay into its link once
// (lz-string takes over ten seconds of CPU on it), for scripts/fuzz-cases.ts to read. The replay is
// built from the first golden replay, which never changes, so neither does the file;
// tests/link.test.ts checks it unpacks to that replay exactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import LZString from 'lz-string';
import { BIG_REPLAY_LINK, bigReplayJson } from './fuzz-cases';

mkdirSync(dirname(BIG_REPLAY_LINK), { recursive: true });
writeFileSync(BIG_REPLAY_LINK, `${LZString.compressToEncodedURIComponent(bigReplayJson())}\n`);
