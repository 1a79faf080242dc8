// Runs generated hostile input through the loaders (files, links, the game store's records) and
// checks each outcome: no exception; a refusal is one short line with no control characters; an
// accepted game verifies again, from its own replay and by replaying its moves; every input ends
// within a time bound. Counts which of the loader's checks refused something.
import fc from 'fast-check';
import { GameStore, memoryBackend } from '../src/app/gameStore';
import { openFragment, openReplay, openReplayText, type Opened } from '../src/release/load';
import { fuzzBases, fuzzCases, type Case } from './fuzz-cases';

/** Each refusal the loaders can give, by the words of its message, in the order they check. */
export const CHECKS: [string, RegExp][] = [
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

export interface FuzzStats {
  runs: number;
  accepted: number;
  refused: number;
  byKind: Record<Case['kind'], number>;
  checks: Map<string, number>;
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
    byKind: { file: 0, link: 0, record: 0 },
    checks: new Map(CHECKS.map(([k]) => [k, 0])),
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
    const hit = CHECKS.find(([, re]) => re.test(m));
    if (hit) s.checks.set(hit[0], s.checks.get(hit[0])! + 1);
    else if (s.unclassified.length < 20) s.unclassified.push(m.slice(0, 100));
  };
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(fuzzCases(fuzzBases()), async (c) => {
      s.byKind[c.kind] += 1;
      const t = performance.now();
      try {
        if (c.kind === 'record') {
          const b = memoryBackend();
          await b.put('k', c.value);
          const { games, setAside } = await GameStore.withBackend(b).list();
          for (const a of setAside) refuse(`record: ${a.reason}`, c.why);
          for (const g of games) {
            const o = await openReplay(g.replay);
            if (o.ok) {
              s.accepted += 1;
              const bad = await reverify(o);
              if (bad) s.reverifyFailed.push(`${c.why}: ${bad}`);
            } else refuse(o.error, c.why);
          }
        } else {
          const o = c.kind === 'file' ? await openReplayText(c.text) : await openFragment(c.fragment);
          if (o.ok) {
            s.accepted += 1;
            const bad = await reverify(o);
            if (bad) s.reverifyFailed.push(`${c.why}: ${bad}`);
          } else refuse(o.error, c.why);
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
