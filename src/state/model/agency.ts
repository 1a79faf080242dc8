// The living world: every round each actor the player does not lead may take one initiative of
// its own (a strike, a public statement, a deal with a partner, sanctions), chosen by what it
// wants and whom it trusts; where the two air campaigns share the sky without deconfliction,
// incidents happen. Sizes and chances are design assumptions, documented in docs/MODEL.md.
import { DIFFICULTIES } from '../difficulty';
import { stream } from '../random';
import type { Rules } from '../rules';
import type { ActionRecord } from '../actions';
import { q, type ActorId, type IssueId, type World } from '../world';
import { addCommit, addDeconfliction, addTrust, FLIES, rivals, setPos } from './effects';
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
  /** What it changed, for the briefing: positions, trust, deconfliction. */
  moved: { actor: ActorId; issue: IssueId; from: number; to: number }[];
  trust: { from: ActorId; to: ActorId; delta: number }[];
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

const mutual = (w: World, a: ActorId, b: ActorId) => (w.trust[a]![b]! + w.trust[b]![a]!) / 2;

function options(rules: Rules, w: World, a: ActorId, line: Record<IssueId, number>): Option[] {
  const out: Option[] = [];
  const pos = w.pos[a]!;
  const { strikes, force } = rules.issue;
  if (rules.campaign[a] !== 'none' && pos[force]! >= FLIES) {
    const urge = URGE.strike * (pos[force]! / 100) * (0.5 + rules.threat[a]! / 2);
    out.push({ kind: 'strike', other: null, issue: strikes, because: pos[strikes]!, urge, hostile: false });
  }
  // A deal with the partner it trusts most, on the issue where they differ most on what it cares about.
  // One deal per pair a game: partners that agree once do not make the news again.
  let partner: ActorId | null = null;
  let best = DEAL_TRUST_AT;
  const deals = rules.dealKey[a]!;
  for (const b of rules.actorIds) {
    if (b === a || b === w.role) continue;
    const t = mutual(w, a, b);
    // Trust first: the record of past deals is read only for a partner that would be chosen.
    if (t >= best && !((w.fired[deals[b]!] ?? 0) > 0)) [best, partner] = [t, b];
  }
  if (partner) {
    let issue: IssueId | null = null;
    let gap = 8;
    for (const i of rules.issueIds) {
      // A deal aligns what two capitals say, not what forces they have.
      if (i === force) continue;
      const d = rules.salience[a]![i]! * Math.abs(pos[i]! - w.pos[partner]![i]!);
      if (d > gap) [gap, issue] = [d, i];
    }
    if (issue)
      out.push({
        kind: 'deal',
        other: partner,
        issue,
        because: best,
        urge: URGE.deal * best,
        hostile: !rules.eligible[partner],
      });
  }
  if (rules.actor[a]!.kind === 'state' && rules.capability[a]! >= SANCTION_CAPABILITY) {
    let target: ActorId | null = null;
    let low = SANCTION_TRUST_AT;
    const keys = rules.sanctionKey[a]!;
    const onRecord = rules.onRecord[a]!;
    for (const b of rules.actorIds) {
      if (b === a) continue;
      const t = w.trust[a]![b]!;
      if (t <= low && !onRecord[b] && !((w.fired[keys[b]!] ?? 0) > 0)) [low, target] = [t, b];
    }
    if (target)
      out.push({
        kind: 'sanction',
        other: target,
        issue: null,
        because: low,
        urge: URGE.sanction * -low,
        hostile: true,
      });
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
    if (issue && (t < 0 || t >= 0.5))
      out.push({
        kind: 'statement',
        other: null,
        issue,
        because: t,
        urge: URGE.statement * Math.abs(t) * top,
        hostile: t < 0,
      });
  }
  return out;
}

/** The shared trust setter, with a line in the initiative's record for the briefing. */
const trust = (w: World, from: ActorId, to: ActorId, d: number, log: Initiative['trust']) => {
  if (from === to) return;
  addTrust(w, from, to, d);
  log.push({ from, to, delta: q(d) });
};
/** Initiatives move the commitment of eligible actors other than the player (who is always in). */
const commit = (rules: Rules, w: World, a: ActorId, d: number) => {
  if (a !== w.role && rules.eligible[a]) addCommit(w, a, d);
};
const move = (w: World, a: ActorId, issue: IssueId, to: number, log: Initiative['moved']) => {
  const from = w.pos[a]![issue]!;
  setPos(w, a, issue, to);
  log.push({ actor: a, issue, from, to: w.pos[a]![issue]! });
};

function apply(rules: Rules, w: World, a: ActorId, o: Option, line: Record<IssueId, number>): Initiative {
  const it: Initiative = {
    kind: o.kind,
    actor: a,
    other: o.other,
    issue: o.issue,
    because: q(o.because),
    moved: [],
    trust: [],
    deconfliction: 0,
  };
  const before = w.deconfliction;
  switch (o.kind) {
    case 'strike':
      if (o.because >= 50) {
        // Strikes on Assad's armed opponents: their backers trust the striker less.
        for (const x of rules.actorIds)
          if (x !== a && w.pos[x]![rules.issue.regime]! <= 35) trust(w, x, a, -STRIKE_TRUST, it.trust);
        addDeconfliction(w, -STRIKE_DECONFLICT);
      } else {
        // Strikes on ISIS show common cause across the campaigns.
        for (const x of rules.actorIds) if (rivals(rules, x, a)) trust(w, x, a, STRIKE_TRUST / 2, it.trust);
        commit(rules, w, a, 0.02);
      }
      break;
    case 'deal': {
      const b = o.other!;
      const i = o.issue!;
      const xa = w.pos[a]![i]!;
      const xb = w.pos[b]![i]!;
      move(w, a, i, xa + DEAL_STEP * (xb - xa), it.moved);
      move(w, b, i, xb + DEAL_STEP * (xa - xb), it.moved);
      trust(w, a, b, DEAL_TRUST, it.trust);
      trust(w, b, a, DEAL_TRUST, it.trust);
      const ka = w.commit[a]!;
      const kb = w.commit[b]!;
      commit(rules, w, a, DEAL_PULL * (kb - ka));
      commit(rules, w, b, DEAL_PULL * (ka - kb));
      w.fired = { ...w.fired, [rules.dealKey[a]![b]!]: 1 };
      break;
    }
    case 'sanction': {
      const b = o.other!;
      trust(w, a, b, -SANCTION_TRUST, it.trust);
      trust(w, b, a, -SANCTION_TRUST, it.trust);
      commit(rules, w, a, -SANCTION_COMMIT);
      commit(rules, w, b, -SANCTION_COMMIT);
      w.fired = { ...w.fired, [rules.sanctionKey[a]![b]!]: 1 };
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
export function agencyRound(
  rules: Rules,
  w: World,
  contacted: ReadonlySet<ActorId>,
  scale = DIFFICULTIES[w.difficulty].initiative,
): { initiatives: Initiative[]; heldBack: HeldBack[] } {
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
  const fliers = rules.actorIds.filter(
    (a) => rules.campaign[a] === 'coalition' && w.pos[a]![rules.issue.force]! >= FLIES,
  );
  const russian = rules.actorIds.find(
    (a) => rules.campaign[a] === 'russia' && rules.eligible[a] && w.pos[a]![rules.issue.force]! >= FLIES,
  );
  if (u < chance && russian && fliers.length) {
    const other = fliers[Math.floor(v * fliers.length)]!;
    const it: Initiative = {
      kind: 'incident',
      actor: russian,
      other,
      issue: null,
      because: q(w.deconfliction),
      moved: [],
      trust: [],
      deconfliction: 0,
    };
    trust(w, russian, other, -INCIDENT_TRUST, it.trust);
    trust(w, other, russian, -INCIDENT_TRUST, it.trust);
    const before = w.deconfliction;
    addDeconfliction(w, -INCIDENT_DECONFLICT);
    it.deconfliction = q(w.deconfliction - before);
    initiatives.push(it);
  }
  return { initiatives, heldBack };
}

/** Who said yes to the player in a round: they hold back from hostile moves at its end. */
export function contactedIn(actions: ActionRecord[]): Set<ActorId> {
  const out = new Set<ActorId>();
  for (const r of actions) if (r.answer?.kind === 'accept' && 'target' in r.action) out.add(r.action.target);
  return out;
}
