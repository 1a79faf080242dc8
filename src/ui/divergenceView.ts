// The debrief's "Where your game left 2015": the round and the move where the game left the
// historical line, what that move changed, the turning points after it, and what 2015's actors
// would have needed to do to end this way. The game's numbers and readings are labelled as the
// game's; every sentence about 2015 carries its date and sources (src/state/view/divergence.ts).
import type { DivergenceView, GameView, RecordNoteView, TurnView } from '../state/view';
import { shortDate as short } from '../presentation/format';
import { h } from './dom';
import { type Glosser, sourceLinks } from './links';

const roundOf = (v: GameView, round: number, date: string) => `Round ${round + 1} of ${v.rounds}, ${short(date)}`;

function recordList(notes: RecordNoteView[], g: Glosser): HTMLElement | null {
  if (!notes.length) return null;
  return h(
    'ul',
    { class: 'record-notes' },
    ...notes.map((n) =>
      h(
        'li',
        {},
        h(
          'strong',
          {},
          n.kind === 'checkpoint'
            ? `As of ${short(n.date)} 2015: `
            : n.kind === 'article'
              ? `Seed article, ${short(n.date)} 2015: `
              : `${short(n.date)} 2015: `,
        ),
        ...g.text(n.text),
        h('span', { class: 'small' }, ' (', ...sourceLinks(n.sources), ')'),
      ),
    ),
  );
}

function moveLine(v: GameView, t: TurnView): (HTMLElement | string)[] {
  if (!t.move && t.weight >= 3) return ['None alone: the ending is the sum of the turns above'];
  if (!t.move && t.missed)
    return [
      'None of yours pushed it. The move the historical line made here and you did not: ',
      h('strong', {}, t.missed.text),
      ` (${roundOf(v, t.missed.round, t.missed.date)}). On the historical line it changed: ${t.missed.changes.join('; ')}`,
    ];
  if (!t.move)
    return [
      'No single move of yours pushed it: it came as the round closed, from the others\u2019 own moves, the events and their re-weighing of the coalition',
    ];
  const when = t.move.round === t.round ? '' : ` (${roundOf(v, t.move.round, t.move.date)})`;
  return [
    h('strong', {}, t.move.text),
    when,
    t.move.asInRecord ? ' \u2014 a move the historical line also made that round' : '',
  ];
}

/** The first turn in full: the move, what it changed, how the world stood against the historical line, what 2015 says. */
function turnBody(v: GameView, t: TurnView, g: Glosser): HTMLElement {
  const rows: HTMLElement[] = [h('dt', {}, 'Your move'), h('dd', {}, ...moveLine(v, t))];
  if (t.changes.length)
    rows.push(
      h('dt', { class: 'no-print' }, 'What that move changed'),
      h(
        'dd',
        { class: 'no-print' },
        h('ul', { class: 'changes' }, ...t.changes.slice(0, 5).map((c) => h('li', {}, c))),
      ),
    );
  // On paper the debrief keeps to one page: the numbers stay on screen, the move and the record print.
  rows.push(
    h('dt', { class: 'no-print' }, 'Your game against the historical line (the game\u2019s numbers)'),
    h('dd', { class: 'no-print' }, h('ul', {}, ...t.facts.slice(0, 4).map((f) => h('li', {}, ...g.text(f))))),
  );
  if (t.recordMoves.length)
    rows.push(
      h(
        'dt',
        { class: 'no-print' },
        `${v.playerName} on the game\u2019s historical line that round (the game\u2019s moves standing for the record\u2019s acts)`,
      ),
      h('dd', { class: 'no-print' }, t.recordMoves.join('; ')),
    );
  const rec = recordList(t.record, g);
  if (rec) rows.push(h('dt', { class: 'turn-record' }, 'What the record says'), h('dd', { class: 'turn-record' }, rec));
  return h('dl', { class: 'turn' }, ...rows);
}

/** A later turning point, shorter: the move and what it changed in one paragraph, two facts, the record. */
function turnItem(v: GameView, t: TurnView, g: Glosser): HTMLElement {
  const changed = t.changes.slice(0, 2);
  return h(
    'li',
    {},
    h('p', { class: 'turn-title' }, h('strong', {}, `${roundOf(v, t.round, t.date)}: ${t.title}`)),
    h(
      'p',
      { class: 'turn-move' },
      h('span', { class: 'label' }, 'Your move: '),
      ...moveLine(v, t),
      changed.length ? `. It changed: ${changed.join('; ')}.` : '.',
    ),
    h('p', { class: 'label no-print' }, 'Against the historical line (the game\u2019s numbers):'),
    h('ul', { class: 'no-print' }, ...t.facts.slice(0, 2).map((f) => h('li', {}, ...g.text(f)))),
    t.record.length ? h('p', { class: 'label no-print' }, 'What the record says:') : null,
    t.record.length ? h('div', { class: 'no-print' }, recordList(t.record, g)) : null,
  );
}

function body(v: GameView, d: DivergenceView, g: Glosser): (HTMLElement | null)[] {
  const out: (HTMLElement | null)[] = [h('p', { class: 'divergence-summary' }, ...g.text(d.summary))];
  if (d.followed || !d.first) {
    out.push(
      h(
        'p',
        {},
        d.sameMoves
          ? 'You played the historical line\u2019s moves, and your game\u2019s world stayed on it: nothing the record tests came out differently.'
          : 'Your moves were your own, but your game\u2019s world stayed on the historical line: nothing the record tests came out differently, no capital joined or left that did not on the historical line, and the meter stayed within 10 points of it.',
      ),
    );
    return out;
  }
  const f = d.first;
  out.push(
    h(
      'div',
      { class: 'turn-first' },
      h('h4', { id: 'divergence-first' }, `Where it parted: ${roundOf(v, f.round, f.date)}`),
      h('p', { class: 'turn-title' }, h('strong', {}, f.title)),
      turnBody(v, f, g),
    ),
  );
  if (d.turns.length)
    out.push(
      h('h4', {}, 'Turning points after it'),
      h('ol', { class: 'turns' }, ...d.turns.map((t) => turnItem(v, t, g))),
    );
  if (d.needed.length)
    out.push(
      h('h4', {}, `What 2015\u2019s actors would have needed to do to end in ${d.outcome.game.toLowerCase()}`),
      h(
        'ul',
        { class: 'needed' },
        ...d.needed.map((n) =>
          h(
            'li',
            {},
            h('span', { class: 'label' }, 'The game\u2019s reading: '),
            ...g.text(n.text),
            recordList(n.record, g),
          ),
        ),
      ),
    );
  else if (d.outcome.game === d.outcome.record)
    out.push(
      h(
        'p',
        {},
        `2015 ended this way too (${d.outcome.record.toLowerCase()}): your game reached the record\u2019s ending by another road.`,
      ),
    );
  return out;
}

/**
 * The section, or, for a game of an earlier release (which cannot replay it beside the record),
 * a note saying so and the moves that were answered yes.
 */
export function divergenceSection(v: GameView, g: Glosser, fallback: () => HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'debrief-divergence', 'aria-labelledby': 'divergence-h' },
    h('h3', { id: 'divergence-h' }, 'Where your game left 2015'),
    ...(v.divergence
      ? body(v, v.divergence, g)
      : [
          h(
            'p',
            { class: 'small' },
            'Not available for this game: the rules it was played with cannot replay it beside the historical line. Your moves that were answered yes:',
          ),
          fallback(),
        ]),
  );
}
