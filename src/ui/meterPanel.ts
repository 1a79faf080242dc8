// The always-visible coalition meter, in text: the number, its parts by member, what moved it.
import type { GameView } from '../state/view';
import { STANCE } from '../presentation/palette';
import { renderChecklist } from './checklist';
import { byId, clear, h, put } from './dom';
import { setMeterTab } from './views';
import { change as signed, points } from '../presentation/format';
import { percent } from '../state/view/api';

export function renderMeter(v: GameView): void {
  const root = byId('meter');
  clear(root);
  setMeterTab(points(v.meter.value));
  // The last round's change as that round closed, and this round's moves so far, each named.
  const parts = [
    v.meter.change === 0 ? '' : `${signed(v.meter.change)} last round`,
    !v.meter.thisRound ? '' : `${signed(v.meter.thisRound ?? 0)} this round so far`,
  ].filter(Boolean);
  const change = parts.length ? ` (${parts.join('; ')})` : '';
  put(
    root,
    h('h2', { class: 'meter-title' }, 'Coalition meter'),
    h('p', { class: 'meter-value', id: 'meter-value' }, h('strong', {}, points(v.meter.value)), ' of 100', change),
    h(
      'div',
      {
        class: 'bar',
        role: 'meter',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': v.meter.value,
        'aria-labelledby': 'meter-value',
      },
      h('div', { class: 'bar-fill', style: `width:${v.meter.value}%` }),
    ),
    h('p', { class: 'small' }, `Deconfliction between the two air campaigns: ${percent(v.meter.deconfliction)}`),
    v.checklist.total ? renderChecklist(v, null, true) : null,
    v.phase !== 'debrief' && v.advice
      ? h('p', { class: 'advice small', id: 'meter-advice' }, h('strong', {}, 'You might: '), v.advice)
      : null,
    h('h3', {}, 'Members and their share'),
    h(
      'ul',
      { class: 'parts' },
      ...v.meter.parts.map((p) =>
        h(
          'li',
          {},
          h('span', { class: 'sym', style: `color:${STANCE.member.css}`, 'aria-hidden': 'true' }, STANCE.member.symbol),
          ` ${p.name}: ${points(p.points)}`,
        ),
      ),
    ),
    v.meter.movers.length ? h('h3', {}, 'What moved it last round') : null,
    v.meter.movers.length
      ? h(
          'ul',
          { class: 'parts' },
          ...v.meter.movers.slice(0, 5).map((m) => h('li', {}, `${m.name} ${signed(m.change)}`)),
        )
      : null,
  );
}
