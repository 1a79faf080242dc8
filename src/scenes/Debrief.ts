import { Scene } from 'phaser';
import type { GameView } from '../state/view';
import { MAP_H, MAP_W } from './geo';
import { INK, STANCE } from '../presentation/palette';
import { points, shortDate } from '../presentation/format';
import { placeThresholdLabels, type Box } from '../presentation/chartLabels';
import { outcomeLabel, t } from '../i18n';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** A line of text, as a multiple of the font's size. */
const LINE = 1.3;

/**
 * The debrief's picture: the meter over the six weeks, with the thresholds of the outcomes. Laid
 * out again for the canvas's size on screen (a phone shrinks it 2.6×): words at least 16 CSS px,
 * each on its own row, threshold labels where the curve does not pass or in a key below.
 */
export class Debrief extends Scene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    const v = this.registry.get('view') as GameView;
    this.add.rectangle(MAP_W / 2, MAP_H / 2, MAP_W, MAP_H, INK.bg, 0.75);
    const g = this.add.graphics();
    const text = (s: string, color: string = INK.dim) =>
      this.add.text(0, 0, s, { fontFamily: FONT, fontSize: '16px', color });
    // An ending needs deconfliction as well as the meter, and the chart draws only the meter: the
    // title says both, so a fracture above the meter's lines reads as what it is. (Per cent rounded
    // down, as src/state/view/percent.ts does for the panels.)
    const facts = t('map.facts', {
      deconfliction: Math.floor(v.meter.deconfliction * 100 + 1e-9),
      meter: points(v.meter.value),
    });
    const title = text(v.outcome ? `${outcomeLabel(v.outcome.label)}\n${facts}` : t('map.debrief'), INK.text)
      .setFontStyle('bold')
      .setAlign('center')
      .setOrigin(0.5, 0);
    const ticks = [0, 50, 100].map((val) => ({ val, t: text(String(val)).setOrigin(1, 0.5) }));
    const sills = v.thresholds.map((th) => ({ val: th.value, t: text(th.label) }));
    const first = text(t('map.start')).setOrigin(0.5, 0);
    const lastDate = text(shortDate(v.history[v.history.length - 1]!.date)).setOrigin(0.5, 0);
    const caption = text(t('map.caption'), INK.text).setOrigin(0.5, 0);
    const words = [...ticks.map((k) => k.t), ...sills.map((s) => s.t), first, lastDate, caption];

    const draw = (ds: number) => {
      const f = Math.max(15, Math.min(48, Math.ceil(16 * ds)));
      title.setFontSize(`${Math.max(40, Math.ceil(20 * ds))}px`).setPosition(MAP_W / 2, 24);
      for (const w of words) w.setFontSize(`${f}px`);
      const row = Math.ceil(f * LINE);
      const left = 30 + Math.max(...ticks.map((k) => k.t.width)) + 12;
      const right = MAP_W - Math.max(40, lastDate.width / 2 + 12);
      const top = 24 + title.height + 16 + f / 2;
      const w = right - left;
      // Room under the plot: the dates, the caption, and a key row for each label placed there.
      const plotBottom = (keys: number) => MAP_H - 16 - row * (2 + keys);
      const yOf = (h: number) => (val: number) => top + h - (val / 100) * h;
      const ptsFor = (h: number) =>
        v.history.map((p, i) => ({ x: left + (i / Math.max(1, v.history.length - 1)) * w, y: yOf(h)(p.value) }));
      // First with no key; a label with no room in the plot goes to the key, which shortens it.
      let keys = 0;
      let spots: (Box | null)[] = [];
      let h = 0;
      for (let tries = 0; tries <= sills.length; tries++) {
        h = plotBottom(keys) - top;
        spots = placeThresholdLabels(
          sills.map((s) => ({ y: yOf(h)(s.val), w: s.t.width, h: s.t.height })),
          [ptsFor(h)],
          { x: left, y: top - f / 2, w, h: h + f / 2 },
          [],
          // Clear of the curve's dots (8 units wide) by a third of a line.
          Math.ceil(4 + f / 3),
        );
        const missing = spots.filter((s) => !s).length;
        if (missing === keys) break;
        keys = missing;
      }
      const y = yOf(h);
      const pts = ptsFor(h);
      g.clear();
      g.fillStyle(INK.bg, 0.9).fillRect(left - 70, top - f, w + 70 + 30, MAP_H - top);
      g.lineStyle(1, 0x6b8299, 1).strokeRect(left, top, w, h);
      for (const k of ticks) k.t.setPosition(left - 10, y(k.val));
      let key = 0;
      sills.forEach((s, i) => {
        g.lineStyle(1, 0xc3ccd6, 0.6).lineBetween(left, y(s.val), left + w, y(s.val));
        const at = spots[i];
        if (at) s.t.setPosition(at.x, at.y);
        else {
          // In the key under the caption: a dashed stroke, then the words.
          const ky = top + h + row * (2 + key++) + row / 2;
          for (let x = left; x < left + 36; x += 12) g.lineBetween(x, ky, x + 6, ky);
          s.t.setPosition(left + 48, ky - s.t.height / 2);
        }
      });
      g.lineStyle(3, STANCE.member.color, 1);
      for (let i = 1; i < pts.length; i++) g.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
      for (const p of pts) g.fillStyle(0xffffff, 1).fillCircle(p.x, p.y, 4);
      first.setPosition(left, top + h + 8);
      lastDate.setPosition(left + w, top + h + 8);
      caption.setPosition(left + w / 2, top + h + 8 + row);
    };
    // A hidden canvas (another view on a phone) has no size: keep the last drawing.
    const fit = () => {
      const ds = this.scale.displayScale.x;
      if (Number.isFinite(ds) && ds > 0) draw(ds);
    };
    draw(1);
    fit();
    this.scale.on('resize', fit);
    this.events.once('shutdown', () => this.scale.off('resize', fit));
  }
}
