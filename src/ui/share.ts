// "Copy a link": the clipboard where the browser allows it, else the link selected in a box.
import { h } from './dom';

export function shareControls(label: string, url: () => string): HTMLElement[] {
  const box = h('input', { id: 'share-link', type: 'text', readonly: true, 'aria-label': 'Link to this game' });
  const status = h('p', { id: 'share-status', role: 'status' });
  const button = h(
    'button',
    {
      id: 'copy-link',
      onclick: async () => {
        box.value = url();
        try {
          await navigator.clipboard.writeText(box.value);
          status.textContent = 'Link copied. Anyone who opens it sees this game, step by step.';
        } catch {
          box.select();
          status.textContent = 'Copy the selected link.';
        }
      },
    },
    label,
  );
  return [button, h('div', { class: 'stack' }, box, status)];
}
