// `npm run bench:bundle` (and the top of `npm run bench:web`): the production build's JavaScript by
// when it loads, against its budgets. The first load is what dist/index.html asks for (its module
// script and modulepreload links, the map's code included); everything else is a lazy chunk that a
// dynamic import brings when its feature is used (an earlier release's rules, the comparison, the
// service worker's helper). Sizes are gzip at the default level, as a server would send them.
// A size check, not a test: it prints the figures and exits 1 when a budget is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * KB gzip: the first load's code beyond Phaser; Phaser's chunk; each lazy chunk (the largest is an
 * earlier release's rules and data, 49 KB for 1.2.0); the French messages (src/i18n/messages/fr.ts,
 * a lazy chunk loaded only when French is chosen: the interface's words, and the scenario's as
 * they are translated). The reading room's French (the teacher's guide and Before you play,
 * src/data/fr/fr-guide.ts) is a chunk of its own that a French reader loads on opening one of
 * those pages, not on choosing French: it counts as a lazy chunk, named on its own line. So does
 * the debrief's French (src/data/fr/fr-debrief.ts: the checkpoints, 2015's history, the questions,
 * why each act of 2015 depended on its conditions), which follows the rest without holding up the
 * page's first drawing in French, and the reading room's words (src/i18n/messages/fr-reading.ts).
 */
export const BUDGET = { firstLoad: 150, phaser: 150, lazyChunk: 60, french: 40 } as const;

export interface BundleReport {
  lines: string[];
  over: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function bundleReport(dist = 'dist'): BundleReport {
  const assets = join(dist, 'assets');
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f))).length;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="[^"]*?assets\/([^"/]+\.js)"/g)].map((m) => m[1]!),
  );
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const isPhaser = (f: string) => f.startsWith('phaser-');
  const isRoom = (f: string) => /^fr-(guide|debrief|reading)-[\w-]+\.js$/.test(f);
  const isFrench = (f: string) => /^fr-[\w-]+\.js$/.test(f) && !isRoom(f);
  const initial = js.filter((f) => first.has(f) && !isPhaser(f));
  const lazy = js.filter((f) => !first.has(f));
  const sum = (fs: string[]) => fs.reduce((s, f) => s + gz(f), 0);
  const list = (fs: string[]) =>
    fs
      .map((f) => [f, gz(f)] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([f, n]) => `${f} ${kb(n)}`)
      .join(', ');
  const over: string[] = [];
  const firstLoad = sum(initial);
  const phaser = sum(js.filter(isPhaser));
  if (firstLoad > BUDGET.firstLoad * 1024) over.push(`first load ${kb(firstLoad)} > ${BUDGET.firstLoad} KB`);
  if (phaser > BUDGET.phaser * 1024) over.push(`Phaser ${kb(phaser)} > ${BUDGET.phaser} KB`);
  for (const f of lazy)
    if (gz(f) > BUDGET.lazyChunk * 1024) over.push(`lazy chunk ${f} ${kb(gz(f))} > ${BUDGET.lazyChunk} KB`);
  const french = js.filter(isFrench);
  if (!french.length)
    over.push('the French messages are not a chunk of their own (src/i18n/index.ts imports them lazily)');
  if (french.some((f) => first.has(f)))
    over.push('the French messages load with the page: they must wait until French is chosen');
  if (sum(french) > BUDGET.french * 1024) over.push(`French messages ${kb(sum(french))} > ${BUDGET.french} KB`);
  const mapFile = readdirSync(assets).find((f) => /^map-.*\.svg$/.test(f));
  const lines = [
    `First load, JavaScript beyond Phaser: ${kb(firstLoad)} (budget ${BUDGET.firstLoad} KB): ${list(initial)}`,
    `Phaser (the part the map uses):      ${kb(phaser)} (budget ${BUDGET.phaser} KB)`,
    `French messages, when chosen:        ${kb(sum(french))} (budget ${BUDGET.french} KB): ${list(french)}`,
    `French after the page (debrief, reading room): ${kb(sum(js.filter(isRoom)))} (lazy chunks): ${list(js.filter(isRoom))}`,
    `Lazy chunks, on demand:              ${kb(sum(lazy))} in all (budget ${BUDGET.lazyChunk} KB each): ${list(lazy)}`,
    ...(mapFile ? [`Map data (first scene):              ${kb(gz(mapFile))} (budget 100 KB)`] : []),
  ];
  return { lines, over };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { lines, over } = bundleReport(process.argv[2] ?? 'dist');
  console.log(lines.join('\n'));
  if (over.length) {
    console.error(`Over budget: ${over.join('; ')}`);
    process.exitCode = 1;
  }
}
