// The teacher's guide: learning goals, one 45-minute lesson and the two-lesson plan, one shared seed, collecting and comparing
// games, questions, and what in the model is sourced or assumed (counted from the data).
import { HINTS_DO } from '../data/answerKey';
import { guide, type LessonStep } from '../data/guide';
import { provenance } from '../data/provenance';
import type { Scenario } from '../data/schema';
import { h } from './dom';
import { Glosser, openLibrary, type LibraryTarget } from './links';

const kitLink = (kind: LibraryTarget['kind'], text: string) =>
  h('button', { type: 'button', class: 'link', id: `guide-${kind}`, onclick: () => openLibrary({ kind }) }, text);

const minutes = (steps: readonly LessonStep[]) => steps.reduce((n, x) => n + x.minutes, 0);

/** A lesson's plan as a table: minutes from the start, the step, what the class does. */
function lessonTable(caption: string, steps: readonly LessonStep[]): HTMLElement {
  let at = 0;
  return h(
    'table',
    { class: 'lesson' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Minutes'),
        h('th', { scope: 'col' }, 'Step'),
        h('th', { scope: 'col' }, 'What the class does'),
      ),
    ),
    h(
      'tbody',
      {},
      ...steps.map((step) => {
        const from = at;
        at += step.minutes;
        return h(
          'tr',
          {},
          h('td', {}, `${from}\u2013${at}`),
          h('th', { scope: 'row' }, step.title),
          h('td', {}, step.what),
        );
      }),
    ),
  );
}

export function guideView(s: Scenario): (Node | null)[] {
  const g = new Glosser();
  const rows = provenance(s);
  // Both lessons are planned to the same length (a school period).
  const per = Math.max(...guide.lessons.map((l) => l.steps.reduce((n, x) => n + x.minutes, 0)));
  return [
    h('p', {}, ...g.text(guide.intro)),
    h('h3', {}, 'Learning goals'),
    h('ul', {}, ...guide.goals.map((x) => h('li', {}, ...g.text(x)))),
    h('h3', {}, 'The teacher\u2019s kit'),
    h(
      'ul',
      { class: 'kit-links' },
      h(
        'li',
        {},
        kitLink('background', 'Before you play'),
        ': one page on the attacks, the Vienna talks and who flies over Syria on 17 November 2015, with its sources. The class reads it first.',
      ),
      h(
        'li',
        {},
        kitLink('handout', 'Student handout'),
        ': the goal, group roles, a record sheet for the twelve rounds, the rubric and an exit ticket. Print one per group.',
      ),
      h(
        'li',
        {},
        kitLink('answers', 'Answer key'),
        ': how often each kind of play ends in each outcome, what each ending takes, and the typical paths on your class\u2019s seed.',
      ),
    ),
    h('p', { id: 'guide-hints' }, HINTS_DO),
    h('h3', {}, `${guide.period.title} (${minutes(guide.period.steps)} minutes)`),
    h('p', {}, guide.period.intro),
    lessonTable(`${guide.period.title} (${minutes(guide.period.steps)} minutes)`, guide.period.steps),
    h('h3', {}, `Two ${per}-minute lessons: the whole game`),
    h(
      'p',
      {},
      'A whole game takes most groups 35 to 45 minutes of play: five to eight minutes for the first round, two to four for each later one. So the game runs over two lessons; the game saves itself, and a link carries it to another computer.',
    ),
    ...guide.lessons.map((lesson) => lessonTable(`${lesson.title} (${minutes(lesson.steps)} minutes)`, lesson.steps)),
    h('h3', {}, 'Running a class on one shared seed'),
    h('ul', {}, ...guide.oneSeed.map((x) => h('li', {}, x))),
    h('h3', {}, 'Collecting and comparing the groups\u2019 games'),
    h('ul', {}, ...guide.collecting.map((x) => h('li', {}, x))),
    h('h3', {}, 'Questions for discussion'),
    h('ol', {}, ...[...s.debriefQuestions, ...guide.questions].map((q) => h('li', {}, q))),
    h('p', {}, 'Each role\u2019s debrief adds its own two:'),
    h(
      'ul',
      {},
      ...s.roles.map((r) =>
        h('li', {}, h('strong', {}, `${s.actors.find((a) => a.id === r.actor)!.name}: `), r.questions.join(' ')),
      ),
    ),
    h('h3', {}, 'What is sourced and what is a design assumption'),
    h(
      'p',
      {},
      'Every number in the scenario either cites a paragraph of the articles (or, for later events, public reporting) or is marked as our assumption with a reason; a value retuned to meet the record or the balance aims says so. Counted from the game\u2019s data:',
    ),
    h(
      'table',
      { class: 'provenance' },
      h('caption', { class: 'sr-only' }, 'Sourced and assumed values by kind'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Kind of value'),
          h('th', { scope: 'col' }, 'Sourced'),
          h('th', { scope: 'col' }, 'Assumed'),
          h('th', { scope: 'col' }, 'Retuned'),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.kind),
            h('td', {}, r.sourced ? `${r.sourced} (${r.from})` : '0'),
            h('td', {}, String(r.assumed)),
            h('td', {}, String(r.tuned)),
          ),
        ),
      ),
    ),
    h(
      'p',
      {},
      'Possible events, drawn with the seed, are not history: they show what could have happened. Their chances each round:',
    ),
    h(
      'ul',
      {},
      ...s.randomEvents.map((e) =>
        h(
          'li',
          {},
          `${e.title}: ${Math.round(e.probability * 100)}% a round, at most ${e.maxTimes === 1 ? 'once' : `${e.maxTimes} times`} a game.`,
        ),
      ),
    ),
    h('h3', {}, 'What the game leaves out'),
    h('ul', {}, ...guide.limits.map((x) => h('li', {}, x))),
  ];
}
