// "How to play" on one screen: shown once on the first start (skippable), then a door in the top bar.
import { t, type MessageId } from '../i18n';
import { h } from './dom';
import { Glosser, LIBRARY_PAGES } from './links';
import { openReader } from './reader';

const SEEN = 'grand-coalition-howto-seen';

/** True the first time this browser opens the game; marks it seen. Storage may be off: then never. */
export function firstStart(): boolean {
  try {
    if (localStorage.getItem(SEEN)) return false;
    localStorage.setItem(SEEN, '1');
    return true;
  } catch {
    return false;
  }
}

/** The steps, as message ids (title, text). */
const STEPS: [MessageId, MessageId][] = [
  ['howto.who.title', 'howto.who.text'],
  ['howto.goal.title', 'howto.goal.text'],
  ['howto.round.title', 'howto.round.text'],
  ['howto.answers.title', 'howto.answers.text'],
  ['howto.line.title', 'howto.line.text'],
  ['howto.end.title', 'howto.end.text'],
];

export function howtoView(): (Node | string)[] {
  const g = new Glosser();
  return [
    h(
      'ol',
      { class: 'howto' },
      ...STEPS.map(([title, text]) =>
        h('li', {}, h('strong', {}, t('howto.step', { title: t(title) })), ...g.text(t(text))),
      ),
    ),
    h('p', { class: 'small' }, t('howto.stays')),
  ];
}

/** Opens "how to play" in the reading room (from its door, an address, or the first start). */
export function openHowto(): void {
  openReader({ title: LIBRARY_PAGES.howto, body: howtoView(), closeLabel: t('howto.start') });
}
