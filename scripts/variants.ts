// `npm run variants`: every rule set that ever reached main, found by playing it.
//
// Walks main's first-parent history. For each commit that changed the rules (src/state, src/data, or
// the locked version of a library that decides hashes) it copies that commit's sources into a
// temporary folder and plays a fixed battery of games with that commit's own code
// (scripts/variants/probe.ts: every role, policy and level it has, seeds 7 and 2015), keeping each
// game's replay. Then, within each declared scenario version, it groups the commits by what their
// rules make of each other's games: a variant is one commit's rules, and it covers every commit whose
// whole battery it verifies hash for hash. The frozen commit of each release (releases/<v>/MANIFEST.json)
// and the newest commit of the current version are tried first, then the newest commit not yet
// covered, and so on. Writes releases/VARIANTS.md (the table) and releases/variants.json (what
// `npm run release:freeze -- --variants` reads). One process at a time, niced; the games and the
// copies are cached under $TMPDIR/gc-variants (`--fresh` empties it), so a second run only plays
// what is new.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkout, HASH_LIBS, hashLibs, WORK } from './variants/checkout';

if (process.argv.includes('--fixtures')) {
  await import('./variants/fixtures');
  process.exit(0);
}
const repo = process.cwd();
const args = process.argv.slice(2);
const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1]! : 'main';
const work = WORK;
if (args.includes('--fresh')) rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const probe = resolve('scripts/variants/probe.ts');
const tsx = resolve('node_modules/.bin/tsx');

const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
const tryGit = (...a: string[]): string | null => {
  try {
    return execFileSync('git', a, {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
};
const short = (c: string) => c.slice(0, 7);

/** The scenario version a commit declares. */
function declared(c: string): string | null {
  const hit = tryGit('grep', '-h', '-E', "^\\s*version: '[0-9]+\\.[0-9]+\\.[0-9]+'", c, '--', 'src/data');
  return /'(\d+\.\d+\.\d+)'/.exec(hit ?? '')?.[1] ?? null;
}
interface Commit {
  commit: string;
  subject: string;
  version: string | null;
  /** Whether it writes replays at all (the very first commit did not). */
  replays: boolean;
  /** What of the rules it changed against its first parent. */
  changed: string[];
  /** The commit whose games stand for this one's (itself when it changed the rules). */
  played: string;
}

const list = git('rev-list', '--first-parent', '--reverse', ref).trim().split('\n');
const commits: Commit[] = [];
for (const [i, c] of list.entries()) {
  const replays = tryGit('grep', '-q', '-E', 'export (function|const) makeReplay\\b', c, '--', 'src') !== null;
  const parent = i > 0 ? list[i - 1]! : null;
  const changed: string[] = [];
  if (parent) {
    const files = git('diff', '--name-only', parent, c, '--', 'src/state', 'src/data').trim();
    if (files) changed.push(`${files.split('\n').length} files of src/state, src/data`);
    const [a, b] = [hashLibs(parent), hashLibs(c)];
    for (const n of HASH_LIBS) if (a[n] !== b[n]) changed.push(`${n} ${a[n]} → ${b[n]}`);
  }
  const prev = commits[commits.length - 1];
  const first = replays && !(prev?.replays ?? false);
  commits.push({
    commit: c,
    subject: git('log', '-1', '--format=%s', c).trim(),
    version: declared(c),
    replays,
    changed,
    played: replays && (first || changed.length) ? c : (prev?.played ?? c),
  });
}

const run = (dir: string, ...a: string[]) =>
  execFileSync('nice', ['-n', '10', tsx, probe, ...a], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

/** The battery's replays made by a commit, played once and cached. */
function games(c: string): string[] {
  const out = join(work, 'games', short(c));
  if (!existsSync(join(out, '.done'))) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(`variants: playing the battery at ${short(c)}\n`);
    run(checkout(c), 'play', out);
    writeFileSync(join(out, '.done'), '');
  }
  return readdirSync(out)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(out, f));
}
/** Which of these replays a commit's own checker verifies, by path; cached per (checker, replay). */
const verdicts = new Map<string, boolean>();
function check(c: string, paths: string[]): Map<string, boolean> {
  const todo = paths.filter((p) => !verdicts.has(`${c} ${p}`));
  if (todo.length) {
    const listFile = join(work, `check-${short(c)}.txt`);
    writeFileSync(listFile, `${todo.join('\n')}\n`);
    process.stderr.write(`variants: checking ${todo.length} replays with ${short(c)}\n`);
    for (const line of run(checkout(c), 'check', listFile).trim().split('\n')) {
      const r = JSON.parse(line) as { path: string; ok: boolean };
      verdicts.set(`${c} ${r.path}`, r.ok);
    }
  }
  return new Map(paths.map((p) => [p, verdicts.get(`${c} ${p}`)!]));
}
const hashes = (paths: string[]) =>
  paths.map((p) => `${p.split('/').pop()} ${(JSON.parse(readFileSync(p, 'utf8')) as { hash: string }).hash}`);
const digest = (lines: string[]) => createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12);

interface Variant {
  version: string;
  /** The commit whose rules this variant is (frozen from it). */
  commit: string;
  /** Every commit on main whose games it verifies, oldest first. */
  commits: string[];
  /** The rule-changing commits whose batteries it verified. */
  played: string[];
}
const frozenAt = (v: string): string | null => {
  const m = join('releases', v, 'MANIFEST.json');
  return existsSync(m) ? (JSON.parse(readFileSync(m, 'utf8')) as { commit: string }).commit : null;
};

const versions = [...new Set(commits.filter((c) => c.replays).map((c) => c.version!))];
const variants: Variant[] = [];
const digests = new Map<string, string>();
for (const v of versions) {
  const inV = commits.filter((c) => c.replays && c.version === v);
  const played = [...new Set(inV.map((c) => c.played))];
  const battery = new Map(played.map((c) => [c, games(c)]));
  for (const [c, ps] of battery) digests.set(c, digest(hashes(ps)));
  // Who stands for whom: the release's frozen commit and the version's newest commit first.
  const standIn = (c: string) => commits.find((x) => x.commit === c)?.played ?? c;
  const frozen = frozenAt(v);
  const order = [...new Set([...(frozen ? [standIn(frozen)] : []), ...[...played].reverse()])];
  const covered = new Map<string, string>();
  for (const cand of order) {
    if (covered.has(cand)) continue;
    const open = played.filter((c) => !covered.has(c));
    if (!open.length) break;
    const ok = check(
      cand,
      open.flatMap((c) => battery.get(c)!),
    );
    const mine = open.filter((c) => battery.get(c)!.every((p) => ok.get(p)));
    if (!mine.includes(cand) && !covered.has(cand))
      throw new Error(`${short(cand)} does not verify its own games: ${battery.get(cand)!.find((p) => !ok.get(p))}`);
    for (const c of mine) covered.set(c, cand);
  }
  for (const rep of order.filter((c) => [...covered.values()].includes(c))) {
    const mine = played.filter((c) => covered.get(c) === rep);
    variants.push({
      version: v,
      // The release's own frozen commit, else the newest commit that changed these rules: the commits
      // after it until the next change have the same src/state and src/data.
      commit: frozen && standIn(frozen) === rep ? frozen : rep,
      commits: inV.filter((c) => mine.includes(c.played)).map((c) => c.commit),
      played: mine,
    });
  }
}
// Newest variant first within a version: the order the loader tries them in.
const order = (v: Variant) => list.indexOf(v.commits.at(-1)!);
variants.sort((a, b) => versions.indexOf(a.version) - versions.indexOf(b.version) || order(b) - order(a));

const byCommit = new Map(variants.flatMap((v) => v.commits.map((c) => [c, v])));
const label = (v: Variant) => `${v.version}+${short(v.commit)}`;
const ranges = (cs: string[]) => {
  // Runs of consecutive first-parent commits, as first..last.
  const out: string[][] = [];
  for (const c of cs) {
    const last = out.at(-1);
    if (last && list.indexOf(c) === list.indexOf(last.at(-1)!) + 1) last.push(c);
    else out.push([c]);
  }
  return out
    .map((r) => (r.length === 1 ? short(r[0]!) : `${short(r[0]!)}..${short(r.at(-1)!)} (${r.length})`))
    .join(', ');
};

writeFileSync(
  'releases/variants.json',
  `${JSON.stringify(
    {
      ref: short(list.at(-1)!),
      battery: { seeds: [7, 2015], policies: 'every one the commit has', levels: 'every one the commit has' },
      variants: variants.map((v) => ({ version: v.version, commit: v.commit, commits: v.commits.map(short) })),
    },
    null,
    2,
  )}\n`,
);

const md: string[] = [
  '# Every rule set that reached main',
  '',
  `Written by \`npm run variants\` (scripts/variants.ts) from main's first-parent history up to ${short(list.at(-1)!)};`,
  'do not edit by hand. Each commit that changed the rules played the same battery of games with its own',
  'code (every role, policy and difficulty level it had, seeds 7 and 2015); a **variant** is one',
  "commit's rules, and it covers every commit whose whole battery its replay checker verifies, hash for",
  'hash. A replay names its scenario version, not its variant: the loader tries the version\u2019s',
  'variants, newest first, and the hash says which one made it.',
  '',
  '| version | variants | commits on main |',
  '|---|---:|---:|',
  ...versions.map(
    (v) =>
      `| ${v} | ${variants.filter((x) => x.version === v).length} | ${commits.filter((c) => c.replays && c.version === v).length} |`,
  ),
  '',
  '## Variants, newest first within each version',
  '',
  '| variant | frozen from | commits on main whose games it opens |',
  '|---|---|---|',
  ...variants.map((v) => `| ${label(v)} | ${short(v.commit)} | ${ranges(v.commits)} |`),
  '',
  '## Every commit',
  '',
  "`battery` is a digest of the hashes of the commit's own games (the same digest: the same games, same hashes);",
  'a commit that changed nothing of the rules plays as the one before it.',
  '',
  '| # | commit | version | rules changed | battery | variant | subject |',
  '|---:|---|---|---|---|---|---|',
  ...commits.map((c, i) => {
    const v = byCommit.get(c.commit);
    const subject = c.subject.length > 70 ? `${c.subject.slice(0, 69)}…` : c.subject;
    return `| ${i + 1} | ${short(c.commit)} | ${c.version ?? '-'} | ${!c.replays ? 'no replays yet' : c.played === c.commit ? c.changed.join('; ') || 'first with replays' : '-'} | ${c.replays ? digests.get(c.played) : '-'} | ${v ? label(v) : '-'} | ${subject.replace(/\|/g, '\\|')} |`;
  }),
  '',
];
writeFileSync('releases/VARIANTS.md', md.join('\n'));
execFileSync(resolve('node_modules/.bin/prettier'), ['--write', 'releases/VARIANTS.md', 'releases/variants.json'], {
  stdio: 'ignore',
});
console.log(
  versions
    .map(
      (v) =>
        `${v}: ${variants
          .filter((x) => x.version === v)
          .map(label)
          .join(', ')}`,
    )
    .join('\n'),
);
