import { defineConfig } from 'vitest/config';

export default defineConfig({
  build: {
    target: 'es2022',
    // Phaser loads SVGs from URLs; a data: URI it would try to base64-decode.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: it changes rarely, and the budget counts what is beyond it.
        codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Browser tests on a busy 2-core machine with software WebGL can be slow; none is timed.
    testTimeout: 120_000,
    pool: 'forks',
  },
});
