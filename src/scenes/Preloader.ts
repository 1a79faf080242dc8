import { Scene } from 'phaser';
import mapUrl from '../../assets/map.svg?url';
import { BUS } from './bus';
import { INK } from '../presentation/palette';
import { t } from '../i18n';

/** The map's picture (an object URL) when the page has read and decoded it already. */
export const MAP_IMAGE = 'map-image';
/** The map's SVG text, loaded here when the page did not have the picture. */
const MAP_SVG = 'map-svg';

/**
 * Lays the map (pre-projected at build time, see `npm run map`) under the transparent canvas as
 * the canvas's own background: the browser draws the static layer, so a frame costs only the
 * markers. The page has usually read and decoded it already (src/app/mapStage.ts); if not, it
 * loads here behind a progress bar. Then tells the page it is ready. The flags load in the
 * background once the title is up.
 */
export class Preloader extends Scene {
  constructor() {
    super('Preloader');
  }

  init(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, 402, 22).setStrokeStyle(2, 0xf2f4f7);
    const bar = this.add.rectangle(width / 2 - 198, height / 2, 4, 16, 0x56b4e9).setOrigin(0, 0.5);
    this.add
      .text(width / 2, height / 2 - 34, t('map.loading'), {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '20px',
        color: INK.text,
      })
      .setOrigin(0.5);
    this.load.on('progress', (p: number) => {
      bar.width = 4 + 392 * p;
    });
  }

  preload(): void {
    if (!this.registry.get(MAP_IMAGE)) this.load.text(MAP_SVG, mapUrl);
  }

  create(): void {
    const image =
      (this.registry.get(MAP_IMAGE) as string | undefined) ??
      URL.createObjectURL(new Blob([this.cache.text.get(MAP_SVG) as string], { type: 'image/svg+xml' }));
    this.registry.remove(MAP_IMAGE);
    const canvas = this.game.canvas;
    canvas.style.backgroundImage = `url(${image})`;
    canvas.style.backgroundSize = '100% 100%';
    this.cache.text.remove(MAP_SVG);
    // The page decides what comes next: the title, or a game resumed before we were ready.
    this.scene.stop();
    this.game.events.emit(BUS.ready);
  }
}
