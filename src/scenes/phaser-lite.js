// The part of Phaser the scenes use, built from Phaser's own sources (vite.config.ts points the
// `phaser` import here and drops the WebGL renderer and sound): the full build is about 350 KB
// gzipped and most of it (WebGL, shaders, physics, tilemaps, particles, audio) the map never runs.
// Registering a game object's factory is what makes `this.add.<name>` exist: add one here before
// a scene uses a new kind. Types still come from the phaser package.
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scale from 'phaser-src/scale/index.js';
// The plugins every scene has (DefaultPlugins.CoreScene), then those game.ts asks for.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectCreator.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/input/InputPlugin.js';
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/loader/filetypes/SVGFile.js';
import 'phaser-src/loader/filetypes/TextFile.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import Zone from 'phaser-src/gameobjects/zone/Zone.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';

export const { AUTO, CANVAS, WEBGL, HEADLESS } = CONST;
export const GameObjects = { Graphics, Image, Text, Rectangle, Zone };
export { Game, Scene, Scale };
