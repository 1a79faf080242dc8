// One palette for canvas and page: Okabe–Ito colours, safe for the common colour-vision
// deficiencies, and never used alone: each stance also has a shape and a word.
import type { Stance } from '../state/view';

export const INK = {
  bg: 0x14202b,
  sea: 0x1b2c3b,
  land: 0x2c3e4f,
  landEdge: 0x4a6277,
  actorLand: 0x3b556b,
  text: '#f2f4f7',
  dim: '#c3ccd6',
};

export const STANCE: Record<Stance, { color: number; css: string; word: string; symbol: string }> = {
  member: { color: 0x56b4e9, css: '#56b4e9', word: 'member', symbol: '●' },
  leaning: { color: 0x009e73, css: '#33c49a', word: 'leaning in', symbol: '◐' },
  outside: { color: 0xe69f00, css: '#e69f00', word: 'outside', symbol: '○' },
  opposed: { color: 0xd55e00, css: '#ff7a33', word: 'opposed', symbol: '✕' },
};

export const RELATION = { agreement: 0x56b4e9, tension: 0xd55e00 };
