// A game played together (from src/boot.ts): `#together` on this device (hot-seat: no server, no
// network), `#class` one role per device through the class server (`npm run class`). The
// one-player game never loads this.
import { startClassPage } from './app/together/classPage';
import { startHotseat } from './app/together/hotseat';
import { startTeacherPage } from './app/together/teacherPage';

const panel = document.getElementById('panel')!;
// The one-player page's map, meter and view tabs stay in the document (its shell reads them), hidden.
for (const el of [
  document.getElementById('stage'),
  document.getElementById('meter'),
  document.querySelector('nav.views'),
])
  el?.setAttribute('hidden', '');
window.addEventListener('hashchange', () => location.reload());
if (location.hash === '#class') startClassPage(panel);
else if (location.hash === '#teacher') {
  panel.parentElement?.classList.add('teacher-page');
  void startTeacherPage(panel);
} else startHotseat(panel);
