// How often asks are answered yes, by kind of move and by how far the ask stands from the asked
// actor's own line: read off the answers recorded in played games (each keeps its evaluation), so
// the same tally reads any release's worlds. For docs/BALANCE.md.

/** What the tally reads of a recorded move: the shape every release since 1.0.0 stores. */
export interface RecordLike {
  action: { type: string; terms?: Record<string, number> };
  answer: {
    kind: string;
    roll: number | null;
    evaluation: {
      pAccept: number;
      issues: { issue: string; own: number; proposed: number; salience: number; beyond: number }[];
    };
  } | null;
}
export interface WorldLike {
  rounds: { actions: RecordLike[] }[];
}

/** Distance bands, in points of the 0–100 scales (salience-weighted mean over the terms on the table). */
export const BANDS = [
  { id: '0–10', max: 10 },
  { id: '10–20', max: 20 },
  { id: '20–30', max: 30 },
  { id: '30–40', max: 40 },
  { id: '40+', max: Infinity },
] as const;
export const KINDS = ['call', 'visit', 'proposal', 'concession', 'counter returned'] as const;

export interface Tally {
  asks: number;
  yes: number;
  counter: number;
  no: number;
  /** Sum of the chances of yes the actors gave (mean = pSum / asks). */
  pSum: number;
}
const empty = (): Tally => ({ asks: 0, yes: 0, counter: 0, no: 0, pSum: 0 });

export interface Acceptance {
  games: number;
  statements: number;
  byKind: Record<string, Tally>;
  byBand: Record<string, Tally>;
  /** Proposals only, by distance band (the ask a player chooses the terms of). */
  proposalsByBand: Record<string, Tally>;
  /** Proposals whose named terms cross the actor's red lines, and those that do not. */
  proposalsRedLine: Record<'crosses' | 'within', Tally>;
}

export const newAcceptance = (): Acceptance => ({
  games: 0,
  statements: 0,
  byKind: Object.fromEntries(KINDS.map((k) => [k, empty()])),
  byBand: Object.fromEntries(BANDS.map((b) => [b.id, empty()])),
  proposalsByBand: Object.fromEntries(BANDS.map((b) => [b.id, empty()])),
  proposalsRedLine: { crosses: empty(), within: empty() },
});

/**
 * How far an ask stands from the asked actor's own line: the salience-weighted mean distance
 * between what it is asked to accept and its own positions. A proposal puts the issues it names on
 * the table; a call, a visit or a concession asks about the coalition's line as it stands.
 */
export function askDistance(r: RecordLike): number {
  const ev = r.answer!.evaluation;
  const named = r.action.type === 'proposal' ? new Set(Object.keys(r.action.terms ?? {})) : null;
  let num = 0;
  let den = 0;
  for (const v of ev.issues) {
    if (named && !named.has(v.issue)) continue;
    num += v.salience * Math.abs(v.own - v.proposed);
    den += v.salience;
  }
  return den > 0 ? num / den : 0;
}

const band = (d: number) => BANDS.find((b) => d < b.max)!.id;
const add = (t: Tally, r: RecordLike) => {
  const a = r.answer!;
  t.asks += 1;
  t.pSum += a.roll === null ? 1 : a.evaluation.pAccept;
  if (a.kind === 'accept') t.yes += 1;
  else if (a.kind === 'counter') t.counter += 1;
  else t.no += 1;
};

export function tallyGame(acc: Acceptance, w: WorldLike): void {
  acc.games += 1;
  for (const round of w.rounds)
    for (const r of round.actions) {
      if (r.action.type === 'statement') acc.statements += 1;
      if (!r.answer) continue;
      // A counter-offer sent back is honoured without a draw: counted apart, not as an ask's answer.
      if (r.answer.roll === null) {
        add(acc.byKind['counter returned']!, r);
        continue;
      }
      add(acc.byKind[r.action.type]!, r);
      const b = band(askDistance(r));
      add(acc.byBand[b]!, r);
      if (r.action.type === 'proposal') {
        add(acc.proposalsByBand[b]!, r);
        const named = new Set(Object.keys(r.action.terms ?? {}));
        const crosses = r.answer.evaluation.issues.some((v) => named.has(v.issue) && v.beyond > 0);
        add(acc.proposalsRedLine[crosses ? 'crosses' : 'within'], r);
      }
    }
}

/** Adds one tally into another (the balance report sums its roles' jobs, in role order). */
export function mergeAcceptance(into: Acceptance, from: Acceptance): void {
  into.games += from.games;
  into.statements += from.statements;
  const sum = (a: Record<string, Tally>, b: Record<string, Tally>) => {
    for (const [k, t] of Object.entries(b)) {
      const x = a[k]!;
      x.asks += t.asks;
      x.yes += t.yes;
      x.counter += t.counter;
      x.no += t.no;
      x.pSum += t.pSum;
    }
  };
  sum(into.byKind, from.byKind);
  sum(into.byBand, from.byBand);
  sum(into.proposalsByBand, from.proposalsByBand);
  sum(into.proposalsRedLine, from.proposalsRedLine);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
/** One table row: asks, share answered yes / countered / refused, and the mean chance of yes shown. */
export const row = (t: Tally): string[] => [
  String(t.asks),
  pct(t.yes, t.asks),
  pct(t.counter, t.asks),
  pct(t.no, t.asks),
  t.asks ? `${((100 * t.pSum) / t.asks).toFixed(0)}%` : '—',
];
