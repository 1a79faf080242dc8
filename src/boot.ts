// The page's entry: starts the map's code and data (src/app/mapStage.ts) and, beside them, loads
// the page's own code (src/main.ts), so Phaser can boot while the page's code is compiled.
import './app/mapStage';

void import('./main');
