// `npm run whatif`: plays every what-if kept as a file in whatifs/ beside the historical line on the
// same seeds (200 by default) and prints, for each, the share of seeds on which each record act it
// expects went otherwise and each checkpoint it expects flipped, with why (docs/HINDCAST.md,
// "What-ifs"). --json prints the same as JSON. Bad input exits 2 with one line on stderr.
import { main } from './whatif/main';

process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
