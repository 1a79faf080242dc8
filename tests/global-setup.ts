// Builds once what the end-to-end tests run: the command-line runner (what `npm run sim` runs)
// and the production build of the game (what `vite preview` serves).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', 'sim'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
}
