// `npm run fuzz [-- --runs N] [--seed S]`: hostile files, links and stored records thrown at the
// loaders (scripts/fuzz-run.ts). Prints what was refused by which check and exits 1 on any crash,
// multi-line or unescaped message, accepted game that does not verify again, or input over 5 s.
import { parseArgs } from 'node:util';
import { CHECKS, CONSUMERS, runFuzz } from './fuzz-run';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '10000' },
    seed: { type: 'string', default: '2015' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number, got ${values.runs}`);
const s = await runFuzz(runs, seed);
console.log(
  `${s.runs} inputs (${s.byKind.file} files, ${s.byKind.bytes} files as bytes, ${s.byKind.link} links, ${s.byKind.record} stored records, ${s.byKind.legacy} earlier saves, ${s.byKind.zip} zips) in ${s.seconds.toFixed(1)} s, seed ${seed}; slowest ${s.maxMs.toFixed(0)} ms`,
);
console.log(
  `${s.accepted} accepted and verified again, ${s.refused} refused; ${s.crashes.length} crashes, ${s.badMessages.length} bad messages, ${s.reverifyFailed.length} failed re-verifications, ${s.slow.length} over 5 s`,
);
console.log('Refusals by check:');
for (const [k] of CHECKS) console.log(`  ${String(s.checks.get(k)).padStart(7)}  ${k}`);
const never = CHECKS.filter(([k]) => !s.checks.get(k)).map(([k]) => k);
console.log(
  `Coverage: ${CHECKS.length - never.length} of ${CHECKS.length} checks refused something; ${s.messages.size} distinct messages (numbers and quoted values aside)`,
);
if (never.length) console.log(`Never reached: ${never.join('; ')}`);
console.log('Consumers and doors reached:');
for (const k of CONSUMERS) console.log(`  ${String(s.consumers.get(k)).padStart(7)}  ${k}`);
for (const u of s.unclassified) console.log(`  unclassified: ${u}`);
for (const x of [...s.crashes, ...s.badMessages, ...s.reverifyFailed, ...s.slow].slice(0, 20)) console.error(`  ${x}`);
process.exitCode = s.crashes.length || s.badMessages.length || s.reverifyFailed.length || s.slow.length ? 1 : 0;
