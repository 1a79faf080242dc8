// The teacher's answer key: how often each kind of play ends in each outcome (read from the
// balance runs, docs/balance.json, when the game is built), what each ending takes, and the typical
// paths on the class's own seed, played on request by the same rules the students play.
import balance from '../../docs/balance.json';
import { answerKey, ENDINGS, endingConditions, HINTS_DO, percent, theName } from '../data/answerKey';
import type { Scenario } from '../data/schema';
import { DIFFICULTIES, DIFFICULTY_IDS, type Difficulty, type TypicalPath } from '../state/view/api';
import { points, shortDate } from '../presentation/format';
import { h } from './dom';

/** Plays the key's paths on one setting (the app hands over the rules; they load with the comparison). */
export type PathsOf = (seed: number, role: string, difficulty: Difficulty) => Promise<TypicalPath[]>;
/** A one-period lesson's link fragment: the record's line on one setting up to the start of a round (0-based). */
export type LessonLinkOf = (seed: number, role: string, difficulty: Difficulty, round: number) => Promise<string>;

const PATH_TITLE: Record<string, string> = {
  historical: 'A group that does what its capital did in 2015',
  strategist: 'A group with a plan',
};

/** The last setting asked for, kept while the page is closed and opened again. */
let last: { seed: number; role: string; difficulty: Difficulty; paths: TypicalPath[] } | null = null;

export function answersView(s: Scenario, pathsOf: PathsOf, linkOf: LessonLinkOf): (Node | null)[] {
  const key = answerKey(balance, s);
  const name = (id: string) => s.actors.find((a) => a.id === id)!.name;
  const hintGames = key.roles.flatMap((r) => r.rows).find((r) => r.policy === 'hints')?.games;
  return [
    h(
      'p',
      {},
      `What to expect, from the game\u2019s own test runs: ${key.games} games for each role and each kind of play${hintGames && hintGames !== key.games ? ` (${hintGames} for the hint-follower, which weighs every move on offer at every step)` : ''}, each on its own seed, at the ${DIFFICULTIES.normal.label} level (docs/balance.json in the game\u2019s source, read when this page was built). Groups are not bots, but their games tend to look like one of these rows; the row \u201cA group that only follows the hints\u201d is a bot that does what the hint points to.`,
    ),
    h('p', { id: 'key-hints' }, HINTS_DO),
    key.stale
      ? h(
          'p',
          { class: 'warn', id: 'key-stale' },
          key.runsOf
            ? `These runs were made with scenario ${key.runsOf}; the game now plays scenario ${s.version}, so its shares may differ. The typical paths below are played with the current rules.`
            : `These runs do not say which scenario version they were made with; the game now plays scenario ${s.version}. The typical paths below are played with the current rules.`,
        )
      : null,
    ...key.roles.flatMap((r) => [
      h('h3', {}, `Playing ${theName(s, r.role)}`),
      h(
        'p',
        { class: 'key-summary' },
        r.historical
          ? `Played on the record\u2019s line (the moves ${theName(s, r.role)} made in 2015), the game ends in ${r.historical.ending.toLowerCase()} in ${percent(r.historical.share)} of games. `
          : '',
        r.best
          ? `The grand coalition is possible: \u201c${r.best.label.toLowerCase()}\u201d builds it in ${percent(r.best.share)} of games.`
          : 'No kind of play in the runs built the grand coalition.',
      ),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'answer-key', 'data-role': r.role },
          h('caption', { class: 'sr-only' }, `Outcomes by kind of play, ${r.name}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Kind of play'),
              ...ENDINGS.map((e) => h('th', { scope: 'col' }, e)),
              h('th', { scope: 'col' }, 'Mean final meter'),
            ),
          ),
          h(
            'tbody',
            {},
            ...r.rows.map((row) =>
              h(
                'tr',
                { 'data-policy': row.policy },
                h('th', { scope: 'row' }, row.label, h('br'), h('span', { class: 'small' }, row.what)),
                ...row.shares.map((x) => h('td', {}, percent(x))),
                h('td', {}, Number.isFinite(row.meanMeter) ? points(row.meanMeter) : '\u2013'),
              ),
            ),
          ),
        ),
      ),
    ]),
    h('h3', {}, 'What each ending takes'),
    ...s.roles.map((r) =>
      h(
        'section',
        { 'aria-label': name(r.actor) },
        h('h4', {}, name(r.actor)),
        h(
          'ul',
          {},
          ...endingConditions(s, r.actor).map((c) => h('li', {}, h('strong', {}, `${c.ending}: `), c.needs.join('; '))),
        ),
      ),
    ),
    pathsPart(s, pathsOf, linkOf),
  ];
}

/** The typical paths on the class's seed: a small form, then each path round by round. */
function pathsPart(s: Scenario, pathsOf: PathsOf, linkOf: LessonLinkOf): HTMLElement {
  const seed = h('input', {
    id: 'key-seed',
    type: 'number',
    min: 0,
    max: 4294967295,
    step: 1,
    value: last?.seed ?? 2015,
    inputmode: 'numeric',
  });
  const role = h(
    'select',
    { id: 'key-role' },
    ...s.roles.map((r) =>
      h(
        'option',
        { value: r.actor, selected: r.actor === (last?.role ?? s.roles[0]!.actor) },
        s.actors.find((a) => a.id === r.actor)!.name,
      ),
    ),
  );
  const level = h(
    'select',
    { id: 'key-level' },
    ...DIFFICULTY_IDS.map((d) =>
      h('option', { value: d, selected: d === (last?.difficulty ?? 'normal') }, DIFFICULTIES[d].label),
    ),
  );
  const out = h('div', { id: 'key-paths', 'aria-live': 'polite' });
  const problem = h('p', { class: 'warn', id: 'key-problem', role: 'alert', hidden: true });
  const show = (paths: TypicalPath[]) => out.replaceChildren(...paths.map((p) => pathView(p)));
  const run = async () => {
    const n = Number(seed.value);
    if (!Number.isInteger(n) || n < 0 || n > 4294967295) {
      problem.hidden = false;
      problem.textContent = 'The seed must be a whole number from 0 to 4294967295, as on the title page.';
      return;
    }
    problem.hidden = true;
    out.replaceChildren(h('p', { class: 'small' }, 'Playing the two paths\u2026'));
    const difficulty = level.value as Difficulty;
    const paths = await pathsOf(n, role.value, difficulty);
    last = { seed: n, role: role.value, difficulty, paths };
    show(paths);
  };
  if (last) show(last.paths);
  return h(
    'section',
    { 'aria-labelledby': 'key-paths-title' },
    h('h3', { id: 'key-paths-title' }, 'Typical paths on your class\u2019s seed'),
    h(
      'p',
      {},
      'Type the seed, role and level your class will play: the game plays two paths on exactly that setting, with the rules the students play, so you see before the lesson what a group will meet.',
    ),
    h(
      'form',
      {
        class: 'row key-form no-print',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void run();
        },
      },
      h('label', { for: 'key-seed' }, 'Seed'),
      seed,
      h('label', { for: 'key-role' }, 'Role'),
      role,
      h('label', { for: 'key-level' }, 'Level'),
      level,
      h('button', { type: 'submit', id: 'key-run', class: 'primary' }, 'Show the paths'),
    ),
    problem,
    out,
    lessonPart(
      s,
      () => {
        const n = Number(seed.value);
        return Number.isInteger(n) && n >= 0 && n <= 4294967295
          ? { seed: n, role: role.value, difficulty: level.value as Difficulty }
          : null;
      },
      linkOf,
    ),
  );
}

/**
 * A one-period lesson: the class starts at a round the teacher picks, from where the record's own
 * line (what the capital did in 2015) stood, on the class's seed, role and level, and plays to the
 * end. The link carries that start as a replay; each group opens it and takes over.
 */
function lessonPart(
  s: Scenario,
  setting: () => { seed: number; role: string; difficulty: Difficulty } | null,
  linkOf: LessonLinkOf,
): HTMLElement {
  const rounds = s.calendar.rounds;
  const from = h(
    'select',
    { id: 'lesson-round' },
    ...rounds.map((d, i) =>
      i === 0
        ? null
        : h(
            'option',
            { value: i, selected: i === 6 },
            `Round ${i + 1} (${shortDate(d)}), ${rounds.length - i} to play`,
          ),
    ),
  );
  const link = h('input', {
    id: 'lesson-link',
    type: 'text',
    readonly: true,
    value: '',
    'aria-describedby': 'lesson-how',
  });
  const how = h('p', { id: 'lesson-how', class: 'small' });
  const make = async () => {
    const at = setting();
    if (!at) {
      how.textContent = 'Type a seed above first: a whole number from 0 to 4294967295.';
      return;
    }
    const round = Number(from.value);
    const fragment = await linkOf(at.seed, at.role, at.difficulty, round);
    link.value = `${location.origin}${location.pathname}#${fragment}`;
    how.textContent = `Each group opens this link: the replay viewer shows the record’s line up to ${shortDate(rounds[round]!)}. Choose “Round ${round + 1}” in its list and press “Take over from round ${round + 1}”; the game goes on from there on the same seed, to the debrief, and the groups’ games compare as usual.`;
  };
  return h(
    'section',
    { 'aria-labelledby': 'lesson-link-title', class: 'no-print' },
    h('h3', { id: 'lesson-link-title' }, 'A game for one period: start later in the record'),
    h(
      'p',
      {},
      'For a single lesson, the class can start at a later round, from where the capital’s 2015 moves had left things on your seed, and play to the end. Six rounds take most groups 20 to 25 minutes.',
    ),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'lesson-round' }, 'Start at'),
      from,
      h('button', { type: 'button', id: 'lesson-make', onclick: () => void make() }, 'Make the class link'),
    ),
    h('label', { for: 'lesson-link' }, 'The class link (for the seed, role and level above)'),
    link,
    how,
  );
}

function pathView(p: TypicalPath): HTMLElement {
  return h(
    'section',
    { class: 'key-path', 'data-policy': p.policy },
    h('h4', {}, `${PATH_TITLE[p.policy] ?? p.policy}: ${p.outcome}`),
    h('p', {}, `Meter ${points(p.startMeter)} \u2192 ${points(p.finalMeter)}. ${p.why}`),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'path-table' },
        h('caption', { class: 'sr-only' }, `${PATH_TITLE[p.policy] ?? p.policy}, round by round`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Round', 'Moves and answers', 'Meter after', 'Joined / left'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          ...p.rounds.map((r, i) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${i + 1} \u00b7 ${shortDate(r.date)}`),
              h(
                'td',
                {},
                r.moves.length
                  ? h(
                      'ul',
                      { class: 'plain' },
                      ...r.moves.map((m) => h('li', {}, m.answer ? `${m.move} \u2192 ${m.answer}` : m.move)),
                    )
                  : 'no move',
              ),
              h('td', {}, r.meter === null ? '' : points(r.meter)),
              h(
                'td',
                {},
                [r.joined.length ? `+ ${r.joined.join(', ')}` : '', r.left.length ? `\u2212 ${r.left.join(', ')}` : '']
                  .filter(Boolean)
                  .join('; '),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'small' },
      `Fingerprint ${p.hash.slice(0, 8)}: a group that makes exactly these moves sees the same.`,
    ),
  );
}
