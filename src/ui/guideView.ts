// The teacher's guide: learning goals, one lesson (45 minutes; 55 in French) and the two-lesson plan, one shared seed, collecting and comparing
// games, questions, and what in the model is sourced or assumed (counted from the data).
import { HINTS_DO } from '../data/answerKey';
import { guide, type LessonStep } from '../data/guide';
import { provenance } from '../data/provenance';
import type { Scenario } from '../data/schema';
import { h } from './dom';
import { Glosser, openLibrary, type LibraryTarget } from './links';
import { actorName, dataText, readingRoom, t } from '../i18n';

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
        h('th', { scope: 'col' }, t('guide.minutes')),
        h('th', { scope: 'col' }, t('guide.step')),
        h('th', { scope: 'col' }, t('guide.what')),
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
          h('td', {}, t('guide.span', { from, to: at })),
          h('th', { scope: 'row' }, step.title),
          h('td', {}, step.what),
        );
      }),
    ),
  );
}

export function guideView(s: Scenario): (Node | null)[] {
  const g = new Glosser();
  // The guide in the reader's language (French: fitted to 55-minute lessons), its hint note and the provenance's kinds.
  const room = readingRoom({ guide, hintsDo: HINTS_DO });
  const guide_ = room.guide;
  const rows = provenance(s).map((r) => ({ ...r, ...room.provenance?.[r.kind] }));
  // Both lessons are planned to the same length (a school period).
  const per = Math.max(...guide_.lessons.map((l) => l.steps.reduce((n, x) => n + x.minutes, 0)));
  return [
    h('p', {}, ...g.text(guide_.intro)),
    h('h3', {}, t('guide.goals')),
    h('ul', {}, ...guide_.goals.map((x) => h('li', {}, ...g.text(x)))),
    h('h3', {}, t('guide.kit')),
    h(
      'ul',
      { class: 'kit-links' },
      h('li', {}, kitLink('background', t('guide.kitBackground')), t('guide.kitBackgroundText')),
      h('li', {}, kitLink('handout', t('guide.kitHandout')), t('guide.kitHandoutText')),
      h('li', {}, kitLink('answers', t('guide.kitAnswers')), t('guide.kitAnswersText')),
    ),
    h('p', { id: 'guide-hints' }, room.hintsDo),
    h('h3', {}, t('guide.lessonTitle', { title: guide_.period.title, n: minutes(guide_.period.steps) })),
    h('p', {}, guide_.period.intro),
    lessonTable(
      t('guide.lessonTitle', { title: guide_.period.title, n: minutes(guide_.period.steps) }),
      guide_.period.steps,
    ),
    h('h3', {}, t('guide.twoLessons', { per })),
    h('p', {}, t('guide.twoLessonsText')),
    ...guide_.lessons.map((lesson) =>
      lessonTable(t('guide.lessonTitle', { title: lesson.title, n: minutes(lesson.steps) }), lesson.steps),
    ),
    h('h3', {}, t('guide.oneSeed')),
    h('ul', {}, ...guide_.oneSeed.map((x) => h('li', {}, x))),
    h('h3', {}, t('guide.collecting')),
    h('ul', {}, ...guide_.collecting.map((x) => h('li', {}, x))),
    h('h3', {}, t('guide.questions')),
    h('ol', {}, ...[...s.debriefQuestions.map(dataText), ...guide_.questions].map((q) => h('li', {}, q))),
    h('p', {}, t('guide.roleQuestions')),
    h(
      'ul',
      {},
      ...s.roles.map((r) =>
        h(
          'li',
          {},
          h(
            'strong',
            {},
            t('guide.roleName', { name: actorName(r.actor, s.actors.find((a) => a.id === r.actor)!.name) }),
          ),
          r.questions.map(dataText).join(' '),
        ),
      ),
    ),
    h('h3', {}, t('guide.provenance')),
    h('p', {}, t('guide.provenanceText')),
    h(
      'table',
      { class: 'provenance' },
      h('caption', { class: 'sr-only' }, t('guide.provenanceCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('guide.kind')),
          h('th', { scope: 'col' }, t('guide.sourced')),
          h('th', { scope: 'col' }, t('guide.assumed')),
          h('th', { scope: 'col' }, t('guide.retuned')),
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
    h('p', {}, t('guide.possible')),
    h(
      'ul',
      {},
      ...s.randomEvents.map((e) =>
        h(
          'li',
          {},
          t('guide.chance', { title: dataText(e.title), pct: Math.round(e.probability * 100), n: e.maxTimes }),
        ),
      ),
    ),
    h('h3', {}, t('guide.limits')),
    h('ul', {}, ...guide_.limits.map((x) => h('li', {}, x))),
  ];
}
