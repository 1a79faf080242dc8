// The debrief's "Where your game left 2015": the round and the move where the game left the
// historical line, what that move changed, the turning points after it, and what 2015's actors
// would have needed to do to end this way. The game's numbers and readings are labelled as the
// game's; every sentence about 2015 carries its date and sources (src/state/view/divergence.ts).
import type { DivergenceView, GameView, RecordNoteView, TurnView } from '../state/view';
import { shortDate as short } from '../presentation/format';
import { h } from './dom';
import { type Glosser, sourcesInParens } from './links';
import { actorName, dataText, outcomeLabel, t } from '../i18n';

const roundOf = (v: GameView, round: number, date: string) =>
  t('divergence.roundOf', { round: round + 1, rounds: v.rounds, date: short(date) });

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
            ? t('divergence.asOf', { date: short(n.date) })
            : n.kind === 'article'
              ? t('divergence.seed', { date: short(n.date) })
              : n.kind === 'condition'
                ? t('divergence.condition')
                : t('divergence.dated', { date: short(n.date) }),
        ),
        ...g.text(dataText(n.text)),
        h('span', { class: 'small' }, ' ', ...sourcesInParens(n.sources)),
      ),
    ),
  );
}

function moveLine(v: GameView, x: TurnView): (HTMLElement | string)[] {
  // A decision of your government's that your game did not take: no move made it (playtest 2, finding 12).
  if (x.skipped) return [t('divergence.skipped')];
  if (!x.move && x.weight >= 3) return [t('divergence.noneAlone')];
  if (!x.move && x.missed)
    return [
      t('divergence.missed'),
      h('strong', {}, x.missed.text),
      t('divergence.missedAfter', {
        when: roundOf(v, x.missed.round, x.missed.date),
        changes: x.missed.changes.join(t('said.sep')),
      }),
    ];
  if (!x.move) return [t('divergence.noSingle')];
  const when = x.move.round === x.round ? '' : t('divergence.when', { when: roundOf(v, x.move.round, x.move.date) });
  return [h('strong', {}, x.move.text), when, x.move.asInRecord ? t('divergence.asInRecord') : ''];
}

/** The first turn in full: the move, what it changed, how the world stood against the historical line, what 2015 says. */
function turnBody(v: GameView, x: TurnView, g: Glosser): HTMLElement {
  const rows: HTMLElement[] = [h('dt', {}, t('divergence.yourMove')), h('dd', {}, ...moveLine(v, x))];
  if (x.changes.length)
    rows.push(
      h('dt', { class: 'no-print' }, t('divergence.changed')),
      h(
        'dd',
        { class: 'no-print' },
        h('ul', { class: 'changes' }, ...x.changes.slice(0, 5).map((c) => h('li', {}, c))),
      ),
    );
  // On paper the debrief keeps to one page: the numbers stay on screen, the move and the record print.
  rows.push(
    h('dt', { class: 'no-print' }, t('divergence.against')),
    h('dd', { class: 'no-print' }, h('ul', {}, ...x.facts.slice(0, 4).map((f) => h('li', {}, ...g.text(f))))),
  );
  if (x.recordMoves.length)
    rows.push(
      h('dt', { class: 'no-print' }, t('divergence.recordMoves', { name: actorName(v.player, v.playerName) })),
      h('dd', { class: 'no-print' }, x.recordMoves.join(t('said.sep'))),
    );
  const rec = recordList(x.record, g);
  if (rec)
    rows.push(h('dt', { class: 'turn-record' }, t('divergence.recordSays')), h('dd', { class: 'turn-record' }, rec));
  return h('dl', { class: 'turn' }, ...rows);
}

/** A later turning point, shorter: the move and what it changed in one paragraph, two facts, the record. */
function turnItem(v: GameView, x: TurnView, g: Glosser): HTMLElement {
  const changed = x.changes.slice(0, 2);
  return h(
    'li',
    {},
    h(
      'p',
      { class: 'turn-title' },
      h('strong', {}, t('divergence.turnTitle', { when: roundOf(v, x.round, x.date), title: x.title })),
    ),
    h(
      'p',
      { class: 'turn-move' },
      h('span', { class: 'label' }, t('divergence.yourMoveLabel')),
      ...moveLine(v, x),
      changed.length ? t('divergence.itChanged', { changes: changed.join(t('said.sep')) }) : '.',
    ),
    h('p', { class: 'label no-print' }, t('divergence.againstLabel')),
    h('ul', { class: 'no-print' }, ...x.facts.slice(0, 2).map((f) => h('li', {}, ...g.text(f)))),
    x.record.length ? h('p', { class: 'label no-print' }, t('divergence.recordSaysLabel')) : null,
    x.record.length ? h('div', { class: 'no-print' }, recordList(x.record, g)) : null,
  );
}

function body(v: GameView, d: DivergenceView, g: Glosser): (HTMLElement | null)[] {
  const out: (HTMLElement | null)[] = [h('p', { class: 'divergence-summary' }, ...g.text(d.summary))];
  if (d.followed || !d.first) {
    out.push(h('p', {}, t(d.sameMoves ? 'divergence.sameMoves' : 'divergence.stayed')));
    return out;
  }
  const f = d.first;
  out.push(
    h(
      'div',
      { class: 'turn-first' },
      h('h4', { id: 'divergence-first' }, t('divergence.parted', { when: roundOf(v, f.round, f.date) })),
      h('p', { class: 'turn-title' }, h('strong', {}, f.title)),
      turnBody(v, f, g),
    ),
  );
  if (d.turns.length)
    out.push(
      h('h4', {}, t('divergence.turning')),
      h('ol', { class: 'turns' }, ...d.turns.map((t) => turnItem(v, t, g))),
    );
  if (d.needed.length)
    out.push(
      h('h4', {}, t('divergence.needed', { outcome: outcomeLabel(d.outcome.game).toLowerCase() })),
      h(
        'ul',
        { class: 'needed' },
        ...d.needed.map((n) =>
          h(
            'li',
            {},
            h('span', { class: 'label' }, t('divergence.reading')),
            ...g.text(n.text),
            recordList(n.record, g),
          ),
        ),
      ),
    );
  else if (d.outcome.game === d.outcome.record)
    out.push(h('p', {}, t('divergence.sameEnd', { outcome: outcomeLabel(d.outcome.record).toLowerCase() })));
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
    h('h3', { id: 'divergence-h' }, t('divergence.title')),
    ...(v.divergence
      ? body(v, v.divergence, g)
      : [h('p', { class: 'small' }, t('divergence.unavailable')), fallback()]),
  );
}
