// The Phaser game with its scenes: downloaded with the page and started by the map's stand-in
// (src/app/mapStage.ts) once the title is painted; the title, the briefing and the talks never
// wait for it.
import { CANVAS, Game, Scale } from 'phaser';
import { Boot } from './Boot';
import { MAP_H, MAP_W } from './geo';
import { MAP_IMAGE, Preloader } from './Preloader';
import { Title } from './Title';
import { WorldMap } from './WorldMap';

/** `mapImage`: the map's decoded picture (an object URL), if the page has it already (else the preloader loads it). */
export function createGame(parent: string, mapImage: string | null): Game {
  const game = new Game({
    // A 2D canvas: a few dozen markers and labels need no WebGL, whose context and shaders cost a
    // school machine without a graphics chip (software rendering) the most time at start. The
    // build leaves the WebGL renderer out (vite.config.ts, phaser-lite.js).
    type: CANVAS,
    parent,
    width: MAP_W,
    height: MAP_H,
    // Transparent: the map under it is the canvas's CSS background, drawn by the browser.
    transparent: true,
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_HORIZONTALLY },
    banner: false,
    // The game makes no sound; a Web Audio context costs seconds to open on some machines.
    audio: { noAudio: true },
    // Only the scene systems the scenes use: input (the markers) and the loader (the flags).
    plugins: { default: ['InputPlugin', 'Loader'] },
    scene: [Boot, Preloader, Title, WorldMap],
  });
  if (mapImage) game.registry.set(MAP_IMAGE, mapImage);
  return game;
}
