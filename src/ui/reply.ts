// The player's reply to a counter-offer, shown above the diplomacy panel while the flow awaits it:
// accept the terms (a proposal of them, which the capital honours), decline, or ignore them by
// making another move; the offer stands until the round ends either way.
import type { GameView, MovePreview } from '../state/view';
import { byId, h } from './dom';
import { previewBody, termsWords } from './negotiation';
import { actorArgs, issueName, t } from '../i18n';

export interface ReplyHooks {
  accept: () => void;
  decline: () => void;
  /** What accepting would change (the proposal of these terms answered yes), before it is sent. */
  preview?: () => MovePreview | null;
}

export function renderReply(
  v: GameView,
  reply: { actor: string; terms: Record<string, number> },
  hooks: ReplyHooks,
): void {
  const name = actorArgs('name', reply.actor, v.actors.find((a) => a.id === reply.actor)?.name ?? reply.actor);
  const issue = (id: string) => issueName(id, v.issues.find((i) => i.id === id)?.name ?? id);
  // The terms in words (issue names and scale labels) as the answer gave them, in the reader's
  // language; a release before 1.7 gives the answer's English words; else names and numbers.
  const said = [...v.answers].reverse().find((a) => a.actor === reply.actor && a.counterText)?.counterText;
  const terms = v.issues.every((i) => i.topic)
    ? termsWords(v, reply.terms)
    : (said ??
      Object.entries(reply.terms)
        .map(([k, x]) => `${issue(k)} ${x}`)
        .join(', '));
  const { cost, allowed, why } = v.moves.proposal;
  const box = h(
    'section',
    { id: 'reply', class: 'card', 'aria-labelledby': 'reply-title' },
    h('h3', { id: 'reply-title', tabindex: '-1' }, t('reply.counters', { ...name, terms })),
    h('p', { class: 'small' }, t('reply.explain', { ...name, cost })),
    // Accept and Decline before what a yes would change: a counter-offer on three issues has a long
    // preview, and the buttons stay in sight under the terms (a laptop's 720 px).
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { id: 'reply-accept', class: 'primary', disabled: !allowed, title: why, onclick: hooks.accept },
        t('reply.accept', { ...name, cost }),
      ),
      h('button', { id: 'reply-decline', onclick: hooks.decline }, t('reply.decline')),
    ),
    ...acceptPreview(hooks),
  );
  const panel = byId('panel');
  panel.querySelector('#reply')?.remove();
  const heading = panel.querySelector('.ap');
  if (heading) heading.after(box);
  else panel.prepend(box);
}

/**
 * Brings a counter-offer that has just arrived to the player: its box scrolled to the top of the
 * panel (of the page, on a phone), so its terms and, room allowing, Accept and Decline are in sight,
 * and the keyboard on its heading (read out with the terms; the next Tab is Accept).
 */
export function showReply(): void {
  const box = document.getElementById('reply');
  if (!box) return;
  box.scrollIntoView({ block: 'start' });
  byId('reply-title').focus({ preventScroll: true });
}

/** The same preview as a move's: accepting moves positions (your own too), so say how before. */
function acceptPreview(hooks: ReplyHooks): HTMLElement[] {
  const p = hooks.preview?.();
  if (!p || p.problem) return [];
  return [
    h(
      'section',
      { class: 'preview', id: 'reply-preview', 'aria-label': t('reply.ifAccept') },
      h('p', { class: 'preview-title' }, h('strong', {}, t('reply.ifAcceptHead'))),
      ...previewBody({ ...p, ifNo: null }),
    ),
  ];
}
