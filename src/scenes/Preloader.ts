import { Scene } from 'phaser';
import mapUrl from 'world-atlas/countries-110m.json?url';
import { BUS } from './bus';
import { FLAGS } from './flags';
import { bakeMap, COUNTRY_NAMES, makeProjection } from './geo';
import { INK } from './palette';

/** Loads the map and the flags behind a progress bar, then hands over to the title. */
export class Preloader extends Scene {
  constructor() {
    super('Preloader');
  }

  init(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, 402, 22).setStrokeStyle(2, 0xf2f4f7);
    const bar = this.add.rectangle(width / 2 - 198, height / 2, 4, 16, 0x56b4e9).setOrigin(0, 0.5);
    this.add.text(width / 2, height / 2 - 34, 'Loading the map of November 2015…', { fontFamily: 'system-ui, sans-serif', fontSize: '20px', color: INK.text }).setOrigin(0.5);
    this.load.on('progress', (p: number) => {
      bar.width = 4 + 392 * p;
    });
  }

  preload(): void {
    this.load.json('countries', mapUrl);
    for (const [id, url] of Object.entries(FLAGS)) this.load.svg(`flag-${id}`, url, { width: 48, height: 36 });
  }

  create(): void {
    // Bake the static map once; every scene reuses the texture.
    const canvas = bakeMap(this.cache.json.get('countries'), makeProjection(), new Set(Object.values(COUNTRY_NAMES)));
    this.textures.addCanvas('map', canvas);
    this.cache.json.remove('countries');
    this.scene.start('Title');
    this.game.events.emit(BUS.ready);
  }
}
