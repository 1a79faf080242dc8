// The coalition meter (0–100): who is in, how committed, and how far members agree on what
// matters (target, Assad, deconfliction with Russia's campaign). It sums per-member parts.
import type { Rules } from '../rules';
import { q, type ActorId, type Terms, type World } from '../world';

/** Commitment at or above this makes an eligible actor a member. */
export const MEMBER_AT = 0.5;
const BASE = 0.4;
const COMMIT = 0.3;
const AGREE = 0.3;

export interface MemberPart {
  actor: ActorId;
  commitment: number;
  agreement: number;
  /** Points this member adds to the meter. */
  points: number;
}

export interface MeterBreakdown {
  value: number;
  members: ActorId[];
  line: Terms;
  deconfliction: number;
  parts: MemberPart[];
}

export function members(rules: Rules, world: World): ActorId[] {
  return rules.actorIds.filter((a) => rules.eligible[a] && world.commit[a]! >= MEMBER_AT);
}

/**
 * The coalition's line on each issue: the capability- and salience-weighted mean of its members
 * (Bueno de Mesquita's mean position, restricted to members). With no members, the player's line.
 */
export function coalitionLine(rules: Rules, world: World, who: ActorId[] = members(rules, world)): Terms {
  const line: Terms = {};
  for (const i of rules.issueIds) {
    let num = 0;
    let den = 0;
    for (const a of who) {
      const w = rules.capability[a]! * rules.salience[a]![i]!;
      num += w * world.pos[a]![i]!;
      den += w;
    }
    line[i] = den > 0 ? num / den : world.pos[world.role]![i]!;
  }
  return line;
}

/** How far one member agrees with the line on the target and on Assad, and how well the campaigns are deconflicted. */
export function agreement(world: World, actor: ActorId, line: Terms): number {
  const p = world.pos[actor]!;
  const t = 1 - Math.abs(p.target! - line.target!) / 100;
  const a = 1 - Math.abs(p.assad! - line.assad!) / 100;
  return (t + a + world.deconfliction) / 3;
}

/** Points a member adds to the meter at a given commitment and agreement. */
export function memberPoints(rules: Rules, actor: ActorId, commitment: number, agreement: number): number {
  return ((100 * rules.capability[actor]!) / rules.eligibleCapability) * (BASE + COMMIT * commitment + AGREE * agreement);
}

export function meter(rules: Rules, world: World): MeterBreakdown {
  const who = members(rules, world);
  const line = coalitionLine(rules, world, who);
  const parts: MemberPart[] = [];
  let value = 0;
  for (const a of who) {
    const k = world.commit[a]!;
    const ag = agreement(world, a, line);
    const pts = memberPoints(rules, a, k, ag);
    value += pts;
    parts.push({ actor: a, commitment: q(k), agreement: q(ag), points: q(pts) });
  }
  const roundedLine: Terms = {};
  for (const i of rules.issueIds) roundedLine[i] = q(line[i]!);
  return { value: q(Math.min(100, Math.max(0, value))), members: who, line: roundedLine, deconfliction: q(world.deconfliction), parts };
}
