// The replay viewer: step round by round, jump to a round, and take over from any round. A game
// several human roles played together shows each role's moves, every role's goal checklist at the
// end, and a take-over button for each role.
import { write } from './said';
import type { ReplayRoundView, RoleGoals, RoleRound } from '../state/view';
import { byId, clear, h, put } from './dom';
import { shareControls } from './share';
import { dayDate, points } from '../presentation/format';
import { actorName, dataText, outcomeLabel, t, type MessageId } from '../i18n';

const KINDS: Record<string, MessageId> = {
  statement: 'kind.said',
  call: 'kind.call',
  visit: 'kind.visit',
  proposal: 'kind.proposal',
  concession: 'kind.concession',
};
/** A move's kind in words (a kind without a word of its own shows as it is). */
const kindWord = (k: string): string => (KINDS[k] ? t(KINDS[k]) : k);

export interface ViewerHooks {
  go: (round: number) => void;
  takeOver: (round: number) => void;
  share: () => string;
  close: () => void;
}

export function renderViewer(
  v: ReplayRoundView,
  seed: number,
  lastRound: number,
  hooks: ViewerHooks,
  /** Said when the replay comes from an earlier release of the scenario. */
  versionNote: string | null = null,
): void {
  const root = byId('panel');
  clear(root);
  put(
    root,
    h(
      'h2',
      { id: 'viewer-title' },
      t('viewer.title', { seed, round: v.round + 1, rounds: v.rounds, date: dayDate(v.date) }),
    ),
    versionNote ? h('p', { id: 'viewer-version', class: 'small' }, versionNote) : null,
    ...roundNav(v, lastRound, hooks.go),
    ...frameBody(v),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { id: 'take-over', class: 'primary', onclick: () => hooks.takeOver(v.round) },
        t('viewer.takeOver', { round: v.round + 1 }),
      ),
      h('button', { id: 'close-viewer', onclick: hooks.close }, t('viewer.close')),
    ),
    h('p', { class: 'small' }, t('viewer.explain')),
    ...shareControls(t('viewer.share'), hooks.share),
  );
}

/** A frame's moves with their answers, the events of its round and, at the end, the outcome: both viewers show them alike. */
function frameBody(v: ReplayRoundView): (HTMLElement | null)[] {
  return [
    h('h3', {}, t('viewer.moves')),
    v.answers.length
      ? h(
          'ol',
          {},
          ...v.answers.map((a) =>
            h(
              'li',
              {},
              h(
                'strong',
                {},
                t('viewer.move', { action: a.said ? write(a.said.action) : a.action, kind: kindWord(a.kind) }),
              ),
              a.said ? write(a.said.text) : a.text,
            ),
          ),
        )
      : h('p', { class: 'small' }, t('viewer.none')),
    v.events.length ? h('h3', {}, t('viewer.events')) : null,
    v.events.length
      ? h(
          'ul',
          {},
          ...v.events.map((e) =>
            h(
              'li',
              {},
              e.date
                ? t('viewer.event', { date: dayDate(e.date), title: e.said ? write(e.said) : dataText(e.title) })
                : dataText(e.title),
            ),
          ),
        )
      : null,
    v.outcome
      ? h(
          'p',
          {},
          h('strong', {}, t('viewer.outcome', { outcome: outcomeLabel(v.outcome.label) })),
          dataText(v.outcome.meaning),
        )
      : null,
  ];
}

/** Previous, next and the jump to a round. */
function roundNav(v: ReplayRoundView, lastRound: number, go: (round: number) => void): HTMLElement[] {
  const jump = h(
    'select',
    { id: 'jump' },
    ...Array.from({ length: lastRound + 1 }, (_, i) =>
      h('option', { value: i, selected: i === v.round }, t('viewer.round', { round: i + 1 })),
    ),
  );
  jump.addEventListener('change', () => go(Number(jump.value)));
  return [
    h(
      'div',
      { class: 'row' },
      h('button', { id: 'prev', disabled: v.round === 0, onclick: () => go(v.round - 1) }, t('viewer.prev')),
      h('button', { id: 'next', disabled: v.round >= lastRound, onclick: () => go(v.round + 1) }, t('viewer.next')),
      h('label', { for: 'jump', class: 'sr-only' }, t('viewer.jump')),
      jump,
    ),
    h(
      'p',
      {},
      v.meterAfter !== null
        ? t('viewer.meterEnd', { before: points(v.meterBefore), after: points(v.meterAfter) })
        : t('viewer.meterOpen', { before: points(v.meterBefore) }),
    ),
  ];
}

export interface TogetherViewerHooks {
  go: (round: number) => void;
  /** Take over one human role from the start of a round: the others are played by the model from then on. */
  takeOver: (role: string, round: number) => void;
  share: () => string;
  close: () => void;
}

export interface TogetherViewerInput {
  round: ReplayRoundView;
  /** Each human role's moves this round, in turn order. */
  moves: RoleRound[];
  seed: number;
  lastRound: number;
  roles: { id: string; name: string }[];
  /** A game one role took over: from which round (0-based), which role. */
  solo: { round: number; role: string } | null;
  /** Every human role's goal checklist, shown with the last round of a finished game (null otherwise). */
  goals: RoleGoals[] | null;
}

/** The replay of a game played together: every human role's moves, their checklists at the end, a take-over per role. */
export function renderTogetherViewer(
  x: TogetherViewerInput,
  hooks: TogetherViewerHooks,
  versionNote: string | null = null,
): void {
  const v = x.round;
  const name = (id: string) => actorName(id, x.roles.find((r) => r.id === id)?.name ?? id);
  const names = x.roles.map((r) => name(r.id)).join(' + ');
  // After a take-over only its role is led by people: only it can be taken over again.
  const open = x.solo && v.round > x.solo.round ? x.roles.filter((r) => r.id === x.solo!.role) : x.roles;
  const root = byId('panel');
  clear(root);
  put(
    root,
    h(
      'h2',
      { id: 'viewer-title', 'data-together': x.roles.map((r) => r.id).join(',') },
      t('viewer.togetherTitle', {
        roles: names,
        seed: x.seed,
        round: v.round + 1,
        rounds: v.rounds,
        date: dayDate(v.date),
      }),
    ),
    versionNote ? h('p', { id: 'viewer-version', class: 'small' }, versionNote) : null,
    x.solo
      ? h('p', { id: 'viewer-solo' }, t('viewer.soloNote', { role: name(x.solo.role), round: x.solo.round + 1 }))
      : null,
    ...roundNav(v, x.lastRound, hooks.go),
    h('h3', {}, t('viewer.byRole')),
    ...x.moves.map((m) =>
      h(
        'section',
        { class: 'viewer-role', 'data-role': m.role, id: `viewer-role-${m.role}` },
        h('h4', {}, name(m.role)),
        m.moves.length
          ? h('ol', {}, ...m.moves.map((text, i) => h('li', {}, m.said?.[i] ? write(m.said[i]) : text)))
          : h('p', { class: 'small' }, t('viewer.none')),
      ),
    ),
    ...frameBody(v),
    x.goals ? h('h3', {}, t('viewer.goals')) : null,
    ...(x.goals ?? []).map((g) =>
      h(
        'section',
        { class: 'goal', 'data-role': g.role, id: `viewer-goals-${g.role}` },
        h('h4', {}, t('viewer.goalsMet', { role: name(g.role), met: g.met, total: g.items.length })),
        h(
          'ul',
          { class: 'goal-list' },
          ...g.items.map((i) =>
            h(
              'li',
              { class: `goal-item ${i.met ? 'met' : 'missed'}`, 'data-goal': i.id },
              h('span', { class: 'goal-mark', 'aria-hidden': 'true' }, i.met ? '\u2714' : '\u2716'),
              h('strong', {}, t(i.met ? 'checklist.met' : 'checklist.notYet')),
              i.said ? write(i.said.label) : i.label,
              h('span', { class: 'goal-now' }, ` \u2014 ${i.said ? write(i.said.now) : i.now}`),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'row', id: 'take-over-roles' },
      ...open.map((r) =>
        h(
          'button',
          { id: `take-over-${r.id}`, class: 'primary', onclick: () => hooks.takeOver(r.id, v.round) },
          t('viewer.takeOverAs', { role: name(r.id), round: v.round + 1 }),
        ),
      ),
      h('button', { id: 'close-viewer', onclick: hooks.close }, t('viewer.close')),
    ),
    h('p', { class: 'small' }, t('viewer.togetherExplain')),
    ...shareControls(t('viewer.share'), hooks.share),
  );
}
