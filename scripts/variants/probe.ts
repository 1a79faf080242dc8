// Runs inside a checkout of one commit of main's history (scripts/variants.ts copies it there), with
// that commit's own rules: `tsx probe.ts play OUT` plays the fixed battery of games and writes each
// one's replay, made by that commit's own makeReplay; `tsx probe.ts check LIST` checks every replay
// named in LIST (one path a line) with that commit's own replay checker and prints one JSON line each.
// It finds the modules by what they export, so it reads every layout the history has had.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The battery: the same games at every commit, as far as its rules have the roles, levels and policies. */
export const SEEDS = [7, 2015];
export const POLICIES = ['passive', 'random', 'greedy', 'historical', 'strategist'];
export const LEVELS = ['normal', 'easy', 'hard'];

const root = process.cwd();
/** The file under src that exports `name` (a function or a const). */
function exporter(name: string): string {
  const out = execFileSync('grep', ['-rlE', `export (async )?(function|const) ${name}\\b`, 'src'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
  if (!out.length) throw new Error(`no module exports ${name}`);
  return resolve(root, out.sort((a, b) => a.length - b.length)[0]!);
}
const load = async (name: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(exporter(name)).href)) as Record<string, unknown>;

type Fn = (...a: unknown[]) => unknown;
const [mode, arg] = process.argv.slice(2);
const { loadScenario } = (await load('loadScenario')) as { loadScenario: () => { roles: { actor: string }[] } };
const scenario = loadScenario();

if (mode === 'play') {
  const { runPolicy } = (await load('runPolicy')) as { runPolicy: Fn };
  const policiesMod = (await load('runPolicy')) as { POLICIES?: readonly string[] };
  const { makeReplay } = (await load('makeReplay')) as { makeReplay: Fn };
  const known = new Set(policiesMod.POLICIES ?? POLICIES);
  mkdirSync(arg!, { recursive: true });
  let levels = LEVELS;
  for (const { actor: role } of scenario.roles)
    for (const policy of POLICIES.filter((p) => known.has(p)))
      for (const level of levels)
        for (const seed of SEEDS) {
          const game = runPolicy(scenario, seed, role, policy, level) as { world: { difficulty?: string } };
          // A commit before the difficulty levels plays every game at normal: its battery has no other level.
          if (game.world.difficulty === undefined && level !== 'normal') {
            levels = ['normal'];
            continue;
          }
          const replay = makeReplay(scenario, game);
          writeFileSync(join(arg!, `${role}-${level}-${policy}-${seed}.json`), `${JSON.stringify(replay)}\n`);
        }
} else if (mode === 'check') {
  const { checkReplay } = (await load('checkReplay')) as {
    checkReplay: (raw: unknown, s: unknown) => { ok: boolean; error?: string };
  };
  for (const path of readFileSync(arg!, 'utf8').split('\n').filter(Boolean)) {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    let r = checkReplay(raw, scenario);
    // A build from before replay format 2 reads a normal game of format 2 as the format-1 file it equals.
    if (!r.ok && raw.version === 2 && raw.difficulty === 'normal' && /version/.test(r.error ?? '')) {
      const { difficulty: _, ...v1 } = raw;
      r = checkReplay({ ...v1, version: 1 }, scenario);
    }
    console.log(JSON.stringify({ path, ok: r.ok, error: r.ok ? undefined : r.error }));
  }
} else {
  console.error('usage: probe.ts play OUTDIR | check LISTFILE');
  process.exit(2);
}
