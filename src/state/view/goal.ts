// The win conditions of the player's role as a checklist, each with where it stands now and what
// is missing: who must be in (a member needs 50% commitment), deconfliction, the meter and the
// role's terms. The same facts outcome.ts reads at the end, so the list and the ending agree.
import {
  CHANNEL,
  CHANNEL_STRIKES,
  DEAL_CEILING,
  FLIES,
  GOODWILL_CEILING,
  OUTSIDE_MAX,
  rivals,
} from '../rules/model/effects';
import { coalitionLine, keptOutBy, MEMBER_AT } from '../rules/model/meter';
import { termValue } from '../rules/model/outcome';
import { acceptChance } from '../rules/model/utility';
import { betweenLabels, the, theirs } from './news';
import { roleOf, type Rules } from '../rules/rules';
import type { ActorId, World } from '../rules/world';
import { besideBound, percent as pct, wholePercent, withinBound, type Beside } from './percent';
import { betweenSaid } from './explain';
import { actorRef, said, type Said, type SaidValue } from './said';
import { capitalize as cap } from './sentence';

export interface GoalItem {
  id: string;
  kind: 'member' | 'deconfliction' | 'meter' | 'term';
  /** The condition in a few words. */
  label: string;
  /** The rule behind it, in one sentence ("met only when …"). */
  rule: string;
  met: boolean;
  /** Where it stands now, in words and numbers. */
  now: string;
  /** What is still missing, or null when met. */
  missing: string | null;
  /** The label and where it stands, as messages for the reader's language (./said.ts; absent before 1.7). */
  said?: { label: Said; now: Said; rule: Said; missing: Said | null };
}

const list = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** A gap in points, as besideBound rounded it: "1 point", "2 points", "0.4 points". */
export const gapText = (b: Beside): string =>
  b.digits ? `${b.gap.toFixed(1)} points` : `${b.gap} point${b.gap === 1 ? '' : 's'}`;
export const gapSaid = (b: Beside): Said =>
  b.digits ? said('goal.tenths', { n: { fixed: b.gap, digits: 1 } }) : said('goal.points', { n: b.gap });
export const lineText = (b: Beside): string => b.line.toFixed(b.digits);
export const lineSaid = (b: Beside): SaidValue => (b.digits ? { fixed: b.line, digits: 1 } : b.line);

/** How high goodwill (calls, visits, concessions) and a deal (an accepted proposal) can lift an actor now. */
export function ceilings(rules: Rules, w: World, a: ActorId): { line: number; goodwill: number; deal: number } {
  const line = acceptChance(rules, w, a, w.role, {});
  return { line, goodwill: Math.min(1, line + GOODWILL_CEILING), deal: Math.min(1, line + DEAL_CEILING) };
}

/** Actors whose accepted asks with the player raise deconfliction: the other campaign's, both flying over Syria. */
export function deconflictors(rules: Rules, w: World): ActorId[] {
  return rules.actorIds.filter(
    (a) =>
      a !== w.role &&
      rivals(rules, a, w.role) &&
      w.pos[a]![rules.issue.force]! >= FLIES &&
      w.pos[w.role]![rules.issue.force]! >= FLIES,
  );
}

/** The members' conditions on a capital's own line (Obama's on Moscow's strikes), in words, for the rule text. */
function conditionsOnSaid(rules: Rules, a: ActorId): SaidValue {
  const parts = rules.linesOn[a]!.filter(({ by }) => by !== a).map(({ by, line }) => {
    const issue = rules.scenario.issues.find((i) => i.id === line.issue)!;
    return said('goal.condition', {
      by: actorRef(by, the(rules, by)),
      whose: actorRef(a, theirs(rules, a)),
      issue: { issue: line.issue, name: issue.topic },
      limit: line.max < 100 ? said('change.atMost', { n: line.max }) : said('change.atLeast', { n: line.min }),
    });
  });
  return parts.length ? said('goal.conditions', { list: { list: parts } }) : '';
}

function conditionsOn(rules: Rules, a: ActorId): string {
  const parts = rules.linesOn[a]!.filter(({ by }) => by !== a).map(({ by, line }) => {
    const issue = rules.scenario.issues.find((i) => i.id === line.issue)!;
    const limit = line.max < 100 ? `at most ${line.max}` : `at least ${line.min}`;
    return `while ${the(rules, by)} is a member, ${theirs(rules, a)} own line on ${issue.topic} must be ${limit}`;
  });
  return parts.length ? ` and no member’s condition keeps it out (${list(parts)})` : '';
}

function memberItem(rules: Rules, w: World, a: ActorId): GoalItem {
  const k = w.commit[a]!;
  const met = w.meter.members.includes(a);
  const c = ceilings(rules, w, a);
  let missing: string | null = null;
  let missingSaid: Said | null = null;
  let now = `commitment ${pct(k)}`;
  let nowSaid = said('goal.commitment', { k: wholePercent(k) });
  if (!rules.eligible[a]) {
    missing = `${cap(the(rules, a))} stays out of any coalition.`;
    missingSaid = said('gap.staysOut', { who: actorRef(a, cap(the(rules, a))) });
  } else if (!met && k >= MEMBER_AT) {
    // Committed enough, but a member's condition on its partners keeps it out (meter.ts members()).
    const kept = keptOutBy(rules, w, a);
    if (kept) {
      const { by, line } = kept;
      const issue = rules.scenario.issues.find((i) => i.id === line.issue)!;
      const own = w.pos[a]![line.issue]!;
      const limit = own > line.max ? `at most ${line.max}` : `at least ${line.min}`;
      const b = own > line.max ? besideBound(own, line.max, 'max') : besideBound(own, line.min, 'min');
      now = `commitment ${pct(k)}, enough, but kept out by ${theirs(rules, by)} condition`;
      nowSaid = said('goal.commitmentKept', { k: wholePercent(k), by: actorRef(by, theirs(rules, by)) });
      missing = `Committed enough (${pct(k)}), but ${theirs(rules, by)} condition keeps it out: ${the(rules, by)} works with ${the(rules, a)} only when its own line on ${issue.topic} is ${limit}; it is ${lineText(b)}, ${gapText(b)} too far. A proposal ${the(rules, a)} accepts on ${issue.topic} moves its own line halfway to your terms.`;
      missingSaid = said('goal.keptMissing', {
        k: wholePercent(k),
        by: actorRef(by, theirs(rules, by)),
        byName: actorRef(by, the(rules, by)),
        it: actorRef(a, the(rules, a)),
        issue: { issue: line.issue, name: issue.topic },
        limit: own > line.max ? said('change.atMost', { n: line.max }) : said('change.atLeast', { n: line.min }),
        own: lineSaid(b),
        far: gapSaid(b),
      });
    }
  } else if (!met) {
    const short = Math.ceil((MEMBER_AT - k) * 100);
    const moves = `${short} more point${short === 1 ? '' : 's'} of commitment.`;
    const more = said('goal.morePoints', { n: short });
    // As the rules apply an accepted ask (effects.ts applyAnswer): goodwill lifts commitment at most
    // GOODWILL_CEILING above the chance of accepting the line and never across the line of
    // membership (only agreed terms make a member); a deal lifts it at most DEAL_CEILING above it.
    const goodwillTo = Math.min(c.goodwill, OUTSIDE_MAX);
    const goodwillLifts = wholePercent(goodwillTo) > wholePercent(k);
    const dealLifts = wholePercent(c.deal) > wholePercent(k);
    if (c.deal >= MEMBER_AT) {
      missingSaid = said('goal.dealBrings', {
        more,
        goodwill: goodwillLifts ? said('goal.liftsTo', { n: wholePercent(goodwillTo) }) : said('goal.noFurther'),
      });
      missing = `${moves} Only terms it accepts make a member: a proposal it accepts can bring it in. Calls, visits and concessions ${goodwillLifts ? `lift it to ${pct(goodwillTo)} at most` : 'cannot lift it any further'}.`;
    } else if (dealLifts) {
      missingSaid = said('goal.neither', {
        more,
        goodwill: goodwillLifts ? said('goal.liftsTo2', { n: wholePercent(goodwillTo) }) : said('goal.noFurther2'),
        deal: wholePercent(c.deal),
        line: wholePercent(c.line),
      });
      missing = `${moves} An accepted proposal can lift it to ${pct(c.deal)} at most, and goodwill ${goodwillLifts ? `lifts it to ${pct(goodwillTo)} at most` : 'cannot lift it any further'}: it would accept the coalition’s line as it stands with a chance of only ${pct(c.line)}, and commitment rises only so far above that chance. Bring the line closer to its own positions (a proposal it accepts moves both its line and yours).`;
    } else {
      missingSaid = said('goal.stuck', {
        more,
        line: wholePercent(c.line),
        goodwill: Math.round(GOODWILL_CEILING * 100),
        deal: Math.round(DEAL_CEILING * 100),
      });
      missing = `${moves} Neither goodwill nor an accepted proposal can lift it further now: it would accept the coalition’s line as it stands with a chance of only ${pct(c.line)}, and commitment rises at most ${Math.round(GOODWILL_CEILING * 100)} points above that chance by goodwill, ${Math.round(DEAL_CEILING * 100)} by a deal. Bring the line closer to its own positions (a proposal it accepts moves both its line and yours).`;
    }
  }
  return {
    id: `member-${a}`,
    kind: 'member',
    label: `${cap(the(rules, a))} is a member`,
    rule: `A capital is a member when its commitment is ${pct(MEMBER_AT)} or more${conditionsOn(rules, a)}.`,
    met,
    now,
    missing,
    said: {
      label: said('goal.member', { who: actorRef(a, cap(the(rules, a))) }),
      now: nowSaid,
      rule: said('goal.memberRule', { need: wholePercent(MEMBER_AT), conditions: conditionsOnSaid(rules, a) }),
      missing: missingSaid,
    },
  };
}

function termItems(rules: Rules, w: World, needed: ActorId[]): GoalItem[] {
  const role = roleOf(rules.scenario, w.role)!;
  const outside = needed.filter((a) => !w.meter.members.includes(a));
  const withThem = coalitionLine(rules, w, [...new Set([...w.meter.members, ...outside])]);
  return role.terms.map((t) => {
    const issue = rules.scenario.issues.find((i) => i.id === t.issue)!;
    const at = (t.min ?? t.max)!;
    const bound = `${t.min !== undefined ? 'at least' : 'at most'} ${at} (${betweenLabels(rules, t.issue, at)})`;
    const inside = (v: number) => withinBound(v, t);
    const beside = (v: number) => besideBound(v, at, t.min !== undefined ? 'min' : 'max');
    const gap = (v: number) => gapText(beside(v));
    /** The line in whole points, unless rounding would show the very bound it misses (41.6 of "at least 42"). */
    const shown = (v: number) => (inside(v) ? String(Math.round(v)) : lineText(beside(v)));
    const now = termValue(w, w.meter, t);
    const boundSaid = said(t.min !== undefined ? 'term.atLeast' : 'term.atMost', {
      n: at,
      words: betweenSaid(rules, t.issue, at),
    });
    const shownSaid = (v: number): SaidValue => (inside(v) ? Math.round(v) : lineSaid(beside(v)));
    const issueRef = { issue: t.issue, name: issue.topic };
    const gapOf = (v: number): SaidValue => gapSaid(beside(v));
    if (t.actor) {
      const whoCap = actorRef(t.actor, cap(the(rules, t.actor)));
      const whose = `${the(rules, t.actor)}\u2019s own line on ${issue.topic}`;
      return {
        id: `term-${t.issue}`,
        kind: 'term' as const,
        label: `${cap(whose)} ${bound}`,
        rule: `Met only when ${whose} is ${bound}. ${t.why}`,
        met: inside(now),
        now: `${cap(whose)} is ${shown(now)} (${betweenLabels(rules, t.issue, now)})`,
        missing: inside(now) ? null : `It must move ${gap(now)}.`,
        said: {
          label: said('goal.ownLine', { who: whoCap, issue: issueRef, bound: boundSaid }),
          now: said('goal.ownNow', {
            who: whoCap,
            issue: issueRef,
            line: shownSaid(now),
            words: betweenSaid(rules, t.issue, now),
          }),
          rule: said('goal.ownRule', {
            who: actorRef(t.actor, the(rules, t.actor)),
            issue: issueRef,
            bound: boundSaid,
            why: t.why,
          }),
          missing: inside(now) ? null : said('goal.mustMove', { gap: gapOf(now) }),
        },
      };
    }
    const who = list([the(rules, w.role), ...needed.map((a) => the(rules, a))]);
    const later = outside.length ? withThem[t.issue]! : now;
    const met = outside.length === 0 && inside(now);
    const nowText = outside.length
      ? `the line is ${shown(now)} without ${list(outside.map((a) => the(rules, a)))}; with ${outside.length > 1 ? 'them' : 'it'} in as ${outside.length > 1 ? 'they stand' : 'it stands'} today it would be ${shown(later)} (${betweenLabels(rules, t.issue, later)})`
      : `the line is ${shown(now)} (${betweenLabels(rules, t.issue, now)})`;
    const missing = met
      ? null
      : inside(later)
        ? `First bring ${list(outside.map((a) => the(rules, a)))} in; the line would then meet this term.`
        : `The line must move ${gap(later)}${outside.length ? ' with everyone needed in' : ''}: pull the members\u2019 positions (proposals move them halfway to your terms) or move your own (a statement).`;
    return {
      id: `term-${t.issue}`,
      kind: 'term' as const,
      label: `${issue.name}: the coalition\u2019s line ${bound}`,
      said: {
        label: said('goal.line', { issue: { issue: t.issue, name: issue.name }, bound: boundSaid }),
        now: outside.length
          ? said('goal.lineWithout', {
              now: shownSaid(now),
              outside: { list: outside.map((a) => actorRef(a, the(rules, a))) },
              n: outside.length,
              later: shownSaid(later),
              words: betweenSaid(rules, t.issue, later),
            })
          : said('goal.lineNow', { now: shownSaid(now), words: betweenSaid(rules, t.issue, now) }),
        rule: said('goal.lineRule', {
          who: {
            list: [actorRef(w.role, the(rules, w.role)), ...needed.map((a) => actorRef(a, the(rules, a)))],
          },
          bound: boundSaid,
          why: t.why,
        }),
        missing: met
          ? null
          : inside(later)
            ? said('goal.bringFirst', { outside: { list: outside.map((a) => actorRef(a, the(rules, a))) } })
            : said('goal.lineMust', { gap: gapOf(later), all: outside.length ? said('goal.withAll') : '' }),
      },
      rule: `Met only when ${who} are all members and the coalition\u2019s line, the members\u2019 weighted average, is ${bound}. ${t.why}`,
      met,
      now: nowText,
      missing,
    };
  });
}

export function goalChecklist(rules: Rules, w: World): GoalItem[] {
  const role = roleOf(rules.scenario, w.role)!;
  const needed = role.needs.grand;
  const flyers = deconflictors(rules, w);
  const GRAND = rules.outcomes.grand;
  const d = w.deconfliction;
  const items: GoalItem[] = needed.map((a) => memberItem(rules, w, a));
  items.push({
    id: 'deconfliction',
    kind: 'deconfliction',
    label: `The two air campaigns are deconflicted (${pct(GRAND.deconfliction)} or more)`,
    rule: `Met only when deconfliction between the US-led and the Russian air campaigns is ${pct(GRAND.deconfliction)} or more.`,
    met: d >= GRAND.deconfliction,
    now: `deconfliction ${pct(d)}`,
    said: {
      label: said('goal.deconfliction', { need: wholePercent(GRAND.deconfliction) }),
      now: said('goal.deconflictionNow', { d: wholePercent(d) }),
      rule: said('goal.deconflictionRule', { need: wholePercent(GRAND.deconfliction) }),
      missing:
        d >= GRAND.deconfliction
          ? null
          : said(flyers.length ? 'goal.deconflictionMissing' : 'goal.deconflictionGrounded', {
              n: Math.ceil((GRAND.deconfliction - d) * 100),
              ...(flyers.length
                ? {
                    flyers: { list: flyers.map((a) => actorRef(a, the(rules, a))) },
                    count: flyers.length,
                    channel: wholePercent(CHANNEL),
                    strikes: CHANNEL_STRIKES,
                  }
                : {}),
            }),
    },
    missing:
      d >= GRAND.deconfliction
        ? null
        : `${Math.ceil((GRAND.deconfliction - d) * 100)} more points. ${
            flyers.length
              ? `It rises when ${list(flyers.map((a) => the(rules, a)))} ${flyers.length > 1 ? 'say' : 'says'} yes to your calls, visits, proposals or concessions (the other campaign, flying over Syria), but talk alone stops at ${pct(CHANNEL)}: past it, only a proposal accepted with what to strike first at ${CHANNEL_STRIKES} or less raises it.`
              : 'It rises when an ask between the two campaigns, both flying over Syria, is accepted; your own military commitment is below 50, so your asks do not count.'
          }`,
  });
  items.push({
    id: 'meter',
    kind: 'meter',
    label: `The coalition meter reaches ${GRAND.meter}`,
    rule: `Met only when the meter is ${GRAND.meter} or more at the end of the last round.`,
    met: w.meter.value >= GRAND.meter,
    now: `meter ${w.meter.value.toFixed(1)}`,
    said: {
      label: said('goal.meter', { n: GRAND.meter }),
      now: said('goal.meterNow', { v: { fixed: w.meter.value, digits: 1 } }),
      rule: said('goal.meterRule', { n: GRAND.meter }),
      missing:
        w.meter.value >= GRAND.meter
          ? null
          : said('goal.meterMissing', { n: { fixed: GRAND.meter - w.meter.value, digits: 1 } }),
    },
    missing:
      w.meter.value >= GRAND.meter
        ? null
        : `${(GRAND.meter - w.meter.value).toFixed(1)} more points: more members, more committed, closer to the line on what to strike and on Assad.`,
  });
  items.push(...termItems(rules, w, needed));
  return items;
}
