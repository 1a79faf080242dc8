// A commit's own sources in a temporary folder, with this checkout's node_modules (the libraries that
// decide hashes are pinned to exact versions in package.json; a commit that locked others is refused).
// For tools that play an old build's bots, which the frozen releases do not keep (releases/ keeps rules
// only): the acceptance's --release, the hindcast's "before", and the history walk (npm run variants).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Libraries whose locked version decides a hash: a change to one is a change to the rules. */
export const HASH_LIBS = ['seedrandom', 'canonicalize', '@noble/hashes', 'xstate', 'zod'];

export const WORK = join(process.env.GC_VARIANTS_TMP ?? tmpdir(), 'gc-variants');

const git = (args: string[], cwd = '.'): string | null => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
};

/** The locked versions of the hash libraries at a commit ('-' where it locked none). */
export function hashLibs(commit: string, cwd = '.'): Record<string, string> {
  const text = git(['show', `${commit}:package-lock.json`], cwd);
  const lock = text ? (JSON.parse(text) as { packages?: Record<string, { version?: string }> }) : {};
  return Object.fromEntries(HASH_LIBS.map((n) => [n, lock.packages?.[`node_modules/${n}`]?.version ?? '-']));
}

/** The versions installed here. */
export const installed = (): Record<string, string> =>
  Object.fromEntries(
    HASH_LIBS.map((n) => [
      n,
      (JSON.parse(readFileSync(join('node_modules', n, 'package.json'), 'utf8')) as { version: string }).version,
    ]),
  );

/** The folder holding `commit`'s src, package.json and tsconfig.json, made once and reused. */
export function checkout(commit: string, cwd = '.'): string {
  const full = git(['rev-parse', '--verify', `${commit}^{commit}`], cwd)?.trim();
  if (!full) throw new Error(`no such commit: ${commit}`);
  const dir = join(WORK, 'src', full.slice(0, 7));
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [libs, here] = [hashLibs(full, cwd), installed()];
  const differ = HASH_LIBS.filter((n) => libs[n] !== '-' && libs[n] !== here[n]);
  if (differ.length)
    throw new Error(
      `${full.slice(0, 7)} locks ${differ.map((n) => `${n} ${libs[n]}`).join(', ')}, not the versions installed here (${differ.map((n) => `${n} ${here[n]}`).join(', ')})`,
    );
  execFileSync('sh', ['-c', `git archive ${full} src package.json tsconfig.json | tar -x -C '${dir}'`], { cwd });
  symlinkSync(resolve(cwd, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

/** The commit a frozen release (or variant) folder was frozen from. */
export const frozenCommit = (folder: string): string =>
  (JSON.parse(readFileSync(join(folder, 'MANIFEST.json'), 'utf8')) as { commit: string }).commit;
