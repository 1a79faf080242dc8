import { Scene } from 'phaser';

/** The first scene: loads nothing and hands over to the preloader (the page's CSS draws the background). */
export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Preloader');
  }
}
