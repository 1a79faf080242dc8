import { Scene } from 'phaser';
import { queueFlags } from './flags';
import { MAP_H, MAP_W } from './geo';
import { INK } from '../presentation/palette';
import { t } from '../i18n';

/** The title card over the dimmed map; the menu itself is in the page, where keyboards reach it. */
export class Title extends Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    // The map is the canvas's background (see Preloader); dim it under the title.
    this.add.rectangle(MAP_W / 2, MAP_H / 2, MAP_W, MAP_H, INK.bg, 0.55);
    const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    this.add
      .text(MAP_W / 2, MAP_H / 2 - 60, t('page.brand'), {
        fontFamily: font,
        fontSize: '64px',
        fontStyle: 'bold',
        color: INK.text,
      })
      .setOrigin(0.5);
    // Load the flags while the player reads the title, once it is on screen (decoding 15 SVGs
    // would hold its first frames back); the map scene waits for any still missing.
    this.game.events.once('postrender', () =>
      requestAnimationFrame(() => {
        if (this.scene.isActive() && queueFlags(this)) this.load.start();
      }),
    );
    this.add
      .text(MAP_W / 2, MAP_H / 2 + 10, t('map.subtitle'), {
        fontFamily: font,
        fontSize: '24px',
        color: INK.dim,
      })
      .setOrigin(0.5);
  }
}
