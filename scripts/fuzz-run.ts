// Runs generated hostile input through the loaders (files, links, the game store's records) and
// checks each outcome: no exception; a refusal is one short line with no control characters; an
// accepted game verifies again, from its own replay and by replaying its moves; every input ends
// within a time bound. Counts which of the loader's checks refused something.
import fc from 'fast-check';
import { GameStore } from '../src/app/gameStore';
import { readReplayFile } from '../src/app/replayFile';
import { openFragment, openReplay, openReplayText, type Opened } from '../src/release/load';
import { backend, compareZip, consume, importEarlier } from './fuzz-consumers';
import { fuzzBases, fuzzCases, type Case } from './fuzz-cases';

/** Each refusal the loaders can give, by the words of its message, in the order they check. */
export const CHECKS: [string, RegExp][] = [
  // The zip's and earlier saves' own refusals first: some share words with the loader's.
  ['earlier save: unreadable kept', /^earlier save: an autosave an earlier version could not open/],
  ['earlier save: damaged list', /^earlier save: a damaged list of games/],
  ['zip: not a zip', /this is not a zip file/],
  ['zip: damaged', /the zip is damaged/],
  ['zip: over 64 MB unpacked', /unpacks to more than 64 MB/],
  ['zip: over 500 files', /holds more than 500 files/],
  ['zip: entry over 1 MB (its header)', /it is larger than 1 MB: it is not a replay/],
  ['zip: entry unpacks past 1 MB', /it unpacks to more than 1 MB: it is not a replay/],
  ['zip: entry packed another way', /packed in a way replay zips never are/],
  ['zip: entry damaged', /it is damaged in the zip/],
  ['zip: entry cut off', /it is cut off in the zip/],
  ['zip: a record kept aside', /a saved game this version could not read \(kept aside\)/],
  ['record: not JSON', /^record: it is not valid JSON/],
  ['record: not a game record', /^record: it is not a game record/],
  ['record: key', /^record: its key does not match/],
  ['record: a field', /^record: its field "/],
  ['record: extra fields', /^record: it has .* a game record does not have/],
  ['size (1 MB)', /larger than 1 MB/],
  ['JSON syntax', /not valid JSON/],
  ['a JSON object', /must be a JSON object/],
  ['format', /not a Grand Coalition replay/],
  ['format version: not a number', /is not a version number/],
  ['format version: newer', /this build reads versions up to/],
  // Unreachable while every format version has its migration step; kept to show it stays so.
  ['format version: too old', /too old for this build/],
  ['scenario: shape', /replay invalid at scenario/],
  ['scenario: another game', /replay is for scenario "|replay is for scenario [^v]/],
  ['scenario: unknown version', /which this build does not know/],
  ['fields (schema)', /replay invalid at/],
  ['role', /is not playable/],
  ['moves: illegal', /replay action \d+ .* is illegal/],
  ['hash', /hash mismatch/],
  ['link: no replay', /carries no replay/],
  ['link: empty', /has no replay data/],
  ['link: too long', /too long to be a replay/],
  ['link: characters', /characters a replay link never has/],
  ['link: unpacks past 1 MB', /unpacks to more than 1 MB/],
  ['link: cannot unpack', /cannot be unpacked/],
  ['link: incomplete JSON', /replay is not complete/],
];

/** The consumers an accepted game goes through, and the doors input comes in by. */
export const CONSUMERS = [
  'viewer frames',
  'take-over',
  'comparison rows and CSV',
  'divergence (reading against the record)',
  'store: memory',
  'store: localStorage',
  'store: IndexedDB',
  'earlier saves imported',
  'file bytes (UTF-8, UTF-16, BOM)',
  'zip rows compared',
];

/** A message with its numbers and quoted values taken out: how many different things were said. */
const shapeOf = (m: string) => m.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+(\.\d+)?/g, 'N');

export interface FuzzStats {
  runs: number;
  accepted: number;
  refused: number;
  byKind: Record<Case['kind'], number>;
  checks: Map<string, number>;
  consumers: Map<string, number>;
  /** Distinct refusal messages (numbers and quoted values aside). */
  messages: Set<string>;
  unclassified: string[];
  crashes: string[];
  badMessages: string[];
  reverifyFailed: string[];
  slow: string[];
  maxMs: number;
  seconds: number;
}

// eslint-disable-next-line no-control-regex -- a message must hold no control characters
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const oneLine = (m: string) => m.length > 0 && m.length <= 400 && !UNSAFE.test(m);

async function reverify(o: Extract<Opened, { ok: true }>): Promise<string | null> {
  const again = await openReplay(JSON.parse(JSON.stringify(o.checked.replay)) as unknown);
  if (!again.ok || again.checked.hash !== o.checked.hash) return 'its own replay does not verify again';
  const { replay } = o.checked;
  const g = o.release.start(replay.seed, replay.role, replay.difficulty, replay.actions);
  if (!g.ok) return `its moves do not replay: ${g.error}`;
  const h = g.game.hash();
  g.game.stop();
  return h === o.checked.hash ? null : 'its moves lead to another hash';
}

export async function runFuzz(runs: number, seed: number, boundMs = 5000): Promise<FuzzStats> {
  const s: FuzzStats = {
    runs,
    accepted: 0,
    refused: 0,
    byKind: { file: 0, link: 0, record: 0, bytes: 0, legacy: 0, zip: 0 },
    checks: new Map(CHECKS.map(([k]) => [k, 0])),
    consumers: new Map(CONSUMERS.map((k) => [k, 0])),
    messages: new Set(),
    unclassified: [],
    crashes: [],
    badMessages: [],
    reverifyFailed: [],
    slow: [],
    maxMs: 0,
    seconds: 0,
  };
  const refuse = (m: string, why: string) => {
    s.refused += 1;
    if (!oneLine(m)) s.badMessages.push(`${why}: ${JSON.stringify(m.slice(0, 120))}`);
    s.messages.add(shapeOf(m));
    const hit = CHECKS.find(([, re]) => re.test(m));
    if (hit) s.checks.set(hit[0], s.checks.get(hit[0])! + 1);
    else if (s.unclassified.length < 20) s.unclassified.push(m.slice(0, 100));
  };
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(fuzzCases(fuzzBases()), async (c) => {
      s.byKind[c.kind] += 1;
      const t = performance.now();
      const reached = (k: string) => s.consumers.set(k, (s.consumers.get(k) ?? 0) + 1);
      const accept = async (o: Extract<Opened, { ok: true }>) => {
        s.accepted += 1;
        const bad = await reverify(o);
        if (bad) s.reverifyFailed.push(`${c.why}: ${bad}`);
        for (const k of consume(o, s.accepted)) reached(k);
      };
      const judge = async (o: Opened) => (o.ok ? accept(o) : refuse(o.error, c.why));
      try {
        if (c.kind === 'record') {
          const { name, b } = await backend(s.byKind.record);
          await b.put('k', c.value);
          const { games, setAside } = await GameStore.withBackend(b).list();
          reached(`store: ${name}`);
          for (const a of setAside) refuse(`record: ${a.reason}`, c.why);
          for (const g of games) await judge(await openReplay(g.replay));
        } else if (c.kind === 'legacy') {
          const { listed, left } = await importEarlier(c.key, c.text);
          reached('earlier saves imported');
          // A key stays only when one of its games could not be stored: never here (memory).
          if (left) s.reverifyFailed.push(`${c.why}: an earlier save's key was left behind`);
          for (const a of listed.setAside) refuse(`earlier save: ${a.reason}`, c.why);
          for (const g of listed.games) await judge(await openReplay(g.replay));
        } else if (c.kind === 'zip') {
          const cmp = await compareZip(c.bytes, 'games.zip');
          for (const p of cmp.problems) refuse(`${p.name}: ${p.error}`, c.why);
          for (let i = 0; i < cmp.rows.length; i++) {
            s.accepted += 1;
            reached('zip rows compared');
          }
        } else if (c.kind === 'bytes') {
          reached('file bytes (UTF-8, UTF-16, BOM)');
          const o = await readReplayFile(new File([c.bytes as Uint8Array<ArrayBuffer>], 'game.json'));
          // The app's reader opens games played together too (tests/together-replays.test.ts reads them).
          if (o.ok && 'together' in o) {
            s.accepted += 1;
            reached('a game played together');
          } else await judge(o);
        } else {
          await judge(c.kind === 'file' ? await openReplayText(c.text) : await openFragment(c.fragment));
        }
      } catch (e) {
        s.crashes.push(`${c.kind} (${c.why}): ${(e as Error).message.slice(0, 200)}`);
      }
      const ms = performance.now() - t;
      s.maxMs = Math.max(s.maxMs, ms);
      if (ms > boundMs) s.slow.push(`${c.kind} (${c.why}): ${ms.toFixed(0)} ms`);
    }),
    { numRuns: runs, seed },
  );
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}
