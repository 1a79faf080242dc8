// The baseline for `npm run bench:web`: Phaser with one empty scene, nothing else.
import { AUTO, Game, Scene } from 'phaser';

class Empty extends Scene {
  create(): void {
    requestAnimationFrame(() => performance.mark('interactive'));
  }
}

new Game({ type: AUTO, parent: 'stage', width: 1000, height: 640, banner: false, scene: [Empty] });
