// `npm run sim`: play Grand Coalition headless (scripts/cli/main.ts). Bad input exits 2 with one
// line on stderr.
import { main } from './cli/main';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
