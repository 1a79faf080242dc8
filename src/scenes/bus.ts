// The names of the events that pass between the page and the scenes, on the game's event emitter.
export const BUS = {
  /** page → scenes: a new render model (GameView). */
  view: 'gc.view',
  /** page → scenes: an actor has keyboard focus in the panel. */
  focus: 'gc.focus',
  /** scenes → page: the player pointed at an actor on the map. */
  pick: 'gc.pick',
  /** scenes → page: assets are loaded and the title can show. */
  ready: 'gc.ready',
} as const;
