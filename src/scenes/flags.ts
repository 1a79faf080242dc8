// Flags from the flag-icons package (MIT). Two are drawn by us: the Assad government's flag as it
// was in 2015 (flag-icons now ships Syria's later flag) and a simple NATO emblem.
import type { Scene } from 'phaser';
import ae from 'flag-icons/flags/4x3/ae.svg?url';
import de from 'flag-icons/flags/4x3/de.svg?url';
import eg from 'flag-icons/flags/4x3/eg.svg?url';
import fr from 'flag-icons/flags/4x3/fr.svg?url';
import gb from 'flag-icons/flags/4x3/gb.svg?url';
import il from 'flag-icons/flags/4x3/il.svg?url';
import ir from 'flag-icons/flags/4x3/ir.svg?url';
import jo from 'flag-icons/flags/4x3/jo.svg?url';
import qa from 'flag-icons/flags/4x3/qa.svg?url';
import ru from 'flag-icons/flags/4x3/ru.svg?url';
import sa from 'flag-icons/flags/4x3/sa.svg?url';
import tr from 'flag-icons/flags/4x3/tr.svg?url';
import us from 'flag-icons/flags/4x3/us.svg?url';
import nato from '../../assets/flags/nato.svg?url';
import syr from '../../assets/flags/syr-2015.svg?url';

export const FLAGS: Record<string, string> = {
  FRA: fr,
  USA: us,
  RUS: ru,
  GBR: gb,
  DEU: de,
  TUR: tr,
  SAU: sa,
  QAT: qa,
  JOR: jo,
  EGY: eg,
  ISR: il,
  ARE: ae,
  IRN: ir,
  SYR: syr,
  NATO: nato,
};

/** Queues the flags a scene's loader does not have yet; returns whether it queued any. */
export function queueFlags(scene: Scene): boolean {
  const missing = Object.entries(FLAGS).filter(([id]) => !scene.textures.exists(`flag-${id}`));
  for (const [id, url] of missing) scene.load.svg(`flag-${id}`, url, { width: 48, height: 36 });
  return missing.length > 0;
}
