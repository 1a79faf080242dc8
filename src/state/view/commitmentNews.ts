// The briefing's account of why a capital's commitment moved as the round closed: its re-weighing of
// the coalition's line, its deal wearing or its leaving (a member the player brought in is tested
// each round: rules/model/pressure.ts), and the rest (the round's events, the others' own moves), in
// English and as messages for the reader's language.
import { modelRef, type SourceRef } from '../../data/refs';
import type { Rules } from '../rules/rules';
import { roleOf } from '../rules/rules';
import { DRIFT_RATE, reweighing, type Reweighing } from '../rules/model/drift';
import { keepSide } from '../rules/model/effects';
import { clamp } from '../rules/world';
import { resolveRound } from '../rules/step';
import { MEMBER_AT, vetoedBy } from '../rules/model/meter';
import { evaluate } from '../rules/model/utility';
import type { ActorId, World } from '../rules/world';
import { theirs } from './news';
import { percent as pct, wholePercent } from './percent';
import { actorRef, joined, said, type Said, type SaidValue } from './said';
import { capitalize as capFirst } from './sentence';

export interface CommitmentNews {
  id: string;
  title: string;
  framings: null;
  perspectives: [];
  text: string;
  said: { title: Said; text: Said };
  sources: SourceRef[];
}

/** Why the commitments that matter moved as the round closed: those the goal needs first, at most three. */
export function commitmentNews(
  rules: Rules,
  w: World,
  prev: World['rounds'][number],
  roundStep?: { before: World },
): CommitmentNews[] {
  const needed = new Set(roleOf(rules.scenario, w.role)!.needs.grand);
  const moves = rules.actorIds
    .filter((a) => a !== w.role && rules.eligible[a])
    .map((a) => {
      const drift = prev.drift.find((d) => d.actor === a);
      // No re-weighing recorded: a tested member's commitment before its test (and before the wear).
      const test = (prev.tests ?? []).find((t) => t.actor === a);
      const before = test ? test.commitment + (test.attended ? 0 : (rules.answers.pressure?.wear.value ?? 0)) : null;
      const from = roundStep ? roundStep.before.commit[a]! : (drift?.from ?? before ?? w.commit[a]!);
      return { a, from, to: w.commit[a]!, drift };
    })
    .filter((m) => wholePercent(m.from) !== wholePercent(m.to))
    .filter((m) => Math.abs(m.to - m.from) >= (needed.has(m.a) ? 0.02 : 0.05))
    .sort(
      (x, y) => Number(needed.has(y.a)) - Number(needed.has(x.a)) || Math.abs(y.to - y.from) - Math.abs(x.to - x.from),
    )
    .slice(0, 3);
  return moves.map((m) => oneCommitment(rules, w, prev, m, roundStep));
}

/** A capital's commitment at each moment of the round's close, read by closing the round again from the world before it. */
interface Moments {
  acted: number;
  reweighed: number;
  events: number;
  weighed: Reweighing;
}

const closes = new WeakMap<World, Map<ActorId, Moments>>();

/** The moments of the close that led to this round (resolveRound's watcher; the rules are pure, so it closes alike). */
function momentsOf(rules: Rules, before: World): Map<ActorId, Moments> {
  const known = closes.get(before);
  if (known) return known;
  const out = new Map<ActorId, Moments>();
  let weighed = new Map<ActorId, Reweighing>();
  resolveRound(rules, before, {}, (stage, w) => {
    for (const a of rules.actorIds) {
      const k = w.commit[a]!;
      if (stage === 'acted') out.set(a, { acted: k, reweighed: k, events: k, weighed: weighed.get(a)! });
      else if (stage === 'reweighed') out.get(a)!.reweighed = k;
      else out.get(a)!.events = k;
    }
    if (stage === 'acted') {
      weighed = reweighing(rules, w);
      for (const [a, x] of weighed) out.get(a)!.weighed = x;
    }
  });
  closes.set(before, out);
  return out;
}

/** A step of the close in words: what took the commitment where, with the number it reached. */
interface Step {
  text: string;
  said: Said;
}

/** The re-weighing's chance and what lies furthest apart, as `weighed` read it (the drift's own terms). */
function reweighs(rules: Rules, w: World, a: ActorId, weighed: Reweighing, from: number | null): Step {
  const ev = evaluate(rules, w, a, w.role, {}, 0, true, weighed.line);
  const far = [...ev.issues].sort(
    (x, y) => y.salience * Math.abs(y.own - y.proposed) - x.salience * Math.abs(x.own - x.proposed),
  )[0]!;
  const issue = rules.scenario.issues.find((i) => i.id === far.issue)!;
  const [own, line] = [Math.round(far.own), Math.round(far.proposed)];
  const p = wholePercent(weighed.target);
  const whose = weighed.member ? 'the others make' : 'the members make';
  const values = {
    p,
    topic: { issue: issue.id, name: issue.topic },
    own,
    line,
    whose: said(weighed.member ? 'drift.lineOthers' : 'drift.lineMembers'),
  };
  const far_ = `(furthest apart: ${issue.topic}, where it stands at ${own} and the line at ${line})`;
  // From the commitment it re-weighed (the close replayed): where a fifth of the way would take it, luck aside.
  if (from === null)
    return {
      text: `as the coalition now stands it would accept the line ${whose} with a chance of ${p}% ${far_}, and its commitment moves a fifth of the way toward that chance, give or take luck`,
      said: said('drift.weighsNow', values),
    };
  const e = wholePercent(keepSide(from, clamp(from + DRIFT_RATE * (weighed.target - from), 0, 1)));
  return {
    text: `at that moment it would accept the line ${whose} with a chance of ${p}% ${far_}, and its commitment moves a fifth of the way toward that chance (${e}%), give or take luck`,
    said: said('drift.weighsThen', { ...values, e }),
  };
}

function oneCommitment(
  rules: Rules,
  w: World,
  prev: World['rounds'][number],
  m: { a: ActorId; from: number; to: number; drift: World['rounds'][number]['drift'][number] | undefined },
  roundStep?: { before: World },
): CommitmentNews {
  const name = rules.actor[m.a]!.name;
  const warmer = m.to > m.from;
  // Each step of the close that moved the commitment, with the number it reached: the same numbers
  // as the member's test (its commitment when tested) and the answers before it (where it started).
  const steps: Step[] = [];
  const step = (from: number, to: number, id: string, text: (k: number) => string, extra?: Step) => {
    const k = wholePercent(to);
    if (k === wholePercent(from)) return;
    steps.push({
      text: text(k) + (extra ? `: ${extra.text}` : ''),
      said: extra ? said(id, { k, because: extra.said }) : said(id, { k }),
    });
  };
  const test = (prev.tests ?? []).find((t) => t.actor === m.a);
  const at = roundStep ? momentsOf(rules, roundStep.before).get(m.a) : undefined;
  if (at) {
    step(m.from, at.acted, 'drift.stepActed', (k) => `the capitals’ own moves took it to ${k}%`);
    step(
      at.acted,
      at.reweighed,
      'drift.stepReweighed',
      (k) => `re-weighing the coalition took it to ${k}%`,
      reweighs(rules, w, m.a, at.weighed, at.acted),
    );
    step(at.reweighed, at.events, 'drift.stepEvents', (k) => `the round’s events took it to ${k}%`);
    if (test && !test.attended)
      step(
        at.events,
        test.commitment,
        'drift.stepWore',
        (k) => `its deal wore down, as it heard nothing from you, to ${k}%`,
      );
  } else {
    // No step closed the round on this screen (a game resumed): the re-weighing as recorded, the rest in one.
    if (m.drift) {
      const weighed = reweighing(rules, w).get(m.a)!;
      step(
        m.drift.from,
        m.drift.to,
        'drift.stepReweighed',
        (k) => `re-weighing the coalition took it to ${k}%`,
        reweighs(rules, w, m.a, weighed, null),
      );
    }
    const after = m.drift?.to ?? m.from;
    step(after, test ? test.commitment : m.to, test && !test.attended ? 'drift.stepRestWore' : 'drift.stepRest', (k) =>
      test && !test.attended
        ? `the round’s events, the capitals’ own moves and its deal wearing unheard took it to ${k}%`
        : `the round’s events and the capitals’ own moves took it to ${k}%`,
    );
  }
  if (test) {
    const k = wholePercent(test.commitment);
    steps.push(
      test.left
        ? {
            text: `tested at ${k}%, it left the coalition by its own act: ${pct(m.to)}`,
            said: said('drift.stepLeft', { k, to: wholePercent(m.to) }),
          }
        : { text: `tested at ${k}%, it stayed`, said: said('drift.stepStayed', { k }) },
    );
  }
  const member = w.meter.members.includes(m.a);
  // Membership is the rules' (members()): committed enough is not in when a member's condition keeps it out.
  const keptOut = !member && m.to >= MEMBER_AT ? vetoedBy(rules, w, m.a) : null;
  const crossed: { text: string; said: SaidValue } = keptOut
    ? {
        text: ` Committed enough to join, but ${theirs(rules, keptOut)} condition on its partners keeps it out.`,
        said: said('drift.keptOut', { whose: actorRef(keptOut, theirs(rules, keptOut)) }),
      }
    : m.from < MEMBER_AT && m.to >= MEMBER_AT && member
      ? { text: ' It is now a member.', said: said('drift.nowMember') }
      : m.from >= MEMBER_AT && m.to < MEMBER_AT
        ? {
            text: ` It is now below the ${pct(MEMBER_AT)} a member needs.`,
            said: said('drift.nowBelow', { k: wholePercent(MEMBER_AT) }),
          }
        : { text: '', said: '' };
  const [from, to] = [wholePercent(m.from), wholePercent(m.to)];
  const who = actorRef(m.a, name);
  const whose = actorRef(m.a, capFirst(theirs(rules, m.a)));
  return {
    id: `drift-${m.a}`,
    title: `${name} ${warmer ? 'warms' : 'cools'}: ${pct(m.from)} → ${pct(m.to)}`,
    framings: null,
    perspectives: [],
    text: `${capFirst(theirs(rules, m.a))} commitment to the coalition went from ${pct(m.from)} to ${pct(m.to)}${steps.length ? ` as the round closed: ${steps.map((b) => b.text).join('; ')}` : ''}.${crossed.text}`,
    said: {
      title: said(warmer ? 'drift.warms' : 'drift.cools', { who, from, to }),
      text: steps.length
        ? said('drift.textSteps', {
            whose,
            from,
            to,
            steps: joined(steps.map((b) => b.said)),
            crossed: crossed.said,
          })
        : said('drift.text', { whose, from, to, crossed: crossed.said }),
    },
    sources: [modelRef('reweighs')],
  };
}
