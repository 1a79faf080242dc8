// The title page as the page opens, before its own code (src/main.ts) has loaded: drawn from the
// scenario's roles alone, with controls that work at once. What the player does here (a new game,
// a replay file, a page of the reading room) waits in a queue, asks for the page's code, and is
// carried out when src/main.ts takes the title over; nothing the player chose is lost.
import { actors } from '../data/scenario/actors';
import { roles } from '../data/scenario/roles';
import { glossary } from '../data/scenario/story';
import { DIFFICULTY_IDS, type Difficulty } from '../state/rules/difficulty';
import { actorName, roleTagline, t } from '../i18n';
import { difficultyText } from '../ui/difficulty';
import { announce } from '../ui/announcer';
import { byId } from '../ui/dom';
import { openHowto, firstStart } from '../ui/howtoView';
import { OPEN_LIBRARY, setGlossaryTerms, type LibraryTarget } from '../ui/links';
import { renderTitle, titleShown } from '../ui/title';

/** What the player asked for on the title page or in the top bar. */
export type Intent =
  | { type: 'new'; seed: number; role: string; difficulty: Difficulty }
  /** Replay files picked or dropped (a drop on an open class comparison joins it instead). */
  | { type: 'files'; files: File[] }
  | { type: 'library'; target: LibraryTarget };

const queue: Intent[] = [];
let handler: ((i: Intent) => void) | null = null;
let wake: () => void = () => {};

const names = new Map(actors.map((a) => [a.id, a.name]));
/** The roles in the current language (drawn again when it changes). */
const roleCards = () =>
  roles.map((r) => ({
    actor: r.actor,
    name: actorName(r.actor, names.get(r.actor) ?? r.actor),
    tagline: roleTagline(r.actor, r.tagline),
  }));
/** The levels in the current language (drawn again when it changes). */
const levels = () => DIFFICULTY_IDS.map((id) => ({ id, ...difficultyText(id) }));

function act(i: Intent): void {
  if (handler) return handler(i);
  // Clicked twice while waiting: the latest choice of a new game stands, once.
  if (i.type === 'new') queue.splice(0, queue.length, ...queue.filter((q) => q.type !== 'new'));
  queue.push(i);
  if (i.type === 'new') {
    // Say that the click was taken: the game starts as soon as its code is here.
    const b = byId<HTMLButtonElement>('new-game');
    b.textContent = t('title.starting');
    b.setAttribute('aria-busy', 'true');
    announce(t('title.startingSaid'));
  }
  wake();
}

/** Draws the title page's form (the page's code fills its shelves with the saved games). */
export function drawTitle(): void {
  renderTitle({
    roles: roleCards(),
    levels: levels(),
    suggestedSeed: crypto.getRandomValues(new Uint32Array(1))[0]! % 100000,
    newGame: (seed, role, difficulty) => act({ type: 'new', seed, role, difficulty }),
    loadFile: (file) => act({ type: 'files', files: [file] }),
  });
}

/**
 * Starts the shell: `load` is called (once or more) when the player acts before the page's code
 * has loaded. Until then, the reading room's doors queue their page too, but for "how to play",
 * which the shell opens itself.
 */
export function startShell(load: () => void): void {
  wake = load;
  setGlossaryTerms(glossary);
  // Replay files dropped anywhere on the page go where a picked one goes.
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) act({ type: 'files', files });
  });
  document.addEventListener(OPEN_LIBRARY, (e) => {
    if (handler) return;
    const target = (e as CustomEvent<LibraryTarget>).detail;
    if (target.kind === 'howto') openHowto();
    else act({ type: 'library', target });
  });
}

/**
 * The first time this browser opens the game: how to play, on one screen (Escape or the button
 * skips it), once the title and the map are up; not if the player has already chosen something,
 * nor when the address opens a replay or a page.
 */
export function offerHowto(): void {
  if (!location.hash && !queue.length && titleShown() && firstStart()) openHowto();
}

/**
 * The page's code did not arrive (the network dropped): what was asked is dropped with it (the
 * form still holds the player's choices) and "New game" reads as before.
 */
export function pageFailed(): void {
  queue.length = 0;
  const b = document.getElementById('new-game');
  if (!b) return;
  b.textContent = t('title.newGame');
  b.removeAttribute('aria-busy');
}

/** The page's code takes the title over: what the player asked for so far is carried out, in order. */
export function takeTitle(h: (i: Intent) => void): void {
  handler = h;
  for (const i of queue.splice(0)) h(i);
}
