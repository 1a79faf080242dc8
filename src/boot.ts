// The page's entry, kept tiny so the page paints before any of its code is compiled: the map's
// stand-in starts reading the map, and the page's own code (src/main.ts) loads (index.html
// preloads it, and the map's code, with the page: vite.config.ts).
import './app/mapStage';

void import('./main');
