import { GameObjects, Scene } from 'phaser';
import type { GameView } from '../state/view';
import { MAP_H, MAP_W } from './geo';
import { INK, STANCE } from '../presentation/palette';
import { shortDate } from '../presentation/format';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The debrief's picture: the meter over the six weeks, with the thresholds of the outcomes. */
export class Debrief extends Scene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    const v = this.registry.get('view') as GameView;
    this.add.rectangle(MAP_W / 2, MAP_H / 2, MAP_W, MAP_H, INK.bg, 0.75);
    this.add
      .text(MAP_W / 2, 40, v.outcome ? v.outcome.label : 'Debrief', {
        fontFamily: FONT,
        fontSize: '40px',
        fontStyle: 'bold',
        color: INK.text,
      })
      .setOrigin(0.5, 0);
    const x0 = 90;
    const y0 = 130;
    const w = MAP_W - 160;
    const h = MAP_H - 220;
    const g = this.add.graphics();
    g.fillStyle(INK.bg, 0.9).fillRect(x0 - 60, y0 - 20, w + 100, h + 70);
    g.lineStyle(1, 0x6b8299, 1).strokeRect(x0, y0, w, h);
    const yOf = (val: number) => y0 + h - (val / 100) * h;
    // The chart's words, sized for the canvas on screen (fit()).
    const words: GameObjects.Text[] = [];
    for (const { value: val, label } of v.thresholds) {
      g.lineStyle(1, 0xc3ccd6, 0.6).lineBetween(x0, yOf(val), x0 + w, yOf(val));
      words.push(
        this.add
          .text(x0 + w - 4, yOf(val) - 3, label, { fontFamily: FONT, fontSize: '15px', color: INK.dim })
          .setOrigin(1, 1),
      );
    }
    for (const val of [0, 50, 100])
      words.push(
        this.add
          .text(x0 - 10, yOf(val), String(val), { fontFamily: FONT, fontSize: '15px', color: INK.dim })
          .setOrigin(1, 0.5),
      );
    const pts = v.history.map((p, i) => ({ x: x0 + (i / Math.max(1, v.history.length - 1)) * w, y: yOf(p.value) }));
    g.lineStyle(3, STANCE.member.color, 1);
    for (let i = 1; i < pts.length; i++) g.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
    for (const p of pts) g.fillStyle(0xffffff, 1).fillCircle(p.x, p.y, 4);
    words.push(
      this.add.text(x0, y0 + h + 12, 'start', { fontFamily: FONT, fontSize: '15px', color: INK.dim }).setOrigin(0.5, 0),
      this.add
        .text(x0 + w, y0 + h + 12, shortDate(v.history[v.history.length - 1]!.date), {
          fontFamily: FONT,
          fontSize: '15px',
          color: INK.dim,
        })
        .setOrigin(0.5, 0),
      this.add
        .text(x0 + w / 2, y0 + h + 12, 'Coalition meter, round by round', {
          fontFamily: FONT,
          fontSize: '16px',
          color: INK.text,
        })
        .setOrigin(0.5, 0),
    );
    // A canvas shrunk on a phone or a tablet would print these under 8 px: at least 16 CSS px, as
    // the map's names (a hidden canvas, another view on a phone, has no size: keep the last).
    const fit = () => {
      const ds = this.scale.displayScale.x;
      if (!Number.isFinite(ds) || ds <= 0) return;
      for (const t of words) t.setFontSize(`${Math.max(15, Math.min(40, Math.ceil(16 * ds)))}px`);
    };
    fit();
    this.scale.on('resize', fit);
    this.events.once('shutdown', () => this.scale.off('resize', fit));
  }
}
