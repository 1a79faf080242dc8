// Lint rules, including the walls: the rules core (src/state) stays pure and deterministic.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    files: ['src/state/**/*.ts', 'src/data/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'phaser/*', '../scenes/*', '../ui/*', '../../scenes/*', '../../ui/*'],
              message: 'The rules core renders nothing: no Phaser, no scenes, no DOM UI.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded streams in src/state/random.ts.' },
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
