// The living world: every round each actor the player does not lead may take one initiative of
// its own (a strike, a public statement, a call to a partner), chosen by what it wants and whom it
// trusts; where the two air campaigns share the sky without deconfliction, incidents happen. These
// are acts of the kind the period saw every week; dated acts (sanctions, memberships, deployments)
// come only from the record's calendar, so the model never reports as news one that did not happen.
// Sizes and chances are design assumptions, documented in docs/MODEL.md.
import { DIFFICULTIES } from '../difficulty';
import { stream } from '../random';
import type { Rules } from '../rules';
import {
  isHuman,
  q,
  type ActionRecord,
  type ActorId,
  type HeldBack,
  type Initiative,
  type InitiativeKind,
  type IssueId,
  type World,
} from '../world';
import { addCommit, addDeconfliction, addTrust, FLIES, rivals, setPos } from './effects';
import { coalitionLine } from './meter';

export type { HeldBack, Initiative, InitiativeKind } from '../world';

/** Urges, before the difficulty's initiative scale: the chance an actor acts on its strongest. */
export const URGE = { strike: 0.45, statement: 0.6, call: 0.55 } as const;
/** Effect sizes. */
const STRIKE_TRUST = 0.04;
const CALL_TRUST = 0.04;
const CALL_PULL = 0.15;
const STATEMENT_STEP = 5;
const INCIDENT_TRUST = 0.06;
const INCIDENT_DECONFLICT = 0.03;
/** Whom one calls on its own: a partner it trusts at least this much. */
const CALL_TRUST_AT = 0.45;
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

// One call per pair a game: partners that confer once do not make the news again. One public
// statement per actor and issue a game: a capital restates a line, it does not walk it. Both are
// kept in the record of what has fired, under the names rules.callKey and rules.statementKey give.

function options(rules: Rules, w: World, a: ActorId, line: Record<IssueId, number>): Option[] {
  const out: Option[] = [];
  const pos = w.pos[a]!;
  const { strikes, force } = rules.issue;
  if (rules.campaign[a] !== 'none' && pos[force]! >= FLIES) {
    const urge = URGE.strike * (pos[force]! / 100) * (0.5 + rules.threat[a]! / 2);
    out.push({ kind: 'strike', other: null, issue: strikes, because: pos[strikes]!, urge, hostile: false });
  }
  // A call to the partner it trusts most: they confer, and each pulls the other toward its own
  // view of the coalition. What they say to each other moves no line: that takes a public act.
  let partner: ActorId | null = null;
  let best = CALL_TRUST_AT;
  const trusts = w.trust[a]!;
  const calls = rules.callKey[a]!;
  for (const b of rules.actorIds) {
    if (b === a || isHuman(w, b)) continue;
    const t = (trusts[b]! + w.trust[b]![a]!) / 2; // how far the two trust each other

    // Trust first: the record of past calls is read only for a partner that would be chosen.
    if (t >= best && !((w.fired[calls[b]!] ?? 0) > 0)) [best, partner] = [t, b];
  }
  if (partner)
    out.push({
      kind: 'call',
      other: partner,
      issue: null,
      because: best,
      urge: URGE.call * best,
      hostile: !rules.eligible[partner] && rules.campaign[partner] === 'russia',
    });
  // A public statement on what it cares about most, hardening when it distrusts the player,
  // softening toward the coalition's line when it trusts the player.
  if (rules.eligible[a]) {
    const t = w.trust[a]![w.role]!;
    let issue: IssueId | null = null;
    let top = 0;
    const sal = rules.salienceAt[a]!;
    const said = rules.statementKey[a]!;
    for (let k = 0; k < rules.issueIds.length; k++) {
      const i = rules.issueIds[k]!;
      const s = sal[k]!;
      if (Math.abs(pos[i]! - line[i]!) >= 10 && s > top && !((w.fired[said[k]!] ?? 0) > 0)) [top, issue] = [s, i];
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
/**
 * Initiatives move the commitment of eligible actors other than the player (who is always in), but
 * never across the line of membership: joining or leaving is a dated act, and an actor's own call
 * or strike is not one (the record's acts and the player's asks are).
 */
const commit = (rules: Rules, w: World, a: ActorId, d: number) => {
  if (isHuman(w, a) || !rules.eligible[a]) return;
  addCommit(w, a, d);
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
        // The flight-safety channel is not about targets: it held all through 2015 while Russia kept
        // striking the rebels (Kerry and Lavrov reaffirmed it on 15 December), so only trust suffers.
        for (const x of rules.actorIds)
          if (x !== a && w.pos[x]![rules.issue.regime]! <= 35) trust(w, x, a, -STRIKE_TRUST, it.trust);
      } else {
        // Strikes on ISIS show common cause across the campaigns.
        for (const x of rules.actorIds) if (rivals(rules, x, a)) trust(w, x, a, STRIKE_TRUST / 2, it.trust);
        commit(rules, w, a, 0.02);
      }
      break;
    case 'call': {
      const b = o.other!;
      trust(w, a, b, CALL_TRUST, it.trust);
      trust(w, b, a, CALL_TRUST, it.trust);
      const ka = w.commit[a]!;
      const kb = w.commit[b]!;
      commit(rules, w, a, CALL_PULL * (kb - ka));
      commit(rules, w, b, CALL_PULL * (ka - kb));
      w.fired[rules.callKey[a]![b]!] = 1;
      break;
    }
    case 'statement': {
      const i = o.issue!;
      const x = w.pos[a]![i]!;
      const toward = Math.sign(line[i]! - x);
      move(w, a, i, x + (o.hostile ? -toward : toward) * STATEMENT_STEP, it.moved);
      w.fired[rules.statementKey[a]![rules.issueIds.indexOf(i)]!] = 1;
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
    if (isHuman(w, a)) continue;
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
