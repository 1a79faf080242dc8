import { Scene } from 'phaser';

/** Loads nothing the preloader does not need; sets the background. */
export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Preloader');
  }
}
