// Bundles the command-line tools to plain ESM for Node, so `sim` and `bench` run (and are
// measured) as shipped code rather than through a development loader.
import { build } from 'esbuild';

const entries = process.argv.slice(2).length ? process.argv.slice(2) : ['sim', 'bench'];
await build({
  entryPoints: entries.map((e) => `scripts/${e}.ts`),
  outdir: '.cache/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
