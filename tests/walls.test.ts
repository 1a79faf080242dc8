// The walls between the folders are lint rules (eslint.config.js). Here ESLint itself lints small
// snippets as if they sat in each folder: every import across a wall must be refused, and the
// imports each folder is meant to use must pass, so a wall cannot vanish or block everything.
import { join } from 'node:path';
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
  ['src/app/x.ts', "import { x } from '../state/rules/model/meter';"],
  ['src/app/x.ts', "import { x } from '../ui/dom';"],
  ['src/app/x.ts', "import { x } from '../release/current';"],
  ['src/release/x.ts', "import { x } from '../state/view';"],
  ['src/main.ts', "import { x } from './scenes/bus';"],
];

describe('lint walls between the folders', () => {
  for (const [file, line] of refused)
    it(`refuses in ${file}: ${line}`, async () => {
      expect(await refusals(file, line)).not.toEqual([]);
    });
  for (const [file, line] of allowed)
    it(`allows in ${file}: ${line}`, async () => {
      expect(await refusals(file, line)).toEqual([]);
    });
});
