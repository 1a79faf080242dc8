// `npm run acceptance [-- --release 1.2.0]`: how often asks are answered yes, by kind of move and
// by distance from the asked actor's own line, for the random, greedy, strategist and historical
// policies of every role at every level (ACCEPTANCE_SEEDS seeds each, 200 by default). With
// --release it plays a frozen release's own rules (the "before" of docs/BALANCE.md). --json: JSON.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkout, frozenCommit } from './variants/checkout';
import { BANDS, KINDS, newAcceptance, row, tallyGame, type Acceptance, type WorldLike } from './balance/acceptance';

const args = process.argv.slice(2);
const at = args.indexOf('--release');
const release = at >= 0 ? args[at + 1] : null;
if (release !== null && !/^\d+\.\d+\.\d+$/.test(release ?? '')) {
  process.stderr.write('acceptance: --release takes a version, e.g. --release 1.2.0\n');
  process.exit(2);
}
const seeds = Number(process.env.ACCEPTANCE_SEEDS ?? 200);
type Run = (scenario: never, seed: number, role: string, policy: never, difficulty: never) => { world: WorldLike };
// A frozen release keeps its rules, not its bots: its policies are played from its commit's own sources.
const at0 = release ? checkout(frozenCommit(join('releases', release))) : null;
const mod = at0
  ? {
      load: (await import(pathToFileURL(join(at0, 'src/data/load.ts')).href)) as {
        loadScenario(): { version: string; roles: { actor: string }[] };
      },
      policies: (await import(pathToFileURL(join(at0, 'src/state/policies.ts')).href)) as { runPolicy: Run },
    }
  : {
      load: await import('../src/data/load'),
      policies: (await import('../src/state/bots/policies')) as unknown as { runPolicy: Run },
    };
const scenario = mod.load.loadScenario();
const roles = scenario.roles.map((r) => r.actor);
const POLICIES = ['random', 'greedy', 'historical', 'strategist'] as const;
const LEVELS = ['easy', 'normal', 'hard'] as const;

const out: Record<string, Acceptance> = {};
for (const policy of POLICIES) {
  const acc = newAcceptance();
  for (const role of roles)
    for (const level of LEVELS)
      for (let s = 0; s < seeds; s++)
        tallyGame(acc, mod.policies.runPolicy(scenario as never, s, role, policy as never, level as never).world);
  out[policy] = acc;
}

if (args.includes('--json')) console.log(JSON.stringify({ version: scenario.version, seeds, acceptance: out }));
else {
  console.log(`Acceptance, scenario ${scenario.version}: ${seeds} seeds × ${roles.length} roles × 3 levels per policy`);
  const head = '| asks | yes | counter | refused | mean chance shown |';
  for (const policy of POLICIES) {
    const a = out[policy]!;
    console.log(`\n## ${policy} (${a.games} games, ${a.statements} statements, not answered)`);
    console.log(`| kind ${head}`);
    for (const k of KINDS) console.log(`| ${k} | ${row(a.byKind[k]!).join(' | ')} |`);
    console.log(`\n| distance ${head}`);
    for (const b of BANDS) console.log(`| ${b.id} | ${row(a.byBand[b.id]!).join(' | ')} |`);
    console.log(`\n| proposals by distance ${head}`);
    for (const b of BANDS) console.log(`| ${b.id} | ${row(a.proposalsByBand[b.id]!).join(' | ')} |`);
    for (const c of ['crosses', 'within'] as const)
      console.log(`| red line: ${c} | ${row(a.proposalsRedLine[c]).join(' | ')} |`);
  }
}
