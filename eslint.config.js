// Lint rules, including the walls between the folders (docs/ARCHITECTURE.md, tests/walls.test.ts):
//   src/data          the scenario: imports nothing of ours
//   src/state         the pure, deterministic rules core: imports src/data only
//   src/presentation  shared look (palette): the render model's types only
//   src/scenes        Phaser: the render model's types and the shared look only
//   src/ui            DOM panels: no Phaser; the model only through state/view (index) and state/view/api
//   src/release       each scenario release's rules behind one face: state and data only
//   src/app, main.ts  compose everything
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A relative import that passes through one of these folders of src. */
const into = (...folders) => `^\\.{1,2}/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;
/** A relative import into src/state, except the modules named. */
const stateExcept = (...open) => `^\\.{1,2}/(?:.*/)?state(?:/(?!(?:${open.join('|')})$)|$)`;
const phaser = {
  regex: '^phaser(?:/|$)',
  message: 'Only src/scenes (and the app that starts them) use Phaser.',
};
const SCENES = 'Scenes see the game only through the render model (src/state/view) and the shared look.';
const TYPES_ONLY = 'The render model\u2019s types only (import type): drawing holds no rules.';
/**
 * One folder's walls: static imports (no-restricted-imports) and dynamic import() alike
 * (no-restricted-syntax; esquery cannot hold a '/' in a regex, hence \u002F).
 */
const walls = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    // import() loads values, so a wall open to types only is closed to it.
    ...patterns.map((p) => ({
      selector: `ImportExpression[source.value=/${p.regex.replaceAll('/', '\\u002F')}/]`,
      message: p.message,
    })),
  ],
});

export default tseslint.config(
  // releases/*/src: released rules kept byte for byte (releases/README.md); linted when they were current.
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**', '.cache/**', 'releases/*/src/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: walls(phaser, {
      regex: into('state', 'presentation', 'scenes', 'ui', 'app', 'release', 'main'),
      message: 'src/data is the scenario: it imports nothing of ours.',
    }),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: walls(phaser, {
      regex: into('presentation', 'scenes', 'ui', 'app', 'release', 'main'),
      message: 'The rules core imports src/data only: it renders nothing and knows no app.',
    }),
  },
  {
    files: ['src/scenes/**/*.ts'],
    rules: walls(
      { regex: into('data', 'ui', 'app', 'release', 'main'), message: SCENES },
      { regex: stateExcept('view'), message: SCENES },
      { regex: into('state'), allowTypeImports: true, message: TYPES_ONLY },
    ),
  },
  {
    files: ['src/presentation/**/*.ts'],
    rules: walls(
      phaser,
      {
        regex: into('data', 'scenes', 'ui', 'app', 'release', 'main'),
        message: 'The shared look (colours, words) is neutral.',
      },
      { regex: stateExcept('view'), message: 'The shared look knows the render model only.' },
      { regex: into('state'), allowTypeImports: true, message: TYPES_ONLY },
    ),
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: walls(
      phaser,
      {
        regex: into('scenes', 'app', 'release', 'main'),
        message: 'The DOM panels import no scenes and no app: the app composes them.',
      },
      {
        regex: stateExcept('view', 'view/api'),
        message: 'The DOM panels reach the model only through src/state/view (its index) and src/state/view/api.ts.',
      },
    ),
  },
  {
    files: ['src/release/**/*.ts'],
    rules: walls(phaser, {
      regex: into('presentation', 'scenes', 'ui', 'app', 'main'),
      message: 'A release is rules and data behind one face: no rendering, no app.',
    }),
  },
  {
    files: ['src/state/**/*.ts', 'src/data/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded streams in src/state/rules/random.ts.' },
        { object: 'Date', property: 'now', message: 'The rules read no clock.' },
        { object: 'performance', property: 'now', message: 'The rules read no clock.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in the rules core.' },
        { name: 'document', message: 'No DOM in the rules core.' },
        { name: 'localStorage', message: 'No storage in the rules core.' },
        { name: 'performance', message: 'The rules read no clock.' },
        { name: 'Date', message: 'The rules read no clock; dates are ISO strings.' },
      ],
    },
  },
);
