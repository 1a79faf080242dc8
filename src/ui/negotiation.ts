// The diplomacy panel: pick an actor, read its card, choose a move, compose terms, read answers
// and their "Why?". It only builds PlayerActions; the rules core judges them.
import type { PlayerAction } from '../state/view/api';
import type { ActorView, AnswerView, GameView, MovePreview, MoveType } from '../state/view';
import { STANCE } from '../presentation/palette';
import { byId, clear, h, put } from './dom';
import { Glosser, sourceLinks, sourcesInParens } from './links';
import { dayDate, share } from '../presentation/format';
import { intlLocale } from '../i18n/locale';
import { actorArgs, actorName, dataText, issueName, scaleText, t, type MessageId } from '../i18n';
import { stanceWord } from './stance';
import { write } from './said';
import { refusalText } from './refusal';

type Kind = MoveType;

const KINDS: { kind: Kind; label: MessageId; help: MessageId }[] = [
  { kind: 'call', label: 'talks.kind.call', help: 'talks.kind.callHelp' },
  { kind: 'visit', label: 'talks.kind.visit', help: 'talks.kind.visitHelp' },
  { kind: 'proposal', label: 'talks.kind.proposal', help: 'talks.kind.proposalHelp' },
  { kind: 'concession', label: 'talks.kind.concession', help: 'talks.kind.concessionHelp' },
  { kind: 'statement', label: 'talks.kind.statement', help: 'talks.kind.statementHelp' },
];

/** The factors of an answer's "Why?", by the rules' ids (FactorId), in the reader's language. */
const FACTOR: Record<string, MessageId> = {
  fit: 'talks.factor.fit',
  fitLine: 'talks.factor.fitLine',
  trust: 'talks.factor.trust',
  threat: 'talks.factor.threat',
  commitment: 'talks.factor.commitment',
  redlines: 'talks.factor.redlines',
  personal: 'talks.factor.personal',
  bias: 'talks.factor.bias',
  ambition: 'talks.factor.ambition',
  crossed: 'talks.factor.crossed',
  pressing: 'talks.factor.pressing',
  asking: 'talks.factor.asking',
};

/** An actor's name in the reader's language. */
const nameOf = (a: { id: string; name: string }): string => actorName(a.id, a.name);

/** A scale's label in the reader's language, by its place on the issue's scale. */
function labelText(v: GameView, issue: string, english: string): string {
  const i = v.issues.find((x) => x.id === issue)?.scale.findIndex((s) => s.label === english) ?? -1;
  return i < 0 ? english : scaleText(issue, i, english);
}

/** An issue's name in the reader's language. */
const issueText = (v: GameView, id: string): string => issueName(id, v.issues.find((x) => x.id === id)?.name ?? id);

/**
 * A signed number to two decimals, as the answers show it ("+0.35", "\u22120.12"; "+0,35" in
 * French). Rounded first, so that a tiny negative or a negative zero reads "+0.00", never "+-0.00".
 */
export const signed2 = (x: number): string => {
  const r = Math.round(x * 100) / 100 || 0;
  return r >= 0 ? `+${fixed2(r)}` : `\u2212${fixed2(-r)}`;
};
/** A number to two decimals, in the reader's language ("0.35", "0,35"). */
const fixed2 = (x: number): string =>
  new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);

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
  /** The capital whose counter-offer awaits its reply above the panel, with its own Accept (src/ui/reply.ts). */
  replyingTo?: string | null;
}

/** A point on an issue's scale in words: the nearest label, or the two it lies between. */
function scaleWords(v: GameView, issue: string, x: number): string {
  const sc = v.issues.find((i) => i.id === issue)?.scale ?? [];
  const near = sc.find((s) => Math.abs(s.at - x) <= 4);
  if (near) return labelText(v, issue, near.label);
  const below = [...sc].reverse().find((s) => s.at < x);
  const above = sc.find((s) => s.at > x);
  return below && above
    ? t('talks.between', { below: labelText(v, issue, below.label), above: labelText(v, issue, above.label) })
    : '';
}

/**
 * A point on an issue's scale as the answers write it: its label when near one, the two it lies
 * between, else the nearest label (the render model's betweenLabels, in the reader's language).
 */
function betweenText(v: GameView, issue: string, x: number): string {
  const words = scaleWords(v, issue, x);
  if (words) return words;
  const sc = v.issues.find((i) => i.id === issue)?.scale ?? [];
  let best = sc[0];
  for (const s of sc) if (best && Math.abs(s.at - x) < Math.abs(best.at - x)) best = s;
  return best ? labelText(v, issue, best.label) : '';
}

/** Terms in words, as an answer's counter-offer gives them: "what to strike first at 63 (between …)". */
export function termsWords(v: GameView, terms: Record<string, number>): string {
  return Object.entries(terms)
    .map(([k, x]) => {
      const i = v.issues.find((y) => y.id === k);
      const issue = issueName(k, i?.topic ?? i?.name ?? k);
      return t('move.term', { issue, value: Math.round(x), words: betweenText(v, k, x) });
    })
    .join(t('said.sep'));
}

/** The scale's labels under a slider, so 0 and 100 mean something. */
function scaleTicks(v: GameView, issue: string): HTMLElement {
  const sc = v.issues.find((i) => i.id === issue)?.scale ?? [];
  return h(
    'ul',
    { class: 'scale-ticks small', 'aria-hidden': 'true' },
    ...sc.map((s) => h('li', {}, t('talks.tick', { at: s.at, label: labelText(v, issue, s.label) }))),
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
        'aria-label': t(d < 0 ? 'talks.lower' : 'talks.higher', { name }),
        onclick: () => set(Number(range.value) + d),
      },
      d < 0 ? '\u2212' : '+',
    );
  return h(
    'div',
    { class: 'steps' },
    step(-1),
    h('label', { for: num.id, class: 'sr-only' }, t('talks.number', { name })),
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
    h(
      'h3',
      { id: 'card-title' },
      symbol(a),
      t('talks.cardTitle', { name: nameOf(a), stance: stanceWord(STANCE[a.stance].word) }),
    ),
    h(
      'p',
      { class: 'small' },
      t('talks.cardLine', {
        leader: dataText(a.leader),
        commitment: share(a.commitment),
        trust: signed2(a.trustInPlayer),
      }),
    ),
    h('p', {}, ...new Glosser().text(dataText(a.summary))),
    h(
      'table',
      { class: 'positions' },
      h('caption', { class: 'sr-only' }, t('talks.positionsOf', actorArgs('name', a.id, a.name))),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('talks.issue')),
          h('th', { scope: 'col' }, t('talks.theirPosition')),
          h('th', { scope: 'col' }, t('talks.yours')),
          h('th', { scope: 'col' }, t('talks.matters')),
          h('th', { scope: 'col' }, t('talks.source')),
        ),
      ),
      h(
        'tbody',
        {},
        ...a.positions.map((p) => {
          const mine = me.positions.find((x) => x.issue === p.issue)!;
          const red =
            p.min > 0 ? t('talks.redAtLeast', { n: p.min }) : p.max < 100 ? t('talks.redAtMost', { n: p.max }) : '';
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, issueName(p.issue, p.name)),
            h(
              'td',
              {},
              t('talks.position', { value: Math.round(p.value), label: labelText(v, p.issue, p.label) }) + red,
              h('br'),
              h('span', { class: 'small' }, dataText(p.note)),
            ),
            // A phone stacks the cells, each with its column's name (style.css: data-label).
            h('td', { 'data-label': t('talks.yours') }, `${Math.round(mine.value)}`),
            h(
              'td',
              { 'data-label': t('talks.matters') },
              t(p.salience >= 0.75 ? 'talks.aLot' : p.salience >= 0.5 ? 'talks.some' : 'talks.little'),
            ),
            h('td', { class: 'small', 'data-label': t('talks.source') }, ...sourceLinks(p.sources)),
          );
        }),
      ),
    ),
  );
}

const BADGE: Record<AnswerView['kind'], MessageId> = {
  accept: 'talks.accepted',
  reject: 'talks.refused',
  counter: 'talks.countered',
  decision: 'talks.decided',
  statement: 'talks.said',
};

function answerItem(v: GameView, a: AnswerView, i: number): HTMLElement {
  // The counter-offer's terms in the reader's words, from its numbers; the model's English words for
  // a release that drew them otherwise (before 1.7 the issues have no topic).
  const counter = a.counter && v.issues.every((x) => x.topic) ? termsWords(v, a.counter) : a.counterText;
  return h(
    'li',
    { class: `answer ${a.kind}` },
    h(
      'p',
      {},
      h(
        'strong',
        {},
        t('talks.answerHead', { action: a.said ? write(a.said.action) : a.action, badge: t(BADGE[a.kind]) }),
      ),
      a.said ? write(a.said.text) : a.text,
    ),
    a.counterText ? h('p', { class: 'counter-offer' }, t('talks.counterOffer', { terms: counter ?? '' })) : null,
    a.changes?.length
      ? h(
          'div',
          { class: 'changes' },
          h('p', { class: 'changes-title' }, t('talks.changed')),
          h('ul', {}, ...(a.said?.changes.map(write) ?? a.changes).map((c) => h('li', {}, c))),
        )
      : null,
    a.why.length
      ? h(
          'details',
          { id: `why-${i}` },
          h('summary', {}, t('talks.why')),
          h(
            'table',
            { class: 'why' },
            h('caption', {}, t('talks.weighed')),
            h(
              'tbody',
              {},
              ...a.why.map((f) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, f.factor && FACTOR[f.factor] ? t(FACTOR[f.factor]!) : f.label),
                  h('td', {}, signed2(f.contribution)),
                ),
              ),
            ),
          ),
          h(
            'table',
            { class: 'why' },
            h('caption', {}, t('talks.byIssue')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, t('talks.issue')),
                h('th', { scope: 'col' }, t('talks.theirs')),
                h('th', { scope: 'col' }, t('talks.asked')),
                h('th', { scope: 'col' }, t('talks.matters')),
                h('th', { scope: 'col' }, t('talks.sources')),
              ),
            ),
            h(
              'tbody',
              {},
              ...a.issues.map((x) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, issueText(v, v.issues.find((y) => y.name === x.name)?.id ?? x.name)),
                  h('td', { 'data-label': t('talks.theirs') }, String(Math.round(x.own))),
                  h(
                    'td',
                    { 'data-label': t('talks.asked') },
                    // An issue the terms did not name is the coalition's line, not an ask (playtest 2, finding 10).
                    x.asked === false
                      ? x.beyond > 0
                        ? t('talks.atLineBeyond', { n: Math.round(x.proposed), beyond: Math.round(x.beyond) })
                        : t('talks.atLine', { n: Math.round(x.proposed) })
                      : x.beyond > 0
                        ? t('talks.beyond', { asked: Math.round(x.proposed), n: Math.round(x.beyond) })
                        : String(Math.round(x.proposed)),
                  ),
                  h('td', { 'data-label': t('talks.matters') }, fixed2(x.salience)),
                  h('td', { class: 'small', 'data-label': t('talks.sources') }, ...sourceLinks(x.sources)),
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
      h('legend', {}, t('talks.termsLegend')),
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
          t('talks.value', { value: val, words: scaleWords(v, iss.id, val) }),
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
          out.textContent = t('talks.value', { value: range.value, words: scaleWords(v, iss.id, Number(range.value)) });
          state.include[iss.id] = true;
          box.checked = true;
          row.classList.add('on');
          onChange();
        });
        box.addEventListener('change', onChange);
        row.append(
          box,
          h('label', { for: `inc-${iss.id}` }, issueText(v, iss.id)),
          h('label', { for: `term-${iss.id}`, class: 'sr-only' }, t('talks.valueOf', { name: issueText(v, iss.id) })),
          range,
          withSteps(range, issueText(v, iss.id)),
          out,
          h('span', { class: 'small' }, t('talks.youThey', { mine: Math.round(mine), theirs: Math.round(theirs) })),
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
      ...v.issues.map((i) => h('option', { value: i.id, selected: i.id === state.issue }, issueText(v, i.id))),
    );
    const parts: HTMLElement[] = [h('label', { for: 'issue' }, t('talks.issue')), sel];
    if (state.kind === 'statement') {
      const words = () =>
        t('talks.value', { value: state.position, words: scaleWords(v, state.issue, state.position) });
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
        return p.min > 0 ? t('talks.ownRedAtLeast', { n: p.min }) : t('talks.ownRedAtMost', { n: p.max });
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
        h('label', { for: 'position' }, t('talks.publicPosition')),
        range,
        withSteps(range, t('talks.publicPositionShort')),
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
  if (!state.target) return t('talks.chooseActor');
  if (state.kind === 'call' || state.kind === 'visit') return { type: state.kind, target: state.target };
  if (state.kind === 'concession') return { type: 'concession', target: state.target, issue: state.issue };
  const terms: Record<string, number> = {};
  for (const [k, on] of Object.entries(state.include)) if (on) terms[k] = state.terms[k]!;
  if (!Object.keys(terms).length) return t('talks.tickIssue');
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
  // The model's messages in the reader's language; its English words from a release before 1.7.
  const warnings = p.said?.warnings.map(write) ?? p.warnings;
  const changes = p.said?.changes.map(write) ?? p.changes;
  const ifNo = p.said ? (p.said.ifNo ? write(p.said.ifNo) : null) : p.ifNo;
  if (warnings.length) out.push(h('ul', { class: 'warn' }, ...warnings.map((w) => h('li', {}, w))));
  out.push(h('ul', {}, ...changes.map((c) => h('li', {}, c))));
  if (ifNo) out.push(h('p', { class: 'small' }, ifNo));
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
    h('h3', { id: 'decisions-title' }, t('talks.decides', { name: actorName(v.player, v.playerName) })),
    ...v.acts.map((a) => {
      // A vote the capital can block, or a visit it hosts and can decline, or its own act.
      const values = {
        date: dayDate(a.date),
        title: dataText(a.title),
        veto: a.veto ? dataText(a.veto) : '',
        reading: dataText(a.reading),
      };
      const words =
        a.vetoKind === 'visit'
          ? {
              what: t('talks.visitWhat', values),
              decided: t('talks.visitDecided'),
              button: t('talks.visitButton'),
              otherwise: t('talks.visitOtherwise'),
            }
          : a.vetoKind === 'vote'
            ? {
                what: t('talks.voteWhat', values),
                decided: t('talks.voteDecided'),
                button: t('talks.voteButton'),
                otherwise: t('talks.voteOtherwise'),
              }
            : {
                what: t('talks.actWhat', values),
                decided: t('talks.actDecided'),
                button: t('talks.actButton'),
                otherwise: null,
              };
      return h(
        'div',
        { class: 'decision' },
        h('p', {}, h('strong', {}, dataText(a.question))),
        h('p', { class: 'small' }, words.what, ' ', ...sourcesInParens(a.sources)),
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
    v.acts.some((a) => !a.veto) ? h('p', { class: 'small' }, t('talks.notDeciding')) : null,
  );
}

/** Why a capital committed enough to join is still out: a member's condition (whose), in the reader's words. */
function keptOut(v: GameView, a: ActorView): string {
  if (!a.keptOutBy) return '';
  const by = a.keptOutById;
  if (by === undefined) return t('talks.keptOut', { whose: a.keptOutBy });
  if (by === v.player) return t('talks.keptOutYours');
  const who = v.actors.find((x) => x.id === by);
  return t('talks.keptOut', { ...actorArgs('whose', by ?? '', who?.name ?? ''), whose: a.keptOutBy });
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
    h('legend', {}, t('talks.what')),
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
        h(
          'label',
          { for: `kind-${k.kind}` },
          t('talks.kindCost', { label: t(k.label), cost }),
          h('span', { class: 'small' }, t('talks.help', { help: t(k.help) })),
        ),
      );
    }),
  );

  // What the composed move would change if answered yes, kept up to date as the sliders move.
  const previewBox = h('section', {
    class: 'preview',
    id: 'preview',
    'aria-live': 'polite',
    'aria-label': t('talks.ifYes'),
  });
  const send = h(
    'button',
    { id: 'send', type: 'submit', class: 'primary', disabled: v.ap === 0 },
    state.kind === 'statement'
      ? t('talks.makeStatement')
      : t('talks.send', target ? actorArgs('name', target.id, target.name) : actorArgs('name', '', '…')),
  ) as HTMLButtonElement;
  function updatePreview(): void {
    if (!hooks.preview) return;
    const a = buildAction();
    if (typeof a === 'string') {
      previewBox.replaceChildren(h('p', { class: 'small' }, a));
      return;
    }
    const p = hooks.preview(a);
    if (!p) return;
    // A move the rules refuse now (too few action points, a capital already asked): said as such, and
    // not sendable, rather than under "If they say yes".
    send.disabled = v.ap === 0 || p.problem !== null;
    if (p.problem) {
      previewBox.replaceChildren(
        h('p', { class: 'preview-title' }, h('strong', {}, t('talks.cannotHead'))),
        h('p', { class: 'warn' }, refusalText(p.problem)),
      );
      return;
    }
    previewBox.replaceChildren(
      h(
        'p',
        { class: 'preview-title' },
        h('strong', {}, t(p.chance === null ? 'talks.statementHead' : 'talks.ifYesHead')),
        p.chance === null ? '' : t('talks.chance', { pct: Math.round(p.chance * 100) }),
      ),
      ...previewBody(p),
    );
  }
  updatePreview();

  // One Accept per offer: while the reply box above shows it, its Accept is the one.
  const counterBtn =
    target?.counter && hooks.replyingTo !== target.id
      ? h(
          'button',
          {
            id: 'accept-counter',
            disabled: !v.moves.proposal.allowed,
            title: v.moves.proposal.why,
            onclick: () => hooks.act({ type: 'proposal', target: target.id, terms: target.counter! }),
          },
          t('talks.acceptCounter', { ...actorArgs('name', target.id, target.name), cost: v.moves.proposal.cost }),
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
    send,
  );

  const addressed = h('div', { class: 'addressed', id: 'addressed' }, form, target ? actorCard(v, target) : null);

  const picker = h(
    'fieldset',
    { class: 'actors' },
    h('legend', {}, t('talks.who'), h('span', { class: 'keys-hint' }, t('talks.keys'))),
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
            ` ${nameOf(a)}`,
            h(
              'span',
              { class: 'small' },
              t('talks.option', { stance: stanceWord(STANCE[a.stance].word), commitment: share(a.commitment) }),
              keptOut(v, a),
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
    h('h2', {}, t('talks.heading', { date: dayDate(v.date) })),
    h('p', { class: 'ap' }, t('talks.ap', { ap: v.ap })),
    v.advice
      ? h(
          'p',
          { class: 'advice', id: 'advice' },
          h('strong', {}, t('talks.youMight')),
          v.adviceSaid ? write(v.adviceSaid) : v.advice,
        )
      : null,
    v.rejected ? h('p', { class: 'warn', role: 'alert' }, refusalText(v.rejected)) : null,
    decisionsSection(v, hooks),
    v.answers.length
      ? h(
          'section',
          { 'aria-labelledby': 'answers-title' },
          h('h3', { id: 'answers-title' }, t('talks.newest')),
          h('ul', { class: 'answers' }, ...v.answers.map((a, i) => answerItem(v, a, i)).reverse()),
        )
      : null,
    h(
      'div',
      { class: 'row' },
      counterBtn,
      h(
        'button',
        { id: 'end-round', class: v.ap === 0 ? 'primary' : '', onclick: () => hooks.act({ type: 'end' }) },
        t(v.round + 1 === v.rounds ? 'talks.endLast' : 'talks.endRound'),
      ),
    ),
    picker,
  );
  // Keep the keyboard where it was, but show the newest answer at the top.
  root.scrollTop = 0;
  if (active) document.getElementById(active)?.focus({ preventScroll: true });
}
