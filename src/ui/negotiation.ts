// The diplomacy panel: pick an actor, read its card, choose a move, compose terms, read answers
// and their "Why?". It only builds PlayerActions; the rules core judges them.
import type { PlayerAction } from '../state/view/api';
import type { ActorView, AnswerView, GameView, MovePreview, MoveType } from '../state/view';
import { STANCE } from '../presentation/palette';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks } from './links';
import { dayDate } from '../presentation/format';
import { percent } from '../state/view/api';

type Kind = MoveType;

const KINDS: { kind: Kind; label: string; help: string }[] = [
  { kind: 'call', label: 'Call', help: 'ask for cooperation' },
  { kind: 'visit', label: 'Visit', help: 'a stronger ask, in person' },
  { kind: 'proposal', label: 'Proposal', help: 'offer terms on the issues' },
  { kind: 'concession', label: 'Concession', help: 'move halfway toward them on one issue, in public' },
  { kind: 'statement', label: 'Public statement', help: 'set your own line on one issue; everyone reacts' },
];

/** What the player has chosen so far; kept across re-renders. */
const state: {
  target: string | null;
  kind: Kind;
  include: Record<string, boolean>;
  terms: Record<string, number>;
  issue: string;
  position: number;
} = {
  target: null,
  kind: 'call',
  include: {},
  terms: {},
  // The first issue, once a game is shown (the scenario names its issues).
  issue: '',
  position: 50,
};

export interface NegotiationHooks {
  act: (a: PlayerAction) => void;
  focusActor: (id: string | null) => void;
  /** What a move would change if answered yes, before it is sent. */
  preview?: (a: PlayerAction) => MovePreview | null;
}

/** A point on an issue's scale in words: the nearest label, or the two it lies between. */
function scaleWords(v: GameView, issue: string, x: number): string {
  const sc = v.issues.find((i) => i.id === issue)?.scale ?? [];
  const near = sc.find((s) => Math.abs(s.at - x) <= 4);
  if (near) return near.label;
  const below = [...sc].reverse().find((s) => s.at < x);
  const above = sc.find((s) => s.at > x);
  return below && above ? `between \u201c${below.label}\u201d and \u201c${above.label}\u201d` : '';
}

/** The scale's labels under a slider, so 0 and 100 mean something. */
function scaleTicks(v: GameView, issue: string): HTMLElement {
  const sc = v.issues.find((i) => i.id === issue)?.scale ?? [];
  return h(
    'ul',
    { class: 'scale-ticks small', 'aria-hidden': 'true' },
    ...sc.map((s) => h('li', {}, `${s.at}: ${s.label}`)),
  );
}

/**
 * A slider's number field and its one-point steps (− and +), kept in step with it: every change
 * goes through the slider's own input event, so the words, the preview and the terms follow.
 */
function withSteps(range: HTMLInputElement, name: string): HTMLElement {
  const id = range.id;
  const num = h('input', {
    type: 'number',
    id: `num-${id}`,
    class: 'num',
    min: 0,
    max: 100,
    step: 1,
    inputmode: 'numeric',
    value: range.value,
  });
  const set = (x: number) => {
    const v = String(Math.max(0, Math.min(100, Math.round(x))));
    num.value = v;
    if (range.value === v) return;
    range.value = v;
    range.dispatchEvent(new Event('input'));
  };
  range.addEventListener('input', () => (num.value = range.value));
  const typed = () =>
    set(num.value.trim() === '' || !Number.isFinite(Number(num.value)) ? Number(range.value) : Number(num.value));
  num.addEventListener('change', typed);
  // Enter sets the number; it does not send the move.
  num.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    typed();
  });
  const step = (d: number) =>
    h(
      'button',
      {
        type: 'button',
        id: `${d < 0 ? 'minus' : 'plus'}-${id}`,
        class: 'step',
        'aria-label': `${name}: one point ${d < 0 ? 'lower' : 'higher'}`,
        onclick: () => set(Number(range.value) + d),
      },
      d < 0 ? '\u2212' : '+',
    );
  return h(
    'div',
    { class: 'steps' },
    step(-1),
    h('label', { for: num.id, class: 'sr-only' }, `${name}, a number from 0 to 100`),
    num,
    step(1),
  );
}

export function selectActor(id: string): void {
  state.target = id;
}

const symbol = (a: ActorView) =>
  h('span', { class: 'sym', style: `color:${STANCE[a.stance].css}`, 'aria-hidden': 'true' }, STANCE[a.stance].symbol);

function actorCard(v: GameView, a: ActorView): HTMLElement {
  const me = v.actors.find((x) => x.isPlayer)!;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'card-title' },
    h('h3', { id: 'card-title' }, symbol(a), ` ${a.name} — ${STANCE[a.stance].word}`),
    h(
      'p',
      { class: 'small' },
      `${a.leader} · commitment ${percent(a.commitment)} · trust in you ${a.trustInPlayer >= 0 ? '+' : ''}${a.trustInPlayer.toFixed(2)}`,
    ),
    h('p', {}, ...new Glosser().text(a.summary)),
    h(
      'table',
      { class: 'positions' },
      h('caption', { class: 'sr-only' }, `${a.name}'s positions`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Issue'),
          h('th', { scope: 'col' }, 'Their position'),
          h('th', { scope: 'col' }, 'Yours'),
          h('th', { scope: 'col' }, 'Matters'),
          h('th', { scope: 'col' }, 'Source'),
        ),
      ),
      h(
        'tbody',
        {},
        ...a.positions.map((p) => {
          const mine = me.positions.find((x) => x.issue === p.issue)!;
          const red =
            p.min > 0 || p.max < 100 ? ` (red line: ${p.min > 0 ? `at least ${p.min}` : `at most ${p.max}`})` : '';
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, p.name),
            h('td', {}, `${Math.round(p.value)} · ${p.label}${red}`, h('br'), h('span', { class: 'small' }, p.note)),
            h('td', {}, `${Math.round(mine.value)}`),
            h('td', {}, p.salience >= 0.75 ? 'a lot' : p.salience >= 0.5 ? 'some' : 'little'),
            h('td', { class: 'small' }, ...sourceLinks(p.sources)),
          );
        }),
      ),
    ),
  );
}

function answerItem(a: AnswerView, i: number): HTMLElement {
  const badge =
    a.kind === 'accept'
      ? '✔ accepted'
      : a.kind === 'reject'
        ? '✖ refused'
        : a.kind === 'counter'
          ? '↺ countered'
          : a.kind === 'decision'
            ? '⚑ decided'
            : '✎ said';
  return h(
    'li',
    { class: `answer ${a.kind}` },
    h('p', {}, h('strong', {}, `${a.action}: ${badge}. `), a.text),
    a.counterText
      ? h(
          'p',
          { class: 'counter-offer' },
          `Counter-offer: ${a.counterText}. Sending these same terms back is a sure yes this round.`,
        )
      : null,
    a.changes?.length
      ? h(
          'div',
          { class: 'changes' },
          h('p', { class: 'changes-title' }, 'What it changed:'),
          h('ul', {}, ...a.changes.map((c) => h('li', {}, c))),
        )
      : null,
    a.why.length
      ? h(
          'details',
          { id: `why-${i}` },
          h('summary', {}, 'Why?'),
          h(
            'table',
            { class: 'why' },
            h('caption', {}, 'What weighed on the answer (positive helps a yes)'),
            h(
              'tbody',
              {},
              ...a.why.map((f) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, f.label),
                  h('td', {}, `${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`),
                ),
              ),
            ),
          ),
          h(
            'table',
            { class: 'why' },
            h('caption', {}, 'Issue by issue'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Issue'),
                h('th', { scope: 'col' }, 'Theirs'),
                h('th', { scope: 'col' }, 'Asked'),
                h('th', { scope: 'col' }, 'Matters'),
                h('th', { scope: 'col' }, 'Sources'),
              ),
            ),
            h(
              'tbody',
              {},
              ...a.issues.map((x) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, x.name),
                  h('td', {}, String(Math.round(x.own))),
                  h(
                    'td',
                    {},
                    `${Math.round(x.proposed)}${x.beyond > 0 ? ` (beyond red line by ${Math.round(x.beyond)})` : ''}`,
                  ),
                  h('td', {}, x.salience.toFixed(2)),
                  h('td', { class: 'small' }, ...sourceLinks(x.sources)),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

function termsEditor(v: GameView, target: ActorView | undefined, onChange: () => void): HTMLElement | null {
  if (state.kind === 'proposal') {
    const me = v.actors.find((x) => x.isPlayer)!;
    return h(
      'fieldset',
      { class: 'terms' },
      h('legend', {}, 'Terms: tick the issues your proposal covers'),
      ...v.issues.map((iss) => {
        const theirs = target?.positions.find((p) => p.issue === iss.id)?.value ?? 50;
        const mine = me.positions.find((p) => p.issue === iss.id)!.value;
        const val = state.terms[iss.id] ?? Math.round((theirs + mine) / 2);
        state.terms[iss.id] = val;
        const box = h('input', { type: 'checkbox', id: `inc-${iss.id}`, checked: !!state.include[iss.id] });
        // An issue the terms leave out folds its slider away on a phone (phone.css): ticking it opens it.
        const row = h('div', { class: `term${state.include[iss.id] ? ' on' : ''}` });
        box.addEventListener('change', () => {
          state.include[iss.id] = box.checked;
          row.classList.toggle('on', box.checked);
        });
        const out = h(
          'output',
          { id: `out-${iss.id}`, for: `term-${iss.id}` },
          `${val} \u00b7 ${scaleWords(v, iss.id, val)}`,
        );
        const range = h('input', {
          type: 'range',
          id: `term-${iss.id}`,
          min: 0,
          max: 100,
          step: 1,
          value: val,
          'aria-describedby': `out-${iss.id}`,
        });
        range.addEventListener('input', () => {
          state.terms[iss.id] = Number(range.value);
          out.textContent = `${range.value} \u00b7 ${scaleWords(v, iss.id, Number(range.value))}`;
          state.include[iss.id] = true;
          box.checked = true;
          row.classList.add('on');
          onChange();
        });
        box.addEventListener('change', onChange);
        row.append(
          box,
          h('label', { for: `inc-${iss.id}` }, iss.name),
          h('label', { for: `term-${iss.id}`, class: 'sr-only' }, `${iss.name} value`),
          range,
          withSteps(range, iss.name),
          out,
          h('span', { class: 'small' }, `you ${Math.round(mine)}, they ${Math.round(theirs)}`),
          scaleTicks(v, iss.id),
        );
        return row;
      }),
    );
  }
  if (state.kind === 'statement' || state.kind === 'concession') {
    const sel = h(
      'select',
      { id: 'issue' },
      ...v.issues.map((i) => h('option', { value: i.id, selected: i.id === state.issue }, i.name)),
    );
    const parts: HTMLElement[] = [h('label', { for: 'issue' }, 'Issue'), sel];
    if (state.kind === 'statement') {
      const words = () => `${state.position} \u00b7 ${scaleWords(v, state.issue, state.position)}`;
      const out = h('output', { id: 'out-position', for: 'position' }, words());
      const range = h('input', {
        type: 'range',
        id: 'position',
        min: 0,
        max: 100,
        step: 1,
        value: state.position,
        'aria-valuetext': words(),
      });
      const ticks = h('div', {}, scaleTicks(v, state.issue));
      // Your own red line on the issue, if any: a statement beyond it leaves your line at it.
      const ownLine = () => {
        const p = v.actors.find((x) => x.isPlayer)!.positions.find((x) => x.issue === state.issue);
        if (!p || (p.min <= 0 && p.max >= 100)) return '';
        return `Your own red line: ${p.min > 0 ? `at least ${p.min}` : `at most ${p.max}`}; a statement beyond it leaves your line at it.`;
      };
      const redLine = h('p', { class: 'small', id: 'own-red-line' }, ownLine());
      range.addEventListener('input', () => {
        state.position = Number(range.value);
        out.textContent = words();
        range.setAttribute('aria-valuetext', words());
        onChange();
      });
      // The chosen issue is read here, before the words and the ticks are drawn for it (the
      // listener below also sets it, but runs after this one).
      sel.addEventListener('change', () => {
        state.issue = sel.value;
        out.textContent = words();
        range.setAttribute('aria-valuetext', words());
        ticks.replaceChildren(scaleTicks(v, state.issue));
        redLine.textContent = ownLine();
      });
      parts.push(
        h('label', { for: 'position' }, 'Your public position on this issue'),
        range,
        withSteps(range, 'Your public position'),
        out,
        redLine,
        ticks,
      );
    }
    sel.addEventListener('change', () => {
      state.issue = sel.value;
      onChange();
    });
    return h('div', { class: 'stack' }, ...parts);
  }
  return null;
}

export function buildAction(): PlayerAction | string {
  if (state.kind === 'statement') return { type: 'statement', issue: state.issue, position: state.position };
  if (!state.target) return 'Choose an actor first.';
  if (state.kind === 'call' || state.kind === 'visit') return { type: state.kind, target: state.target };
  if (state.kind === 'concession') return { type: 'concession', target: state.target, issue: state.issue };
  const terms: Record<string, number> = {};
  for (const [k, on] of Object.entries(state.include)) if (on) terms[k] = state.terms[k]!;
  if (!Object.keys(terms).length) return 'Tick at least one issue for your proposal.';
  return { type: 'proposal', target: state.target, terms };
}

/**
 * Brings the answer to the move just made to the player: scrolled to the top of the panel (of the
 * page, on a phone, where the form that sent it is far below) and the keyboard on it, so the focus
 * is never left on a Send button out of sight; the next Tab is its "Why?".
 */
export function showNewestAnswer(): void {
  const newest = document.querySelector<HTMLElement>('#panel .answers > li');
  if (!newest) return;
  newest.tabIndex = -1;
  newest.scrollIntoView({ block: 'start' });
  newest.focus({ preventScroll: true });
}

/** The preview's body: what to weigh first (red lines, your own terms), what a yes changes, what a no brings. */
export function previewBody(p: MovePreview): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (p.warnings.length) out.push(h('ul', { class: 'warn' }, ...p.warnings.map((w) => h('li', {}, w))));
  out.push(h('ul', {}, ...p.changes.map((c) => h('li', {}, c))));
  if (p.ifNo) out.push(h('p', { class: 'small' }, p.ifNo));
  return out;
}

/**
 * The government's own acts open this round: the question, what the capital did in 2015 (the game's
 * account, its date and sources) and one button. No action points: a decree or a vote is not talks.
 */
function decisionsSection(v: GameView, hooks: NegotiationHooks): HTMLElement | null {
  if (!v.acts.length) return null;
  return h(
    'section',
    { class: 'decisions', 'aria-labelledby': 'decisions-title' },
    h('h3', { id: 'decisions-title' }, `Your government decides (${v.playerName})`),
    ...v.acts.map((a) => {
      // A vote the capital can block, or a visit it hosts and can decline, or its own act.
      const words =
        a.vetoKind === 'visit'
          ? {
              what: `The visit on ${dayDate(a.date)}: ${a.title}. In 2015: ${a.veto} The game\u2019s account: ${a.reading} (`,
              decided: 'Decided: your government declines to receive the visit.',
              button: 'Decline it (no action points)',
              otherwise: 'If you let it be, the visit goes as the world has it: it happens if the visitor still comes.',
            }
          : a.vetoKind === 'vote'
            ? {
                what: `The vote on ${dayDate(a.date)}: ${a.title}. In 2015: ${a.veto} The game\u2019s account: ${a.reading} (`,
                decided: 'Decided: your government blocks the text when the Council meets.',
                button: 'Block it (no action points)',
                otherwise:
                  'If you let it be, the vote goes as the world has it: the text passes if the other capitals still back it.',
              }
            : {
                what: `What happened on ${dayDate(a.date)}: ${a.title}. The game\u2019s account: ${a.reading} (`,
                decided: 'Decided: it happens as this round ends.',
                button: 'Do it (no action points)',
                otherwise: null,
              };
      return h(
        'div',
        { class: 'decision' },
        h('p', {}, h('strong', {}, a.question)),
        h('p', { class: 'small' }, words.what, ...sourceLinks(a.sources), ')'),
        a.taken
          ? h('p', { class: 'small', id: `decided-${a.id}` }, words.decided)
          : h(
              'button',
              { id: `decide-${a.id}`, type: 'button', onclick: () => hooks.act({ type: 'decide', act: a.id }) },
              words.button,
            ),
        words.otherwise ? h('p', { class: 'small' }, words.otherwise) : null,
      );
    }),
    v.acts.some((a) => !a.veto)
      ? h('p', { class: 'small' }, 'Not deciding is a choice too: if you end the round without it, it does not happen.')
      : null,
  );
}

export function renderNegotiation(v: GameView, hooks: NegotiationHooks): void {
  const root = byId('panel');
  const active = document.activeElement?.id;
  clear(root);
  // Drawn again as the player picks another actor or move: a counter-offer awaiting its reply stays.
  const again = () => {
    const reply = root.querySelector('#reply');
    renderNegotiation(v, hooks);
    if (reply) root.querySelector('.ap')?.after(reply);
  };
  const others = v.actors.filter((a) => !a.isPlayer);
  if (!state.target || !others.some((a) => a.id === state.target)) state.target = others[0]!.id;
  if (!v.issues.some((i) => i.id === state.issue)) state.issue = v.issues[0]!.id;
  const target = others.find((a) => a.id === state.target);

  const kinds = h(
    'fieldset',
    { class: 'kinds' },
    h('legend', {}, 'What'),
    ...KINDS.map((k) => {
      const { cost, allowed, why } = v.moves[k.kind];
      const r = h('input', {
        type: 'radio',
        name: 'kind',
        id: `kind-${k.kind}`,
        value: k.kind,
        checked: k.kind === state.kind,
        disabled: !allowed,
        title: why,
      });
      r.addEventListener('change', () => {
        state.kind = k.kind;
        again();
      });
      return h(
        'div',
        { class: 'kind-option' },
        r,
        h('label', { for: `kind-${k.kind}` }, `${k.label} (${cost} AP)`, h('span', { class: 'small' }, ` — ${k.help}`)),
      );
    }),
  );

  // What the composed move would change if answered yes, kept up to date as the sliders move.
  const previewBox = h('section', {
    class: 'preview',
    id: 'preview',
    'aria-live': 'polite',
    'aria-label': 'If they say yes',
  });
  function updatePreview(): void {
    if (!hooks.preview) return;
    const a = buildAction();
    if (typeof a === 'string') {
      previewBox.replaceChildren(h('p', { class: 'small' }, a));
      return;
    }
    const p = hooks.preview(a);
    if (!p) return;
    previewBox.replaceChildren(
      h(
        'p',
        { class: 'preview-title' },
        h('strong', {}, p.chance === null ? 'What this statement will change:' : 'If they say yes:'),
        p.chance === null ? '' : ` (chance of yes about ${Math.round(p.chance * 100)}%)`,
      ),
      ...(p.problem ? [h('p', { class: 'warn' }, p.problem)] : previewBody(p)),
    );
  }
  updatePreview();

  const counterBtn = target?.counter
    ? h(
        'button',
        {
          id: 'accept-counter',
          disabled: !v.moves.proposal.allowed,
          title: v.moves.proposal.why,
          onclick: () => hooks.act({ type: 'proposal', target: target.id, terms: target.counter! }),
        },
        `Accept ${target.name}'s counter-offer (${v.moves.proposal.cost} AP)`,
      )
    : null;

  const form = h(
    'form',
    {
      class: 'compose',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const a = buildAction();
        if (typeof a === 'string') {
          byId('compose-error').textContent = a;
          return;
        }
        hooks.act(a);
      },
    },
    kinds,
    termsEditor(v, target, updatePreview),
    previewBox,
    h('p', { id: 'compose-error', class: 'warn', role: 'alert' }),
    h(
      'button',
      { id: 'send', type: 'submit', class: 'primary', disabled: v.ap === 0 },
      state.kind === 'statement' ? 'Make the statement' : `Send to ${target?.name ?? '…'}`,
    ),
  );

  const addressed = h('div', { class: 'addressed', id: 'addressed' }, form, target ? actorCard(v, target) : null);

  const picker = h(
    'fieldset',
    { class: 'actors' },
    h('legend', {}, 'Who', h('span', { class: 'keys-hint' }, ' (use the arrow keys)')),
    ...others
      .map((a) => {
        const r = h('input', {
          type: 'radio',
          name: 'target',
          id: `actor-${a.id}`,
          value: a.id,
          checked: a.id === state.target,
        });
        r.addEventListener('change', () => {
          state.target = a.id;
          state.terms = {};
          hooks.focusActor(a.id);
          again();
        });
        r.addEventListener('focus', () => hooks.focusActor(a.id));
        const option = h(
          'div',
          { class: 'actor-option' },
          r,
          h(
            'label',
            { for: `actor-${a.id}` },
            symbol(a),
            ` ${a.name}`,
            h(
              'span',
              { class: 'small' },
              ` · ${STANCE[a.stance].word} · ${percent(a.commitment)}`,
              a.keptOutBy ? ` · kept out by ${a.keptOutBy} condition` : '',
            ),
          ),
        );
        // The move form and the card sit right after the capital they address, not below the whole
        // list (on a phone the list and the card put Send some 3,000 px away).
        return a.id === state.target ? [option, addressed] : [option];
      })
      .flat(),
  );

  put(
    root,
    h('h2', {}, `Diplomacy · ${dayDate(v.date)}`),
    h('p', { class: 'ap' }, `You have ${v.ap} action point${v.ap === 1 ? '' : 's'} left this round.`),
    v.advice ? h('p', { class: 'advice', id: 'advice' }, h('strong', {}, 'You might: '), v.advice) : null,
    v.rejected ? h('p', { class: 'warn', role: 'alert' }, v.rejected) : null,
    decisionsSection(v, hooks),
    v.answers.length
      ? h(
          'section',
          { 'aria-labelledby': 'answers-title' },
          h('h3', { id: 'answers-title' }, 'This round, newest first'),
          h('ul', { class: 'answers' }, ...v.answers.map(answerItem).reverse()),
        )
      : null,
    h(
      'div',
      { class: 'row' },
      counterBtn,
      h(
        'button',
        { id: 'end-round', class: v.ap === 0 ? 'primary' : '', onclick: () => hooks.act({ type: 'end' }) },
        v.round + 1 === v.rounds ? 'End the last round' : 'End the round',
      ),
    ),
    picker,
  );
  // Keep the keyboard where it was, but show the newest answer at the top.
  root.scrollTop = 0;
  if (active) document.getElementById(active)?.focus({ preventScroll: true });
}
