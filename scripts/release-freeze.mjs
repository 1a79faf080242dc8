// `npm run release:freeze`: keeps a released scenario playable forever, in its smallest exact form.
//
//   npm run release:freeze -- <commit> <version>             freeze a release (releases/<version>)
//   npm run release:freeze -- <commit> <version> --variant   freeze another rule set that reached main
//                                                            under the same version (releases/<version>+<commit>)
//   npm run release:freeze -- --together <version>           keep what reads a frozen release's games played
//                                                            together, from its own commit, when its folder
//                                                            was frozen without it (releases/<version>-together)
//   npm run release:freeze -- --prune <folder>                cut a frozen folder to what its entry needs
//   npm run release:freeze -- --entries                       rewrite every entry.ts and src/release/frozen.ts
//
// Copies the commit's src/state and src/data byte for byte (git archive), writes the small entry that
// hands them to the one adapter (src/release/adapter.ts), then keeps only the files that entry reaches
// through the import graph (types included: the compiler reads them), records each kept file's SHA-256
// in MANIFEST.json (tests/releases.test.ts checks them against the folder and against the commit), and
// lists the folder in src/release/frozen.ts so the app and the CLI load it on first use.
//
// A release keeps its rules (data, the world's first state, the moves, the answers, the replay check
// and the hash) and the view, comparison and replay rounds that draw its worlds; from 1.7.0 also
// what reads its games played together (their replay check, the fold of their log, each role's
// checklist and moves). A variant keeps only
// its rules: it is watched, compared and taken over through its release's view (releases/<version>, or
// the current rules while the version is current), so a variant costs its rules and data alone.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exporter, reachable, walk } from './release-graph.mjs';

const fail = (m) => {
  console.error(`release:freeze: ${m}`);
  process.exit(2);
};
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const byVersion = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const RELEASE = /^(\d+\.\d+\.\d+)(?:\+([0-9a-f]{7,40})|-together)?$/;

/** The folder of a release (no commit) or a variant. */
const folderOf = (version, variant) => join('releases', variant ? `${version}+${variant.slice(0, 7)}` : version);
const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8'));

/**
 * The entry of a frozen folder, written from what its files export: the statechart's reducer
 * (1.2.0 on: initWorld and gameMachine) or the old game module (createGame, play, worldOf); the
 * endings' bars where the scenario did not name them yet; and, for a variant, the view of its release.
 */
function entryOf(dir, { version, commit, variantOf, supplementOf }) {
  // A supplement (releases/<version>-together) takes every name its release's folder holds from
  // there, and only what that folder lacks from its own files: the same commit's, byte for byte.
  const at = (name) => {
    const base = supplementOf ? exporter(supplementOf, name) : null;
    if (base) return `${relative(dir, join(supplementOf, base))}`;
    const f = exporter(dir, name);
    return f ? `./${f}` : null;
  };
  const has = (name) => at(name);
  const need = (name) => has(name) ?? fail(`${dir}: no file under src exports ${name}`);
  const imports = new Map(); // module path -> names
  const use = (from, name, type = false) => {
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from).add(type ? `type ${name}` : name);
  };
  const own = (name, type = false) => use(need(name), name, type);
  const statechart = has('gameMachine') && has('initWorld') && !has('createGame');
  for (const n of ['loadScenario', 'checkReplay', 'makeReplay', 'finalHash']) own(n);
  // A release's view reads its own rules; a variant's is drawn with its release's (below).
  if (statechart || !variantOf) own('buildRules');
  for (const n of ['roundWorlds', 'actionsBeforeRound']) if (has(n)) own(n);
  if (statechart) {
    for (const n of ['gameMachine', 'initWorld']) own(n);
    own('Scenario', true);
    own('PlayerAction', true);
    own('Difficulty', true);
  } else for (const n of ['createGame', 'play', 'worldOf']) own(n);
  // The endings' bars of a release from before the scenario named them (1.0.0, 1.1.0).
  const scenarioNamesOutcomes = /\boutcomes\s*[:,]/.test(readFileSync(join(dir, `${need('loadScenario')}.ts`), 'utf8'))
    ? true
    : walk(join(supplementOf ?? dir, 'src/data')).some((f) => /^\s*outcomes\s*[:,]/m.test(readFileSync(f, 'utf8')));
  const bars = !scenarioNamesOutcomes && has('GRAND') && has('PARALLEL');
  // Games played together (1.7.0 on): their replay check, the fold of their log, every role's
  // checklist and moves (src/state/replays/together.ts, rules/together.ts, view/together.ts).
  // Rules from before the viewer read these games (1.4.0 to 1.6.0) have no roundMoves: the adapter
  // lists each role's moves in the words of their describeAction.
  const TOGETHER = [
    'checkTogether',
    'foldTogether',
    'togetherDebrief',
    ...(has('roundMoves') || !has('describeAction') ? ['roundMoves'] : ['describeAction']),
  ];
  const together = !variantOf && statechart && TOGETHER.every((n) => has(n));
  if (supplementOf && !together) fail(`${dir}: ${commit.slice(0, 7)} does not export ${TOGETHER.join(', ')}`);
  if (together) for (const n of TOGETHER) own(n);

  // The view side: its own, its release's (a variant), or its release folder's (a supplement).
  const viewDir = variantOf ?? supplementOf ?? dir;
  const viewFrom = (name) => {
    const f = exporter(viewDir, name);
    return f ? `./${relative(dir, join(viewDir, f))}`.replace(/^\.\/\.\.\//, '../') : null;
  };
  const viewNames = ['view', 'replayRoundView', 'compareGames', 'previewView'].filter((n) => viewFrom(n));
  if (!viewNames.includes('view') || !viewNames.includes('replayRoundView') || !viewNames.includes('compareGames'))
    fail(`${viewDir}: no view, replayRoundView or compareGames to draw its worlds with`);
  for (const n of viewNames) use(viewFrom(n), n);
  if (bars) for (const n of ['GRAND', 'PARALLEL']) use(need(n), n);
  // A variant draws with its release's rules built from its own scenario.
  if (variantOf) use(viewFrom('buildRules') ?? fail(`${variantOf}: no buildRules`), 'buildRules as viewRules');

  const lines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, names]) => {
      const all = [...names].sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
      // Types alone: an import the compiler erases (no module loaded for it at run time).
      return all.every((n) => n.startsWith('type '))
        ? `import type { ${all.map((n) => n.slice(5)).join(', ')} } from '${from}';`
        : `import { ${all.join(', ')} } from '${from}';`;
    });
  const short = commit.slice(0, 7);
  const out = [
    variantOf
      ? `// Scenario ${version} as main's commit ${short} played it: a variant of release ${version} (releases/README.md).\n// Its own rules and data, drawn through its release's view (${relative('.', viewDir)}), handed to the one adapter.`
      : supplementOf
        ? `// Scenario ${version} as released by ${short}, with its games played together: ${relative('.', supplementOf)} was frozen\n// without what reads them; ./src keeps the files of ${short} that folder lacks (and what they import), byte for byte.\n// Everything else is the release folder's own. The loader reads games played together of ${version} here.`
        : `// Scenario ${version} as released by ${short}: its own rules and data, handed to the one adapter.`,
    `// Written by scripts/release-freeze.mjs; the files under ./src are frozen (MANIFEST.json).`,
    ...(statechart ? [`import { createActor } from 'xstate';`] : []),
    variantOf
      ? `import { adapt, type Core } from '../../src/release/adapter';`
      : `import { adapt } from '../../src/release/adapter';`,
    ...lines,
    '',
  ];
  if (statechart)
    out.push(
      `const createGame = (input: { scenario: Scenario; seed: number; role: string; difficulty: Difficulty }) => {`,
      `  const rules = buildRules(input.scenario);`,
      `  const world = initWorld(rules, input.seed, input.role, input.difficulty);`,
      `  return createActor(gameMachine, { input: { rules, world } }).start();`,
      `};`,
      `type Game = ReturnType<typeof createGame>;`,
      `const play = (game: Game, action: PlayerAction) => {`,
      `  if (game.getSnapshot().status === 'done') return 'the game is over';`,
      `  game.send({ type: 'move', action });`,
      `  return game.getSnapshot().context.refusal;`,
      `};`,
      `const worldOf = (game: Game) => game.getSnapshot().context.world;`,
      '',
    );
  // A variant's own types (its scenario, world, replay of format 1) are not its release's: the view
  // borrowed from the release is handed them as they are, and tests/variants.test.ts draws every frame
  // of every variant's golden replays to show that it reads them.
  const borrowed = variantOf
    ? new Set([...viewNames, 'checkReplay', 'makeReplay', 'roundWorlds', 'actionsBeforeRound'])
    : new Set();
  const field = (n, value = n) =>
    borrowed.has(n) ? `  ${n}: ${value} as unknown as Face['${n}'],` : n === value ? `  ${n},` : `  ${n}: ${value},`;
  if (variantOf)
    out.push(
      `type Face = Core<ReturnType<typeof loadScenario>, ReturnType<typeof viewRules>, ReturnType<typeof worldOf>, ReturnType<typeof createGame>>;`,
      '',
    );
  out.push(
    `export default adapt${variantOf ? '<ReturnType<typeof loadScenario>, ReturnType<typeof viewRules>, ReturnType<typeof worldOf>, ReturnType<typeof createGame>>' : ''}({`,
    `  frozen: ${JSON.stringify(commit)},`,
    `  loadScenario,`,
    variantOf ? `  buildRules: viewRules as unknown as Face['buildRules'],` : `  buildRules,`,
    field('checkReplay'),
    field('makeReplay'),
    ...['roundWorlds', 'actionsBeforeRound'].filter((n) => has(n)).map((n) => field(n)),
    `  createGame,`,
    `  play,`,
    `  worldOf,`,
    `  finalHash,`,
    ...viewNames.map((n) => field(n)),
    ...(bars
      ? [
          `  // Its endings' bars, constants of its model: later scenarios name them.`,
          `  outcomes: { grand: GRAND, parallel: PARALLEL },`,
        ]
      : []),
    ...(together ? [`  together: { ${TOGETHER.join(', ')} },`] : []),
    `});`,
    '',
  );
  return out.join('\n');
}

/** Keeps only what the entry reaches; checks every kept file against the commit; writes MANIFEST.json. */
function prune(dir, { version, commit, variantOf, supplementOf = null }) {
  writeFileSync(join(dir, 'entry.ts'), entryOf(dir, { version, commit, variantOf, supplementOf }));
  const keep = new Set(reachable(dir, join(dir, 'entry.ts')));
  for (const f of walk(join(dir, 'src'))) if (!keep.has(relative(dir, f))) rmSync(f);
  // Empty folders go too.
  const rmEmpty = (d) => {
    for (const f of readdirSync(d)) if (statSync(join(d, f)).isDirectory()) rmEmpty(join(d, f));
    if (!readdirSync(d).length) rmSync(d, { recursive: true });
  };
  rmEmpty(join(dir, 'src'));
  const files = [...keep].sort();
  for (const f of files) {
    const released = execFileSync('git', ['show', `${commit}:${f}`], { maxBuffer: 64 * 1024 * 1024 });
    if (sha(released) !== sha(readFileSync(join(dir, f))))
      fail(`${dir}/${f} is not what ${commit.slice(0, 7)} released`);
  }
  rmSync(join(dir, 'tsconfig.json'), { force: true });
  const manifest = {
    version,
    commit,
    ...(variantOf ? { variantOf: relative('releases', variantOf) } : {}),
    ...(supplementOf ? { supplementOf: relative('releases', supplementOf), keeps: 'games played together' } : {}),
    files: Object.fromEntries(files.map((f) => [f, sha(readFileSync(join(dir, f)))])),
  };
  writeFileSync(join(dir, 'MANIFEST.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const lines = files.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split('\n').length - 1, 0);
  return { files: files.length, lines };
}

/** Every frozen folder: releases and their variants. */
const folders = () =>
  readdirSync('releases')
    .filter((d) => RELEASE.test(d) && existsSync(join('releases', d, 'MANIFEST.json')))
    .map((d) => ({ dir: join('releases', d), ...manifestOf(join('releases', d)) }));

/** src/release/frozen.ts, regenerated from the folders so none is forgotten. */
function writeRegistry() {
  const all = folders();
  const releases = all.filter((f) => !f.variantOf && !f.supplementOf).sort((a, b) => byVersion(a.version, b.version));
  const supplements = all.filter((f) => f.supplementOf).sort((a, b) => byVersion(a.version, b.version));
  // Variants newest first within a version (by their commit's place in history): the order the loader tries them.
  const when = (c) => Number(git('log', '-1', '--format=%ct', c).trim());
  const variants = all
    .filter((f) => f.variantOf)
    .sort((a, b) => byVersion(a.version, b.version) || when(b.commit) - when(a.commit));
  const versions = [...new Set(variants.map((v) => v.version))];
  const importOf = (dir) => `() => import('../../${dir}/entry').then((m) => m.default)`;
  writeFileSync(
    'src/release/frozen.ts',
    `// Every frozen release (releases/<version>) and every other rule set main shipped under a version
// (releases/<version>+<commit>, its variants: releases/VARIANTS.md), loaded on first use: a separate
// chunk in the browser, bundled into the CLI. Regenerated by \`npm run release:freeze\`; do not edit by hand.
import type { Release } from './types';

export const FROZEN: Record<string, () => Promise<Release>> = {
${releases.map((r) => `  '${r.version}': ${importOf(r.dir)},`).join('\n')}
};

/** The other rule sets of each version, newest first: the loader tries them when the release's own rules do not give a replay's hash. */
export const VARIANTS: Record<string, { commit: string; load: () => Promise<Release> }[]> = {
${versions
  .map(
    (v) =>
      `  '${v}': [\n${variants
        .filter((x) => x.version === v)
        .map((x) => `    { commit: '${x.commit}', load: ${importOf(x.dir)} },`)
        .join('\n')}\n  ],`,
  )
  .join('\n')}
};

/**
 * What reads the games played together of a release frozen without it (releases/<version>-together:
 * the same commit's files its folder lacks, and the folder's own for the rest).
 */
export const TOGETHER: Record<string, () => Promise<Release>> = {
${supplements.map((r) => `  '${r.version}': ${importOf(r.dir)},`).join('\n')}
};
`,
  );
  execFileSync('node_modules/.bin/prettier', [
    '--write',
    'src/release/frozen.ts',
    ...all.map((f) => join(f.dir, 'entry.ts')),
  ]);
}

const args = process.argv.slice(2);
if (args[0] === '--prune') {
  const dir = args[1] ?? fail('usage: npm run release:freeze -- --prune releases/<version>');
  const m = manifestOf(dir);
  const { files, lines } = prune(dir, {
    version: m.version,
    commit: m.commit,
    variantOf: m.variantOf ? join('releases', m.variantOf) : null,
    supplementOf: m.supplementOf ? join('releases', m.supplementOf) : null,
  });
  writeRegistry();
  console.log(`pruned ${dir}: ${files} files, ${lines} lines`);
  process.exit(0);
}
if (args[0] === '--entries') {
  // Rewrites every entry (a variant's points at its release's view once that release is frozen).
  for (const f of folders()) {
    const variantOf = f.variantOf ? join('releases', f.variantOf) : null;
    writeFileSync(
      join(f.dir, 'entry.ts'),
      entryOf(f.dir, {
        version: f.version,
        commit: f.commit,
        variantOf: variantOf ?? null,
        supplementOf: f.supplementOf ? join('releases', f.supplementOf) : null,
      }),
    );
  }
  writeRegistry();
  process.exit(0);
}

if (args[0] === '--together') {
  // A release frozen without what reads its games played together (1.4.0 to 1.6.0: the freeze
  // script's entry did not reach replays/together.ts then). The folder is never edited; the files it
  // lacks are frozen beside it from the same commit, and the loader reads those games there.
  const version = args[1] ?? fail('usage: npm run release:freeze -- --together <version>');
  const base = join('releases', version);
  if (!existsSync(join(base, 'MANIFEST.json'))) fail(`${base} is not frozen`);
  const m = manifestOf(base);
  if (m.variantOf) fail(`${base} is a variant`);
  if (/\btogether:/.test(readFileSync(join(base, 'entry.ts'), 'utf8')))
    fail(`${base} reads its games played together already`);
  const dir = `${base}-together`;
  if (existsSync(join(dir, 'MANIFEST.json')))
    fail(`${dir} is frozen already (from ${manifestOf(dir).commit.slice(0, 7)})`);
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${m.commit} src/state src/data | tar -x -C ${JSON.stringify(dir)}`]);
  const { files, lines } = prune(dir, { version, commit: m.commit, variantOf: null, supplementOf: base });
  writeRegistry();
  console.log(
    `froze what reads the games played together of ${version} from ${m.commit.slice(0, 7)}: ${files} files, ${lines} lines in ${dir}/src`,
  );
  process.exit(0);
}

const variant = args.includes('--variant');
const [commit, version] = args.filter((a) => !a.startsWith('--'));
if (!commit || !version) fail('usage: npm run release:freeze -- <commit> <version> [--variant]   (e.g. 9b01e30 1.1.0)');
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`version must look like 1.2.0, got "${version}"`);
let full;
try {
  full = git('rev-parse', '--verify', `${commit}^{commit}`).trim();
} catch {
  fail(`no such commit: ${commit}`);
}
const declared = /^\s*version:\s*'(\d+\.\d+\.\d+)'/m.exec(
  git('grep', '-h', '-E', "^\\s*version: '[0-9]+\\.[0-9]+\\.[0-9]+'", full, '--', 'src/data').trim(),
)?.[1];
if (declared !== version) fail(`commit ${commit} declares scenario version ${declared ?? '(none)'}, not ${version}`);

// A variant is drawn through its release's view: freeze the release first (it may be the current version).
const variantOf = variant ? join('releases', version) : null;
if (variantOf && !existsSync(join(variantOf, 'MANIFEST.json')))
  fail(
    `freeze release ${version} first (npm run release:freeze -- <its last commit> ${version}): a variant is drawn through its view`,
  );
const dir = folderOf(version, variant ? full : null);
if (existsSync(join(dir, 'MANIFEST.json')))
  fail(`${dir} is frozen already (from ${manifestOf(dir).commit.slice(0, 7)}): a release is frozen once`);
mkdirSync(dir, { recursive: true });
execFileSync('sh', ['-c', `git archive ${full} src/state src/data | tar -x -C ${JSON.stringify(dir)}`]);
const { files, lines } = prune(dir, { version, commit: full, variantOf });
writeRegistry();
console.log(
  `froze scenario ${version}${variant ? ` (variant of main's ${full.slice(0, 7)})` : ''} from ${full.slice(0, 7)}: ${files} files, ${lines} lines in ${dir}/src`,
);
console.log(
  `next: add golden replays made by ${full.slice(0, 7)} under tests/fixtures/replays/${version} and run npx vitest run tests/releases.test.ts`,
);
