import type { GameView } from '../state/view';
import { byId, clear, h, put } from './dom';

export function renderTopbar(v: GameView | null, saveProblem: string | null, fingerprint: string | null = null): void {
  const root = byId('topbar');
  clear(root);
  put(root, h('h1', { class: 'brand' }, 'Grand Coalition'));
  if (v) {
    put(root, 
      h('p', { class: 'status' }, `Round ${v.round + 1} of ${v.rounds} · ${v.date} · ${v.difficulty}`),
      v.phase === 'diplomacy' ? h('p', { class: 'status', id: 'ap' }, `Action points: ${v.ap} of ${v.apMax}`) : null,
      // The game's fingerprint: groups who made the same moves from the same seed see the same one.
      fingerprint ? h('p', { class: 'status small', id: 'fingerprint', 'data-hash': fingerprint, title: fingerprint }, `Fingerprint ${fingerprint.slice(0, 8)}`) : null,
    );
  }
  if (saveProblem) put(root, h('p', { class: 'warn', role: 'status' }, `Not saving: ${saveProblem}. Your game goes on; export the replay to keep it.`));
}
