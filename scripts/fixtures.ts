// `npm run fixtures`: writes the golden replays of the current scenario version, which must not be
// released yet: once a version's golden replays have reached main they are kept forever and never
// regenerated (scripts/released.ts; tests/hash-guard.test.ts holds them to it). For every
// role and level: the planned and the random policy; for every role: the historical line; and one
// normal game written in replay format 1 (no difficulty), which format 2 reads with the same hash.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../src/data/load';
import { DIFFICULTY_IDS } from '../src/state/rules/difficulty';
import { runPolicy, type PolicyName } from '../src/state/bots/policies';
import { makeReplay } from '../src/state/replays/replay';
import { isReleased, RAISE_VERSION } from './released';

const SEED = 2015;
const scenario = loadScenario();
const version = scenario.version;
if (existsSync(join('releases', version)) || isReleased(version, process.cwd())) {
  process.stderr.write(
    `fixtures: scenario ${version} is released (its golden replays are on main): they are kept as they are.\n${RAISE_VERSION}\n`,
  );
  process.exit(2);
}
const dir = join('tests', 'fixtures', 'replays', version);
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(join(dir, f));

const write = (name: string, replay: object) => writeFileSync(join(dir, name), `${JSON.stringify(replay, null, 1)}\n`);
const roles = scenario.roles.map((r) => r.actor);
for (const role of roles) {
  for (const difficulty of DIFFICULTY_IDS)
    for (const policy of ['strategist', 'random'] as PolicyName[])
      write(
        `${role}-${difficulty}-${policy}.json`,
        makeReplay(scenario, runPolicy(scenario, SEED, role, policy, difficulty)),
      );
  write(`${role}-normal-historical.json`, makeReplay(scenario, runPolicy(scenario, SEED, role, 'historical')));
}
// Format 1 had no difficulty field: a normal game, as a version-1 file.
const { difficulty: _normal, ...v1 } = makeReplay(scenario, runPolicy(scenario, SEED, 'FRA', 'strategist'));
write('format1-FRA-normal-strategist.json', { ...v1, version: 1 });
console.log(`wrote ${readdirSync(dir).length} golden replays of scenario ${version} to ${dir} (seed ${SEED})`);
