// The coalition meter (0–100): who is in, how committed, and how far members agree on what
// matters (target, Assad, deconfliction with Russia's campaign). It sums per-member parts.
import { partnerExcess, type PartnerLine, type Rules } from '../rules';
import { q, type ActorId, type MemberPart, type MeterBreakdown, type Terms, type World } from '../world';

export type { MemberPart, MeterBreakdown } from '../world';

/** Commitment at or above this makes an eligible actor a member. */
export const MEMBER_AT = 0.5;
const BASE = 0.4;
const COMMIT = 0.3;
const AGREE = 0.3;

/**
 * Who is in: eligible actors committed at least MEMBER_AT, less any (other than the player) that a
 * member's condition on its partners keeps out. Obama's: no cooperation with Moscow unless its own
 * strikes turn to ISIS. Membership takes both sides: the one who joins and the ones it joins.
 */
export function members(rules: Rules, world: World): ActorId[] {
  const out: ActorId[] = [];
  for (const a of rules.actorIds)
    if (willing(rules, world, a) && (a === world.role || vetoedBy(rules, world, a) === null)) out.push(a);
  return out;
}

const willing = (rules: Rules, world: World, a: ActorId): boolean =>
  rules.eligible[a]! && world.commit[a]! >= MEMBER_AT;

/**
 * The first willing actor (in scenario order) whose condition on its partners keeps `x` out, with
 * the line it holds `x` to, if any: the rule members() applies, for every text that says why.
 */
export function keptOutBy(rules: Rules, world: World, x: ActorId): { by: ActorId; line: PartnerLine } | null {
  for (const held of rules.linesOn[x]!)
    if (
      held.by !== x &&
      willing(rules, world, held.by) &&
      partnerExcess(held.line, world.pos[x]![held.line.issue]!) > 0
    )
      return held;
  return null;
}

/** Who keeps `x` out (keptOutBy's actor), if anyone. */
export const vetoedBy = (rules: Rules, world: World, x: ActorId): ActorId | null =>
  keptOutBy(rules, world, x)?.by ?? null;

/** Two work arrays reused by coalitionLine (allocating them costs more than the sums). */
const scratch: Float64Array[] = [new Float64Array(0), new Float64Array(0)];
function sums(n: number, which: 0 | 1): Float64Array {
  if (scratch[which]!.length !== n) scratch[which] = new Float64Array(n);
  return scratch[which]!;
}

/**
 * The coalition's line on each issue: the capability- and salience-weighted mean of its members
 * (Bueno de Mesquita's mean position, restricted to members). With no members, the player's line.
 */
export function coalitionLine(rules: Rules, world: World, who: ActorId[] = members(rules, world)): Terms {
  // Member by member, each row read once; every issue's sums still run in the members' order.
  const ids = rules.issueIds;
  const n = ids.length;
  const num = sums(n, 0);
  const den = sums(n, 1);
  num.fill(0);
  den.fill(0);
  for (const a of who) {
    const pull = rules.pullAt[a]!;
    const pos = world.pos[a]!;
    for (let k = 0; k < n; k++) {
      const w = pull[k]!;
      num[k] = num[k]! + w * pos[ids[k]!]!;
      den[k] = den[k]! + w;
    }
  }
  const line: Terms = {};
  for (let k = 0; k < n; k++) line[ids[k]!] = den[k]! > 0 ? num[k]! / den[k]! : world.pos[world.role]![ids[k]!]!;
  return line;
}

/**
 * How far one member agrees with the line on what to strike and on the regime's fate, and how well
 * the campaigns are deconflicted.
 */
export function agreement(rules: Rules, world: World, actor: ActorId, line: Terms): number {
  const p = world.pos[actor]!;
  const { strikes, regime } = rules.issue;
  const t = 1 - Math.abs(p[strikes]! - line[strikes]!) / 100;
  const a = 1 - Math.abs(p[regime]! - line[regime]!) / 100;
  return (t + a + world.deconfliction) / 3;
}

/** Points a member adds to the meter at a given commitment and agreement. */
export function memberPoints(rules: Rules, actor: ActorId, commitment: number, agreement: number): number {
  return (
    ((100 * rules.capability[actor]!) / rules.eligibleCapability) * (BASE + COMMIT * commitment + AGREE * agreement)
  );
}

export function meter(rules: Rules, world: World): MeterBreakdown {
  const who = members(rules, world);
  const line = coalitionLine(rules, world, who);
  const parts: MemberPart[] = [];
  let value = 0;
  for (const a of who) {
    const k = world.commit[a]!;
    const ag = agreement(rules, world, a, line);
    const pts = memberPoints(rules, a, k, ag);
    value += pts;
    parts.push({ actor: a, commitment: q(k), agreement: q(ag), points: q(pts) });
  }
  const roundedLine: Terms = {};
  for (const i of rules.issueIds) roundedLine[i] = q(line[i]!);
  return {
    value: q(Math.min(100, Math.max(0, value))),
    members: who,
    line: roundedLine,
    deconfliction: q(world.deconfliction),
    parts,
  };
}

/**
 * The coalition's line as the others make it: what an actor weighs when it decides whether to be in.
 * Leaving itself out keeps an actor from joining because its own weight, once in, would move the line
 * its way.
 */
export function lineWithout(rules: Rules, world: World, actor: ActorId, who: ActorId[] = members(rules, world)): Terms {
  return coalitionLine(
    rules,
    world,
    who.filter((a) => a !== actor),
  );
}

/**
 * The line without each member in turn (`without[m]` is `lineWithout(rules, world, who[m], who)`)
 * and the line of all of them (`coalitionLine(rules, world, who)`), to the last bit: every sum runs
 * in the members' order, and the sums up to a member are shared by each line that leaves out a
 * later one. What the drift reads, once per round for every actor.
 */
export function linesWithout(rules: Rules, world: World, who: ActorId[]): { all: Terms; without: Terms[] } {
  const ids = rules.issueIds;
  const n = ids.length;
  const count = who.length;
  // Each member's pull and position, read once.
  const pull = new Float64Array(count * n);
  const pos = new Float64Array(count * n);
  for (let m = 0; m < count; m++) {
    const p = world.pos[who[m]!]!;
    pull.set(rules.pullAt[who[m]!]!, m * n);
    for (let k = 0; k < n; k++) pos[m * n + k] = p[ids[k]!]!;
  }
  const own = world.pos[world.role]!;
  const toLine = (num: Float64Array, den: Float64Array): Terms => {
    const line: Terms = {};
    for (let k = 0; k < n; k++) line[ids[k]!] = den[k]! > 0 ? num[k]! / den[k]! : own[ids[k]!]!;
    return line;
  };
  const beforeNum = new Float64Array(n);
  const beforeDen = new Float64Array(n);
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const without: Terms[] = [];
  for (let m = 0; m < count; m++) {
    num.set(beforeNum);
    den.set(beforeDen);
    for (let j = m + 1; j < count; j++)
      for (let k = 0; k < n; k++) {
        const w = pull[j * n + k]!;
        num[k] = num[k]! + w * pos[j * n + k]!;
        den[k] = den[k]! + w;
      }
    without.push(toLine(num, den));
    for (let k = 0; k < n; k++) {
      const w = pull[m * n + k]!;
      beforeNum[k] = beforeNum[k]! + w * pos[m * n + k]!;
      beforeDen[k] = beforeDen[k]! + w;
    }
  }
  return { all: toLine(beforeNum, beforeDen), without };
}
