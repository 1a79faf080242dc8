// The meter as a line chart in SVG (d3-scale for the axes, d3-shape for the lines), so it prints
// sharply and scales with the page. One line for a game's debrief, many for a class comparison:
// each series has its own colour class and dash pattern and a number at its end, never colour alone.
//
// The chart is drawn for the width of its own box, one chart unit to one CSS pixel, and drawn
// again when that box changes (a phone turned, a window resized, a zoom): so its text is 16 CSS
// px wherever it is shown, whatever the window's width says. The layout is a pure function of
// the width (layoutChart), tested in Node; the page only draws it.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { placeThresholdLabels, type Box, type Pt } from '../presentation/chartLabels';
import type { MeterThreshold } from '../state/view';
import { t } from '../i18n';

export interface Series {
  label: string;
  values: number[];
}

export interface ChartSpec {
  title: string;
  /** A sentence for screen readers; the same numbers are always in a table beside the chart. */
  summary: string;
  xLabels: string[];
  series: Series[];
  /** The outcome bars drawn across the chart (GameView.thresholds). */
  thresholds: MeterThreshold[];
}

const SVG = 'http://www.w3.org/2000/svg';
/** The text's size (style.css says the same), and a row of text, in chart units = CSS px. */
const FONT = 16;
const ROW = 20;
/** A line of text at FONT: its ink above and below the baseline. */
const ASC = 13;
const DESC = 4;
/** Widths the chart is laid out for: narrower boxes get a chart scaled down, wider ones scaled up. */
export const MIN_W = 240;
const MAX_W = 960;
/** Before the box is measured (and in print, which keeps the screen's drawing). */
const FIRST_W = 640;
export const COLOURS = 6;
const DASHES = ['', '7 4', '2 4'];
/** Where a key row's words start, after its dashed swatch. */
const KEY_X = 30;

/** Words in rows no wider than `width`. */
function wrap(text: string, width: number, measure: Measure): string[] {
  const rows: string[] = [];
  for (const word of text.split(' ')) {
    const last = rows[rows.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= width) rows[rows.length - 1] = `${last} ${word}`;
    else rows.push(word);
  }
  return rows;
}

/** Style of the n-th series: colour class and dash, shared with the legend. */
export const seriesStyle = (i: number) => ({
  cls: `series series-${i % COLOURS}`,
  dash: DASHES[Math.floor(i / COLOURS) % DASHES.length]!,
});

/** A text's width at FONT. */
export type Measure = (text: string, bold?: boolean) => number;

/** A generous guess (wider than most sans-serif faces), for Node and for a page with no canvas. */
export const estimate: Measure = (t, bold = false) => t.length * FONT * (bold ? 0.66 : 0.6);

export interface ChartText {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  cls?: string;
  /** Where its ink goes. */
  box: Box;
  /** Further rows (a shared end label), each ROW below the last. */
  rows?: string[];
}

export interface ChartLayout {
  W: number;
  H: number;
  plot: Box;
  grid: number[];
  /** Threshold lines' heights. */
  thresholds: number[];
  /** A threshold label with no free spot in the plot: a row in the key under the axis title. */
  keys: { y: number; swatch: [number, number] }[];
  curves: Pt[][];
  texts: ChartText[];
}

const textBox = (x: number, y: number, w: number, anchor: ChartText['anchor'], rows = 1): Box => ({
  x: anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2,
  y: y - ASC,
  w,
  h: ASC + DESC + (rows - 1) * ROW,
});

/** Where a chart's plot sits and how values map to it: what every part of the layout reads. */
interface Frame {
  W: number;
  plot: Box;
  bottom: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  measure: Measure;
}

/** The chart laid out for a box `width` CSS px wide (text at FONT px, nothing outside 0..W × 0..H). */
export function layoutChart(spec: ChartSpec, width: number, measure: Measure = estimate): ChartLayout {
  const W = Math.round(Math.min(MAX_W, Math.max(MIN_W, width)));
  const n = spec.xLabels.length;
  const xw = spec.xLabels.map((l) => measure(l));
  const L = Math.ceil(Math.max(measure('100') + 10, (xw[0] ?? 0) / 2 + 2));
  const T = 12;
  const plotH = Math.round(Math.min(230, Math.max(170, W * 0.42)));
  const y = scaleLinear()
    .domain([0, 100])
    .range([T + plotH, T]);
  // Numbered ends let a reader match lines to the legend without telling colours apart; ends too
  // close to label apart share one label ("1, 3"), two numbers a row on a narrow chart.
  const perLine = W >= 560 ? 4 : 2;
  const multi = spec.series.length > 1;
  const clusters = multi
    ? endLabels(
        spec.series.map((s) =>
          s.values.length ? { x: s.values.length - 1, y: y(s.values[s.values.length - 1]!) } : null,
        ),
        ROW,
        perLine,
        2,
        T + plotH + 6,
      )
    : [];
  const rowsOf = (numbers: number[]) => {
    const rows: string[] = [];
    for (let i = 0; i < numbers.length; i += perLine) rows.push(numbers.slice(i, i + perLine).join(', '));
    return rows;
  };
  const labelW = Math.max(0, ...clusters.flatMap((c) => rowsOf(c.numbers).map((r) => measure(r, true))));
  const R = Math.ceil(Math.max((xw[n - 1] ?? 0) / 2 + 4, multi ? labelW + 14 : 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([L, W - R]);
  const f: Frame = { W, plot: { x: L, y: T, w: W - R - L, h: plotH }, bottom: T + plotH, x, y, measure };

  const grid = y.ticks(5);
  const curves = spec.series.map((s) => s.values.map((v, i) => ({ x: x(i), y: y(v) })));
  const ends = clusters.map((c) => endText(f, c, rowsOf(c.numbers)));
  const thresholds = thresholdTexts(f, spec.thresholds, curves, ends);
  const keyRows = thresholds.keyRows;
  const H = f.bottom + 44 + DESC + 4 + keyRows * ROW + (keyRows ? 4 : 0);
  return {
    W,
    H,
    plot: f.plot,
    grid: grid.map((t) => y(t)),
    thresholds: spec.thresholds.map((t) => y(t.value)),
    keys: thresholds.keys,
    curves,
    texts: [...axisTexts(f, grid, spec.xLabels, xw), ...ends, ...thresholds.texts],
  };
}

/** The values up the left, the date under every few rounds (the last one always), the axis title. */
function axisTexts(f: Frame, grid: number[], xLabels: readonly string[], xw: number[]): ChartText[] {
  const { plot, bottom, x, y, measure } = f;
  const texts: ChartText[] = grid.map((t) => ({
    x: plot.x - 6,
    y: y(t) + 5,
    text: String(t),
    anchor: 'end',
    box: textBox(plot.x - 6, y(t) + 5, measure(String(t)), 'end'),
  }));
  // As many dates as fit side by side.
  const n = xLabels.length;
  const fit = Math.max(2, Math.floor(plot.w / (Math.max(0, ...xw) + 16)) + 1);
  const every = Math.ceil(n / fit);
  xLabels.forEach((l, i) => {
    if (i === n - 1 || (i % every === 0 && n - 1 - i >= every))
      texts.push({
        x: x(i),
        y: bottom + 22,
        text: l,
        anchor: 'middle',
        box: textBox(x(i), bottom + 22, xw[i]!, 'middle'),
      });
  });
  const long = t('chart.axis');
  const title = measure(long) <= f.W - 8 ? long : t('chart.axisShort');
  const tw = measure(title);
  const tx = Math.min(f.W - 4 - tw / 2, Math.max(4 + tw / 2, plot.x + plot.w / 2));
  texts.push({
    x: tx,
    y: bottom + 44,
    text: title,
    anchor: 'middle',
    cls: 'axis-title',
    box: textBox(tx, bottom + 44, tw, 'middle'),
  });
  return texts;
}

/** A cluster's end label beside its end (endLabels moved them apart, between the top and the dates). */
function endText(f: Frame, c: { x: number; y: number }, rows: string[]): ChartText {
  const w = Math.max(...rows.map((r) => f.measure(r, true)));
  const lx = f.x(c.x) + 8;
  const by = c.y + 5 - ((rows.length - 1) * ROW) / 2;
  return {
    x: lx,
    y: by,
    text: rows[0]!,
    rows: rows.slice(1),
    anchor: 'start',
    cls: 'end-label',
    box: textBox(lx, by, w, 'start', rows.length),
  };
}

/** Threshold labels where nothing passes; the rest in a key under the axis title, wrapped if need be. */
function thresholdTexts(
  f: Frame,
  thresholds: ChartSpec['thresholds'],
  curves: Pt[][],
  ends: ChartText[],
): { texts: ChartText[]; keys: ChartLayout['keys']; keyRows: number } {
  const { measure } = f;
  const texts: ChartText[] = [];
  const keys: ChartLayout['keys'] = [];
  let keyRows = 0;
  const spots = placeThresholdLabels(
    thresholds.map((t) => ({ y: f.y(t.value), w: measure(t.label), h: ASC + DESC })),
    curves,
    f.plot,
    ends.map((e) => e.box),
    // Clear of the curves' strokes and end dots (2.5 and 7 units wide), not just their centre lines.
    6,
  );
  thresholds.forEach((t, i) => {
    const at = spots[i];
    if (at) {
      texts.push({ x: at.x, y: at.y + ASC, text: t.label, anchor: 'start', cls: 'threshold-label', box: at });
      return;
    }
    const rows = wrap(t.label, f.W - KEY_X - 4, measure);
    const ky = f.bottom + 44 + ROW * (keyRows + 1) + 4;
    keys.push({ y: ky - 5, swatch: [4, KEY_X - 6] });
    texts.push({
      x: KEY_X,
      y: ky,
      text: rows[0]!,
      rows: rows.slice(1),
      anchor: 'start',
      cls: 'threshold-label',
      box: textBox(KEY_X, ky, Math.max(...rows.map((r) => measure(r))), 'start', rows.length),
    });
    keyRows += rows.length;
  });
  return { texts, keys, keyRows };
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

let ctx: CanvasRenderingContext2D | null | undefined;
/** The page's own font measured on a canvas (a little slack for the SVG's rounding). */
const measureOnPage: Measure = (t, bold = false) => {
  if (ctx === undefined)
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return estimate(t, bold);
  ctx.font = `${bold ? 'bold ' : ''}${FONT}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return Math.ceil(ctx.measureText(t).width) + 2;
};

/** Draws the layout into the svg (replacing what was there but its title and description). */
function draw(svg: SVGSVGElement, lay: ChartLayout, keep: Element[]): void {
  const { W, H, plot } = lay;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.dataset.width = String(W);
  const axes = el('g', { class: 'axes' });
  for (const gy of lay.grid)
    axes.append(el('line', { x1: plot.x, x2: plot.x + plot.w, y1: gy, y2: gy, class: 'grid' }));
  for (const ty of lay.thresholds)
    axes.append(el('line', { x1: plot.x, x2: plot.x + plot.w, y1: ty, y2: ty, class: 'threshold' }));
  for (const k of lay.keys)
    axes.append(el('line', { x1: k.swatch[0], x2: k.swatch[1], y1: k.y, y2: k.y, class: 'threshold' }));
  const path = line<Pt>()
    .x((p) => p.x)
    .y((p) => p.y);
  const series = lay.curves.map((c, i) => {
    const st = seriesStyle(i);
    const g = el('g', { class: st.cls });
    g.append(el('path', { d: path(c) ?? '', fill: 'none', 'stroke-width': 2.5, 'stroke-dasharray': st.dash }));
    const end = c[c.length - 1];
    if (end) g.append(el('circle', { cx: end.x, cy: end.y, r: 3.5 }));
    return g;
  });
  const words = lay.texts.map((t) => {
    const attrs: Record<string, string | number> = { x: t.x, y: t.y, 'text-anchor': t.anchor };
    if (t.cls) attrs.class = t.cls;
    if (!t.rows?.length) return el('text', attrs, t.text);
    const e = el('text', attrs);
    [t.text, ...t.rows].forEach((r, i) => e.append(el('tspan', { x: t.x, dy: i === 0 ? 0 : ROW }, r)));
    return e;
  });
  svg.replaceChildren(...keep, axes, ...series, ...words);
}

let uid = 0;

export function meterChart(spec: ChartSpec): SVGSVGElement {
  const id = `chart-${++uid}`;
  const svg = el('svg', { class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d` });
  const keep = [el('title', { id: `${id}-t` }, spec.title), el('desc', { id: `${id}-d` }, spec.summary)];
  let drawnFor = 0;
  const drawFor = (width: number) => {
    const w = Math.floor(width);
    if (w <= 0 || w === drawnFor) return;
    drawnFor = w;
    draw(svg, layoutChart(spec, w, measureOnPage), keep);
  };
  drawFor(FIRST_W);
  // Drawn again for its own box whenever that changes; a hidden chart (another view on a phone,
  // a closed section) keeps its last drawing; a chart taken off the page stops watching.
  if (typeof ResizeObserver === 'function') {
    let shown = false;
    const watch = new ResizeObserver(([e]) => {
      if (!svg.isConnected) {
        if (shown) watch.disconnect();
        return;
      }
      shown = true;
      if (e) drawFor(e.contentRect.width);
    });
    watch.observe(svg);
  }
  return svg;
}

/** Lines a shared label of these members takes. */
const lines = (members: number[], perLine: number) => Math.ceil(members.length / perLine);

interface End {
  x: number;
  y: number;
}

/**
 * One label per cluster of series ends: ends at the same x less than `gap` apart (repeatedly, as a
 * merged label moves to its members' mean) share one label that names them all, in series order,
 * `perLine` numbers a row. Labels at one x are then moved apart just enough that their rows
 * (`gap` tall) never overprint, and kept between `lo` and `hi` if they fit: each stays beside
 * its own ends, and a number never sits by another game's line.
 */
export function endLabels(
  ends: (End | null)[],
  gap = ROW,
  perLine = 4,
  lo = -Infinity,
  hi = Infinity,
): { x: number; y: number; numbers: number[] }[] {
  let groups = ends
    .map((e, i) => (e ? { x: e.x, y: e.y, members: [i], ys: [e.y] } : null))
    .filter((g): g is { x: number; y: number; members: number[]; ys: number[] } => g !== null)
    .sort((a, b) => a.x - b.x || a.y - b.y);
  for (let merged = true; merged;) {
    merged = false;
    const out: typeof groups = [];
    for (const g of groups) {
      const prev = out[out.length - 1];
      if (prev && prev.x === g.x && g.y - prev.y < gap) {
        prev.members.push(...g.members);
        prev.ys.push(...g.ys);
        prev.y = prev.ys.reduce((s, v) => s + v, 0) / prev.ys.length;
        merged = true;
      } else out.push(g);
    }
    groups = out;
  }
  // Half a label's height, and the least distance between two labels' centres.
  const half = (g: { members: number[] }) => (lines(g.members, perLine) * gap) / 2;
  for (const x of new Set(groups.map((g) => g.x))) {
    const col = groups.filter((g) => g.x === x);
    // Down from the top, then up from the bottom: apart, inside the bounds where there is room.
    col.forEach((g, i) => {
      const prev = col[i - 1];
      g.y = Math.max(g.y, lo + half(g), prev ? prev.y + half(prev) + half(g) : -Infinity);
    });
    for (let i = col.length - 1; i >= 0; i--) {
      const g = col[i]!;
      const next = col[i + 1];
      g.y = Math.min(g.y, hi - half(g), next ? next.y - half(next) - half(g) : Infinity);
    }
    // Too many for the room: apart matters more than inside.
    col.forEach((g, i) => {
      const prev = col[i - 1];
      if (prev) g.y = Math.max(g.y, prev.y + half(prev) + half(g));
    });
  }
  return groups.map((g) => ({ x: g.x, y: g.y, numbers: [...g.members].sort((a, b) => a - b).map((i) => i + 1) }));
}

/** A short line in a series' style, for legends. */
export function swatch(i: number): SVGSVGElement {
  const st = seriesStyle(i);
  const svg = el('svg', { viewBox: '0 0 36 10', width: 36, height: 10, 'aria-hidden': 'true', class: st.cls });
  svg.append(el('line', { x1: 1, x2: 35, y1: 5, y2: 5, 'stroke-width': 3, 'stroke-dasharray': st.dash }));
  return svg;
}
