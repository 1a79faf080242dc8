// `npm run variants -- --fixtures` (run after the walk): golden replays for every variant that has
// none yet, made by that variant's own commit with its own CLI (`scripts/sim.ts --seed S --role R
// --policy P [--difficulty D] --out F`, as a player of that day would have), written as
// tests/fixtures/replays/<version>/<commit>-<role>-<level>-<policy>.json (`<commit>-format1-…` for a
// file of replay format 1). Extra commits can be named: `-- --fixtures 99194b1` adds a game made by
// that commit too. Golden replays, once on main, are never rewritten (tests/hash-guard.test.ts): this
// only adds files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkout } from './checkout';

const FIXTURES = join('tests', 'fixtures', 'replays');
const tsx = resolve('node_modules/.bin/tsx');
const table = JSON.parse(readFileSync(join('releases', 'variants.json'), 'utf8')) as {
  variants: { version: string; commit: string; commits: string[] }[];
};
const frozen = (v: string) =>
  (JSON.parse(readFileSync(join('releases', v, 'MANIFEST.json'), 'utf8')) as { commit: string }).commit;

/** One game by a commit's own CLI, written under its version's golden replays (never over one). */
function play(commit: string, version: string, seed: number, role: string, policy: string, level: string | null) {
  const dir = checkout(commit);
  if (!existsSync(join(dir, 'scripts')))
    execFileSync('sh', ['-c', `git archive ${commit} scripts | tar -x -C '${dir}'`]);
  const args = readFileSync(join(dir, 'scripts', 'cli', 'args.ts'), 'utf8');
  const levels = /difficulty/.test(args);
  // Before the strategist existed, the greedy bot stands in.
  let known = true;
  try {
    execFileSync('grep', ['-rq', "'strategist'", 'src'], { cwd: dir });
  } catch {
    known = false;
  }
  const bot = policy === 'strategist' && !known ? 'greedy' : policy;
  const out = join(dir, 'fixture.json');
  execFileSync(
    'nice',
    [
      '-n',
      '10',
      tsx,
      'scripts/sim.ts',
      '--seed',
      String(seed),
      '--role',
      role,
      '--policy',
      bot,
      ...(levels && level ? ['--difficulty', level] : []),
      '--out',
      out,
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const text = readFileSync(out, 'utf8');
  const format = (JSON.parse(text) as { version: number }).version;
  const name = `${commit.slice(0, 7)}-${format === 1 ? 'format1-' : ''}${role}-${levels && level ? level : 'normal'}-${bot}.json`;
  const path = join(FIXTURES, version, name);
  if (existsSync(path)) throw new Error(`${path} exists: golden replays are never rewritten`);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

const extra = process.argv.slice(2).filter((a) => /^[0-9a-f]{7,40}$/.test(a));
// A chosen game, `-- --fixtures <commit>:<role>:<level>:<policy>:<seed>`: one of the battery's games in
// which the commit's rules and every newer rule set of its version part (VARIANTS.md lists the commits;
// tests/variants.test.ts checks that the release's own rules refuse it).
const chosen = process.argv
  .slice(2)
  .map((a) => /^([0-9a-f]{7,40}):([A-Z]+):(easy|normal|hard):(\w+):(\d+)$/.exec(a))
  .filter((m): m is RegExpExecArray => m !== null);
const versionOf = (c: string) => {
  const v = table.variants.find((x) => x.commits.some((y) => c.startsWith(y)));
  if (!v) throw new Error(`${c} is not a commit of main's history that writes replays`);
  return v.version;
};
for (const [, c, role, level, policy, seed] of chosen) {
  const full = execFileSync('git', ['rev-parse', c!], { encoding: 'utf8' }).trim();
  play(full, versionOf(full), Number(seed), role!, policy!, level!);
}
if (chosen.length) process.exit(0);
for (const v of table.variants) {
  // A release's own commit has its golden replays already.
  if (existsSync(join('releases', v.version, 'MANIFEST.json')) && frozen(v.version) === v.commit) continue;
  const short = v.commit.slice(0, 7);
  if (readdirSync(join(FIXTURES, v.version)).some((f) => f.startsWith(`${short}-`))) continue;
  play(v.commit, v.version, 2015, 'FRA', 'strategist', 'normal');
  play(v.commit, v.version, 7, 'FRA', 'random', 'hard');
}
for (const c of extra) {
  const full = execFileSync('git', ['rev-parse', c], { encoding: 'utf8' }).trim();
  const v = table.variants.find((x) => x.commits.some((y) => full.startsWith(y)));
  if (!v) throw new Error(`${c} is not a commit of main's history that writes replays`);
  play(full, v.version, 2015, 'FRA', 'greedy', null);
}
