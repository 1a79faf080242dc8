// `npm run bench`: median time of one full game per policy, and games per second, on one core.
// The CPU time per game is printed too: on a shared machine the wall clock also counts the time
// other processes held the core. A benchmark, not a test: it prints numbers and asserts nothing.
import { loadScenario } from '../src/data/load';
import { POLICIES, runPolicy } from '../src/state/bots/policies';

const scenario = loadScenario();
const games = Number(process.env.BENCH_GAMES ?? 400);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.log(`Grand Coalition bench · ${games} games per policy · node ${process.version}`);
console.log('policy       median ms/game   games/s   cpu ms/game   games/cpu-s');
for (const policy of POLICIES) {
  for (let i = 0; i < 50; i++) runPolicy(scenario, 1_000_000 + i, 'FRA', policy); // warm the JIT
  const times: number[] = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < games; i++) {
    const t = performance.now();
    runPolicy(scenario, i, 'FRA', policy);
    times.push(performance.now() - t);
  }
  const total = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(
    `${policy.padEnd(12)} ${median(times).toFixed(3).padStart(14)}   ${(games / total).toFixed(0).padStart(7)}` +
      `   ${((1000 * cpu) / games).toFixed(3).padStart(11)}   ${(games / cpu).toFixed(0).padStart(11)}`,
  );
}
