// The meter as a line chart in SVG (d3-scale for the axes, d3-shape for the lines), so it prints
// sharply and scales with the page. One line for a game's debrief, many for a class comparison:
// each series has its own colour class and dash pattern and a number at its end, never colour alone.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { MeterThreshold } from '../state/view';

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
/** Chart frames, in chart units: a wide one, and a narrow one for phones whose text reads at 16px. */
const FRAMES = {
  wide: { W: 640, H: 300, M: { top: 14, right: 72, bottom: 44, left: 40 }, gap: 13, xTicks: 7, cls: 'chart' },
  narrow: { W: 340, H: 280, M: { top: 14, right: 58, bottom: 50, left: 36 }, gap: 18, xTicks: 4, cls: 'chart narrow' },
};
/** The same breakpoint as phone.css. */
const NARROW = '(max-width: 760px)';
/** Numbers per line of a shared end label. */
const PER_LINE = 4;
/** End labels closer than this (in chart units, wide frame) share one label, so numbers never overprint. */
const LABEL_GAP = FRAMES.wide.gap;
export const COLOURS = 6;
const DASHES = ['', '7 4', '2 4'];

/** Style of the n-th series: colour class and dash, shared with the legend. */
export const seriesStyle = (i: number) => ({
  cls: `series series-${i % COLOURS}`,
  dash: DASHES[Math.floor(i / COLOURS) % DASHES.length]!,
});

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

let uid = 0;

export function meterChart(spec: ChartSpec): SVGSVGElement {
  const id = `chart-${++uid}`;
  const f = typeof matchMedia === 'function' && matchMedia(NARROW).matches ? FRAMES.narrow : FRAMES.wide;
  const { W, H, M } = f;
  const x = scaleLinear()
    .domain([0, Math.max(1, spec.xLabels.length - 1)])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 100])
    .range([H - M.bottom, M.top]);
  const svg = el('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: f.cls,
    role: 'img',
    'aria-labelledby': `${id}-t ${id}-d`,
  });
  svg.append(el('title', { id: `${id}-t` }, spec.title), el('desc', { id: `${id}-d` }, spec.summary));
  const axes = el('g', { class: 'axes' });
  for (const t of y.ticks(5)) {
    axes.append(el('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }));
    axes.append(el('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, String(t)));
  }
  // The outcome thresholds, labelled where they are (docs/MODEL.md).
  for (const { value: v, label } of spec.thresholds) {
    axes.append(el('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'threshold' }));
    axes.append(el('text', { x: M.left + 4, y: y(v) - 4, class: 'threshold-label' }, label));
  }
  const every = Math.ceil(spec.xLabels.length / f.xTicks);
  const lastX = spec.xLabels.length - 1;
  spec.xLabels.forEach((l, i) => {
    // Every few labels, and the last, never one so close to the last that the two overprint.
    if (i === lastX || (i % every === 0 && lastX - i >= every))
      axes.append(el('text', { x: x(i), y: H - M.bottom + 18, 'text-anchor': 'middle' }, l));
  });
  axes.append(
    el(
      'text',
      { x: (M.left + W - M.right) / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis-title' },
      'start, then each round as it closed',
    ),
  );
  svg.append(axes);
  const path = line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v));
  spec.series.forEach((s, i) => {
    const st = seriesStyle(i);
    const g = el('g', { class: st.cls });
    g.append(el('path', { d: path(s.values) ?? '', fill: 'none', 'stroke-width': 2.5, 'stroke-dasharray': st.dash }));
    const last = s.values.length - 1;
    if (last >= 0) g.append(el('circle', { cx: x(last), cy: y(s.values[last]!), r: 3.5 }));
    svg.append(g);
  });
  // Numbered ends let a reader match lines to the legend without telling colours apart. Ends too
  // close to label apart share one label ("1, 3") beside them: no leader line that reads as data.
  if (spec.series.length > 1)
    for (const c of endLabels(
      spec.series.map((s) =>
        s.values.length ? { x: x(s.values.length - 1), y: y(s.values[s.values.length - 1]!) } : null,
      ),
      f.gap,
    ))
      svg.append(endLabel(c, f.gap));
  return svg;
}

/** Lines a shared label of these members takes. */
const lines = (members: number[]) => Math.ceil(members.length / PER_LINE);

interface End {
  x: number;
  y: number;
}

/**
 * One label per cluster of series ends: ends at the same x whose labels would be closer than
 * `gap` merge (repeatedly, as a merged label moves to its members' mean) into one label that
 * names them all, in series order.
 */
export function endLabels(ends: (End | null)[], gap = LABEL_GAP): { x: number; y: number; numbers: number[] }[] {
  let groups = ends
    .map((e, i) => (e ? { x: e.x, y: e.y, members: [i], ys: [e.y] } : null))
    .filter((g): g is { x: number; y: number; members: number[]; ys: number[] } => g !== null)
    .sort((a, b) => a.x - b.x || a.y - b.y);
  for (let merged = true; merged;) {
    merged = false;
    const out: typeof groups = [];
    for (const g of groups) {
      const prev = out[out.length - 1];
      if (prev && prev.x === g.x && g.y - prev.y < (gap * (lines(prev.members) + lines(g.members))) / 2) {
        prev.members.push(...g.members);
        prev.ys.push(...g.ys);
        prev.y = prev.ys.reduce((s, v) => s + v, 0) / prev.ys.length;
        merged = true;
      } else out.push(g);
    }
    groups = out;
  }
  return groups.map((g) => ({ x: g.x, y: g.y, numbers: [...g.members].sort((a, b) => a - b).map((i) => i + 1) }));
}

/** A shared end label, PER_LINE numbers a line, centred on its ends. */
function endLabel(c: { x: number; y: number; numbers: number[] }, gap: number): SVGTextElement {
  const rows: string[] = [];
  for (let i = 0; i < c.numbers.length; i += PER_LINE) rows.push(c.numbers.slice(i, i + PER_LINE).join(', '));
  const t = el('text', { x: c.x + 8, y: c.y + 4 - ((rows.length - 1) * gap) / 2, class: 'end-label' });
  rows.forEach((l, i) => t.append(el('tspan', { x: c.x + 8, dy: i === 0 ? 0 : gap }, l)));
  return t;
}

/** A short line in a series' style, for legends. */
export function swatch(i: number): SVGSVGElement {
  const st = seriesStyle(i);
  const svg = el('svg', { viewBox: '0 0 36 10', width: 36, height: 10, 'aria-hidden': 'true', class: st.cls });
  svg.append(el('line', { x1: 1, x2: 35, y1: 5, y2: 5, 'stroke-width': 3, 'stroke-dasharray': st.dash }));
  return svg;
}
