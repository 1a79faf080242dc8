// "Copy a link": the clipboard where the browser allows it, else the link selected in a box.
import { t } from '../i18n';
import { h } from './dom';

export function shareControls(label: string, url: () => string): HTMLElement[] {
  const box = h('input', { id: 'share-link', type: 'text', readonly: true, 'aria-label': t('share.box') });
  const status = h('p', { id: 'share-status', role: 'status' });
  const button = h(
    'button',
    {
      id: 'copy-link',
      onclick: async () => {
        box.value = url();
        try {
          await navigator.clipboard.writeText(box.value);
          status.textContent = t('share.copied');
        } catch {
          box.select();
          status.textContent = t('share.select');
        }
      },
    },
    label,
  );
  return [button, h('div', { class: 'stack' }, box, status)];
}
