// `npm run balance:charts`: redraws the balance report's charts from docs/balance.json, without
// playing the games again (they take minutes; the charts take a second).
import { readFileSync } from 'node:fs';
import { writeCharts, type BalanceData } from './balance/charts';

writeCharts(JSON.parse(readFileSync('docs/balance.json', 'utf8')) as BalanceData);
console.log('wrote docs/balance-outcomes.svg, docs/balance-moves.svg, docs/balance-levels.svg from docs/balance.json');
