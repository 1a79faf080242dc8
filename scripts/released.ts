// What "released" means, read from git: a scenario version is released once its golden replays
// (tests/fixtures/replays/<version>/) have reached main. Released golden replays never change: the
// hash guard (tests/hash-guard.test.ts) compares them with the base this change is measured
// against, and `npm run fixtures` refuses to rewrite them.
import { execFileSync } from 'node:child_process';

export const FIXTURES = 'tests/fixtures/replays';
/** Golden games played together (tests/fixtures/together/), guarded the same way. */
export const TOGETHER_FIXTURES = 'tests/fixtures/together';

const git = (args: string[], cwd: string): string | null => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
  } catch {
    return null;
  }
};
const commitOf = (ref: string, cwd: string) =>
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)?.trim();

/** main as this clone knows it: the local branch, else the remote's. */
export const mainRef = (cwd: string): string | null =>
  ['main', 'origin/main'].map((r) => commitOf(r, cwd)).find((c): c is string => !!c) ?? null;

export type Base = { ok: true; commit: string; why: string } | { ok: false; why: string };

/**
 * The commit a change is measured against. On a branch: where it left main (the merge-base). On main
 * itself (CI's clean clone, or a commit just landed): its first parent, so the newest commit on main
 * is held to everything released before it.
 */
export function baseCommit(cwd: string): Base {
  const head = commitOf('HEAD', cwd);
  if (!head) return { ok: false, why: 'not a git checkout' };
  const main = mainRef(cwd);
  const onMain = !main || git(['merge-base', '--is-ancestor', head, main], cwd) !== null;
  if (!onMain && main) {
    const mb = git(['merge-base', head, main], cwd)?.trim();
    if (mb) return { ok: true, commit: mb, why: `where this branch left main (${mb.slice(0, 7)})` };
  }
  const parent = commitOf(`${head}^1`, cwd);
  if (parent) return { ok: true, commit: parent, why: `the parent of ${head.slice(0, 7)} on main` };
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
  return {
    ok: false,
    why: shallow
      ? 'this clone is shallow: the hash guard needs main\u2019s history (git fetch --unshallow)'
      : 'HEAD is the first commit: nothing was released before it',
  };
}

/** Every golden replay at a commit: path (under FIXTURES) to its bytes. */
export function fixturesAt(commit: string, cwd: string, dir: string = FIXTURES): Map<string, string> {
  const out = new Map<string, string>();
  const list = git(['ls-tree', '-r', '--name-only', commit, '--', dir], cwd) ?? '';
  for (const path of list.split('\n').filter((p) => p.endsWith('.json'))) {
    const text = git(['show', `${commit}:${path}`], cwd);
    if (text !== null) out.set(path.slice(dir.length + 1), text);
  }
  return out;
}

/** Whether a scenario version's golden replays are on main (so it is released). */
export function isReleased(version: string, cwd: string): boolean {
  const main = mainRef(cwd);
  return !!main && git(['cat-file', '-e', `${main}:${FIXTURES}/${version}`], cwd) !== null;
}

/** What to do when a released hash moves: the one message the guard and the tests give. */
export const RAISE_VERSION =
  'Released golden replays never change. A change that moves a released hash must raise the scenario ' +
  'version (src/data/scenario/index.ts) and freeze the version it replaces with ' +
  '`npm run release:freeze -- <last commit of that version> <version>` (releases/README.md); ' +
  '`npm run fixtures` then writes the new version\u2019s golden replays.';
