// The panels of a game played together (hot-seat on one device, or one role per device through the
// class server): the setup, the hand-over between roles, a role's turn and the debrief. They draw
// what they are given and call back; they keep no game.
import type { OfferView, RoleGoals, TogetherDebrief, TogetherScreen } from '../state/view';
import { h } from './dom';

export interface SetupChoice {
  seed: number;
  roles: string[];
  difficulty: 'easy' | 'normal' | 'hard';
}

const ROLE_NAMES: Record<string, string> = { FRA: 'France', USA: 'The United States', RUS: 'Russia' };

export function renderSetup(root: Element, onStart: (c: SetupChoice) => void, problem: string | null = null): void {
  const boxes = Object.entries(ROLE_NAMES).map(([id, name]) =>
    h(
      'label',
      { class: 'together-role' },
      h('input', { type: 'checkbox', name: 'together-role', value: id, checked: true }),
      ` ${name}`,
    ),
  );
  const seed = h('input', { id: 'together-seed', type: 'number', min: 0, value: 2015, inputmode: 'numeric' });
  const level = h(
    'select',
    { id: 'together-level' },
    ...['easy', 'normal', 'hard'].map((d) => h('option', { value: d, selected: d === 'normal' }, d)),
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
    h('h2', {}, 'Play together on this device'),
    h(
      'p',
      {},
      'Each group leads one capital; the model leads every other. Turns go France, the United States, Russia, whoever clicks first. Pass the device when the screen says so.',
    ),
    h('fieldset', {}, h('legend', {}, 'Capitals led by people'), ...boxes),
    h('label', {}, 'Seed ', seed),
    h('label', {}, ' Level ', level),
    problem ? h('p', { class: 'warn', role: 'alert' }, problem) : null,
    h('p', {}, h('button', { type: 'submit', id: 'together-start' }, 'Start')),
  );
  root.replaceChildren(form);
}

/** The hand-over: nothing of the previous role's screen stays, only who plays next. */
export function renderHandover(root: Element, next: string, why: string, onReady: () => void): void {
  root.replaceChildren(
    h(
      'section',
      { id: 'handover', class: 'handover', 'aria-label': 'Hand the device over' },
      h('h2', {}, `Pass the device to ${next}`),
      h('p', {}, why),
      h('p', {}, `${next}: press the button when the others are not looking at the screen.`),
      h('button', { type: 'button', id: 'handover-ready', onclick: onReady }, `I lead ${next}: show my screen`),
    ),
  );
}

function goals(g: RoleGoals, id: string): HTMLElement {
  return h(
    'section',
    { class: 'goal', 'data-role': g.role, id },
    h('h3', {}, `${g.name}: ${g.met} of ${g.items.length} goals met`),
    h(
      'ul',
      { class: 'goal-list' },
      ...g.items.map((x) =>
        h(
          'li',
          { class: `goal-item ${x.met ? 'met' : 'missed'}` },
          h('strong', {}, x.met ? 'Met: ' : 'Not yet: '),
          x.label,
          h('span', { class: 'goal-now' }, ` \u2014 ${x.now}`),
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
  const issue = h('select', { class: 'counter-issue' }, ...v.issues.map((i) => h('option', { value: i.id }, i.topic)));
  const value = h('input', { class: 'counter-value', type: 'number', min: 0, max: 100, value: 50 });
  return h(
    'li',
    { class: 'offer', 'data-from': o.from, 'data-index': o.index },
    h('p', {}, o.text),
    h('p', { class: 'small' }, `Your model would say yes with a chance of ${o.chance}%.`),
    h(
      'details',
      { class: 'why' },
      h('summary', {}, 'Why?'),
      h(
        'ul',
        {},
        ...o.why.map((f) => h('li', {}, `${f.id}: ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`)),
      ),
    ),
    h('button', { type: 'button', class: 'offer-accept', onclick: () => on.reply(o, 'accept') }, 'Accept'),
    ' ',
    h('button', { type: 'button', class: 'offer-decline', onclick: () => on.reply(o, 'decline') }, 'Decline'),
    o.counter
      ? null
      : h(
          'span',
          { class: 'counter' },
          ' or counter: ',
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
            'Counter',
          ),
        ),
  );
}

function composer(v: TogetherScreen, on: TurnHandlers): HTMLElement {
  const kind = h(
    'select',
    { id: 'together-kind' },
    ...['call', 'visit', 'proposal', 'statement', 'concession'].map((k) => h('option', { value: k }, k)),
  );
  const target = h(
    'select',
    { id: 'together-target' },
    ...v.actors.map((a) => h('option', { value: a.id }, a.human ? `${a.name} (led by people)` : a.name)),
  );
  const issue = h('select', { id: 'together-issue' }, ...v.issues.map((i) => h('option', { value: i.id }, i.topic)));
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
    { class: 'together-compose', 'aria-label': 'Your move' },
    h('h3', {}, 'Your move'),
    h('label', {}, 'Kind ', kind),
    ' ',
    h('label', {}, 'To ', target),
    ' ',
    h('label', {}, 'Issue ', issue),
    ' ',
    h('label', {}, 'Value ', value),
    ' ',
    h('button', { type: 'button', id: 'together-send', onclick: send }, 'Send'),
  );
}

export function renderTurn(root: Element, v: TogetherScreen, on: TurnHandlers, problem: string | null): void {
  const notes = on.notes
    ? h('textarea', { id: 'together-notes', rows: 3, 'aria-label': `${v.roleName}'s private notes` }, on.notes.text)
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
        `${v.roleName} \u2014 round ${v.round} of ${v.rounds} (${v.date})${v.phase === 'answers' ? ': answers' : ''}`,
      ),
      h(
        'p',
        { class: 'together-status' },
        `Action points: `,
        h('strong', { id: 'together-ap' }, String(v.ap)),
        ` \u00b7 Coalition meter `,
        h('strong', { id: 'together-meter' }, v.meter.toFixed(1)),
      ),
      problem ? h('p', { class: 'warn', role: 'alert', id: 'together-problem' }, problem) : null,
      v.offers.length
        ? h(
            'section',
            { class: 'offers', 'aria-label': 'Asks to answer' },
            h('h3', {}, 'Asks from other capitals led by people'),
            h('ul', { id: 'together-offers' }, ...v.offers.map((o) => offerItem(o, v, on))),
          )
        : null,
      v.phase === 'moves' ? composer(v, on) : h('p', {}, 'Answer the asks still open, then end.'),
      h(
        'section',
        { 'aria-label': 'Your moves this round' },
        h('h3', {}, 'Your moves this round'),
        h(
          'ol',
          { id: 'together-moves' },
          ...v.moves.map((m) => h('li', {}, m.text, m.answer ? h('em', {}, ` \u2014 ${m.answer}`) : null)),
        ),
      ),
      goals(v.goals, 'together-goals'),
      notes ? h('section', { 'aria-label': 'Private notes' }, h('h3', {}, 'Private notes'), notes) : null,
      h(
        'p',
        {},
        h(
          'button',
          { type: 'button', id: 'together-end', onclick: on.end },
          v.phase === 'answers' ? 'Done answering' : 'End my turn',
        ),
      ),
    ),
  );
}

export function renderDebrief(root: Element, d: TogetherDebrief, download: (() => void) | null): void {
  root.replaceChildren(
    h(
      'section',
      { id: 'together-debrief', 'aria-label': 'Debrief' },
      h('h2', {}, `The game is over: ${d.outcome ?? 'not finished'}`),
      h(
        'p',
        {},
        `Coalition meter ${d.meter.toFixed(1)} after ${d.rounds} rounds. Asks between capitals led by people: ${d.asks.accepted} accepted, ${d.asks.declined} declined, ${d.asks.countered} countered, ${d.asks.lapsed} lapsed.`,
      ),
      ...d.goals.map((g) => goals(g, `together-goals-${g.role}`)),
      download
        ? h('button', { type: 'button', id: 'together-download', onclick: download }, 'Download the replay')
        : null,
    ),
  );
}

/** Waiting for another device's turn (the class server's client). */
export function renderWaiting(root: Element, text: string): void {
  root.replaceChildren(h('section', { id: 'together-waiting' }, h('h2', {}, 'Waiting'), h('p', {}, text)));
}
