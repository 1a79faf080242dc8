// Opens the reading room's pages (sources, glossary, teacher's guide, class comparison) when any
// panel asks (links.ts), from the top bar, or from an address such as #guide.
import type { Scenario } from '../data/schema';
import { meterThresholds } from '../state/view/api';
import type { ComparisonInputs } from './compareView';
import { glossaryView } from './glossaryView';
import { openHowto } from './howtoView';
import { KIT_PAGES, LIBRARY_PAGES, OPEN_LIBRARY, setGlossaryTerms, type LibraryTarget } from './links';

import { openReader, readerOpen } from './reader';
import { loadReadingRoom, localeSettled } from '../i18n';
import { sourcesView } from './sourcesView';

let current: LibraryTarget['kind'] | null = null;
let comparison: ComparisonInputs | null = null;

/**
 * The comparison (and its CSV library) loads on first use: most players never open it. The
 * service worker precaches its chunk with the rest, so it still works offline. The app hands over
 * how to make its inputs, so this page never imports the app.
 */
async function loadComparison(
  makeInputs: () => Promise<ComparisonInputs>,
): Promise<{ cmp: ComparisonInputs; view: typeof import('./compareView').compareView }> {
  const [inputs, { compareView }] = await Promise.all([comparison ?? makeInputs(), import('./compareView')]);
  comparison ??= inputs;
  return { cmp: comparison, view: compareView };
}

export function setUpLibrary(scenario: Scenario, makeComparison: () => Promise<ComparisonInputs>): void {
  setGlossaryTerms(scenario.glossary);
  const show = (t: LibraryTarget): void => {
    current = t.kind;
    if (t.kind === 'howto') openHowto();
    else if (t.kind === 'sources')
      openReader({
        title: LIBRARY_PAGES.sources,
        body: sourcesView(scenario),
        focus: t.at ? `src-${t.at}` : undefined,
        printable: true,
      });
    else if (t.kind === 'glossary')
      openReader({
        title: LIBRARY_PAGES.glossary,
        body: glossaryView(scenario),
        focus: t.at ? `term-${t.at}` : undefined,
        printable: true,
      });
    // The teacher's pages load on first use (their own chunks), like the answer key: a student's
    // first load carries none of them.
    else if (t.kind === 'guide')
      void Promise.all([import('./guideView'), loadReadingRoom(), localeSettled()]).then(([{ guideView }]) =>
        openReader({ title: LIBRARY_PAGES.guide, body: guideView(scenario), printable: true }),
      );
    else if (t.kind === 'background')
      void Promise.all([import('./backgroundView'), loadReadingRoom(), localeSettled()]).then(([{ backgroundView }]) =>
        openReader({ title: KIT_PAGES.background, body: backgroundView(), printable: true }),
      );
    else if (t.kind === 'handout')
      void import('./handoutView').then(({ handoutView }) =>
        openReader({ title: KIT_PAGES.handout, body: handoutView(scenario), printable: true }),
      );
    else if (t.kind === 'answers')
      // The key (and the balance runs it reads) loads on first use, like the comparison.
      void import('./answersView').then(({ answersView }) =>
        openReader({
          title: KIT_PAGES.answers,
          body: answersView(
            scenario,
            (seed, role, difficulty) =>
              loadComparison(makeComparison).then(({ cmp }) => cmp.typicalPaths(seed, role, difficulty)),
            (seed, role, difficulty, round) =>
              loadComparison(makeComparison).then(({ cmp }) => cmp.lessonLink(seed, role, difficulty, round)),
          ),
          printable: true,
        }),
      );
    else {
      void loadComparison(makeComparison).then(({ cmp, view }) => {
        const refresh = () =>
          openReader({
            title: LIBRARY_PAGES.compare,
            body: view(cmp, scenario.calendar.rounds, meterThresholds(scenario.outcomes), refresh),
            printable: true,
          });
        refresh();
      });
    }
  };
  document.addEventListener(OPEN_LIBRARY, (e) => show((e as CustomEvent<LibraryTarget>).detail));
}

/** Files dropped while the comparison is open join it instead of opening in the replay viewer. */
export function dropIntoComparison(files: File[]): boolean {
  if (!readerOpen() || current !== 'compare' || !comparison) return false;
  const c = comparison;
  void c
    .addFiles(files)
    .then(() => document.dispatchEvent(new CustomEvent<LibraryTarget>(OPEN_LIBRARY, { detail: { kind: 'compare' } })));
  return true;
}

/** The reading-room page an address names (#sources, #glossary, #guide, #compare, #background, #handout, #answers), if any. */
export function libraryPageOf(hash: string): LibraryTarget['kind'] | null {
  const k = hash.replace(/^#/, '');
  // Own keys only: #constructor or #toString names no page.
  return Object.hasOwn(LIBRARY_PAGES, k) || Object.hasOwn(KIT_PAGES, k) ? (k as LibraryTarget['kind']) : null;
}
