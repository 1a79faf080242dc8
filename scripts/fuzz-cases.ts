// Generators of hostile input for the loaders, shared by `npm run fuzz` and the test suite. They
// start from real games of every release, role and difficulty (the golden replays, and games the
// current rules generate) and mutate them knowing their structure: per field, per action, per term;
// with unicode, control and bidi characters, deep nesting, sizes around every limit, BOMs,
// decompression bombs, and the game store's records.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import LZString from 'lz-string';
import { DIFFICULTY_IDS } from '../src/state/rules/difficulty';
import { MAX_FRAGMENT } from '../src/state/replays/link';
import { runPolicy } from '../src/state/bots/policies';
import { makeReplay, MAX_REPLAY_BYTES, MAX_SEED } from '../src/state/replays/replay';
import { loadScenario } from '../src/data/load';
import { zipSync, strToU8 } from 'fflate';
import { bombLink } from './bomb';

type Json = Record<string, unknown>;
export type Case =
  | { kind: 'file'; text: string; why: string }
  | { kind: 'link'; fragment: string; why: string }
  | { kind: 'record'; value: unknown; why: string }
  /** A file read from its bytes (the file picker, a drop): UTF-16 and BOMs. */
  | { kind: 'bytes'; bytes: Uint8Array; why: string }
  /** What an earlier build kept in localStorage, under one of its keys, imported at start-up. */
  | { kind: 'legacy'; key: string; text: string; why: string }
  /** A zip dropped into Compare games. */
  | { kind: 'zip'; bytes: Uint8Array; why: string };

/** The link body of bigReplayJson(), packed by lz-string (`npx tsx scripts/pack-bomb.ts` writes it). */
export const BIG_REPLAY_LINK = join(process.cwd(), 'tests', 'fixtures', 'bomb', 'replay-600000-moves.txt');

/** A real bomb's JSON: the first golden replay (never changes) with 600,000 moves. */
export function bigReplayJson(): string {
  const base = fuzzBases()[0]!;
  return JSON.stringify({ ...base, actions: Array.from({ length: 600_000 }, () => ({ type: 'end' })) });
}

/** Computed once, when first drawn: bombs take a few seconds to build. */
const once = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};

/** A zip whose one entry's headers claim `claimed` bytes while it unpacks to `text`. */
function lyingZip(text: Uint8Array, claimed: number): Uint8Array {
  const z = zipSync({ 'bomb.json': text }, { level: 9 });
  const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
  dv.setUint32(22, claimed, true);
  for (let i = z.length - 22; i > 0; i--)
    if (dv.getUint32(i, true) === 0x02014b50) {
      dv.setUint32(i + 24, claimed, true);
      break;
    }
  return z;
}

/**
 * Real bombs: a replay that is valid JSON all through, made huge by whitespace or by moves, so only
 * the bound stops it (not a parser giving up early on 'aaaa…').
 */
const BOMBS = {
  /**
   * A link to a replay with 600,000 moves (9 MB of JSON), 36 KB long: packed once into
   * BIG_REPLAY_LINK (lz-string takes over ten seconds of CPU to pack it; tests/link.test.ts
   * unpacks the file and checks it is bigReplayJson() exactly).
   */
  link: once((): string => `#replay=${readFileSync(BIG_REPLAY_LINK, 'utf8').trim()}`),
  /** A zip entry of a replay padded with 30 MB of spaces, whose headers say 200 bytes. */
  zipLying: once(() => {
    const json = JSON.stringify(fuzzBases()[0]!);
    return lyingZip(strToU8(json + ' '.repeat(30_000_000)), 200);
  }),
  /** An honest entry of 2 MB. */
  zipBig: once(() => zipSync({ 'big.json': strToU8(JSON.stringify(fuzzBases()[0]!) + ' '.repeat(2_000_000)) })),
  /** 70 entries just under 1 MB each: 69 MB in all. */
  zipMany: once(() => {
    const files: Record<string, Uint8Array> = {};
    const pad = strToU8(' '.repeat(990_000));
    for (let i = 0; i < 70; i++) files[`g${i}.json`] = pad;
    return zipSync(files, { level: 1 });
  }),
  /** 501 tiny entries. */
  zipCount: once(() => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 501; i++) files[`g${i}.json`] = strToU8('{}');
    return zipSync(files);
  }),
};

/** Real games: every golden replay of every release, and every role × level of the current rules. */
export function fuzzBases(): Json[] {
  const dir = join(process.cwd(), 'tests', 'fixtures', 'replays');
  const out: Json[] = [];
  for (const v of readdirSync(dir).filter((d) => /^\d+\.\d+\.\d+$/.test(d)))
    for (const f of readdirSync(join(dir, v)).filter((x) => x.endsWith('.json')))
      out.push(JSON.parse(readFileSync(join(dir, v, f), 'utf8')) as Json);
  const scenario = loadScenario();
  for (const r of scenario.roles)
    for (const d of DIFFICULTY_IDS)
      out.push(makeReplay(scenario, runPolicy(scenario, 77, r.actor, 'random', d)) as unknown as Json);
  return out;
}

const CONTROL = ['\u0000', '\n', '\r', '\u001b[31m', '\u0007', '\u007f', '\u0085'];
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', '\u200b', '\ufeff'];
const weird = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...CONTROL, ...BIDI, '=HYPERLINK("x")', '__proto__', 'constructor', 'toString', '', ' ', '\ud800'),
  fc.tuple(fc.constantFrom(...BIDI, ...CONTROL), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
  fc.nat(300).map((n) => 'x'.repeat(n)),
);
const numbers = fc.oneof(
  fc.constantFrom(-1, 0, 1, 1.5, -0, 100, 101, MAX_SEED, MAX_SEED + 1, 2 ** 53, 1e308, -1e308, 1e-7),
  fc.double(),
  fc.integer(),
);
/** Nesting to a depth around the parser's and the checker's patience. */
const deep = fc.constantFrom(10, 100, 1000).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown);
const anyValue = fc.oneof(weird, numbers, deep, fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant({}));

const ACTOR = fc.constantFrom('FRA', 'USA', 'RUS', 'TUR', 'SYR', 'NATO', 'XX', '');
const ISSUE = fc.constantFrom('target', 'assad', 'russia', 'military', 'vienna', 'zzz');
const action = fc.oneof(
  fc.record({ type: fc.constantFrom('call', 'visit'), target: fc.oneof(ACTOR, weird) }),
  fc.record({
    type: fc.constant('proposal'),
    target: ACTOR,
    terms: fc.dictionary(fc.oneof(ISSUE, weird), fc.oneof(numbers, weird), { maxKeys: 6 }),
  }),
  fc.record({ type: fc.constant('statement'), issue: fc.oneof(ISSUE, weird), position: numbers }),
  fc.record({ type: fc.constant('concession'), target: ACTOR, issue: ISSUE }),
  fc.constant({ type: 'end' }),
  fc.record({ type: weird }),
  anyValue,
);

/** Structure-aware mutations of one real replay. */
function mutations(bases: Json[]): fc.Arbitrary<{ value: unknown; why: string }> {
  const base = fc.constantFrom(...bases);
  const FIELDS = ['format', 'version', 'scenario', 'seed', 'role', 'difficulty', 'actions', 'hash'];
  const acts = (r: Json) => (Array.isArray(r.actions) ? (r.actions as unknown[]) : []);
  return fc.oneof(
    fc.constant(0).chain(() => base.map((r) => ({ value: r, why: 'unchanged' }))),
    fc
      .tuple(base, fc.constantFrom(...FIELDS), anyValue)
      .map(([r, k, v]) => ({ value: { ...r, [k]: v }, why: `field ${k}` })),
    fc.tuple(base, fc.constantFrom(...FIELDS)).map(([r, k]) => {
      const { [k]: _drop, ...rest } = r;
      return { value: rest, why: `no ${k}` };
    }),
    fc.tuple(base, weird, anyValue).map(([r, k, v]) => ({ value: { ...r, [k]: v }, why: 'extra field' })),
    fc.tuple(base, fc.oneof(ACTOR, weird)).map(([r, role]) => ({ value: { ...r, role }, why: 'role' })),
    fc
      .tuple(
        base,
        fc.oneof(fc.constantFrom('1.0.0', '1.1.0', '1.2.0', '0.9.0', '9.9.9', '1.1', ''), weird),
        fc.oneof(fc.constant('grand-coalition-2015'), weird),
      )
      .map(([r, v, id]) => ({ value: { ...r, scenario: { id, version: v } }, why: 'scenario' })),
    fc.tuple(base, fc.constantFrom(0, 1, 2, 3, '2', 1.5)).map(([r, v]) => {
      const { difficulty: _d, ...rest } = r;
      return { value: v === 1 ? { ...rest, version: 1 } : { ...r, version: v }, why: 'format version' };
    }),
    fc.tuple(base, fc.nat(), action).map(([r, i, a]) => {
      const x = acts(r);
      const at = i % (x.length + 1);
      return { value: { ...r, actions: [...x.slice(0, at), a, ...x.slice(at)] }, why: 'insert action' };
    }),
    fc.tuple(base, fc.nat(), action).map(([r, i, a]) => {
      const x = [...acts(r)];
      if (x.length) x[i % x.length] = a;
      return { value: { ...r, actions: x }, why: 'replace action' };
    }),
    fc.tuple(base, fc.nat()).map(([r, i]) => ({
      value: { ...r, actions: acts(r).filter((_, j) => j !== i % Math.max(1, acts(r).length)) },
      why: 'drop action',
    })),
    fc.tuple(base, fc.nat(), fc.nat()).map(([r, i, j]) => {
      const x = [...acts(r)];
      if (x.length) {
        const a = i % x.length;
        const b = j % x.length;
        [x[a], x[b]] = [x[b], x[a]];
      }
      return { value: { ...r, actions: x }, why: 'swap actions' };
    }),
    fc.tuple(base, fc.nat(), fc.oneof(ISSUE, weird), fc.oneof(numbers, weird)).map(([r, i, k, v]) => {
      const x = acts(r).map((a) => a);
      const props = x.flatMap((a, j) => ((a as Json).type === 'proposal' ? [j] : []));
      if (props.length) {
        const j = props[i % props.length]!;
        const p = x[j] as Json;
        x[j] = { ...p, terms: { ...(p.terms as Json), [k]: v } };
      }
      return { value: { ...r, actions: x }, why: 'term' };
    }),
    fc
      .tuple(base, fc.nat(), fc.constantFrom('type', 'target', 'issue', 'position', 'terms'), anyValue)
      .map(([r, i, k, v]) => {
        const x = [...acts(r)];
        if (x.length) x[i % x.length] = { ...(x[i % x.length] as Json), [k]: v };
        return { value: { ...r, actions: x }, why: `action field ${k}` };
      }),
    fc.tuple(base, fc.constantFrom(1999, 2000, 2001)).map(([r, n]) => ({
      value: {
        ...r,
        actions: Array.from({ length: n }, (_, i) => acts(r)[i % Math.max(1, acts(r).length)] ?? { type: 'end' }),
      },
      why: `${n} actions`,
    })),
    fc.tuple(base, fc.nat(63), fc.constantFrom('0', 'f', 'g', 'F')).map(([r, i, c]) => {
      const h = String(r.hash);
      return { value: { ...r, hash: h.slice(0, i) + c + h.slice(i + 1) }, why: 'hash digit' };
    }),
  );
}

/** Whole files: mutated replays as text, cut, padded around 1 MB, with a BOM, deep, or not JSON. */
export function fuzzCases(bases: Json[]): fc.Arbitrary<Case> {
  const m = mutations(bases);
  const text = fc.oneof(
    { weight: 6, arbitrary: m.map(({ value, why }) => ({ text: JSON.stringify(value), why })) },
    m.map(({ value, why }) => ({ text: `\ufeff${JSON.stringify(value)}`, why: `BOM, ${why}` })),
    fc.tuple(m, fc.nat()).map(([{ value }, n]) => {
      const t = JSON.stringify(value);
      return { text: t.slice(0, n % t.length), why: 'cut' };
    }),
    fc.tuple(m, fc.constantFrom(-1, 0, 1)).map(([{ value }, d]) => {
      const t = JSON.stringify(value);
      return {
        text: t + ' '.repeat(Math.max(0, MAX_REPLAY_BYTES - t.length + d)),
        why: `size limit ${d >= 0 ? '+' : ''}${d}`,
      };
    }),
    fc.constantFrom(10, 1000, 100_000).map((n) => ({ text: '['.repeat(n) + ']'.repeat(n), why: `nesting ${n}` })),
    fc.string({ unit: 'binary', maxLength: 200 }).map((t) => ({ text: t, why: 'text' })),
    fc.jsonValue().map((v) => ({ text: JSON.stringify(v), why: 'json' })),
  );
  const link = fc.oneof(
    {
      weight: 4,
      arbitrary: m.map(({ value, why }) => ({
        fragment: `#replay=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`,
        why,
      })),
    },
    fc.tuple(m, fc.nat(), fc.nat(), fc.string({ maxLength: 6 })).map(([{ value }, a, b, s]) => {
      const f = LZString.compressToEncodedURIComponent(JSON.stringify(value));
      const i = a % f.length;
      return { fragment: `#replay=${f.slice(0, i)}${s}${f.slice(Math.max(i, b % f.length))}`, why: 'mangled link' };
    }),
    fc
      .constantFrom(999_000, 1_000_001, 50_000_000, 512_000_000)
      .map((n) => ({ fragment: `#replay=${bombLink(n)}`, why: `bomb ${n}` })),
    fc.constant(0).map(() => ({ fragment: BOMBS.link(), why: 'bomb: a replay of 600,000 moves' })),
    fc
      .constantFrom(-1, 0, 1)
      .map((d) => ({ fragment: `#replay=${'A'.repeat(MAX_FRAGMENT + d)}`, why: `link length ${d}` })),
    fc.string({ maxLength: 40 }).map((s) => ({ fragment: `#replay=${s}`, why: 'link text' })),
    fc.tuple(m, fc.nat()).map(([{ value }, n]) => {
      const t = JSON.stringify(value);
      return {
        fragment: `#replay=${LZString.compressToEncodedURIComponent(t.slice(0, 1 + (n % t.length)))}`,
        why: 'cut text',
      };
    }),
    fc
      .constantFrom('#constructor', '#__proto__', '#replay', '#replay=', '#', '')
      .map((f) => ({ fragment: f, why: 'address' })),
  );
  const RECORD_FIELDS = ['id', 'status', 'updated', 'version', 'seed', 'role', 'outcome', 'meter', 'replay'];
  const goodRecord = (replay: unknown): Json => ({
    id: 'k',
    status: 'playing',
    updated: '2026-01-01T00:00:00Z',
    version: '1.1.0',
    seed: 1,
    role: 'FRA',
    outcome: null,
    meter: 50,
    replay,
  });
  const record = fc.oneof(
    // Every field of a record, one at a time: a hostile value, or gone, or an extra one beside it.
    fc
      .tuple(m, fc.constantFrom(...RECORD_FIELDS), anyValue)
      .map(([{ value }, k, v]) => ({ value: { ...goodRecord(value), [k]: v }, why: `record field ${k}` })),
    fc.tuple(m, fc.constantFrom(...RECORD_FIELDS)).map(([{ value }, k]) => {
      const { [k]: _drop, ...rest } = goodRecord(value);
      return { value: rest, why: `record without ${k}` };
    }),
    fc
      .tuple(m, weird, anyValue)
      .map(([{ value }, k, v]) => ({ value: { ...goodRecord(value), [k]: v }, why: 'record extra field' })),
    fc
      .tuple(m, fc.constantFrom('yesterday', '2026-02-30T10:00:00Z', '', '2026-01-01', '9999-12-31T23:59:59.999Z'))
      .map(([{ value }, u]) => ({ value: { ...goodRecord(value), updated: u }, why: 'record updated' })),
    m.map(({ value }) => ({ value: goodRecord(value), why: 'record of a mutated replay' })),
    fc
      .tuple(
        m,
        fc.record({
          status: fc.oneof(fc.constantFrom('playing', 'finished'), weird),
          seed: numbers,
          id: fc.oneof(fc.uuid(), weird),
        }),
      )
      .map(([{ value }, r]) => ({
        value: {
          id: r.id,
          status: r.status,
          updated: '2026-01-01T00:00:00Z',
          version: '1.1.0',
          seed: r.seed,
          role: 'FRA',
          outcome: null,
          meter: 50,
          replay: value,
        },
        why: 'record',
      })),
    anyValue.map((v) => ({ value: v, why: 'record value' })),
    fc.string({ maxLength: 50 }).map((s) => ({ value: s, why: 'record text' })),
  );
  const utf16 = (t: string, be: boolean): Uint8Array => {
    const out = new Uint8Array(2 + t.length * 2);
    out[0] = be ? 0xfe : 0xff;
    out[1] = be ? 0xff : 0xfe;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
      out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const bytes = fc.oneof(
    fc.tuple(m, fc.boolean()).map(([{ value, why }, be]) => ({
      bytes: utf16(JSON.stringify(value), be),
      why: `UTF-16${be ? 'BE' : 'LE'}, ${why}`,
    })),
    m.map(({ value, why }) => ({ bytes: strToU8(`\ufeff${JSON.stringify(value)}`), why: `UTF-8 BOM bytes, ${why}` })),
    fc.uint8Array({ maxLength: 300 }).map((b) => ({ bytes: b, why: 'bytes' })),
  );
  const LEGACY = ['grand-coalition/autosave/v1', 'grand-coalition/autosave/unreadable', 'grand-coalition/history/v1'];
  const legacy = fc.oneof(
    fc.tuple(m, fc.constantFrom(...LEGACY)).map(([{ value, why }, key]) => ({
      key,
      text: key.endsWith('history/v1') ? JSON.stringify([{ hash: 'x', replay: value }]) : JSON.stringify(value),
      why: `earlier save ${why}`,
    })),
    fc.tuple(fc.array(m, { maxLength: 3 })).map(([list]) => ({
      key: LEGACY[2]!,
      text: JSON.stringify(list.map((x) => ({ replay: x.value }))),
      why: 'earlier list',
    })),
    fc
      .tuple(fc.constantFrom(...LEGACY), fc.oneof(weird, fc.string({ maxLength: 60 })))
      .map(([key, text]) => ({ key, text, why: 'earlier save text' })),
  );
  const zip = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(m, { minLength: 1, maxLength: 3 }).map((xs) => ({
        // Named as "Download all your games" names them, records kept aside among them.
        bytes: zipSync(
          Object.fromEntries(
            xs.map((x, i) => [i === 2 ? `set-aside/k${i}.json` : `game-${i}.json`, strToU8(JSON.stringify(x.value))]),
          ),
        ),
        why: 'zip of replays',
      })),
    },
    fc.tuple(m, fc.nat()).map(([{ value }, n]) => {
      const z = zipSync({ 'a.json': strToU8(JSON.stringify(value)) });
      return { bytes: z.subarray(0, 4 + (n % (z.length - 4))), why: 'zip cut' };
    }),
    fc
      .uint8Array({ maxLength: 200 })
      .map((b) => ({ bytes: new Uint8Array([0x50, 0x4b, 3, 4, ...b]), why: 'zip bytes' })),
    // One byte of an entry's packed data changed, or its packing method said to be another.
    fc.tuple(m, fc.nat(), fc.nat(255)).map(([{ value }, i, v]) => {
      const z = zipSync({ 'a.json': strToU8(JSON.stringify(value)) }, { level: 9 });
      const at = 40 + (i % Math.max(1, z.length - 140));
      z[at] = v;
      return { bytes: z, why: 'zip byte' };
    }),
    m.map(({ value }) => {
      const z = zipSync({ 'a.json': strToU8(JSON.stringify(value)) });
      const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
      dv.setUint16(8, 12, true);
      for (let i = z.length - 22; i > 0; i--)
        if (dv.getUint32(i, true) === 0x02014b50) {
          dv.setUint16(i + 10, 12, true);
          break;
        }
      return { bytes: z, why: 'zip packed with bzip2' };
    }),
    fc.constantFrom('zipLying', 'zipBig', 'zipMany', 'zipCount').map((k) => ({
      bytes: BOMBS[k as 'zipLying' | 'zipBig' | 'zipMany' | 'zipCount'](),
      why: `bomb ${k}`,
    })),
    fc.uint8Array({ maxLength: 100 }).map((b) => ({ bytes: b, why: 'not a zip' })),
  );
  return fc.oneof(
    { weight: 5, arbitrary: text.map((t) => ({ kind: 'file' as const, ...t })) },
    { weight: 3, arbitrary: link.map((l) => ({ kind: 'link' as const, ...l })) },
    { weight: 1, arbitrary: record.map((r) => ({ kind: 'record' as const, ...r })) },
    { weight: 1, arbitrary: bytes.map((b) => ({ kind: 'bytes' as const, ...b })) },
    { weight: 1, arbitrary: legacy.map((l) => ({ kind: 'legacy' as const, ...l })) },
    { weight: 1, arbitrary: zip.map((z) => ({ kind: 'zip' as const, ...z })) },
  );
}
