// The balance report's charts, drawn from the report's numbers alone so `npm run balance:charts`
// can redraw them from docs/balance.json. Plain SVG strings laid out with d3-scale and d3-shape,
// the libraries that draw the game's own meter chart: no browser, no second chart library.
import { writeFileSync } from 'node:fs';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { line, stack } from 'd3-shape';
import { DIFFICULTY_IDS } from '../../src/state/rules/difficulty';
import { POLICIES as BOTS } from '../../src/state/bots/policies';

/** The policies and the hint-follower, as the report plays them. */
const POLICIES = [...BOTS, 'hints'] as const;
import type { Acceptance } from './acceptance';

export interface BalanceData {
  /** The scenario version the runs played (from 1.3.0's runs on). */
  scenario?: string;
  games: number;
  situations: number;
  levelGames: number;
  outcomes: { role: string; policy: string; outcome: string; games: number; share: number }[];
  meanMeter: Record<string, number>;
  levels: { role: string; difficulty: string; policy: string; grand: number; parallel: number; fracture: number }[];
  bestMove: Record<string, Record<string, number>>;
  /** Answers to the policies' asks by kind and distance, normal level (from 1.3.0's runs on). */
  acceptance?: Record<string, Acceptance>;
  /**
   * From 1.6.0: per role and policy (normal level), the games whose every grand-coalition condition
   * held at the close of round 6 or earlier, and how many of those still held it on 28 December.
   */
  held?: Record<string, { games: number; met6: number; held: number }>;
  /** From 1.6.0: games per role for the hint-follower (slower: it weighs every move on offer). */
  hintGames?: number;
}

const OUTCOMES = ['Grand coalition', 'Parallel campaigns', 'Fracture'];
/** Okabe–Ito blue and orange and a grey: safe for the common colour-vision deficiencies. */
const OUTCOME_COLOURS = ['#0072B2', '#E69F00', '#999999'];
const ROLE_ORDER = ['FRA', 'USA', 'RUS'];
const MOVES = ['call', 'visit', 'proposal', 'concession', 'statement', 'none'];
const LEVEL_POLICIES = [
  { policy: 'random', colour: '#999999', dash: '2 2' },
  { policy: 'historical', colour: '#E69F00', dash: '6 3' },
  { policy: 'greedy', colour: '#D55E00', dash: '4 2 1 2' },
  { policy: 'strategist', colour: '#0072B2', dash: '' },
  { policy: 'coaster', colour: '#56B4E9', dash: '8 3' },
  { policy: 'hints', colour: '#009E73', dash: '1 2' },
];
const FONT = 'font-family="sans-serif"';
const INK = '#222';
const GRID = '#ddd';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (v: number) => `${Math.round(v * 100)}%`;
const n = (v: number) => Number(v.toFixed(1));

function text(x: number, y: number, s: string, attrs = ''): string {
  const size = attrs.includes('font-size') ? '' : 'font-size="11"';
  return `<text x="${n(x)}" y="${n(y)}" ${FONT} ${size} fill="${INK}" ${attrs}>${esc(s)}</text>`;
}

/** A whole chart: a title, a description for screen readers, and its parts. */
function svgDoc(width: number, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d">`,
    `<title id="t">${esc(title)}</title>`,
    `<desc id="d">${esc(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    text(width / 2, 20, title, 'font-size="14" font-weight="bold" text-anchor="middle"'),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Gridlines and percentage labels along a vertical share axis (0 at the bottom). */
function yShareAxis(y: ScaleLinear<number, number>, x0: number, x1: number): string[] {
  return y
    .ticks(5)
    .flatMap((t) => [
      `<line x1="${x0}" x2="${x1}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${GRID}"/>`,
      text(x0 - 4, y(t) + 4, pct(t), 'text-anchor="end"'),
    ]);
}

/** A legend row of swatches (filled squares or dashed lines) with their labels. */
function legend(x: number, y: number, items: { label: string; colour: string; dash?: string }[]): string[] {
  let at = x;
  return items.flatMap(({ label, colour, dash }) => {
    const swatch =
      dash === undefined
        ? `<rect x="${at}" y="${y - 9}" width="10" height="10" fill="${colour}"/>`
        : `<line x1="${at}" x2="${at + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${dash}"/>`;
    const out = [swatch, text(at + (dash === undefined ? 14 : 26), y, label)];
    at += (dash === undefined ? 14 : 26) + label.length * 6.2 + 16;
    return out;
  });
}

/** Outcomes over all seeds: one panel per role, a bar per policy, outcomes stacked best first. */
function outcomesChart(d: BalanceData): string {
  const left = 150;
  const plotW = 420;
  const panelH = 120;
  const gap = 34;
  const top = 50;
  const width = left + plotW + 30;
  const x = scaleLinear()
    .domain([0, 1])
    .range([left, left + plotW]);
  const yPolicy = scaleBand<string>()
    .domain([...POLICIES])
    .range([0, panelH])
    .padding(0.2);
  const series = stack<Record<string, number>>().keys(OUTCOMES);
  const body: string[] = [];
  const summary: string[] = [];
  ROLE_ORDER.forEach((role, ri) => {
    const y0 = top + ri * (panelH + gap);
    body.push(text(12, y0 + panelH / 2, role, 'font-size="13" font-weight="bold"'));
    for (const t of x.ticks(5))
      body.push(`<line x1="${n(x(t))}" x2="${n(x(t))}" y1="${y0}" y2="${y0 + panelH}" stroke="${GRID}"/>`);
    const rows = POLICIES.map((policy) =>
      Object.fromEntries(
        OUTCOMES.map((o) => [
          o,
          d.outcomes.find((r) => r.role === role && r.policy === policy && r.outcome === o)?.share ?? 0,
        ]),
      ),
    );
    series(rows).forEach((s, oi) =>
      s.forEach(([a, b], pi) => {
        if (b - a <= 0) return;
        const yy = y0 + yPolicy(POLICIES[pi]!)!;
        body.push(
          `<rect x="${n(x(a))}" y="${n(yy)}" width="${n(x(b) - x(a))}" height="${n(yPolicy.bandwidth())}" fill="${OUTCOME_COLOURS[oi]}"><title>${esc(`${role} ${POLICIES[pi]}: ${OUTCOMES[oi]} ${pct(b - a)}`)}</title></rect>`,
        );
      }),
    );
    POLICIES.forEach((policy, pi) => {
      body.push(text(left - 6, y0 + yPolicy(policy)! + yPolicy.bandwidth() / 2 + 4, policy, 'text-anchor="end"'));
      summary.push(`${role} ${policy}: ${OUTCOMES.map((o) => `${pct(rows[pi]![o]!)} ${o.toLowerCase()}`).join(', ')}`);
    });
  });
  const axisY = top + 3 * panelH + 2 * gap + 4;
  for (const t of x.ticks(5)) body.push(text(x(t), axisY + 12, pct(t), 'text-anchor="middle"'));
  body.push(text(left + plotW / 2, axisY + 28, 'Share of games', 'text-anchor="middle"'));
  body.push(text(left - 6, top - 8, 'Policy', 'text-anchor="end" font-style="italic"'));
  body.push(
    ...legend(
      left,
      axisY + 48,
      OUTCOMES.map((label, i) => ({ label, colour: OUTCOME_COLOURS[i]! })),
    ),
  );
  return svgDoc(
    width,
    axisY + 60,
    `Outcomes over ${d.games} seeds, by role and policy`,
    `${summary.join('. ')}.`,
    body,
  );
}

/** One small chart per role, side by side, each drawn with its left edge at `x0`. */
const columns = (plotW: number, draw: (role: string, x0: number) => string[]): string[] =>
  ROLE_ORDER.flatMap((role, i) => draw(role, 70 + i * (plotW + 40)));

/** The best move by one-step lookahead: one panel per role, a bar per kind of move. */
function movesChart(d: BalanceData): string {
  const plotW = 240;
  const plotH = 160;
  const top = 60;
  const y = scaleLinear()
    .domain([0, 1])
    .range([top + plotH, top]);
  const summary: string[] = [];
  const body = columns(plotW, (role, x0) => {
    const x = scaleBand<string>()
      .domain(MOVES)
      .range([x0, x0 + plotW])
      .padding(0.2);
    const out = [text(x0 + plotW / 2, top - 14, role, 'font-size="13" font-weight="bold" text-anchor="middle"')];
    out.push(...yShareAxis(y, x0, x0 + plotW));
    for (const m of MOVES) {
      const share = (d.bestMove[role]?.[m] ?? 0) / d.situations;
      out.push(
        `<rect x="${n(x(m)!)}" y="${n(y(share))}" width="${n(x.bandwidth())}" height="${n(y(0) - y(share))}" fill="#0072B2"><title>${esc(`${role} ${m}: ${pct(share)}`)}</title></rect>`,
        text(
          x(m)! + x.bandwidth() / 2,
          top + plotH + 12,
          m,
          `text-anchor="end" transform="rotate(-40 ${n(x(m)! + x.bandwidth() / 2)} ${top + plotH + 12})"`,
        ),
      );
    }
    summary.push(`${role}: ${MOVES.map((m) => `${m} ${pct((d.bestMove[role]?.[m] ?? 0) / d.situations)}`).join(', ')}`);
    return out;
  });
  const width = 70 + 3 * plotW + 2 * 40 + 20;
  body.push(text(width / 2, top + plotH + 70, 'Kind of move', 'text-anchor="middle"'));
  body.push(
    text(
      14,
      top + plotH / 2,
      'Share of situations',
      `text-anchor="middle" transform="rotate(-90 14 ${top + plotH / 2})"`,
    ),
  );
  return svgDoc(
    width,
    top + plotH + 84,
    `Best move by one-step lookahead, ${d.situations} situations per role`,
    `${summary.join('. ')}.`,
    body,
  );
}

/** Grand coalitions by difficulty: one panel per role, a line per policy (colour and dash). */
function levelsChart(d: BalanceData): string {
  const plotW = 200;
  const plotH = 160;
  const top = 60;
  const y = scaleLinear()
    .domain([0, 1])
    .range([top + plotH, top]);
  const summary: string[] = [];
  const body = columns(plotW, (role, x0) => {
    const x = scaleBand<string>()
      .domain([...DIFFICULTY_IDS])
      .range([x0, x0 + plotW])
      .padding(0.3);
    const at = (level: string) => x(level)! + x.bandwidth() / 2;
    const out = [text(x0 + plotW / 2, top - 14, role, 'font-size="13" font-weight="bold" text-anchor="middle"')];
    out.push(...yShareAxis(y, x0, x0 + plotW));
    for (const level of DIFFICULTY_IDS) out.push(text(at(level), top + plotH + 14, level, 'text-anchor="middle"'));
    for (const { policy, colour, dash } of LEVEL_POLICIES) {
      const pts = DIFFICULTY_IDS.map((level) => {
        const row = d.levels.find((r) => r.role === role && r.policy === policy && r.difficulty === level);
        return [at(level), y(row?.grand ?? 0), row?.grand ?? 0] as const;
      });
      const path = line<readonly [number, number, number]>()
        .x((p) => p[0])
        .y((p) => p[1])(pts);
      out.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-dasharray="${dash}"/>`);
      for (const [px, py, v] of pts)
        out.push(
          `<circle cx="${n(px)}" cy="${n(py)}" r="3.5" fill="${colour}"><title>${esc(`${role} ${policy}: ${pct(v)}`)}</title></circle>`,
        );
      summary.push(`${role} ${policy}: ${DIFFICULTY_IDS.map((l, i) => `${l} ${pct(pts[i]![2])}`).join(', ')}`);
    }
    return out;
  });
  const width = 70 + 3 * plotW + 2 * 40 + 20;
  body.push(text(width / 2, top + plotH + 36, 'Difficulty', 'text-anchor="middle"'));
  body.push(
    text(
      14,
      top + plotH / 2,
      'Share ending in a grand coalition',
      `text-anchor="middle" transform="rotate(-90 14 ${top + plotH / 2})"`,
    ),
  );
  body.push(
    ...legend(
      70,
      top + plotH + 62,
      LEVEL_POLICIES.map((p) => ({ label: p.policy, colour: p.colour, dash: p.dash || '1 0' })),
    ),
  );
  return svgDoc(
    width,
    top + plotH + 76,
    `Grand coalitions by difficulty, ${d.levelGames} seeds each`,
    `${summary.join('. ')}.`,
    body,
  );
}

/** The three charts, by the file each is written to. */
export const balanceCharts = (d: BalanceData): Record<string, string> => ({
  'docs/balance-outcomes.svg': outcomesChart(d),
  'docs/balance-moves.svg': movesChart(d),
  'docs/balance-levels.svg': levelsChart(d),
});

export function writeCharts(d: BalanceData): void {
  for (const [file, svg] of Object.entries(balanceCharts(d))) writeFileSync(file, svg);
}
