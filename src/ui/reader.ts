// The reading room: one modal dialog for the sources, the glossary, the teacher's guide and the class
// comparison. A native <dialog> keeps focus inside, closes on Escape, and leaves the game as it was.
import { h, put } from './dom';
import { watchScrollRegions } from './scrollRegions';
import { cardTables } from './tableCards';
import { t } from '../i18n';

let dialog: HTMLDialogElement | null = null;
let opener: Element | null = null;

/**
 * Printing: a modal dialog lives in the browser's top layer, which does not flow across pages, so
 * the open page is copied into an ordinary block that the print stylesheet shows alone.
 */
function preparePrint(): void {
  let area = document.getElementById('print-area');
  if (!area) document.body.append((area = h('div', { id: 'print-area', class: 'print-area', 'aria-hidden': 'true' })));
  area.replaceChildren();
  if (!dialog?.open) return;
  const title = dialog.querySelector('#reader-title')?.textContent ?? '';
  const body = dialog.querySelector('.reader-body')?.cloneNode(true);
  area.append(h('h2', {}, title));
  if (body) area.append(body);
  // The copy is for paper only: no duplicate ids for the page's own links and labels.
  for (const el of area.querySelectorAll('[id]')) el.removeAttribute('id');
}
window.addEventListener('beforeprint', preparePrint);

function ensure(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = h('dialog', { id: 'reader', class: 'reader', 'aria-labelledby': 'reader-title' });
  // Pages change their tables after opening (the comparison adds games): watch what is added.
  new MutationObserver(() => {
    cardTables(dialog!);
    watchScrollRegions(dialog!);
  }).observe(dialog, { childList: true, subtree: true });
  dialog.addEventListener('close', () => {
    document.body.classList.remove('reading');
    document.getElementById('print-area')?.replaceChildren();
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    else {
      // Opened by the page itself (how to play on a first visit): the reader lands on the panel's heading.
      const heading = document.querySelector<HTMLElement>('#panel h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  });
  document.body.append(dialog);
  return dialog;
}

export interface ReaderPage {
  title: string;
  body: (Node | string | null)[];
  /** Offer a Print button (the print stylesheet then prints this page alone). */
  printable?: boolean;
  /** The id of an element to scroll to and focus, e.g. one paragraph of the sources. */
  focus?: string;
  /** The close button's words ("Close" unless told). */
  closeLabel?: string;
}

export function openReader(page: ReaderPage): HTMLDialogElement {
  const d = ensure();
  if (!d.open) opener = document.activeElement;
  const heading = h('h2', { id: 'reader-title', tabindex: '-1' }, page.title);
  d.replaceChildren(
    h(
      'div',
      { class: 'reader-head' },
      heading,
      h(
        'div',
        { class: 'row' },
        page.printable
          ? h(
              'button',
              {
                type: 'button',
                id: 'reader-print',
                onclick: () => {
                  preparePrint();
                  window.print();
                },
              },
              t('reader.print'),
            )
          : null,
        h(
          'button',
          { type: 'button', id: 'reader-close', onclick: () => d.close() },
          page.closeLabel ?? t('reader.close'),
        ),
      ),
    ),
  );
  const body = h('div', { class: 'reader-body' });
  put(body, ...page.body);
  d.append(body);
  document.body.classList.add('reading');
  if (!d.open) d.showModal();
  // A page opens at its top, not at the scroll position of the page it replaces (or of the last
  // one read before the room was closed): the dialog keeps its scroll offset across both.
  d.scrollTop = 0;
  body.scrollTop = 0;
  const target = page.focus ? d.querySelector<HTMLElement>(`#${CSS.escape(page.focus)}`) : null;
  if (target) {
    target.setAttribute('tabindex', '-1');
    target.classList.add('target');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  } else heading.focus({ preventScroll: true });
  return d;
}

export const readerOpen = (): boolean => dialog?.open ?? false;
