// "You might": what is missing from the checklist and which capital holds the key, and why. From
// 1.6.0 the hint teaches, it does not play: it names neither the move nor its chance of yes. The
// advisor still weighs moves (a one-step lookahead on the checklist, read off the previews a player
// can see, never off the seeded draws) to find the key; choosing the move is left to the player.
import { COST, type PlayerAction } from '../rules/actions';
import { CHANNEL, CHANNEL_STRIKES } from '../rules/model/effects';
import { ceilings, deconflictors } from './goal';
import { the, theirs } from './news';
import { startedIn } from '../rules/model/pressure';
import { coalitionLine, keptOutBy, MEMBER_AT } from '../rules/model/meter';
import { previewMove } from './preview';
import { partnerExcess, roleOf, type Rules } from '../rules/rules';
import { gapSaid, gapText, goalChecklist, lineSaid, lineText, type GoalItem } from './goal';
import { validateAction } from '../rules/actions';
import type { ActorId, World } from '../rules/world';
import type { Policy } from '../bots/policies';
import { actorRef, said, type Said, type SaidValue } from './said';
import { besideBound, percent as pct, wholePercent } from './percent';

/**
 * How near each checklist item is to met (goal.ts ids: member-X, deconfliction, meter, term-issue):
 * the advisor compares moves by their sum, and names the missing item a move brings closest.
 */
export function progressParts(rules: Rules, w: World): Map<string, number> {
  const role = roleOf(rules.scenario, w.role)!;
  const need = role.needs.grand;
  const parts = new Map<string, number>();
  for (const a of need) {
    const k = w.commit[a]!;
    let s = 3 * Math.min(k / MEMBER_AT, 1) + Math.min(ceilings(rules, w, a).goodwill / MEMBER_AT, 1);
    s += 0.5 * Math.min(Math.max(k - MEMBER_AT, 0) / 0.2, 1);
    // A member's condition on this capital's own line (Obama's on Moscow's strikes) keeps it out
    // however committed it is: its distance counts like a term's.
    for (const { by, line } of rules.linesOn[a]!)
      if (by !== a && need.includes(by)) s += 2 * Math.max(0, 1 - partnerExcess(line, w.pos[a]![line.issue]!) / 40);
    parts.set(`member-${a}`, s);
  }
  const GRAND = rules.outcomes.grand;
  parts.set('deconfliction', 1.5 * Math.min(w.deconfliction / GRAND.deconfliction, 1));
  parts.set('meter', Math.min(w.meter.value / GRAND.meter, 1));
  const line = coalitionLine(rules, w, [...new Set([...w.meter.members, ...need])]);
  for (const t of role.terms) {
    const v = t.actor ? w.pos[t.actor]![t.issue]! : line[t.issue]!;
    const gap = t.min !== undefined ? t.min - v : v - t.max!;
    parts.set(`term-${t.issue}`, 2 * (gap <= 0 ? 1 : Math.max(0, 1 - gap / 40)));
  }
  return parts;
}

/** How near the checklist is to met, as one number: the advisor compares moves by it. */
export function progress(rules: Rules, w: World): number {
  let s = 0;
  for (const v of progressParts(rules, w).values()) s += v;
  return s;
}

/** What the hint says is missing: a checklist item, and the capital that holds the key to it. */
export interface Advice {
  /** The checklist item the hint is about (goal.ts ids), or null when every condition holds or none can move. */
  item: string | null;
  /** The capital that holds the key, or null (a statement of your own line needs nobody). */
  key: ActorId | null;
  /** The hint in words: what is missing, who holds the key and why; never the move itself nor its odds. */
  text: string;
  /** The same as a message for the reader's language (./said.ts). */
  said: Said;
  /**
   * What a player who reads only the hint would do (the balance report's `hints` policy): the
   * plainest move the hint's words point to (ask the key capital for the role's terms, visit it for
   * the sky, state the term, call a member to hold it). It is not the move the advisor weighed best.
   */
  action: PlayerAction;
}

function candidates(rules: Rules, w: World): Exclude<PlayerAction, { type: 'end' }>[] {
  const role = roleOf(rules.scenario, w.role)!;
  const me = w.pos[w.role]!;
  const out: Exclude<PlayerAction, { type: 'end' }>[] = [];
  const others = rules.actorIds.filter((a) => a !== w.role && rules.eligible[a]);
  for (const j of others) out.push({ type: 'call', target: j }, { type: 'visit', target: j });
  for (const [j, terms] of Object.entries(w.counters)) out.push({ type: 'proposal', target: j, terms });
  const bound = (t: (typeof role.terms)[number]) => (t.min ?? t.max)!;
  for (const j of role.needs.grand as ActorId[]) {
    const theirs = w.pos[j]!;
    const all: Record<string, number> = {};
    const mid: Record<string, number> = {};
    for (const t of role.terms) {
      const b = bound(t);
      all[t.issue] = b;
      const m = Math.round((me[t.issue]! + theirs[t.issue]!) / 2);
      mid[t.issue] = t.max !== undefined ? Math.min(m, b) : Math.max(m, b);
      out.push({ type: 'proposal', target: j, terms: { [t.issue]: b } });
    }
    out.push({ type: 'proposal', target: j, terms: all }, { type: 'proposal', target: j, terms: mid });
    for (const i of rules.issueIds) out.push({ type: 'concession', target: j, issue: i });
  }
  for (const t of role.terms) {
    const b = bound(t);
    out.push({ type: 'statement', issue: t.issue, position: t.max !== undefined ? Math.max(0, b - 5) : b + 5 });
  }
  return out;
}

/** Which of the given checklist terms no longer hold in this world. */
export function brokenTerms(rules: Rules, w: World, ids: string[]): string[] {
  const now = goalChecklist(rules, w);
  return ids.filter((id) => now.find((i) => i.id === id)?.met === false);
}

/** The best-looking move now, by a one-step lookahead on the checklist (weighed by its chance of yes). */
function bestMove(rules: Rules, w: World): { a: Exclude<PlayerAction, { type: 'end' }>; ifYes: World } | null {
  const base = progress(rules, w);
  let best: { a: Exclude<PlayerAction, { type: 'end' }>; v: number; ifYes: World } | null = null;
  const metTerms = goalChecklist(rules, w)
    .filter((i) => i.kind === 'term' && i.met)
    .map((i) => i.id);
  for (const a of candidates(rules, w)) {
    if (validateAction(rules, w, a) !== null) continue;
    const pv = previewMove(rules, w, a);
    const p = pv.chance ?? 1;
    // Never point at a move whose yes would break one of the player's terms that holds now.
    if (metTerms.length && brokenTerms(rules, pv.ifYes, metTerms).length) continue;
    const v = (p * (progress(rules, pv.ifYes) - base)) / COST[a.type];
    if (v > 0.005 && (!best || v > best.v)) best = { a, v, ifYes: pv.ifYes };
  }
  return best;
}

const topic = (rules: Rules, issue: string) => rules.scenario.issues.find((i) => i.id === issue)!.topic;

/**
 * Why a capital holds the key to an item: for the coalition's line on an issue, where it stands on
 * that issue; for the sky, that it flies there too; for its own membership, the member's condition
 * that keeps it out or the issue it weighs most against the coalition (playtest 2, finding 2: the
 * reason is about the item named, never another issue).
 */
function whyKey(rules: Rules, w: World, a: ActorId, item: GoalItem): { text: string; said: Said } {
  const trust = w.trust[a]![w.role]!;
  const trustText =
    trust < 0 ? ` It distrusts you (\u2212${Math.abs(trust).toFixed(2)}).` : trust >= 0.5 ? ' It trusts you.' : '';
  const trustSaid: SaidValue =
    trust < 0
      ? said('advice.distrusts', { t: { fixed: trust, digits: 2, sign: 'minus' } })
      : trust >= 0.5
        ? said('advice.trusts')
        : '';
  const onLine = lineTerm(rules, w, item);
  if (onLine && !onLine.actor) {
    const issue = { issue: onLine.issue, name: topic(rules, onLine.issue) };
    const own = Math.round(w.pos[a]![onLine.issue]!);
    const at = Math.round(coalitionLine(rules, w)[onLine.issue]!);
    return own === at
      ? {
          text: `It stands where the coalition does on ${issue.name} (${own}).${trustText}`,
          said: said('advice.standsWith', { issue, own, trust: trustSaid }),
        }
      : {
          text: `It weighs in the coalition\u2019s line on ${issue.name}: it stands at ${own}, the line at ${at}.${trustText}`,
          said: said('advice.weighsIn', { issue, own, at, trust: trustSaid }),
        };
  }
  if (item.kind === 'deconfliction')
    // Talk takes the campaigns only as far as the channel; past it, only agreed ISIS-first terms
    // (model/effects.ts), so the hint says which (playtest 3: a yes to a call at 45% moved nothing).
    return w.deconfliction >= CHANNEL
      ? {
          text: `It flies over Syria too, and talk has taken deconfliction as far as talk goes (${pct(CHANNEL)}): only a proposal it accepts with what to strike first at ${CHANNEL_STRIKES} or less raises it now.${trustText}`,
          said: said('advice.fliesPast', {
            channel: wholePercent(CHANNEL),
            strikes: CHANNEL_STRIKES,
            trust: trustSaid,
          }),
        }
      : {
          text: `It flies over Syria too: each yes to you raises deconfliction, talk up to ${pct(CHANNEL)}; past that, only a proposal it accepts with what to strike first at ${CHANNEL_STRIKES} or less.${trustText}`,
          said: said('advice.flies', { channel: wholePercent(CHANNEL), strikes: CHANNEL_STRIKES, trust: trustSaid }),
        };
  if (item.kind === 'meter' && w.meter.members.includes(a))
    return {
      text: `The meter counts how committed each member is: its commitment is ${pct(w.commit[a]!)}.${trustText}`,
      said: said('advice.meterWhy', { k: wholePercent(w.commit[a]!), trust: trustSaid }),
    };
  const kept = w.commit[a]! >= MEMBER_AT && !w.meter.members.includes(a) ? keptOutBy(rules, w, a) : null;
  if (kept) {
    // Committed enough, kept out by a member's condition on its own line: that line is the key, in
    // the checklist's words and numbers (playtest 1.7.0, finding 7), not the issue it weighs most.
    const { by, line: l } = kept;
    const own = w.pos[a]![l.issue]!;
    const b = own > l.max ? besideBound(own, l.max, 'max') : besideBound(own, l.min, 'min');
    const limit = own > l.max ? `at most ${l.max}` : `at least ${l.min}`;
    return {
      text: `It is committed enough; what keeps it out is ${theirs(rules, by)} condition: its own line on ${topic(rules, l.issue)} must be ${limit}, and it is ${lineText(b)}, ${gapText(b)} too far.`,
      said: said('advice.keptOut', {
        by: actorRef(by, theirs(rules, by)),
        issue: { issue: l.issue, name: topic(rules, l.issue) },
        limit: own > l.max ? said('change.atMost', { n: l.max }) : said('change.atLeast', { n: l.min }),
        own: lineSaid(b),
        far: gapSaid(b),
      }),
    };
  }
  const line = coalitionLine(rules, w);
  const sal = rules.salience[a]!;
  let worst = rules.issueIds[0]!;
  for (const i of rules.issueIds)
    if (sal[i]! * Math.abs(w.pos[a]![i]! - line[i]!) > sal[worst]! * Math.abs(w.pos[a]![worst]! - line[worst]!))
      worst = i;
  const own = Math.round(w.pos[a]![worst]!);
  const at = Math.round(line[worst]!);
  const issue = { issue: worst, name: topic(rules, worst) };
  return own === at
    ? {
        text: `It stands where the coalition does on ${topic(rules, worst)} (${own}).${trustText}`,
        said: said('advice.standsWith', { issue, own, trust: trustSaid }),
      }
    : {
        text: `What it weighs most against the coalition is ${topic(rules, worst)}: it stands at ${own}, the coalition\u2019s line at ${at}.${trustText}`,
        said: said('advice.weighs', { issue, own, at, trust: trustSaid }),
      };
}

/** The members the player brought in (outside on 17 November): those the goal needs first, then the least committed. */
function broughtIn(rules: Rules, w: World): ActorId[] {
  const needed = roleOf(rules.scenario, w.role)!.needs.grand as readonly ActorId[];
  const rankOf = (a: ActorId) => (needed.includes(a) ? 0 : 1);
  return w.meter.members
    .filter((a) => a !== w.role && !startedIn(rules, w, a))
    .sort((x, y) => rankOf(x) - rankOf(y) || w.commit[x]! - w.commit[y]!);
}

/** The role's term a checklist item stands for, if it is a term. */
function lineTerm(rules: Rules, w: World, item: GoalItem) {
  return item.kind === 'term'
    ? roleOf(rules.scenario, w.role)!.terms.find((t) => `term-${t.issue}` === item.id)
    : undefined;
}

/** Whether moves with this capital can bring the item closer. */
function movedBy(rules: Rules, w: World, item: GoalItem, a: ActorId): boolean {
  if (item.kind === 'member') return item.id === `member-${a}`;
  if (item.kind === 'deconfliction') return deconflictors(rules, w).includes(a);
  if (item.kind === 'meter') return true;
  const t = lineTerm(rules, w, item)!;
  // A capital's own line moves only with it; the coalition's line with those who weigh in it.
  if (t.actor) return t.actor === a;
  return w.meter.members.includes(a) || (roleOf(rules.scenario, w.role)!.needs.grand as readonly ActorId[]).includes(a);
}

/** The capital an item belongs to, when the advisor's best move can move none of what is missing. */
function ownerOf(rules: Rules, w: World, item: GoalItem): ActorId | null {
  if (item.kind === 'member') return item.id.slice('member-'.length);
  if (item.kind === 'deconfliction') return deconflictors(rules, w)[0] ?? null;
  return lineTerm(rules, w, item)?.actor ?? null;
}

/**
 * The hint: what is missing from the checklist, which capital holds the key and why. It reads what
 * the screen shows (the checklist, the capitals' lines, trust), never a seeded draw, and it does not
 * name the move or its chance of yes: choosing the move is the player's part.
 */
export function advise(rules: Rules, w: World): Advice {
  const role = roleOf(rules.scenario, w.role)!;
  const checklist = goalChecklist(rules, w);
  const end: PlayerAction = { type: 'end' };
  const unmet = checklist.filter((i) => !i.met);
  if (!unmet.length) {
    const hold = broughtIn(rules, w)[0];
    if (!hold)
      return {
        item: null,
        key: null,
        text: 'hold what you have: every condition holds now. Keep it to the end.',
        said: said('advice.holdAll'),
        action: end,
      };
    return {
      item: `member-${hold}`,
      key: hold,
      text: `hold what you have: every condition holds now, but not by itself: ${the(rules, hold)} is in by its deal with you (commitment ${pct(w.commit[hold]!)}). A member you brought in wears without your attention, and shocks test it; each round it may leave: commitment of 80% or more halves that chance, a word with you in the round takes a tenth off, and no member is ever sure.`,
      said: said('advice.hold', { who: actorRef(hold, the(rules, hold)), k: wholePercent(w.commit[hold]!) }),
      action: validOr(rules, w, { type: 'call', target: hold }),
    };
  }
  const found = bestMove(rules, w);
  if (!found || found.a.type === 'decide')
    return {
      item: unmet[0]!.id,
      key: null,
      text:
        w.ap > 0
          ? `wait: no move on offer brings \u201c${unmet[0]!.label}\u201d closer now; the others move at the round\u2019s end.`
          : `end the round: no action points left. Still missing: \u201c${unmet[0]!.label}\u201d.`,
      said: said(w.ap > 0 ? 'advice.wait' : 'advice.end', { label: unmet[0]!.said?.label ?? unmet[0]!.label }),
      action: end,
    };
  const best = found.a;
  let key: ActorId | null = best.type === 'statement' ? null : best.target;
  // The missing item the move brings closest, if the key can move it (playtest 2, finding 2: never
  // a capital named beside another capital's line). A move whose gain lies in no missing item the
  // key can move gives way to the first missing item and its own capital.
  const before = progressParts(rules, w);
  const after = progressParts(rules, found.ifYes);
  const gain = (i: GoalItem) => (after.get(i.id) ?? 0) - (before.get(i.id) ?? 0);
  // A statement of your own line on an issue speaks to that term first (the members weigh your line
  // there), else to what it brings closest (the meter, another line).
  let item: GoalItem | undefined =
    (best.type === 'statement' ? unmet.find((i) => i.id === `term-${best.issue}`) : undefined) ??
    unmet
      .filter((i) => gain(i) > 1e-9 && (key === null || movedBy(rules, w, i, key)))
      .sort((x, y) => gain(y) - gain(x))[0];
  if (!item) {
    item = unmet[0]!;
    key = ownerOf(rules, w, item);
  }
  const missing = `missing: \u201c${item.label}\u201d (${item.now}).`;
  const missingSaid = said('advice.missing', {
    label: item.said?.label ?? item.label,
    now: item.said?.now ?? item.now,
  });
  if (!key) {
    const t =
      best.type === 'statement'
        ? role.terms.find((x) => x.issue === best.issue)
        : role.terms.find((x) => `term-${x.issue}` === item.id);
    return {
      item: item.id,
      key: null,
      text: `look at your own line; ${missing} The members weigh where you stand on ${t ? topic(rules, t.issue) : 'it'}.`,
      said: t
        ? said('advice.own', { missing: missingSaid, issue: { issue: t.issue, name: topic(rules, t.issue) } })
        : said('advice.ownIt', { missing: missingSaid }),
      action: t ? validOr(rules, w, { type: 'statement', issue: t.issue, position: (t.min ?? t.max)! }) : end,
    };
  }
  const why = whyKey(rules, w, key, item);
  const text = `look to ${the(rules, key)}, which holds the key; ${missing} ${why.text}`;
  const lookTo = said('advice.lookTo', { key: actorRef(key, the(rules, key)), missing: missingSaid, why: why.said });
  let action: PlayerAction;
  if (item.kind === 'member') {
    // What the player wants, asked plainly: the role's terms.
    const terms: Record<string, number> = {};
    for (const t of role.terms) terms[t.issue] = (t.min ?? t.max)!;
    action = { type: 'proposal', target: key, terms };
  } else if (item.kind === 'deconfliction') {
    // Past the channel the hint's words point to a proposal on what to strike first (ISIS first).
    const strikes = role.terms.find((x) => x.issue === rules.issue.strikes);
    action =
      w.deconfliction >= CHANNEL
        ? {
            type: 'proposal',
            target: key,
            terms: {
              [rules.issue.strikes]: Math.min(
                CHANNEL_STRIKES,
                strikes ? (strikes.max ?? strikes.min)! : CHANNEL_STRIKES,
              ),
            },
          }
        : { type: 'visit', target: key };
  } else if (item.kind === 'term') {
    const t = role.terms.find((x) => `term-${x.issue}` === item.id)!;
    action = { type: 'proposal', target: key, terms: { [t.issue]: (t.min ?? t.max)! } };
  } else action = { type: 'call', target: key };
  return { item: item.id, key, text, said: lookTo, action: validOr(rules, w, action) };
}

const validOr = (rules: Rules, w: World, a: PlayerAction): PlayerAction =>
  validateAction(rules, w, a) === null ? a : { type: 'end' };

/**
 * A player who only follows the hint: the balance report's `hints` line (a bot of the view, since it
 * reads what the screen shows; bots/policies.ts plays it like any policy).
 */
export const followHint: Policy = (rules, w) => advise(rules, w).action;
