// The student handout, one per group, printable: the goal of the role the class plays (read from
// the scenario, so it says what the checklist checks), the group roles, the record sheet with the
// game's dates, the rubric, and an exit ticket on its own page to hand in.
import { endingConditions } from '../data/answerKey';
import { handout } from '../data/handout';
import type { Scenario } from '../data/schema';
import { dayDate, longDate, shortDate } from '../presentation/format';
import { h } from './dom';
import { externalLink, Glosser, openLibrary } from './links';

/** The role shown last, so a teacher who chose Russia gets Russia when the page opens again. */
let chosen: string | null = null;

const blank = (label: string) =>
  h('span', { class: 'blank-field' }, `${label} `, h('span', { class: 'blank', 'aria-hidden': 'true' }));

export function handoutView(s: Scenario): (Node | null)[] {
  const role = chosen && s.roles.some((r) => r.actor === chosen) ? chosen : s.roles[0]!.actor;
  const goal = h('section', { id: 'handout-goal', 'aria-labelledby': 'handout-goal-title' }, ...goalPart(s, role));
  const pick = h(
    'select',
    { id: 'handout-role' },
    ...s.roles.map((r) =>
      h('option', { value: r.actor, selected: r.actor === role }, s.actors.find((a) => a.id === r.actor)!.name),
    ),
  );
  pick.addEventListener('change', () => {
    chosen = pick.value;
    goal.replaceChildren(...goalPart(s, pick.value));
  });
  const rounds = s.calendar.rounds;
  return [
    h(
      'p',
      { class: 'no-print row' },
      h('label', { for: 'handout-role' }, 'The role your class plays: '),
      pick,
      h(
        'span',
        { class: 'small' },
        ' Print one copy per group (three A4 pages: goal and roles, record sheet, exit ticket).',
      ),
    ),
    h('p', { class: 'handout-fields' }, blank('Names:'), blank('Group:'), blank('Seed:'), blank('Level:')),
    h('p', {}, handout.intro),
    articlesLine(s),
    goal,
    h('h3', {}, 'Roles in your group'),
    h('dl', { class: 'handout-roles' }, ...handout.roles.flatMap((r) => [h('dt', {}, r.name), h('dd', {}, r.job)])),
    h(
      'p',
      {},
      `${handout.rotate}: as round 5 opens (${dayDate(rounds[4]!)}) and as round 9 opens (${dayDate(rounds[8]!)}).`,
    ),
    h('h3', {}, 'How your work is assessed'),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'rubric' },
        h('caption', { class: 'sr-only' }, 'Rubric: three levels for four skills'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Skill'),
            ...handout.rubric.levels.map((l) => h('th', { scope: 'col' }, l)),
          ),
        ),
        h(
          'tbody',
          {},
          ...handout.rubric.rows.map((r) =>
            h('tr', {}, h('th', { scope: 'row' }, r.skill), ...r.cells.map((c) => h('td', {}, c))),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'page-break', 'aria-labelledby': 'handout-sheet-title' },
      h('h3', { id: 'handout-sheet-title' }, 'Record sheet'),
      h('p', { class: 'small' }, handout.sheet.note),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'record-sheet', id: 'record-sheet' },
          h(
            'caption',
            { class: 'sr-only' },
            'Record sheet: three lines for each round, one per move, to fill in by hand',
          ),
          h('thead', {}, h('tr', {}, ...handout.sheet.columns.map((c) => h('th', { scope: 'col' }, c)))),
          // One group of three lines per round (three action points: at most three moves); the round's
          // name heads its group.
          ...rounds.map((d, i) =>
            h(
              'tbody',
              { class: 'sheet-round' },
              ...[0, 1, 2].map((m) =>
                h(
                  'tr',
                  {},
                  m === 0 ? h('th', { scope: 'rowgroup', rowspan: 3 }, `${i + 1} \u00b7 ${shortDate(d)}`) : null,
                  h('td', {}),
                  h('td', {}),
                  h('td', {}),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'page-break', 'aria-labelledby': 'handout-exit-title' },
      h('h3', { id: 'handout-exit-title' }, 'Exit ticket'),
      h('p', { class: 'handout-fields' }, blank('Name:'), blank('Group:')),
      h(
        'ol',
        { class: 'exit-ticket' },
        ...handout.exitTicket.map((q) => h('li', {}, q, h('span', { class: 'answer-lines', 'aria-hidden': 'true' }))),
      ),
    ),
  ];
}

/** The goal of one role: its aim in a sentence, what the grand coalition takes, and the other endings. */
function goalPart(s: Scenario, role: string): Node[] {
  const g = new Glosser();
  const r = s.roles.find((x) => x.actor === role)!;
  const name = s.actors.find((a) => a.id === role)!.name;
  const [grand, parallel] = endingConditions(s, role);
  return [
    h('h3', { id: 'handout-goal-title' }, `Your goal: ${name}, ${r.tagline}`),
    h('p', {}, ...g.text(r.goal)),
    h('p', {}, h('strong', {}, 'You win (a grand coalition) only if all of these hold when the last round ends:')),
    h('ul', { class: 'handout-conditions' }, ...grand!.needs.map((n) => h('li', {}, ...g.text(n)))),
    h(
      'p',
      { class: 'small' },
      `Otherwise the game ends in parallel campaigns if ${parallel!.needs.join(', ')}; in a fracture if not even that. The checklist in the game shows where each condition stands after every move.`,
    ),
  ];
}

/** The two articles the game is built on, as links where the address was verified. */
function articlesLine(s: Scenario): HTMLElement {
  return h(
    'p',
    { class: 'small', id: 'handout-articles' },
    'The game is built on two articles: ',
    ...s.articles.flatMap((a, i) => [
      i ? '; ' : '',
      `${a.publisher}, ${a.kind === 'news' ? 'news report' : 'opinion piece'}, ${longDate(a.date)}, `,
      a.url ? externalLink(a.url, `\u201c${a.headline}\u201d`) : `\u201c${a.headline}\u201d (no verified link)`,
    ]),
    '. In the game, the ',
    h('button', { type: 'button', class: 'link', onclick: () => openLibrary({ kind: 'sources' }) }, 'Sources'),
    ' page retells both, paragraph by paragraph.',
  );
}
