// Two suites. "unit": the rules, data, replays, CLI and lint walls in Node, with no build (about
// half a minute). "browser": the production build in Debian's Chromium; its global setup
// (tests/e2e/setup.ts) builds the app once and starts one preview server and one Chromium that
// every browser file shares. `npm test` runs lint, type checks and both.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at a time even on two cores: browser files mostly wait on Chromium, and the CLI
    // tests on the processes they start.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/*.test.ts'],
          // Files share a worker's modules (the scenario, zod, the rules load once per worker: 87 instead
          // of 149 CPU-seconds for the project, measured at load 8-10). What is global is reset where it
          // is set: the language after each i18n test and each CLI run, and moves files parse with their
          // own error words whatever the replay loader configured. Passed in shuffled file order too.
          isolate: false,
          // Property tests and the CLI runs can take a few seconds on a busy machine; none is timed.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // Files share a worker's modules: playwright-core, the harness and the rules load once per
          // worker, not once per file (2-6 s each under load). Every file opens its own contexts,
          // and nothing the files import in Node keeps state between them.
          isolate: false,
          globalSetup: ['tests/e2e/setup.ts'],
          // Software WebGL on a busy 2-core machine can be slow (a long test took over 2 minutes at
          // a load average of 20); none is timed.
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
