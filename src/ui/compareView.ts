// Compare games: a class's replays side by side. Outcomes, the meter curves overlaid, where the
// groups' decisions parted, and a CSV download. Everything happens in this browser.
import type { Comparison, Difficulty, TypicalPath } from '../state/view/api';
import type { MeterThreshold } from '../state/view';
import { meterChart, swatch } from './chart';
import { h } from './dom';
import { downloadText } from './download';
import { points, shortDate as short } from '../presentation/format';
import { t } from '../i18n';

/** The comparison's inputs as this page uses them (src/app/compare.ts keeps them). */
export interface ComparisonInputs {
  games: { name: string }[];
  problems: { name: string; error: string }[];
  addFiles(files: Iterable<File>): Promise<void>;
  addLinks(text: string): Promise<void>;
  /** The comparison as a spreadsheet, formula-like cells escaped. */
  csv(): string;
  remove(name: string): void;
  clear(): void;
  result(): Comparison;
  /** The answer key's typical paths on one setting (they load with the comparison: the teacher's tools). */
  typicalPaths(seed: number, role: string, difficulty: Difficulty): TypicalPath[];
  /** A one-period lesson's start on one setting, as a link fragment (src/state/view/paths.ts, lessonStart). */
  lessonLink(seed: number, role: string, difficulty: Difficulty, round: number): string;
}

export function compareView(
  cmp: ComparisonInputs,
  rounds: string[],
  thresholds: MeterThreshold[],
  refresh: () => void,
): (Node | null)[] {
  const files = h('input', {
    id: 'compare-files',
    type: 'file',
    multiple: true,
    accept: '.json,.zip,application/json,application/zip',
  });
  files.addEventListener('change', () => {
    if (files.files?.length) void cmp.addFiles([...files.files]).then(refresh);
  });
  const links = h('textarea', { id: 'compare-links', rows: 3, placeholder: 'https://\u2026#replay=\u2026' });
  const c = cmp.games.length ? cmp.result() : null;
  return [
    h(
      'p',
      {},
      'Add the groups\u2019 replays: choose the files (you can pick many at once, or drop them here), or paste their links. Nothing leaves this computer.',
    ),
    h(
      'div',
      { class: 'compare-inputs' },
      h(
        'div',
        { class: 'stack' },
        h('label', { for: 'compare-files' }, 'Replay files (.json, or the zip of "Download all your games")'),
        files,
      ),
      h(
        'div',
        { class: 'stack' },
        h('label', { for: 'compare-links' }, 'Links, one per line'),
        links,
        h(
          'button',
          {
            type: 'button',
            id: 'compare-add-links',
            onclick: () => {
              void cmp.addLinks(links.value).then(refresh);
            },
          },
          'Add links',
        ),
      ),
    ),
    cmp.problems.length
      ? h(
          'div',
          { class: 'warn', role: 'alert', id: 'compare-problems' },
          h(
            'p',
            {},
            `${cmp.problems.length} could not be read and ${cmp.problems.length === 1 ? 'is' : 'are'} left out:`,
          ),
          h('ul', {}, ...cmp.problems.map((p) => h('li', {}, `${p.name}: ${p.error}`))),
        )
      : null,
    c ? results(c, cmp, rounds, thresholds, refresh) : h('p', { class: 'small', id: 'compare-empty' }, 'No games yet.'),
  ];
}

function results(
  c: Comparison,
  cmp: ComparisonInputs,
  rounds: string[],
  thresholds: MeterThreshold[],
  refresh: () => void,
): HTMLElement {
  const xLabels = [t('chart.start'), ...rounds.map(short)];
  const csv = () => downloadText(cmp.csv(), 'grand-coalition-class.csv', 'text/csv');
  return h(
    'div',
    { id: 'compare-results' },
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        { type: 'button', id: 'compare-csv', class: 'primary', onclick: csv },
        'Download as a spreadsheet (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'compare-clear',
          onclick: () => {
            cmp.clear();
            refresh();
          },
        },
        'Start again',
      ),
    ),
    h(
      'p',
      { id: 'compare-summary' },
      `${c.rows.length} game${c.rows.length === 1 ? '' : 's'}: ${c.outcomes.map((o) => `${o.count} ${o.label}`).join(', ')}.`,
    ),
    c.versions.length > 1
      ? h(
          'p',
          { class: 'warn', id: 'compare-versions' },
          `These games come from different releases of the scenario (${c.versions.join(', ')}). Each was replayed with the rules it was played with; the rules differ between releases, so the same moves may not lead to the same results.`,
        )
      : null,
    c.sameSetting
      ? h(
          'p',
          {},
          `All played ${c.settings[0]}: the same events and dice, so differences come from the groups\u2019 decisions.`,
        )
      : h(
          'p',
          { class: 'warn', id: 'compare-mixed' },
          `These games were not all played on the same setting (${c.settings.join('; ')}): differences come from the dice as well as the decisions.`,
        ),
    h('h3', {}, 'Side by side'),
    membersSummary(c),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { id: 'compare-table', class: 'compare-table' },
        h('caption', { class: 'sr-only' }, 'Each group\u2019s game, and why it ended as it did'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              '#',
              'Group',
              // The setting is said once above the table when every game shares it.
              ...(c.sameSetting ? [] : ['Setting']),
              'Outcome',
              'Why this outcome',
              'Where it left 2015',
              'Final meter',
              'Members',
              'Moves',
              'Fingerprint',
            ].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          ...c.rows.map((r, i) =>
            h(
              'tr',
              {},
              h('td', { class: 'nowrap' }, swatch(i), ` ${i + 1}`),
              // The Remove button sits under the group's name, never in a last column scrolled off screen.
              h(
                'th',
                { scope: 'row' },
                r.name,
                h('br'),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link small',
                    'aria-label': `Remove ${r.name}`,
                    onclick: () => {
                      cmp.remove(r.name);
                      refresh();
                    },
                  },
                  'Remove',
                ),
              ),
              c.sameSetting
                ? null
                : h('td', { 'data-label': 'Setting' }, `seed ${r.seed} \u00b7 ${r.role} \u00b7 ${r.difficulty}`),
              h('td', { 'data-label': 'Outcome' }, r.outcomeLabel),
              h(
                'td',
                { class: 'why', 'data-label': 'Why this outcome' },
                r.why || (r.outcome ? 'not given by this older release' : 'the game is not finished'),
              ),
              h(
                'td',
                { class: 'road', 'data-label': 'Where it left 2015' },
                r.road || (r.outcome ? 'not known for this older release' : 'the game is not finished'),
              ),
              h('td', { 'data-label': 'Final meter' }, points(r.finalMeter)),
              h('td', { class: 'members', 'data-label': 'Members' }, ...memberCell(r.memberNames, r.role, c)),
              h('td', { 'data-label': 'Moves' }, String(r.moves)),
              h('td', { 'data-label': 'Fingerprint' }, h('code', {}, r.hash.slice(0, 8))),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, 'The meter, game by game'),
    h(
      'figure',
      { class: 'chart-box' },
      meterChart({
        title: 'Coalition meter of each group\u2019s game',
        summary: c.rows
          .map((r, i) => `${i + 1}, ${r.name}: ${r.meter[0]?.toFixed(0)} to ${r.finalMeter.toFixed(0)}`)
          .join('; '),
        xLabels,
        series: c.rows.map((r) => ({ label: r.name, values: r.meter })),
        thresholds,
      }),
      h(
        'figcaption',
        {},
        h('ul', { class: 'legend' }, ...c.rows.map((r, i) => h('li', {}, swatch(i), ` ${i + 1}. ${r.name}`))),
      ),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'The same curves as a table'),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, 'Group'), ...xLabels.map((l) => h('th', { scope: 'col' }, l))),
          ),
          h(
            'tbody',
            {},
            ...c.rows.map((r) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, r.name),
                ...xLabels.map((_, i) => h('td', {}, r.meter[i] === undefined ? '' : points(r.meter[i]!))),
              ),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, 'Where the decisions parted'),
    h(
      'p',
      { id: 'compare-first-split' },
      c.firstSplit === null
        ? 'Every group made the same moves in every round.'
        : c.firstSplit === 0
          ? `The groups took different paths from the first round (${short(rounds[0]!)}).`
          : `The groups made the same moves until round ${c.firstSplit} and parted in round ${c.firstSplit + 1} (${short(rounds[c.firstSplit]!)}).`,
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Round where each pair of groups parted'),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { id: 'compare-parted', class: 'matrix' },
          h(
            'caption',
            { class: 'small' },
            'Each cell: the first round in which the two groups made different moves (\u2261: the same moves throughout).',
          ),
          h('thead', {}, h('tr', {}, h('td', {}), ...c.rows.map((_, j) => h('th', { scope: 'col' }, String(j + 1))))),
          h(
            'tbody',
            {},
            ...c.rows.map((r, i) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, `${i + 1}. ${r.name}`),
                ...c.parted[i]!.map((p, j) => h('td', {}, i === j ? '\u2014' : p === null ? '\u2261' : String(p + 1))),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'ol',
      { class: 'splits' },
      ...c.splits.map((s) =>
        h(
          'li',
          { value: s.round + 1 },
          h('strong', {}, `${short(s.date)}: `),
          s.choices.length === 1 ? 'all the same. ' : `${s.choices.length} different choices. `,
          h(
            'ul',
            {},
            ...s.choices.map((ch) =>
              h('li', {}, `${ch.moves.length ? ch.moves.join('; ') : 'no move'} \u2014 ${ch.groups.join(', ')}`),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Who ended in the coalition across the class: the capitals in every game, and those in some only. */
function membersSummary(c: Comparison): HTMLElement {
  const { common, differing } = c.members;
  const n = c.rows.length;
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
  const roles = new Set(c.rows.map((r) => r.role));
  const besides = roles.size > 1 ? 'besides each group\u2019s own country' : 'besides the player';
  // A capital is counted only in the games it did not lead (a group's own country is never its member).
  const games = (name: string) => c.rows.filter((r) => r.role !== name).length;
  return h(
    'div',
    { id: 'compare-members' },
    h(
      'p',
      {},
      n === 1
        ? `In the coalition at the end (${besides}): ${list(common)}.`
        : `In the coalition at the end of every game (${besides}): ${list(common)}.`,
    ),
    n > 1
      ? h(
          'p',
          {},
          differing.length
            ? `What differs: ${differing.map((d) => `${d.name} joined in ${d.groups.length} of ${games(d.name)} games${games(d.name) < n ? ` not led by ${d.name}` : ''} (${d.groups.join(', ')})`).join('; ')}.`
            : 'What differs: nothing; every game ended with the same members.',
        )
      : null,
  );
}

/** A group's members: how many, then only the capitals that set it apart ("with" / "without"). */
function memberCell(names: string[], role: string, c: Comparison): (Node | string)[] {
  // The group's own country leads its talks: never "without" it.
  const differing = c.members.differing.map((d) => d.name).filter((d) => d !== role);
  const withThem = differing.filter((d) => names.includes(d));
  const without = differing.filter((d) => !names.includes(d));
  return [
    String(names.length),
    ...(withThem.length ? [h('br'), h('span', { class: 'small' }, `with ${withThem.join(', ')}`)] : []),
    ...(without.length ? [h('br'), h('span', { class: 'small' }, `without ${without.join(', ')}`)] : []),
  ];
}
