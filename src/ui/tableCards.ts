// On a narrow screen the reading room's text tables (the sources' articles, the lessons, the rubric,
// the answer key) read as one card per row, each value after its column's name (phone.css), so no
// column is squeezed to a letter's width and no word is broken. Here each cell learns its column's
// name (data-label), and the table keeps its table roles in ARIA, which a browser may drop once the
// rows are laid out as blocks. Wide grids of numbers (the comparison's rounds, its matrix) and the
// record sheet for paper stay tables in their scrolling boxes.
const KEEP = '.compare-table, .matrix, .record-sheet';
/** More columns than this is a grid to scroll, not a card to read. */
const MOST = 6;

const ROLE: Record<string, string> = { THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell' };

export function cardTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table:not([data-cards])')) {
    const head = table.tHead?.rows[table.tHead.rows.length - 1];
    if (!head || table.matches(KEEP)) continue;
    const labels = [...head.cells].flatMap((c) => Array<string>(c.colSpan).fill(c.textContent?.trim() ?? ''));
    if (labels.length > MOST) continue;
    table.dataset.cards = '';
    table.setAttribute('role', 'table');
    for (const el of table.querySelectorAll<HTMLElement>('thead, tbody, tfoot, tr, th, td')) {
      const role = el.tagName === 'TH' ? (el.closest('thead') ? 'columnheader' : 'rowheader') : ROLE[el.tagName];
      if (role) el.setAttribute('role', role);
    }
    for (const body of table.tBodies)
      for (const row of body.rows) {
        let i = 0;
        for (const cell of row.cells) {
          if (labels[i]) cell.dataset.label = labels[i];
          i += cell.colSpan;
        }
      }
  }
}
