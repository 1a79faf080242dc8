import { GameObjects, Scene } from 'phaser';
import type { GameView, Stance } from '../state/view';
import { BUS } from './bus';
import { queueFlags } from './flags';
import { MAP_H, MAP_W, makeProjection } from './geo';
import { placeLabels, type Box } from './labels';
import { placeActors, type Placed } from './layout';
import { FLAG_DY, markerAt, reachFor } from './pick';
import { INK, RELATION, STANCE } from '../presentation/palette';
import { change, dayDate, points } from '../presentation/format';
import { actorName, t, type MessageId } from '../i18n';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The map of the actors: stance by colour, shape and word; tensions and agreements as lines. */
export class WorldMap extends Scene {
  private places = new Map<string, Placed>();
  /** The same places as a list, for the hit test that runs on every pointer move. */
  private placed: Placed[] = [];
  private markers = new Map<
    string,
    { shape: GameObjects.Graphics; label: GameObjects.Text; ring: GameObjects.Graphics; hit: GameObjects.Zone }
  >();
  /** The legend, the meter box and the date: drawn only while the map is large enough to read them. */
  private chrome: (GameObjects.GameObject & { setVisible: (v: boolean) => unknown })[] = [];
  private chromeBoxes: Box[] = [];
  private lines!: GameObjects.Graphics;
  private meterValue!: GameObjects.Text;
  private meterBar!: GameObjects.Rectangle;
  private meterNote!: GameObjects.Text;
  private dateText!: GameObjects.Text;
  /** How far from a marker, in map units, a tap or a pointer still means it. */
  private reach = reachFor(1);

  constructor() {
    super('WorldMap');
  }

  preload(): void {
    // Normally loaded while the title was up; a resumed game may get here first.
    queueFlags(this);
  }

  create(): void {
    this.lines = this.add.graphics();
    const v = this.registry.get('view') as GameView | undefined;
    if (!v) return;
    for (const p of placeActors(v.actors, makeProjection())) this.places.set(p.id, p);
    this.placed = [...this.places.values()];
    // The player's name first: it is placed first and so always shown.
    for (const a of [...v.actors].sort((a, b) => Number(b.isPlayer) - Number(a.isPlayer)))
      this.addMarker(a.id, a.isPlayer ? t('map.you', { name: actorName(a.id, a.name) }) : actorName(a.id, a.name));
    const before = this.children.list.length;
    this.addMeter();
    this.chrome = this.children.list.slice(before) as typeof this.chrome;
    this.chromeBoxes = [
      { x: 16, y: 16, w: 190, h: 166 },
      { x: 16, y: MAP_H - 120, w: 290, h: 104 },
      // The date, right-aligned at the top: room for its longest ("Round 12 of 12 · Wed 30 Dec 2015").
      { x: MAP_W - 16 - 340, y: 16, w: 340, h: 34 },
    ];
    this.layout();
    this.render(v);
    const onResize = () => this.layout();
    this.scale.on('resize', onResize);
    const onView = (nv: GameView) => this.render(nv);
    const onFocus = (id: string | null) => this.focus(id);
    this.game.events.on(BUS.view, onView);
    this.game.events.on(BUS.focus, onFocus);
    this.events.once('shutdown', () => {
      this.game.events.off(BUS.view, onView);
      this.game.events.off(BUS.focus, onFocus);
      this.scale.off('resize', onResize);
      this.markers.clear();
      this.chrome = [];
      this.chromeBoxes = [];
    });
  }

  private addMarker(id: string, name: string): void {
    const p = this.places.get(id)!;
    const ring = this.add.graphics({ x: p.x, y: p.y }).setVisible(false);
    ring.lineStyle(3, 0xffffff, 1).strokeCircle(0, 0, 20);
    const shape = this.add.graphics({ x: p.x, y: p.y });
    this.add.image(p.x, p.y - 26, `flag-${id}`).setDisplaySize(28, 21);
    const label = this.add
      .text(p.x, p.y, name, {
        fontFamily: FONT,
        fontSize: '19px',
        color: INK.text,
        backgroundColor: 'rgba(20,32,43,0.8)',
        padding: { x: 3, y: 1 },
        align: 'center',
      })
      .setOrigin(0, 0);
    // The nearest marker within reach answers (pick.ts): a 44 CSS px target at any scale, and a
    // tap between two markers goes to the nearer one, never to whichever was drawn last.
    const hit = this.add.zone(p.x, p.y - FLAG_DY / 2, 56, 56);
    hit.setInteractive({}, (_: unknown, lx: number, ly: number) => {
      const x = hit.x - hit.displayOriginX + lx;
      const y = hit.y - hit.displayOriginY + ly;
      return markerAt(this.placed, x, y, this.reach) === id;
    });
    if (hit.input) hit.input.cursor = 'pointer';
    hit.on('pointerover', () => this.game.events.emit(BUS.pick, id, false));
    // A tap or a click: on a phone the page then shows the actor's card.
    hit.on('pointerdown', () => this.game.events.emit(BUS.pick, id, true));
    this.markers.set(id, { shape, label, ring, hit });
  }

  /**
   * Sizes the names for the canvas's size on screen (at least 16 CSS px, as the page's text) and
   * places them without overlap; a name with no room is left to the list and the card. A small
   * map drops the legend, the meter box and the date, which the page shows beside it.
   */
  private layout(): void {
    const ds = this.scale.displayScale.x;
    // A hidden canvas (another view on a phone) has no size: keep the last layout.
    if (!Number.isFinite(ds) || ds <= 0) return;
    const small = ds > 1.5;
    for (const o of this.chrome) o.setVisible(!small);
    const font = `${Math.max(19, Math.ceil(16 * ds))}px`;
    // Targets of 44 CSS px (pick.ts); the zone's size is only its outline, the test is markerAt.
    this.reach = reachFor(ds);
    const size = 2 * this.reach + FLAG_DY;
    const inputs = [...this.markers].map(([id, m]) => {
      m.label.setFontSize(font);
      m.hit.setSize(size, size, false);
      const p = this.places.get(id)!;
      return { id, x: p.x, y: p.y, w: m.label.width, h: m.label.height };
    });
    const spots = placeLabels(inputs, small ? [] : this.chromeBoxes, { x: 0, y: 0, w: MAP_W, h: MAP_H });
    for (const [id, m] of this.markers) {
      const at = spots.get(id);
      m.label.setVisible(!!at);
      if (at) m.label.setPosition(at.x, at.y);
    }
  }

  private addMeter(): void {
    // Bottom left: the Sahara and the Atlantic hold no marker.
    const x = 16;
    const y = MAP_H - 120;
    this.add.rectangle(x, y, 290, 104, INK.bg, 0.88).setOrigin(0).setStrokeStyle(1, 0x6b8299);
    this.add.text(x + 12, y + 6, t('meter.title'), { fontFamily: FONT, fontSize: '19px', color: INK.dim });
    this.meterValue = this.add.text(x + 12, y + 28, '', {
      fontFamily: FONT,
      fontSize: '34px',
      fontStyle: 'bold',
      color: INK.text,
    });
    this.add.rectangle(x + 12, y + 82, 266, 12, 0x33475b).setOrigin(0, 0.5);
    this.meterBar = this.add.rectangle(x + 12, y + 82, 2, 12, STANCE.member.color).setOrigin(0, 0.5);
    this.meterNote = this.add.text(x + 112, y + 40, '', { fontFamily: FONT, fontSize: '18px', color: INK.dim });
    this.addLegend();
    this.dateText = this.add
      .text(MAP_W - 16, 16, '', {
        fontFamily: FONT,
        fontSize: '20px',
        color: INK.text,
        backgroundColor: 'rgba(20,32,43,0.85)',
        padding: { x: 8, y: 4 },
      })
      .setOrigin(1, 0);
  }

  /** The key to the markers' shapes and the lines, top left. */
  private addLegend(): void {
    const x = 16;
    const y = 16;
    const rows: [Stance, MessageId][] = [
      ['member', 'stance.member'],
      ['leaning', 'stance.leaning'],
      ['outside', 'stance.outside'],
      ['opposed', 'stance.opposed'],
    ];
    this.add.rectangle(x, y, 190, 166, INK.bg, 0.88).setOrigin(0).setStrokeStyle(1, 0x6b8299);
    rows.forEach(([st, word], i) => {
      const g = this.add.graphics({ x: x + 20, y: y + 18 + i * 26 });
      this.drawShape(g, st, false);
      this.add.text(x + 40, y + 6 + i * 26, t(word), { fontFamily: FONT, fontSize: '19px', color: INK.text });
    });
    const ly = y + 18 + 4 * 26;
    this.add
      .graphics()
      .lineStyle(2, RELATION.agreement, 1)
      .lineBetween(x + 8, ly, x + 32, ly);
    this.add.text(x + 40, ly - 11, t('views.allies').trim(), { fontFamily: FONT, fontSize: '19px', color: INK.text });
    const tg = this.add.graphics().lineStyle(2, RELATION.tension, 1);
    for (let i = 0; i < 3; i++) tg.lineBetween(x + 8 + i * 9, ly + 26, x + 13 + i * 9, ly + 26);
    this.add.text(x + 40, ly + 15, t('views.tension').trim(), { fontFamily: FONT, fontSize: '19px', color: INK.text });
  }

  private drawShape(g: GameObjects.Graphics, stance: Stance, isPlayer: boolean): void {
    const c = STANCE[stance].color;
    g.clear();
    g.lineStyle(3, c, 1);
    if (stance === 'member') g.fillStyle(c, 1).fillCircle(0, 0, 11).lineStyle(2, 0xffffff, 1).strokeCircle(0, 0, 11);
    else if (stance === 'leaning')
      g.strokeCircle(0, 0, 10)
        .fillStyle(c, 1)
        .slice(0, 0, 10, -Math.PI / 2, Math.PI / 2, false)
        .fillPath();
    else if (stance === 'outside') g.strokeCircle(0, 0, 10);
    else g.lineBetween(-9, -9, 9, 9).lineBetween(-9, 9, 9, -9);
    if (isPlayer) g.lineStyle(2, 0xffffff, 1).strokeRect(-15, -15, 30, 30);
  }

  private render(v: GameView): void {
    if (!this.meterValue) return;
    this.lines.clear();
    for (const r of v.relations) {
      const a = this.places.get(r.a);
      const b = this.places.get(r.b);
      if (!a || !b) continue;
      if (r.kind === 'agreement') {
        this.lines.lineStyle(2, RELATION.agreement, 0.55).lineBetween(a.x, a.y, b.x, b.y);
      } else {
        // Tensions are dashed as well as orange-red, so they read without colour.
        this.lines.lineStyle(2, RELATION.tension, 0.8);
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        const steps = Math.floor(len / 10);
        for (let i = 0; i < steps; i += 2) {
          const t0 = i / steps;
          const t1 = Math.min(1, (i + 1) / steps);
          this.lines.lineBetween(
            a.x + (b.x - a.x) * t0,
            a.y + (b.y - a.y) * t0,
            a.x + (b.x - a.x) * t1,
            a.y + (b.y - a.y) * t1,
          );
        }
      }
    }
    for (const a of v.actors) {
      const m = this.markers.get(a.id);
      if (!m) continue;
      this.drawShape(m.shape, a.stance, a.isPlayer);
    }
    this.meterValue.setText(points(v.meter.value));
    this.meterBar.width = Math.max(2, 2.66 * v.meter.value);
    this.meterNote.setText(
      v.meter.change === 0
        ? t('map.of100')
        : t('map.lastRound', { arrow: v.meter.change > 0 ? '▲' : '▼', change: change(v.meter.change) }),
    );
    this.dateText.setText(t('map.round', { round: v.round + 1, rounds: v.rounds, date: dayDate(v.date) }));
  }

  private focus(id: string | null): void {
    for (const [k, m] of this.markers) m.ring.setVisible(k === id);
  }
}
