import { Scene } from 'phaser';
import { MAP_H, MAP_W } from './geo';
import { INK } from './palette';

/** The title card over the dimmed map; the menu itself is in the page, where keyboards reach it. */
export class Title extends Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    this.add.image(MAP_W / 2, MAP_H / 2, 'map').setAlpha(0.45);
    const font = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    this.add.text(MAP_W / 2, MAP_H / 2 - 60, 'Grand Coalition', { fontFamily: font, fontSize: '64px', fontStyle: 'bold', color: INK.text }).setOrigin(0.5);
    this.add.text(MAP_W / 2, MAP_H / 2 + 10, 'Paris, 17 November 2015 — four days after the attacks', { fontFamily: font, fontSize: '24px', color: INK.dim }).setOrigin(0.5);
  }
}
