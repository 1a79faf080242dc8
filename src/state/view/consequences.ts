// What a move (or a round) changed, read off the world before and after it: commitment and
// membership, trust in the player, positions (the player's own included), deconfliction and the
// meter, in words and numbers. Pure: it compares two worlds and judges nothing.
import { keptOutBy, MEMBER_AT } from '../rules/model/meter';
import { betweenLabels, theirs } from './news';
import type { Rules } from '../rules/rules';
import type { ActorId, World } from '../rules/world';
import { percent as pct, wholePercent } from './percent';
import { betweenSaid } from './explain';
import { actorRef, said, type Said, type SaidValue } from './said';
import { capitalize as cap } from './sentence';

export interface Change {
  kind: 'commitment' | 'trust' | 'position' | 'deconfliction' | 'meter';
  actor: ActorId | null;
  text: string;
  /** The same, as a message and its values for the reader's language (./said.ts). */
  said: Said;
  /** The signed size of the change, for sorting (points of 100, or trust in hundredths). */
  size: number;
}

const signed = (x: number, digits = 2) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(digits)}`;

/** "Russia's" / "your": the possessive of an actor in a sentence, from the player's side. */
export function possessive(rules: Rules, me: ActorId, a: ActorId): string {
  if (a === me) return 'your';
  return theirs(rules, a);
}

/** "Russia’s" as a sentence starts with it, for the actor's messages (French names it its own way). */
const whoseRef = (rules: Rules, a: ActorId): SaidValue => actorRef(a, cap(theirs(rules, a)));
/** The other actor named by a condition: "the United States’". */
const byRef = (rules: Rules, a: ActorId): SaidValue => actorRef(a, theirs(rules, a));
const signedRef = (x: number): SaidValue => ({ fixed: x, digits: 2, sign: 'minus' });

export function diffWorlds(rules: Rules, before: World, after: World): Change[] {
  const me = after.role;
  const out: Change[] = [];
  const members = new Set(after.meter.members);
  const wasMember = new Set(before.meter.members);
  for (const a of rules.actorIds) {
    if (a === me) continue;
    const k0 = before.commit[a]!;
    const k1 = after.commit[a]!;
    const joined = members.has(a) && !wasMember.has(a);
    const left = !members.has(a) && wasMember.has(a);
    if (wholePercent(k0) === wholePercent(k1) && !joined && !left) continue;
    const kept = !members.has(a) && rules.eligible[a] && k1 >= MEMBER_AT ? keptOutBy(rules, after, a) : null;
    const status = joined
      ? ': now a member'
      : left
        ? kept
          ? `: no longer a member (${theirs(rules, kept.by)} condition keeps it out)`
          : `: no longer a member (members need ${pct(MEMBER_AT)})`
        : members.has(a)
          ? ''
          : kept
            ? ` (committed enough, but ${theirs(rules, kept.by)} condition keeps it out)`
            : rules.eligible[a]
              ? ` (members need ${pct(MEMBER_AT)})`
              : ' (it stays out of any coalition)';
    const statusSaid: SaidValue = joined
      ? said('change.nowMember')
      : left
        ? kept
          ? said('change.leftKept', { by: byRef(rules, kept.by) })
          : said('change.left', { need: wholePercent(MEMBER_AT) })
        : members.has(a)
          ? ''
          : kept
            ? said('change.kept', { by: byRef(rules, kept.by) })
            : rules.eligible[a]
              ? said('change.need', { need: wholePercent(MEMBER_AT) })
              : said('change.staysOut');
    out.push({
      kind: 'commitment',
      actor: a,
      text: `${cap(possessive(rules, me, a))} commitment ${pct(k0)} \u2192 ${pct(k1)}${status}`,
      said: said('change.commitment', {
        whose: whoseRef(rules, a),
        from: wholePercent(k0),
        to: wholePercent(k1),
        status: statusSaid,
      }),
      size: (k1 - k0) * 100 + (joined || left ? 1000 : 0),
    });
  }
  for (const a of rules.actorIds) {
    if (a === me) continue;
    const t0 = before.trust[a]![me]!;
    const t1 = after.trust[a]![me]!;
    if (Math.abs(t1 - t0) < 0.01) continue;
    out.push({
      kind: 'trust',
      actor: a,
      text: `${cap(possessive(rules, me, a))} trust in you ${signed(t1 - t0)} (now ${signed(t1)})`,
      said: said('change.trust', { whose: whoseRef(rules, a), change: signedRef(t1 - t0), now: signedRef(t1) }),
      size: (t1 - t0) * 100,
    });
  }
  for (const a of rules.actorIds) {
    for (const i of rules.issueIds) {
      const p0 = before.pos[a]![i]!;
      const p1 = after.pos[a]![i]!;
      if (Math.round(p0) === Math.round(p1)) continue;
      const issue = rules.scenario.issues.find((x) => x.id === i)!;
      out.push({
        kind: 'position',
        actor: a,
        text: `${cap(possessive(rules, me, a))} line on ${issue.topic}: ${Math.round(p0)} \u2192 ${Math.round(p1)} (${betweenLabels(rules, i, p1)})`,
        said: said(a === me ? 'change.yourLine' : 'change.line', {
          ...(a === me ? {} : { whose: whoseRef(rules, a) }),
          issue: { issue: i, name: issue.topic },
          from: Math.round(p0),
          to: Math.round(p1),
          words: betweenSaid(rules, i, p1),
        }),
        size: (p1 - p0) * (a === me ? 100 : 1),
      });
    }
  }
  if (wholePercent(before.deconfliction) !== wholePercent(after.deconfliction))
    out.push({
      kind: 'deconfliction',
      actor: null,
      text: `Deconfliction between the two air campaigns ${pct(before.deconfliction)} \u2192 ${pct(after.deconfliction)}`,
      said: said('change.deconfliction', {
        from: wholePercent(before.deconfliction),
        to: wholePercent(after.deconfliction),
      }),
      size: (after.deconfliction - before.deconfliction) * 100,
    });
  if (before.meter.value.toFixed(1) !== after.meter.value.toFixed(1))
    out.push({
      kind: 'meter',
      actor: null,
      text: `Coalition meter ${before.meter.value.toFixed(1)} \u2192 ${after.meter.value.toFixed(1)}`,
      said: said('change.meter', {
        from: { fixed: before.meter.value, digits: 1 },
        to: { fixed: after.meter.value, digits: 1 },
      }),
      size: after.meter.value - before.meter.value,
    });
  return out;
}

/**
 * The changes worth reading first: meter, membership and deconfliction, then the addressed actor,
 * then the commitment of the capitals the player's goal needs (`needed`), then the player's own
 * positions, then the largest of the rest, at most `limit` of them.
 */
export function headline(
  changes: Change[],
  me: ActorId,
  focus: ActorId | null,
  limit = 6,
  needed: readonly ActorId[] = [],
): Change[] {
  const rank = (c: Change) =>
    c.kind === 'meter'
      ? 0
      : Math.abs(c.size) >= 1000
        ? 1
        : c.kind === 'deconfliction'
          ? 2
          : c.actor === focus
            ? 3
            : c.kind === 'commitment' && c.actor !== null && needed.includes(c.actor)
              ? 3.5
              : c.actor === me
                ? 4
                : 5;
  return [...changes].sort((a, b) => rank(a) - rank(b) || Math.abs(b.size) - Math.abs(a.size)).slice(0, limit);
}
