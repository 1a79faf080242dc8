// "How to play" on one screen: shown once on the first start (skippable), then a door in the top bar.
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

const STEPS: [string, string][] = [
  [
    'Who you are',
    'You lead France, the United States or Russia from 17 November to 28 December 2015: twelve rounds, about half a week each.',
  ],
  [
    'Your goal is a checklist',
    'The coalition meter\u2019s panel (under the map; on a phone, the Meter tab) lists every condition for a grand coalition: the capitals that must be members (a capital is a member when its commitment is 50% or more and no member\u2019s condition on it keeps it out, as Washington\u2019s on Moscow\u2019s strikes can), deconfliction between the two air campaigns, the coalition meter, and your terms on where the coalition\u2019s line must stand. All must be met when the last round ends. Each condition says what is missing.',
  ],
  [
    'A round',
    'Read the briefing\u2019s three lines (the news, told two ways, is folded below them), then spend three action points: a call (1), a visit (2), a proposal of terms (1), a concession (1) or a public statement (1). Before you send a move, the panel shows what a yes would change and the chance of a yes.',
  ],
  [
    'Answers',
    'Every answer says what it changed: commitment, trust, positions (yours too), deconfliction, the meter and your checklist. \u201cWhy?\u201d shows the reasons and the article paragraphs behind them.',
  ],
  [
    'The line',
    'Each actor has a line on each issue, from 0 to 100 on the issue\u2019s scale. The coalition\u2019s line is the weighted average of its members\u2019 lines: when a capital joins, the line moves toward it.',
  ],
  [
    'The end of a round',
    'The other capitals act on their own, history\u2019s events happen on their dates, and commitment drifts toward what each capital thinks of the coalition\u2019s line. After the twelfth round, the debrief compares your game with what happened.',
  ],
];

export function howtoView(): (Node | string)[] {
  const g = new Glosser();
  return [
    h(
      'ol',
      { class: 'howto' },
      ...STEPS.map(([title, text]) => h('li', {}, h('strong', {}, `${title}. `), ...g.text(text))),
    ),
    h('p', { class: 'small' }, 'This page stays in the top bar: \u201cHow to play\u201d.'),
  ];
}

/** Opens "how to play" in the reading room (from its door, an address, or the first start). */
export function openHowto(): void {
  openReader({ title: LIBRARY_PAGES.howto, body: howtoView(), closeLabel: 'Start playing' });
}
