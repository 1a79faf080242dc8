// Builds the command-line runner once, so the CLI tests run what `npm run sim` runs.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', 'sim'], { stdio: 'inherit' });
}
