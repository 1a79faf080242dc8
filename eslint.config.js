// Lint rules, including the walls between the folders (docs/ARCHITECTURE.md, tests/walls.test.ts):
//   src/data          the scenario: imports nothing of ours; zod only
//   src/state         the pure, deterministic rules core: imports src/data only, and a listed set of
//                     packages; inside it, rules/ imports none of view/, bots/, replays/;
//                     bots/ and replays/ import rules/ only; view/ rules/ and bots/
//   src/presentation  shared look (palette): the render model's types only, and the reader's locale
//   src/i18n          the interface's words (ICU catalogs, FormatJS) and the reader's language:
//                     imports nothing of ours; @formatjs/intl only
//   src/scenes        Phaser: the render model's types and the shared look only
//   src/ui            DOM panels: no Phaser; the render model's types (state/view), state/view/api,
//                     and of src/data the reading room's modules and the schema's types
//   src/release       each scenario release's rules behind one face: state and data only
//   src/app           the flow and what it keeps: no frozen release (src/release has them), no
//                     rules' insides (a game is played through the release's face), the scenes
//                     only through scenes/game and scenes/bus, Phaser's types only
//   src/main.ts       composes everything
// Everywhere in src, import() takes a plain string, so these walls can read where it goes.
// Import cycles are dependency-cruiser's to find (.dependency-cruiser.cjs, npm run lint).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A relative import that passes through one of these folders. */
const into = (...folders) => `^\\.{1,2}/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;
/** A relative import into one of these folders of src/state (its index included). */
const within = (...folders) => `^\\.{1,2}/(?:\\.\\./)*(?:${folders.join('|')})(?:/|$)`;
/** A relative import into `folder` (a path such as state/rules), except the modules named. */
const except = (folder, ...open) => `^\\.{1,2}/(?:.*/)?${folder}(?:/(?!(?:${open.join('|')})$)|$)`;
/** A package (not a relative path) other than those named. */
const packagesExcept = (...open) => (open.length ? `^(?!\\.{1,2}/)(?!(?:${open.join('|')})(?:/|$))` : '^(?!\\.{1,2}/)');
const phaser = {
  regex: '^phaser(?:/|$)',
  message: 'Only src/scenes (and the app that starts them) use Phaser.',
};
const SCENES = 'Scenes see the game only through the render model (src/state/view) and the shared look.';
const TYPES_ONLY = 'The render model\u2019s types only (import type): drawing holds no rules.';
const FROZEN = {
  regex: into('releases'),
  message: 'Frozen releases load only through src/release (registry, frozen.ts).',
};
/**
 * One folder's walls: static imports (no-restricted-imports) and dynamic import() alike
 * (no-restricted-syntax; esquery cannot hold a '/' in a regex, hence \u002F).
 */
const walls = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': [
    'error',
    // An import() whose path is built at run time could go anywhere: the walls could not read it.
    {
      selector: "ImportExpression[source.type!='Literal']",
      message: 'import() takes a plain string, so the walls can read where it goes.',
    },
    // import() loads values, so a wall open to types only is closed to it.
    ...patterns.map((p) => ({
      selector: `ImportExpression[source.value=/${p.regex.replaceAll('/', '\\u002F')}/]`,
      message: p.message,
    })),
  ],
});

/** The rules core's walls, and within it one folder's own (what it may not import of src/state). */
const STATE_PACKAGES = ['zod', 'xstate', 'seedrandom', 'lz-string', 'canonicalize', '@noble/hashes'];
const state = (...inner) =>
  walls(
    phaser,
    {
      regex: into('presentation', 'scenes', 'ui', 'app', 'release', 'releases', 'main', 'i18n'),
      message: 'The rules core imports src/data only: it renders nothing, knows no app and speaks no language.',
    },
    {
      regex: packagesExcept(...STATE_PACKAGES),
      message: `The rules core uses only ${STATE_PACKAGES.join(', ')}: no storage, no network, no clock.`,
    },
    { regex: '^\\.\\.?(?:/index)?/?$', message: 'src/state/index.ts is the door for the others, not for src/state.' },
    ...inner,
  );
const ORDER = 'Inside src/state, rules/ is the base; bots/ and replays/ build on it; view/ on rules/ and bots/.';

/** The app's walls (src/app; main.ts and boot.ts, which compose the page, share them). */
const app = [
  FROZEN,
  { ...phaser, allowTypeImports: true, message: 'The app holds the Phaser game the scenes start: its type only.' },
  {
    regex: except('scenes', 'game', 'bus'),
    message: 'The app starts the scenes (scenes/game) and talks to them on the bus (scenes/bus), nothing else.',
  },
  {
    regex: except('state/rules', 'difficulty', 'actions', 'rules'),
    message:
      'The app plays games through the release\u2019s face (src/release, each version with its own rules): of the rules it names only difficulty, actions and buildRules.',
  },
  {
    regex: '^\\.{1,2}/(?:.*/)?state(?:/index)?/?$|^\\.{1,2}/(?:.*/)?state/bots(?:/|$)',
    message: 'The app plays games through the release\u2019s face (src/release), not the reducer or the bots.',
  },
];

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
    rules: walls(
      phaser,
      {
        regex: into('state', 'presentation', 'scenes', 'ui', 'app', 'release', 'releases', 'main', 'i18n'),
        message: 'src/data is the scenario: it imports nothing of ours.',
      },
      { regex: packagesExcept('zod'), message: 'src/data is plain data and its schema: zod only.' },
    ),
  },
  { files: ['src/state/**/*.ts'], rules: state() },
  // Folders, not files: rules/hindcast.ts (the record's checks) is no folder of src/state.
  { files: ['src/state/rules/**/*.ts'], rules: state({ regex: within('view', 'bots', 'replays'), message: ORDER }) },
  { files: ['src/state/bots/**/*.ts'], rules: state({ regex: within('view', 'replays'), message: ORDER }) },
  { files: ['src/state/replays/**/*.ts'], rules: state({ regex: within('view', 'bots'), message: ORDER }) },
  { files: ['src/state/view/**/*.ts'], rules: state({ regex: within('replays'), message: ORDER }) },
  {
    files: ['src/scenes/**/*.ts'],
    rules: walls(
      { regex: into('data', 'ui', 'app', 'release', 'releases', 'main'), message: SCENES },
      { regex: except('state', 'view'), message: SCENES },
      { regex: into('state'), allowTypeImports: true, message: TYPES_ONLY },
      {
        regex: packagesExcept('phaser', 'phaser-src', 'd3-geo', 'geojson', 'flag-icons'),
        message: 'The scenes draw with Phaser, d3-geo and the flags only.',
      },
    ),
  },
  {
    files: ['src/presentation/**/*.ts'],
    rules: walls(
      phaser,
      {
        regex: into('data', 'scenes', 'ui', 'app', 'release', 'releases', 'main'),
        message: 'The shared look (colours, words) is neutral.',
      },
      { regex: except('state', 'view'), message: 'The shared look knows the render model only.' },
      {
        regex: except('i18n', 'locale'),
        message: 'The shared look reads the reader\u2019s locale (i18n/locale) only: its words are the panels\u2019.',
      },
      { regex: into('state'), allowTypeImports: true, message: TYPES_ONLY },
      { regex: packagesExcept(), message: 'The shared look needs no package.' },
    ),
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: walls(
      phaser,
      {
        regex: into('scenes', 'app', 'release', 'releases', 'main'),
        message: 'The DOM panels import no scenes and no app: the app composes them.',
      },
      {
        regex: except('state', 'view', 'view/api'),
        message: 'The DOM panels reach the model only through src/state/view (its index) and src/state/view/api.ts.',
      },
      {
        regex: '^\\.{1,2}/(?:.*/)?state/view$',
        allowTypeImports: true,
        message:
          'The panels take the render model\u2019s types from src/state/view and call only src/state/view/api.ts: the render model is built for them (view() and divergenceView() are the release\u2019s).',
      },
      {
        regex: except(
          'data',
          'refs',
          'answerKey',
          'provenance',
          'handout',
          'guide',
          'background',
          'citationIndex',
          'schema',
        ),
        message:
          'The panels read the scenario through the render model; of src/data only the reading room\u2019s modules (refs, answerKey, provenance, handout, guide, background, citationIndex) and the schema\u2019s types.',
      },
      { regex: '^\\.{1,2}/(?:.*/)?data/schema$', allowTypeImports: true, message: 'The schema\u2019s types only.' },
      {
        regex: packagesExcept('d3-scale', 'd3-shape'),
        message: 'The panels draw with the DOM, d3-scale and d3-shape only.',
      },
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: walls(
      phaser,
      {
        regex: into('state', 'presentation', 'scenes', 'ui', 'app', 'release', 'releases', 'main'),
        message: 'The interface\u2019s words know no game: the panels pass them their values.',
      },
      {
        regex: except('data', 'fr/fr-scenario', 'fr/fr-guide', 'fr/fr-debrief'),
        message:
          'The interface\u2019s words know no game: of src/data only the scenario\u2019s French text tables (data/fr/fr-scenario, with the reading room\u2019s data/fr/fr-guide and the debrief\u2019s data/fr/fr-debrief).',
      },
      {
        regex: packagesExcept('@formatjs/intl'),
        message: 'The interface\u2019s words go through FormatJS (@formatjs/intl) only.',
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
    files: ['src/app/**/*.ts'],
    rules: walls(...app, {
      regex: into('main', 'boot'),
      message: 'The app does not import the page that composes it.',
    }),
  },
  { files: ['src/main.ts', 'src/boot.ts', 'src/together.ts'], rules: walls(...app) },
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
        { name: 'indexedDB', message: 'No storage in the rules core.' },
        { name: 'performance', message: 'The rules read no clock.' },
        { name: 'Date', message: 'The rules read no clock; dates are ISO strings.' },
        { name: 'crypto', message: 'All randomness comes from the seeded streams (src/state/rules/random.ts).' },
        { name: 'process', message: 'The rules read no environment.' },
        { name: 'fetch', message: 'The rules read no network.' },
        // Reached through the global object, Math.random or Date.now would pass the two rules above.
        { name: 'globalThis', message: 'No global object in the rules core: it reaches the clock and Math.random.' },
        { name: 'global', message: 'No global object in the rules core: it reaches the clock and Math.random.' },
        { name: 'self', message: 'No global object in the rules core: it reaches the clock and Math.random.' },
      ],
    },
  },
);
