// The meter panel before a game: what the meter measures. Drawn with the title page, before the
// page's code has loaded (src/app/titleShell.ts).
import { t } from '../i18n';
import { byId, h } from './dom';
import { setMeterTab } from './views';

export function renderMeterIntro(): void {
  setMeterTab('');
  byId('meter').replaceChildren(
    h('h2', { class: 'meter-title' }, t('meterIntro.title')),
    h('p', {}, t('meterIntro.text')),
  );
}
