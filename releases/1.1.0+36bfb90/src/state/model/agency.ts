// The living world: every round each actor the player does not lead may take one initiative of
// its own (a strike, a public statement, a deal with a partner, sanctions), chosen by what it
// wants and whom it trusts; where the two air campaigns share the sky without deconfliction,
// incidents happen. Sizes and chances are design assumptions, documented in docs/MODEL.md.
import { DIFFICULTIES } from '../difficulty';
import { stream } from '../random';
import type { Rules } from '../rules';
import { clamp, q, type ActorId, type IssueId, type World } from '../world';
import { addDeconfliction, FLIES, setPos } from './effects';
import { coalitionLine } from './meter';

export type InitiativeKind = 'strike' | 'statement' | 'deal' | 'sanction' | 'incident';

export interface Initiative {
  kind: InitiativeKind;
  actor: ActorId;
  /** The partner of a deal, the sanctioned, the other side of an incident. */
  other: ActorId | null;
  issue: IssueId | null;
  /** The number that moved it: its line on the target, its trust in the other, the deconfliction. */
  because: number;
  /** What it changed, for the briefing: positions, trust, commitment, deconfliction. */
  moved: { actor: ActorId; issue: IssueId; from: number; to: number }[];
  trust: { from: ActorId; to: ActorId; delta: number }[];
  commit: { actor: ActorId; delta: number }[];
  deconfliction: number;
}

/** An actor the player reached this round and that said yes holds back from hostile moves. */
export interface HeldBack {
  actor: ActorId;
  kind: InitiativeKind;
  other: ActorId | null;
}

/** Urges, before the difficulty's initiative scale: the chance an actor acts on its strongest. */
export const URGE = { strike: 0.45, statement: 0.6, deal: 0.55, sanction: 0.5 } as const;
/** Effect sizes. */
const STRIKE_TRUST = 0.04;
const STRIKE_DECONFLICT = 0.02;
const DEAL_STEP = 0.25;
const DEAL_TRUST = 0.04;
const DEAL_PULL = 0.15;
const SANCTION_TRUST = 0.06;
const SANCTION_COMMIT = 0.04;
const STATEMENT_STEP = 5;
const INCIDENT_TRUST = 0.06;
const INCIDENT_DECONFLICT = 0.03;
/** Thresholds: who can strike, whom one deals with, whom one sanctions, and who can. */
const DEAL_TRUST_AT = 0.45;
const SANCTION_TRUST_AT = -0.55;
const SANCTION_CAPABILITY = 0.45;
/** Below this deconfliction incidents happen; the chance rises by this rate per point below it. */
export const INCIDENT_BELOW = 0.35;
export const INCIDENT_RATE = 0.6;

interface Option {
  kind: InitiativeKind;
  other: ActorId | null;
  issue: IssueId | null;
  because: number;
  urge: number;
  hostile: boolean;
}

/** One deal per pair a game: partners that agree once do not make the news again. */
const dealKey = (a: ActorId, b: ActorId) => (a < b ? `deal-${a}-${b}` : `deal-${b}-${a}`);
/** Sanctions the historical record already imposes (an event on its date) are not imposed twice. */
const onRecord = (rules: Rules, a: ActorId, b: ActorId) => rules.scenario.events.some((e) => e.sanctions?.some((x) => x.from === a && x.to === b));
const mutual = (w: World, a: ActorId, b: ActorId) => (w.trust[a]![b]! + w.trust[b]![a]!) / 2;

function options(rules: Rules, w: World, a: ActorId, line: Record<IssueId, number>): Option[] {
  const out: Option[] = [];
  const pos = w.pos[a]!;
  if (rules.campaign[a] !== 'none' && pos.military! >= FLIES) {
    const urge = URGE.strike * (pos.military! / 100) * (0.5 + rules.threat[a]! / 2);
    out.push({ kind: 'strike', other: null, issue: 'target', because: pos.target!, urge, hostile: false });
  }
  // A deal with the partner it trusts most, on the issue where they differ most on what it cares about.
  let partner: ActorId | null = null;
  let best = DEAL_TRUST_AT;
  for (const b of rules.actorIds) {
    if (b === a || b === w.role || (w.fired[dealKey(a, b)] ?? 0) > 0) continue;
    const t = mutual(w, a, b);
    if (t >= best) [best, partner] = [t, b];
  }
  if (partner) {
    let issue: IssueId | null = null;
    let gap = 8;
    for (const i of rules.issueIds) {
      const d = rules.salience[a]![i]! * Math.abs(pos[i]! - w.pos[partner]![i]!);
      if (d > gap) [gap, issue] = [d, i];
    }
    if (issue) out.push({ kind: 'deal', other: partner, issue, because: best, urge: URGE.deal * best, hostile: !rules.eligible[partner] });
  }
  if (rules.actor[a]!.kind === 'state' && rules.capability[a]! >= SANCTION_CAPABILITY) {
    let target: ActorId | null = null;
    let low = SANCTION_TRUST_AT;
    for (const b of rules.actorIds) {
      if (b === a || (w.fired[`sanction-${a}-${b}`] ?? 0) > 0 || onRecord(rules, a, b)) continue;
      const t = w.trust[a]![b]!;
      if (t <= low) [low, target] = [t, b];
    }
    if (target) out.push({ kind: 'sanction', other: target, issue: null, because: low, urge: URGE.sanction * -low, hostile: true });
  }
  // A public statement on what it cares about most, hardening when it distrusts the player,
  // softening toward the coalition's line when it trusts the player.
  if (rules.eligible[a]) {
    const t = w.trust[a]![w.role]!;
    let issue: IssueId | null = null;
    let top = 0;
    for (const i of rules.issueIds) {
      const s = rules.salience[a]![i]!;
      if (Math.abs(pos[i]! - line[i]!) >= 10 && s > top) [top, issue] = [s, i];
    }
    if (issue && (t < 0 || t >= 0.5)) out.push({ kind: 'statement', other: null, issue, because: t, urge: URGE.statement * Math.abs(t) * top, hostile: t < 0 });
  }
  return out;
}

const addTrust = (w: World, from: ActorId, to: ActorId, d: number, log: Initiative['trust']) => {
  if (from === to) return;
  w.trust[from] = { ...w.trust[from], [to]: q(clamp(w.trust[from]![to]! + d, -1, 1)) };
  log.push({ from, to, delta: q(d) });
};
const addCommit = (rules: Rules, w: World, a: ActorId, d: number, log: Initiative['commit']) => {
  if (a === w.role || !rules.eligible[a]) return;
  w.commit[a] = q(clamp(w.commit[a]! + d, 0, 1));
  log.push({ actor: a, delta: q(d) });
};
const move = (w: World, a: ActorId, issue: IssueId, to: number, log: Initiative['moved']) => {
  const from = w.pos[a]![issue]!;
  setPos(w, a, issue, to);
  log.push({ actor: a, issue, from, to: w.pos[a]![issue]! });
};

function apply(rules: Rules, w: World, a: ActorId, o: Option, line: Record<IssueId, number>): Initiative {
  const it: Initiative = { kind: o.kind, actor: a, other: o.other, issue: o.issue, because: q(o.because), moved: [], trust: [], commit: [], deconfliction: 0 };
  const before = w.deconfliction;
  switch (o.kind) {
    case 'strike':
      if (o.because >= 50) {
        // Strikes on Assad's armed opponents: their backers trust the striker less.
        for (const x of rules.actorIds) if (x !== a && w.pos[x]!.assad! <= 35) addTrust(w, x, a, -STRIKE_TRUST, it.trust);
        addDeconfliction(w, -STRIKE_DECONFLICT);
      } else {
        // Strikes on ISIS show common cause across the campaigns.
        for (const x of rules.actorIds) if (x !== a && rules.campaign[x] !== 'none' && rules.campaign[x] !== rules.campaign[a]) addTrust(w, x, a, STRIKE_TRUST / 2, it.trust);
        addCommit(rules, w, a, 0.02, it.commit);
      }
      break;
    case 'deal': {
      const b = o.other!;
      const i = o.issue!;
      const xa = w.pos[a]![i]!;
      const xb = w.pos[b]![i]!;
      move(w, a, i, xa + DEAL_STEP * (xb - xa), it.moved);
      move(w, b, i, xb + DEAL_STEP * (xa - xb), it.moved);
      addTrust(w, a, b, DEAL_TRUST, it.trust);
      addTrust(w, b, a, DEAL_TRUST, it.trust);
      const ka = w.commit[a]!;
      const kb = w.commit[b]!;
      addCommit(rules, w, a, DEAL_PULL * (kb - ka), it.commit);
      addCommit(rules, w, b, DEAL_PULL * (ka - kb), it.commit);
      w.fired = { ...w.fired, [dealKey(a, b)]: 1 };
      break;
    }
    case 'sanction': {
      const b = o.other!;
      addTrust(w, a, b, -SANCTION_TRUST, it.trust);
      addTrust(w, b, a, -SANCTION_TRUST, it.trust);
      addCommit(rules, w, a, -SANCTION_COMMIT, it.commit);
      addCommit(rules, w, b, -SANCTION_COMMIT, it.commit);
      w.fired = { ...w.fired, [`sanction-${a}-${b}`]: 1 };
      break;
    }
    case 'statement': {
      const i = o.issue!;
      const x = w.pos[a]![i]!;
      const toward = Math.sign(line[i]! - x);
      move(w, a, i, x + (o.hostile ? -toward : toward) * STATEMENT_STEP, it.moved);
      break;
    }
  }
  it.deconfliction = q(w.deconfliction - before);
  return it;
}

/**
 * One round of initiatives, in scenario order, each actor's two draws taken whether or not it
 * acts, so the player's moves never shift anyone's dice. `contacted` are the actors that said
 * yes to the player this round: they hold back from hostile moves.
 */
export function agencyRound(rules: Rules, w: World, contacted: ReadonlySet<ActorId>, scale = DIFFICULTIES[w.difficulty].initiative): { initiatives: Initiative[]; heldBack: HeldBack[] } {
  const next = stream(w.seed, 'agency', w.round);
  const line = coalitionLine(rules, w);
  const initiatives: Initiative[] = [];
  const heldBack: HeldBack[] = [];
  for (const a of rules.actorIds) {
    const u = next();
    if (a === w.role) continue;
    const all = options(rules, w, a, line).sort((x, y) => y.urge - x.urge);
    let pick = all[0];
    if (pick && u >= pick.urge * scale) continue;
    if (pick?.hostile && contacted.has(a)) {
      heldBack.push({ actor: a, kind: pick.kind, other: pick.other });
      pick = all.find((o) => !o.hostile && u < o.urge * scale);
    }
    if (pick) initiatives.push(apply(rules, w, a, pick, line));
  }
  // Incidents between the campaigns: likelier the less they are deconflicted.
  const u = next();
  const v = next();
  const chance = Math.max(0, INCIDENT_BELOW - w.deconfliction) * INCIDENT_RATE * scale;
  const fliers = rules.actorIds.filter((a) => rules.campaign[a] === 'coalition' && w.pos[a]!.military! >= FLIES);
  const russian = rules.actorIds.find((a) => rules.campaign[a] === 'russia' && rules.eligible[a] && w.pos[a]!.military! >= FLIES);
  if (u < chance && russian && fliers.length) {
    const other = fliers[Math.floor(v * fliers.length)]!;
    const it: Initiative = { kind: 'incident', actor: russian, other, issue: null, because: q(w.deconfliction), moved: [], trust: [], commit: [], deconfliction: 0 };
    addTrust(w, russian, other, -INCIDENT_TRUST, it.trust);
    addTrust(w, other, russian, -INCIDENT_TRUST, it.trust);
    const before = w.deconfliction;
    addDeconfliction(w, -INCIDENT_DECONFLICT);
    it.deconfliction = q(w.deconfliction - before);
    initiatives.push(it);
  }
  return { initiatives, heldBack };
}

/** Who said yes to the player in a round: they hold back from hostile moves at its end. */
export function contactedIn(actions: { action: { type: string }; answer: { kind: string } | null }[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const r of actions) if (r.answer?.kind === 'accept' && 'target' in r.action) out.add((r.action as { target: ActorId }).target);
  return out;
}

