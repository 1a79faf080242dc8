// The panels of a game played together (hot-seat on one device, or one role per device through the
// class server): the setup, the hand-over between roles, a role's turn and the debrief. They draw
// what they are given and call back; they keep no game.
import type { OfferView, RoleGoals, TogetherDebrief, TogetherScreen } from '../state/view';
import { h } from './dom';
import { actorArgs, actorName, issueName, outcomeLabel, t, type MessageId } from '../i18n';
import { dayDate, points } from '../presentation/format';
import { write } from './said';

export interface SetupChoice {
  seed: number;
  roles: string[];
  difficulty: 'easy' | 'normal' | 'hard';
}

const ROLE_NAMES: Record<string, string> = { FRA: 'France', USA: 'The United States', RUS: 'Russia' };
const LEVELS: Record<string, MessageId> = {
  easy: 'together.easy',
  normal: 'together.normal',
  hard: 'together.hard',
};
const KINDS: Record<string, MessageId> = {
  call: 'kind.call',
  visit: 'kind.visit',
  proposal: 'kind.proposal',
  statement: 'together.statement',
  concession: 'kind.concession',
};
/** A role's name in the reader's language, with its French forms (« au tour de la France »). */
const roleArgs = (id: string, english: string) => actorArgs('role', id, english);

export function renderSetup(root: Element, onStart: (c: SetupChoice) => void, problem: string | null = null): void {
  const boxes = Object.entries(ROLE_NAMES).map(([id, name]) =>
    h(
      'label',
      { class: 'together-role' },
      h('input', { type: 'checkbox', name: 'together-role', value: id, checked: true }),
      ` ${actorName(id, name)}`,
    ),
  );
  const seed = h('input', { id: 'together-seed', type: 'number', min: 0, value: 2015, inputmode: 'numeric' });
  const level = h(
    'select',
    { id: 'together-level' },
    ...['easy', 'normal', 'hard'].map((d) => h('option', { value: d, selected: d === 'normal' }, t(LEVELS[d]!))),
  );
  const form = h(
    'form',
    {
      id: 'together-setup',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const roles = [...form.querySelectorAll<HTMLInputElement>('input[name="together-role"]:checked')].map(
          (b) => b.value,
        );
        onStart({ seed: Number(seed.value) || 0, roles, difficulty: level.value as SetupChoice['difficulty'] });
      },
    },
    h('h2', {}, t('together.setupHeading')),
    h('p', {}, t('together.setupIntro')),
    h('fieldset', {}, h('legend', {}, t('together.humans')), ...boxes),
    h('label', {}, t('together.seed'), ' ', seed),
    h('label', {}, ' ', t('together.level'), ' ', level),
    problem ? h('p', { class: 'warn', role: 'alert' }, problem) : null,
    h('p', {}, h('button', { type: 'submit', id: 'together-start' }, t('together.start'))),
  );
  root.replaceChildren(form);
}

/** The hand-over: nothing of the previous role's screen stays, only who plays next. */
export function renderHandover(root: Element, role: string, next: string, why: string, onReady: () => void): void {
  const who = roleArgs(role, next);
  root.replaceChildren(
    h(
      'section',
      { id: 'handover', class: 'handover', 'aria-label': t('together.handover') },
      h('h2', {}, t('together.passTo', who)),
      h('p', {}, why),
      h('p', {}, t('together.pressWhen', who)),
      h('button', { type: 'button', id: 'handover-ready', onclick: onReady }, t('together.ready', who)),
    ),
  );
}

function goals(g: RoleGoals, id: string): HTMLElement {
  return h(
    'section',
    { class: 'goal', 'data-role': g.role, id },
    h('h3', {}, t('viewer.goalsMet', { role: actorName(g.role, g.name), met: g.met, total: g.items.length })),
    h(
      'ul',
      { class: 'goal-list' },
      ...g.items.map((x) =>
        h(
          'li',
          { class: `goal-item ${x.met ? 'met' : 'missed'}` },
          h('strong', {}, t(x.met ? 'together.met' : 'together.notYet')),
          x.said ? write(x.said.label) : x.label,
          h('span', { class: 'goal-now' }, ` \u2014 ${x.said ? write(x.said.now) : x.now}`),
        ),
      ),
    ),
  );
}

export interface TurnHandlers {
  play(action: Record<string, unknown>): void;
  reply(o: OfferView, kind: 'accept' | 'decline' | 'counter', terms?: Record<string, number>): void;
  end(): void;
  /** The role's private notes, kept apart from every other role's. */
  notes: { text: string; save(text: string): void } | null;
}

function offerItem(o: OfferView, v: TogetherScreen, on: TurnHandlers): HTMLElement {
  const issue = h(
    'select',
    { class: 'counter-issue' },
    ...v.issues.map((i) => h('option', { value: i.id }, issueName(i.id, i.topic))),
  );
  const value = h('input', { class: 'counter-value', type: 'number', min: 0, max: 100, value: 50 });
  return h(
    'li',
    { class: 'offer', 'data-from': o.from, 'data-index': o.index },
    h('p', {}, o.text),
    h('p', { class: 'small' }, t('together.chance', { chance: o.chance })),
    h(
      'details',
      { class: 'why' },
      h('summary', {}, t('together.why')),
      h(
        'ul',
        {},
        ...o.why.map((f) =>
          h('li', {}, `${f.id}: ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2).replace('-', '\u2212')}`),
        ),
      ),
    ),
    h('button', { type: 'button', class: 'offer-accept', onclick: () => on.reply(o, 'accept') }, t('together.accept')),
    ' ',
    h(
      'button',
      { type: 'button', class: 'offer-decline', onclick: () => on.reply(o, 'decline') },
      t('together.decline'),
    ),
    o.counter
      ? null
      : h(
          'span',
          { class: 'counter' },
          t('together.orCounter'),
          issue,
          ' ',
          value,
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'offer-counter',
              onclick: () => on.reply(o, 'counter', { [issue.value]: Number(value.value) }),
            },
            t('together.counter'),
          ),
        ),
  );
}

function composer(v: TogetherScreen, on: TurnHandlers): HTMLElement {
  const kind = h(
    'select',
    { id: 'together-kind' },
    ...['call', 'visit', 'proposal', 'statement', 'concession'].map((k) => h('option', { value: k }, t(KINDS[k]!))),
  );
  const target = h(
    'select',
    { id: 'together-target' },
    ...v.actors.map((a) =>
      h(
        'option',
        { value: a.id },
        t(a.human ? 'together.ledByPeople' : 'together.name', { name: actorName(a.id, a.name) }),
      ),
    ),
  );
  const issue = h(
    'select',
    { id: 'together-issue' },
    ...v.issues.map((i) => h('option', { value: i.id }, issueName(i.id, i.topic))),
  );
  const value = h('input', { id: 'together-value', type: 'number', min: 0, max: 100, value: 50 });
  const send = () => {
    const k = kind.value;
    const a: Record<string, unknown> =
      k === 'statement'
        ? { type: k, issue: issue.value, position: Number(value.value) }
        : k === 'proposal'
          ? { type: k, target: target.value, terms: { [issue.value]: Number(value.value) } }
          : k === 'concession'
            ? { type: k, target: target.value, issue: issue.value }
            : { type: k, target: target.value };
    on.play(a);
  };
  return h(
    'section',
    { class: 'together-compose', 'aria-label': t('together.yourMove') },
    h('h3', {}, t('together.yourMove')),
    h('label', {}, t('together.kind'), ' ', kind),
    ' ',
    h('label', {}, t('together.to'), ' ', target),
    ' ',
    h('label', {}, t('together.issue'), ' ', issue),
    ' ',
    h('label', {}, t('together.value'), ' ', value),
    ' ',
    h('button', { type: 'button', id: 'together-send', onclick: send }, t('together.send')),
  );
}

export function renderTurn(root: Element, v: TogetherScreen, on: TurnHandlers, problem: string | null): void {
  const notes = on.notes
    ? h(
        'textarea',
        { id: 'together-notes', rows: 3, 'aria-label': t('together.notesOf', roleArgs(v.role, v.roleName)) },
        on.notes.text,
      )
    : null;
  if (notes && on.notes) {
    const save = on.notes.save;
    notes.addEventListener('input', () => save(notes.value));
  }
  root.replaceChildren(
    h(
      'section',
      { id: 'together-turn', 'data-role': v.role, 'data-phase': v.phase },
      h(
        'h2',
        {},
        t(v.phase === 'answers' ? 'together.turnAnswers' : 'together.turnHead', {
          ...roleArgs(v.role, v.roleName),
          round: v.round,
          rounds: v.rounds,
          date: dayDate(v.date),
        }),
      ),
      h(
        'p',
        { class: 'together-status' },
        t('together.ap'),
        h('strong', { id: 'together-ap' }, String(v.ap)),
        t('together.meter'),
        h('strong', { id: 'together-meter' }, points(v.meter)),
      ),
      problem ? h('p', { class: 'warn', role: 'alert', id: 'together-problem' }, problem) : null,
      v.offers.length
        ? h(
            'section',
            { class: 'offers', 'aria-label': t('together.asksLabel') },
            h('h3', {}, t('together.asks')),
            h('ul', { id: 'together-offers' }, ...v.offers.map((o) => offerItem(o, v, on))),
          )
        : null,
      v.phase === 'moves' ? composer(v, on) : h('p', {}, t('together.answerThenEnd')),
      h(
        'section',
        { 'aria-label': t('together.movesThisRound') },
        h('h3', {}, t('together.movesThisRound')),
        h(
          'ol',
          { id: 'together-moves' },
          ...v.moves.map((m) => h('li', {}, m.text, m.answer ? h('em', {}, ` \u2014 ${m.answer}`) : null)),
        ),
      ),
      goals(v.goals, 'together-goals'),
      notes ? h('section', { 'aria-label': t('together.notes') }, h('h3', {}, t('together.notes')), notes) : null,
      h(
        'p',
        {},
        h(
          'button',
          { type: 'button', id: 'together-end', onclick: on.end },
          t(v.phase === 'answers' ? 'together.doneAnswering' : 'together.endTurn'),
        ),
      ),
    ),
  );
}

export function renderDebrief(root: Element, d: TogetherDebrief, download: (() => void) | null): void {
  root.replaceChildren(
    h(
      'section',
      { id: 'together-debrief', 'aria-label': t('together.debrief') },
      h('h2', {}, t('together.over', { outcome: d.outcome ? outcomeLabel(d.outcome) : t('together.notFinished') })),
      h('p', {}, t('together.summary', { meter: points(d.meter), rounds: d.rounds, ...d.asks })),
      ...d.goals.map((g) => goals(g, `together-goals-${g.role}`)),
      download
        ? h('button', { type: 'button', id: 'together-download', onclick: download }, t('together.download'))
        : null,
    ),
  );
}

/** Waiting for another device's turn (the class server's client). */
export function renderWaiting(root: Element, text: string): void {
  root.replaceChildren(h('section', { id: 'together-waiting' }, h('h2', {}, t('together.waiting')), h('p', {}, text)));
}
