// `npm run release:freeze -- <commit> <version>`: keeps a released scenario playable forever.
// Copies that commit's rules core and data (src/state, src/data) byte for byte into
// releases/<version>/, writes the small entry that hands them to the one adapter, records every
// file's SHA-256 in MANIFEST.json (tests/releases.test.ts checks nobody edits them), and lists the
// release in src/release/frozen.ts so the app and the CLI can load it on demand.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [commit, version] = process.argv.slice(2);
const fail = (m) => {
  console.error(`release:freeze: ${m}`);
  process.exit(2);
};
if (!commit || !version) fail('usage: npm run release:freeze -- <commit> <version>   (e.g. 9b01e30 1.1.0)');
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`version must look like 1.2.0, got "${version}"`);
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let full;
try {
  full = git('rev-parse', '--verify', `${commit}^{commit}`).trim();
} catch {
  fail(`no such commit: ${commit}`);
}
const index = git('show', `${full}:src/data/scenario/index.ts`);
const declared = /version:\s*'([^']+)'/.exec(index)?.[1];
if (declared !== version) fail(`commit ${commit} declares scenario version ${declared ?? '(none)'}, not ${version}`);

const dir = join('releases', version);
if (existsSync(join(dir, 'src'))) fail(`${dir}/src exists already: a release is frozen once`);
mkdirSync(dir, { recursive: true });
execFileSync('sh', ['-c', `git archive ${full} src/state src/data | tar -x -C ${JSON.stringify(dir)}`]);

const files = [];
const walk = (d) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(join(dir, 'src'));
const sha = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
writeFileSync(
  join(dir, 'MANIFEST.json'),
  `${JSON.stringify(
    { version, commit: full, files: Object.fromEntries(files.map((p) => [relative(dir, p), sha(p)])) },
    null,
    2,
  )}\n`,
);
// From 1.2.0 on a game is the statechart over the one reducer, built as src/release/current.ts does.
// (1.0.0 and 1.1.0 exported createGame/play/worldOf from game.ts; their entries were written then.)
writeFileSync(
  join(dir, 'entry.ts'),
  `// Scenario ${version} as released by ${full.slice(0, 7)}: its own rules and data, handed to the one adapter.
// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).
import { createActor } from 'xstate';
import { adapt } from '../../src/release/adapter';
import { compareGames } from './src/state/view/compare';
import { loadScenario } from './src/data/load';
import type { Scenario } from './src/data/schema';
import type { PlayerAction } from './src/state/rules/actions';
import type { Difficulty } from './src/state/rules/difficulty';
import { finalHash } from './src/state/rules/game';
import { gameMachine } from './src/state/rules/machine';
import { actionsBeforeRound, checkReplay, makeReplay, roundWorlds } from './src/state/replays/replay';
import { buildRules } from './src/state/rules/rules';
import { initWorld } from './src/state/rules/step';
import { previewView, replayRoundView, view } from './src/state/view';

const createGame = (input: { scenario: Scenario; seed: number; role: string; difficulty: Difficulty }) => {
  const rules = buildRules(input.scenario);
  const world = initWorld(rules, input.seed, input.role, input.difficulty);
  return createActor(gameMachine, { input: { rules, world } }).start();
};
type Game = ReturnType<typeof createGame>;

export default adapt({
  frozen: ${JSON.stringify(full)},
  loadScenario,
  buildRules,
  checkReplay,
  makeReplay,
  roundWorlds,
  actionsBeforeRound,
  createGame,
  play: (game: Game, action: PlayerAction) => {
    if (game.getSnapshot().status === 'done') return 'the game is over';
    game.send({ type: 'move', action });
    return game.getSnapshot().context.refusal;
  },
  worldOf: (game: Game) => game.getSnapshot().context.world,
  finalHash,
  view,
  previewView,
  replayRoundView,
  compareGames,
});
`,
);

// The frozen src/state/tsconfig.json extends ../../tsconfig.json: here, this one, which is the root's.
writeFileSync(join(dir, 'tsconfig.json'), `{ "extends": "../../tsconfig.json", "include": ["./**/*.ts"] }\n`);

// The registry of frozen releases, regenerated from the folders so none is forgotten.
const versions = readdirSync('releases')
  .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join('releases', v, 'entry.ts')))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
writeFileSync(
  'src/release/frozen.ts',
  `// Every frozen release (releases/<version>), loaded on first use: a separate chunk in the browser,
// bundled into the CLI. Regenerated by \`npm run release:freeze\`; do not edit by hand.
import type { Release } from './types';

export const FROZEN: Record<string, () => Promise<Release>> = {
${versions.map((v) => `  '${v}': () => import('../../releases/${v}/entry').then((m) => m.default),`).join('\n')}
};
`,
);
execFileSync('node_modules/.bin/prettier', [
  '--write',
  join(dir, 'entry.ts'),
  join(dir, 'tsconfig.json'),
  'src/release/frozen.ts',
]);
console.log(`froze scenario ${version} from ${full.slice(0, 7)}: ${files.length} files in ${dir}/src`);
console.log(
  'next: add its golden replays under tests/fixtures/replays/' +
    version +
    ' and run npx vitest run tests/releases.test.ts',
);
