// The import graph of a frozen folder (releases/<version>[+<commit>]): which file exports a name, and
// which files an entry reaches. Used by scripts/release-freeze.mjs to keep only what a release needs,
// and by tests/releases.test.ts to check that a frozen folder holds nothing more.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every .ts file under a folder. */
export const walk = (d, out = []) => {
  if (!existsSync(d)) return out;
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
};

/** The file (relative to `dir`, no extension) under dir/src that exports `name`, or null. */
export function exporter(dir, name) {
  // Where it is declared, else where it is re-exported; the shortest path first.
  const declares = new RegExp(`export\\s+(?:async\\s+)?(?:function|const|let|class|type|interface)\\s+${name}\\b`);
  const reexports = new RegExp(`export\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}`);
  const files = walk(join(dir, 'src')).filter((f) => f.endsWith('.ts'));
  for (const re of [declares, reexports]) {
    const hits = files
      .filter((f) => re.test(readFileSync(f, 'utf8')))
      .map((f) => relative(dir, f).replace(/\.ts$/, ''))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    if (hits.length) return hits[0];
  }
  return null;
}

// Relative imports and re-exports, static or dynamic, types included (the compiler resolves them).
const SPEC =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{},\s$]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const resolveFrom = (from, spec) => {
  const base = join(dirname(from), spec.replace(/\.js$/, ''));
  for (const c of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
};
/** Every file of `dir` the entry reaches through relative imports. */
export function reachable(dir, entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.endsWith('.ts')) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(SPEC)) {
      const r = resolveFrom(f, m[1] ?? m[2]);
      if (r && !relative(dir, r).startsWith('..')) stack.push(r);
    }
  }
  return [...seen].filter((f) => f !== entry).map((f) => relative(dir, f));
}
