// The debrief: outcome, the player's key decisions, the meter round by round (a table beside the
// chart), what actually happened, and questions for class.
import type { GameView } from '../state/view';
import { byId, clear, h, put } from './dom';
import { shareControls } from './share';

export interface DebriefHooks {
  /** The replay's fingerprint: groups who played the same game see the same one. */
  hash: string;
  exportReplay: () => void;
  /** The link that carries this game. */
  share: () => string;
  newGame: () => void;
}

export function renderDebrief(v: GameView, hooks: DebriefHooks): void {
  const root = byId('panel');
  clear(root);
  put(root, 
    h('h2', { id: 'outcome' }, `Outcome: ${v.outcome?.label ?? ''}`),
    h('p', {}, v.outcome?.meaning ?? ''),
    h('p', {}, h('strong', {}, 'Your goal was: '), v.goal),
    h('p', {}, `Final meter ${v.meter.value.toFixed(1)} of 100, deconfliction ${Math.round(v.meter.deconfliction * 100)}%.`),
    h('h3', {}, 'Your key decisions'),
    v.decisions.length ? h('ol', {}, ...v.decisions.map((d) => h('li', {}, `${d.date}: ${d.text}`))) : h('p', {}, 'You made no move that was accepted.'),
    h('h3', {}, 'The meter, round by round'),
    h('table', { class: 'history' },
      h('caption', { class: 'sr-only' }, 'Coalition meter at the start and at the end of each round'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Round of'), h('th', { scope: 'col' }, 'Meter'))),
      h('tbody', {}, ...v.history.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.date), h('td', {}, p.value.toFixed(1))))),
    ),
    h('h3', {}, 'What actually happened'),
    h('ol', { class: 'record' }, ...v.record.map((r) => h('li', {}, h('strong', {}, `${r.date}: `), r.text, h('span', { class: 'small' }, ` (${r.sources.join('; ')})`)))),
    h('h3', {}, 'For discussion'),
    h('ol', {}, ...v.questions.map((q) => h('li', {}, q))),
    h('p', { class: 'small' }, 'Game fingerprint (the same seed and moves always give the same one): ', h('code', { id: 'hash' }, hooks.hash)),
    h('div', { class: 'row' },
      h('button', { id: 'export', onclick: hooks.exportReplay }, 'Download the replay'),
      h('button', { id: 'again', class: 'primary', onclick: hooks.newGame }, 'New game'),
    ),
    ...shareControls('Copy a link to this game', hooks.share),
  );
}
