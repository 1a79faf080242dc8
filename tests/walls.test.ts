// The walls between the folders are lint rules (eslint.config.js). Here ESLint itself lints small
// snippets as if they sat in each folder: every import across a wall must be refused, and the
// imports each folder is meant to use must pass, so a wall cannot vanish or block everything.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const eslint = new ESLint({ cwd: root });
const WALL_RULES = ['no-restricted-imports', 'no-restricted-syntax'];

/** The wall messages ESLint gives for a snippet placed at `file` (relative to the repository). */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: join(root, file) });
  const messages = result!.messages;
  const other = messages.filter((m) => !WALL_RULES.includes(m.ruleId ?? ''));
  // A snippet that does not parse, or trips another rule, would make this test prove nothing.
  expect(other.map((m) => m.message)).toEqual([]);
  return messages.map((m) => m.message);
}

// [folder file, import line] pairs; each import must be refused there.
const refused: [string, string][] = [
  ['src/data/x.ts', "import x from 'phaser';"],
  ['src/data/x.ts', "import { x } from '../state/rules/world';"],
  ['src/data/scenario/x.ts', "import type { x } from '../../state/rules/rules';"],
  ['src/data/x.ts', "import { x } from '../ui/dom';"],
  ['src/data/x.ts', "import { x } from '../app/session';"],
  ['src/data/x.ts', "import { x } from '../scenes/geo';"],
  ['src/data/x.ts', "import { x } from '../presentation/palette';"],
  ['src/state/x.ts', "import { x } from 'phaser';"],
  ['src/state/x.ts', "import { x } from '../app/session';"],
  ['src/state/rules/model/x.ts', "import { x } from '../../../ui/dom';"],
  ['src/state/x.ts', "import { x } from '../scenes/bus';"],
  ['src/state/x.ts', "import { x } from '../presentation/palette';"],
  ['src/state/x.ts', "import { x } from '../main';"],
  ['src/scenes/X.ts', "import { x } from '../state/view';"],
  ['src/scenes/X.ts', "import type { x } from '../state/rules/world';"],
  ['src/scenes/X.ts', "const x = import('../state/view');"],
  ['src/scenes/X.ts', "import { x } from '../state/rules/model/meter';"],
  ['src/scenes/X.ts', "import type { x } from '../data/schema';"],
  ['src/scenes/X.ts', "import { x } from '../ui/dom';"],
  ['src/scenes/X.ts', "import { x } from '../app/session';"],
  ['src/presentation/x.ts', "import { x } from 'phaser';"],
  ['src/presentation/x.ts', "import { x } from '../state/view';"],
  ['src/presentation/x.ts', "import { x } from '../scenes/geo';"],
  ['src/presentation/x.ts', "import { x } from '../ui/dom';"],
  ['src/ui/x.ts', "import { x } from 'phaser';"],
  ['src/ui/x.ts', "import type { x } from 'phaser';"],
  ['src/ui/x.ts', "import { x } from '../state/rules/world';"],
  ['src/ui/x.ts', "import type { x } from '../state/rules/rules';"],
  ['src/ui/x.ts', "import { x } from '../state/rules/model/outcome';"],
  ['src/ui/x.ts', "import { x } from '../state/view/renderModel';"],
  ['src/ui/x.ts', "import { x } from '../state';"],
  ['src/ui/x.ts', "import { x } from '../scenes/bus';"],
  ['src/ui/x.ts', "import { x } from '../app/compare';"],
  ['src/ui/x.ts', "const x = import('../app/compare');"],
  ['src/ui/x.ts', "import { x } from '../release/current';"],
  ['src/state/x.ts', "import { x } from '../release/types';"],
  ['src/scenes/X.ts', "import type { x } from '../release/types';"],
  ['src/release/x.ts', "import { x } from '../ui/dom';"],
  ['src/release/x.ts', "import { x } from '../app/session';"],
  ['src/release/x.ts', "import { x } from 'phaser';"],
];

// The walls added for issue 22, each with a piece of the message it must give (the right wall refused it).
const refusedBecause: [string, string, string][] = [
  // Frozen releases: only src/release loads them (the pattern once matched 'release', not 'releases').
  ['src/state/rules/x.ts', "import { x } from '../../../releases/1.2.0/entry';", 'imports src/data only'],
  ['src/data/x.ts', "import { x } from '../../releases/1.2.0/src/data/load';", 'imports nothing of ours'],
  ['src/ui/x.ts', "import { x } from '../../releases/1.2.0/entry';", 'import no scenes and no app'],
  ['src/scenes/X.ts', "import type { x } from '../../releases/1.2.0/entry';", 'render model'],
  ['src/app/x.ts', "import { x } from '../../releases/1.2.0/entry';", 'Frozen releases'],
  ['src/main.ts', "const x = import('../releases/1.2.0/entry');", 'Frozen releases'],
  // import() with a path built at run time.
  ['src/ui/x.ts', "const x = import(`../app/${'compare'}`);", 'plain string'],
  ['src/scenes/X.ts', "const x = import(`../state/${'view'}`);", 'plain string'],
  ['src/state/view/x.ts', "const x = import(`./${'news'}`);", 'plain string'],
  ['src/data/x.ts', "const x = import('./' + 'load');", 'plain string'],
  ['src/app/x.ts', "const x = import(`../ui/${'dom'}`);", 'plain string'],
  // The rules core's packages: a listed set.
  ['src/state/rules/x.ts', "import { x } from 'idb-keyval';", 'uses only zod'],
  ['src/state/x.ts', "import { x } from 'node:fs';", 'uses only zod'],
  ['src/state/bots/x.ts', "import x from 'd3-scale';", 'uses only zod'],
  ['src/state/view/x.ts', "const x = import('papaparse');", 'uses only zod'],
  ['src/data/x.ts', "import x from 'papaparse';", 'zod only'],
  ['src/scenes/X.ts', "import { x } from 'd3-scale';", 'Phaser, d3-geo and the flags'],
  ['src/presentation/x.ts', "import { x } from 'd3-scale';", 'needs no package'],
  ['src/ui/x.ts', "import { x } from 'idb-keyval';", 'd3-scale and d3-shape only'],
  // Inside src/state: rules/ is the base; bots/ and replays/ on it; view/ on rules/ and bots/.
  ['src/state/rules/x.ts', "import { x } from '../view/news';", 'rules/ is the base'],
  ['src/state/rules/model/x.ts', "import type { x } from '../../bots/policies';", 'rules/ is the base'],
  ['src/state/rules/x.ts', "import { x } from '../replays/replay';", 'rules/ is the base'],
  ['src/state/bots/x.ts', "import { x } from '../view';", 'rules/ is the base'],
  ['src/state/bots/x.ts', "import { x } from '../replays/link';", 'rules/ is the base'],
  ['src/state/replays/x.ts', "import { x } from '../bots/policies';", 'rules/ is the base'],
  ['src/state/view/x.ts', "import { x } from '../replays/link';", 'rules/ is the base'],
  ['src/state/view/x.ts', "import { x } from '..';", 'the door for the others'],
  ['src/state/bots/x.ts', "import { x } from '../index';", 'the door for the others'],
  // The panels: the render model's types, view/api's functions, the reading room's data.
  ['src/ui/x.ts', "import { view as x } from '../state/view';", 'call only src/state/view/api.ts'],
  ['src/ui/x.ts', "import { divergenceView as x } from '../state/view';", 'call only src/state/view/api.ts'],
  ['src/ui/x.ts', "const x = import('../state/view');", 'call only src/state/view/api.ts'],
  ['src/ui/x.ts', "import { x } from '../state/view/divergence';", 'only through src/state/view'],
  ['src/ui/x.ts', "import { x } from '../data/scenario/actors';", 'reading room'],
  ['src/ui/x.ts', "import { x } from '../data/load';", 'reading room'],
  ['src/ui/x.ts', "import { x } from '../data/schema';", 'schema\u2019s types only'],
  // The app: the release's face, not the rules' insides; the scenes through game and bus.
  ['src/app/x.ts', "import { Game as x } from 'phaser';", 'its type only'],
  ['src/app/x.ts', "import { x } from '../scenes/WorldMap';", 'scenes/game'],
  ['src/app/x.ts', "import { x } from '../state/rules/model/meter';", 'release\u2019s face'],
  ['src/app/x.ts', "import { x } from '../state/rules/step';", 'release\u2019s face'],
  ['src/app/x.ts', "import { applyAction as x } from '../state/rules/reducer';", 'release\u2019s face'],
  ['src/app/x.ts', "import { applyAction as x } from '../state';", 'release\u2019s face'],
  ['src/app/x.ts', "import { x } from '../state/bots/policies';", 'release\u2019s face'],
  ['src/app/x.ts', "import { x } from '../main';", 'page that composes it'],
  ['src/main.ts', "import { x } from './state/rules/step';", 'release\u2019s face'],
  // The interface's words (issue 26): the rules core speaks no language; the words know no game.
  ['src/state/view/x.ts', "import { t as x } from '../../i18n';", 'speaks no language'],
  ['src/state/rules/x.ts', "import { x } from '../../i18n/locale';", 'speaks no language'],
  ['src/data/x.ts', "import { x } from '../i18n/messages/fr';", 'imports nothing of ours'],
  ['src/i18n/x.ts', "import { x } from '../state/view';", 'know no game'],
  ['src/i18n/x.ts', "import { x } from '../data/scenario/actors';", 'know no game'],
  ['src/i18n/x.ts', "import { x } from 'idb-keyval';", 'FormatJS'],
  ['src/presentation/x.ts', "import { t as x } from '../i18n';", 'locale (i18n/locale) only'],
];

// What each folder is meant to use: these must pass.
const allowed: [string, string][] = [
  ['src/data/scenario/x.ts', "import type { x } from '../schema';"],
  ['src/data/x.ts', "import { x } from 'zod';"],
  ['src/state/rules/model/x.ts', "import type { x } from '../../../data/schema';"],
  ['src/state/view/x.ts', "import { x } from '../rules/rules';"],
  ['src/scenes/X.ts', "import { x } from 'phaser';"],
  ['src/scenes/X.ts', "import type { x } from '../state/view';"],
  ['src/scenes/X.ts', "import { x } from '../presentation/palette';"],
  ['src/presentation/x.ts', "import type { x } from '../state/view';"],
  ['src/ui/x.ts', "import type { x } from '../state/view';"],
  ['src/ui/x.ts', "import { x } from '../state/view/api';"],
  ['src/ui/x.ts', "import { x } from '../data/refs';"],
  ['src/ui/x.ts', "import { x } from '../presentation/palette';"],
  ['src/ui/x.ts', "const x = import('./compareView');"],
  ['src/app/x.ts', "import { x } from '../ui/dom';"],
  ['src/i18n/x.ts', "import { x } from '@formatjs/intl';"],
  ['src/presentation/x.ts', "import { x } from '../i18n/locale';"],
  ['src/ui/x.ts', "import { x } from '../i18n';"],
  ['src/app/x.ts', "import { x } from '../i18n';"],
  ['src/app/x.ts', "import type { Game as x } from 'phaser';"],
  ['src/app/x.ts', "const x = import('../scenes/game');"],
  ['src/app/x.ts', "import { x } from '../scenes/bus';"],
  ['src/app/x.ts', "import { x } from '../state/rules/difficulty';"],
  ['src/app/x.ts', "import { x } from '../state/view/echo';"],
  ['src/app/x.ts', "import { x } from '../state/replays/replayFormat';"],
  ['src/app/x.ts', "import { x } from 'idb-keyval';"],
  ['src/boot.ts', "const x = import('./main');"],
  ['src/state/rules/x.ts', "import x from 'seedrandom';"],
  ['src/state/rules/x.ts', "import { x } from '@noble/hashes/sha2.js';"],
  ['src/state/replays/x.ts', "import x from 'lz-string';"],
  ['src/state/rules/model/x.ts', "import { x } from '../hindcast';"],
  ['src/state/bots/x.ts', "import { x } from '../rules/step';"],
  ['src/state/replays/x.ts', "import { x } from '../rules/game';"],
  ['src/state/view/x.ts', "import { x } from '../bots/policies';"],
  ['src/state/view/x.ts', "import x from 'xstate';"],
  ['src/ui/x.ts', "import type { x } from '../data/schema';"],
  ['src/ui/x.ts', "import { x } from '../data/answerKey';"],
  ['src/ui/x.ts', "import { x } from 'd3-shape';"],
  ['src/scenes/X.ts', "import { x } from 'd3-geo';"],
  ['src/app/x.ts', "import { x } from '../release/current';"],
  ['src/release/x.ts', "import { x } from '../state/view';"],
  ['src/main.ts', "import { x } from './scenes/bus';"],
];

describe('lint walls between the folders', () => {
  for (const [file, line] of refused)
    it(`refuses in ${file}: ${line}`, async () => {
      expect(await refusals(file, line)).not.toEqual([]);
    });
  for (const [file, line, because] of refusedBecause)
    it(`refuses in ${file}: ${line}`, async () => {
      expect((await refusals(file, line)).join('\n')).toContain(because);
    });
  for (const [file, line] of allowed)
    it(`allows in ${file}: ${line}`, async () => {
      expect(await refusals(file, line)).toEqual([]);
    });
});

// The rules core reads no clock, no randomness but its seeded streams, no environment: not even
// through the global object (globalThis.Math.random() once passed).
const NONDETERMINISM = ['no-restricted-properties', 'no-restricted-globals', 'no-restricted-syntax'];
async function nondeterminism(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: join(root, file) });
  const messages = result!.messages;
  expect(messages.filter((m) => !NONDETERMINISM.includes(m.ruleId ?? '')).map((m) => m.message)).toEqual([]);
  return messages.map((m) => m.message);
}
const nondeterministic = [
  'const x = Math.random();',
  "const x = Math['random']();",
  'const { random: x } = Math;',
  'const x = Date.now();',
  'const x = new Date();',
  'const x = performance.now();',
  'const x = globalThis.Math.random();',
  'const x = globalThis.Date.now();',
  'const x = global.Date.now();',
  'const x = self.crypto.getRandomValues(new Uint8Array(4));',
  'const x = crypto.randomUUID();',
  'const x = process.env.SEED;',
  "const x = fetch('/seed');",
  'const x = indexedDB;',
];
describe('the rules core and the data are deterministic', () => {
  for (const file of ['src/state/rules/x.ts', 'src/state/view/x.ts', 'src/data/x.ts'])
    for (const code of nondeterministic)
      it(`refuses in ${file}: ${code}`, async () => {
        expect(await nondeterminism(file, code)).not.toEqual([]);
      });
  for (const code of ['const x = Math.round(Math.max(1.5, 2));', "const x = new Map<string, number>([['a', 1]]);"])
    it(`allows in src/state/rules/x.ts: ${code}`, async () => {
      expect(await nondeterminism('src/state/rules/x.ts', code)).toEqual([]);
    });
  it('leaves the page its clock', async () => {
    expect(await nondeterminism('src/ui/x.ts', 'const x = Date.now();')).toEqual([]);
  });
});

// Import cycles, type-only ones included, are dependency-cruiser's to find (.dependency-cruiser.cjs).
// `npm run lint` (in `npm test` and CI) cruises src and server with this configuration and fails on a
// cycle; here the configuration is shown to find one.
describe('no import cycles', () => {
  const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;
  const cycles = async (paths: string[]): Promise<string[]> => {
    const { output } = await cruise(paths, {
      ...config.options,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
    });
    if (typeof output === 'string') throw new Error(output);
    return output.summary.violations.map((v) => [v.from, ...(v.cycle ?? []).map((c) => c.name)].join(' -> '));
  };
  it('finds one made of type-only imports (tests/fixtures/cycle)', { timeout: 60_000 }, async () => {
    expect(await cycles(['tests/fixtures/cycle'])).not.toEqual([]);
  });
});
