// A table wider than its page scrolls sideways in its own box (div.scroll) rather than the page.
// While such a box does scroll it is a named region and a tab stop, so a keyboard can scroll it and
// a screen reader says what it holds (axe: scrollable-region-focusable); a box that fits is neither,
// so it adds no stop to Tab through.
const observer = new ResizeObserver((entries) => {
  for (const e of entries) {
    const box = e.target.closest<HTMLElement>('.scroll');
    if (box) update(box);
  }
});
const seen = new WeakSet<Element>();

function update(box: HTMLElement): void {
  if (box.scrollWidth > box.clientWidth + 1) {
    const caption = box.querySelector('caption')?.textContent?.trim();
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', caption ? `${caption} (scrolls sideways)` : 'Table (scrolls sideways)');
    box.tabIndex = 0;
  } else {
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
    box.removeAttribute('tabindex');
  }
}

/** Watches every scrolling box under `root`, now and as its size or its table's changes. */
export function watchScrollRegions(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.scroll')) {
    update(box);
    if (seen.has(box)) continue;
    seen.add(box);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
  }
}
