// The always-visible coalition meter, in text: the number, its parts by member, what moved it.
import { write } from './said';
import type { GameView } from '../state/view';
import { STANCE } from '../presentation/palette';
import { renderChecklist } from './checklist';
import { byId, clear, h, put } from './dom';
import { setMeterTab } from './views';
import { change as signed, points, share } from '../presentation/format';
import { actorName, t } from '../i18n';

export function renderMeter(v: GameView): void {
  const root = byId('meter');
  clear(root);
  setMeterTab(points(v.meter.value));
  // The last round's change as that round closed, and this round's moves so far, each named.
  const parts = [
    v.meter.change === 0 ? '' : t('meter.lastRound', { change: signed(v.meter.change) }),
    !v.meter.thisRound ? '' : t('meter.thisRound', { change: signed(v.meter.thisRound ?? 0) }),
  ].filter(Boolean);
  const change = parts.length ? t('meter.changes', { parts: parts.join(t('meter.sep')) }) : '';
  put(
    root,
    h('h2', { class: 'meter-title' }, t('meter.title')),
    h(
      'p',
      { class: 'meter-value', id: 'meter-value' },
      h('strong', {}, points(v.meter.value)),
      t('meter.of100'),
      change,
    ),
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
    h('p', { class: 'small' }, t('meter.deconfliction', { value: share(v.meter.deconfliction) })),
    v.checklist.total ? renderChecklist(v, null, true) : null,
    v.phase !== 'debrief' && v.advice
      ? h(
          'p',
          { class: 'advice small', id: 'meter-advice' },
          h('strong', {}, t('meter.youMight')),
          v.adviceSaid ? write(v.adviceSaid) : v.advice,
        )
      : null,
    h('h3', {}, t('meter.members')),
    h(
      'ul',
      { class: 'parts' },
      ...v.meter.parts.map((p) =>
        h(
          'li',
          {},
          h('span', { class: 'sym', style: `color:${STANCE.member.css}`, 'aria-hidden': 'true' }, STANCE.member.symbol),
          t('meter.part', { name: actorName(p.actor, p.name), points: points(p.points) }),
        ),
      ),
    ),
    v.meter.movers.length ? h('h3', {}, t('meter.movers')) : null,
    v.meter.movers.length
      ? h(
          'ul',
          { class: 'parts' },
          ...v.meter.movers
            .slice(0, 5)
            .map((m) => h('li', {}, t('meter.mover', { name: actorName(m.actor, m.name), change: signed(m.change) }))),
        )
      : null,
  );
}
