// The briefing's account of why a capital's commitment moved as the round closed: its re-weighing of
// the coalition's line, its deal wearing or its leaving (a member the player brought in is tested
// each round: rules/model/pressure.ts), and the rest (the round's events, the others' own moves), in
// English and as messages for the reader's language.
import { modelRef, type SourceRef } from '../../data/refs';
import type { Rules } from '../rules/rules';
import { roleOf } from '../rules/rules';
import { LEFT_DROP } from '../rules/model/pressure';
import { MEMBER_AT, vetoedBy } from '../rules/model/meter';
import { acceptChance, evaluate } from '../rules/model/utility';
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
  return moves.map((m) => oneCommitment(rules, w, prev, m));
}

function oneCommitment(
  rules: Rules,
  w: World,
  prev: World['rounds'][number],
  m: { a: ActorId; from: number; to: number; drift: World['rounds'][number]['drift'][number] | undefined },
): CommitmentNews {
  const name = rules.actor[m.a]!.name;
  const warmer = m.to > m.from;
  const because: { text: string; said: Said }[] = [];
  if (m.drift) {
    const p = acceptChance(rules, w, m.a, w.role, {});
    const ev = evaluate(rules, w, m.a, w.role, {}, 0, true);
    const far = [...ev.issues].sort(
      (x, y) => y.salience * Math.abs(y.own - y.proposed) - x.salience * Math.abs(x.own - x.proposed),
    )[0]!;
    const issue = rules.scenario.issues.find((i) => i.id === far.issue)!;
    const [own, line] = [Math.round(far.own), Math.round(far.proposed)];
    because.push({
      text: `it re-weighs the coalition each round and would accept its line as it now stands with a chance of ${pct(p)} (furthest apart: ${issue.topic}, where it stands at ${own} and the line at ${line}); commitment moves a fifth of the way toward that chance, give or take luck`,
      said: said('drift.reweighs', { p: wholePercent(p), topic: { issue: issue.id, name: issue.topic }, own, line }),
    });
  }
  // A member the player brought in: its deal wore unheard, or it left by its own act (the briefing's
  // test item tells the roll); neither is "the round's events".
  const test = (prev.tests ?? []).find((t) => t.actor === m.a);
  const wore = test && !test.attended ? (rules.answers.pressure?.wear.value ?? 0) : 0;
  const leftBy = test?.left ? Math.min(test.line, MEMBER_AT) - LEFT_DROP - test.commitment : 0;
  if (wore >= 0.005) {
    const n = Math.round(wore * 100);
    because.push({
      text: `its deal wore ${n} points down: it heard nothing from you this round`,
      said: said('drift.wore', { n }),
    });
  }
  if (test?.left) {
    const n = Math.round(Math.abs(leftBy) * 100);
    because.push({
      text: `it left the coalition by its own act as the round closed, ${n} points down`,
      said: said('drift.left', { n }),
    });
  }
  const rest = m.to - m.from - (m.drift ? m.drift.to - m.drift.from : 0) + wore - leftBy;
  if (Math.abs(rest) >= 0.02) {
    const n = Math.round(Math.abs(rest) * 100);
    because.push({
      text: `${n} points ${rest > 0 ? 'up' : 'down'} came from the round’s events and the others’ own moves`,
      said: said(rest > 0 ? 'drift.restUp' : 'drift.restDown', { n }),
    });
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
    text: `${capFirst(theirs(rules, m.a))} commitment to the coalition went from ${pct(m.from)} to ${pct(m.to)}${because.length ? `, because ${because.map((b) => b.text).join('; and ')}` : ''}.${crossed.text}`,
    said: {
      title: said(warmer ? 'drift.warms' : 'drift.cools', { who, from, to }),
      text: because.length
        ? said('drift.textBecause', {
            whose,
            from,
            to,
            because: joined(
              because.map((b) => b.said),
              'drift.and',
            ),
            crossed: crossed.said,
          })
        : said('drift.text', { whose, from, to, crossed: crossed.said }),
    },
    sources: [modelRef('the game\u2019s model, not a historical source: actors re-weigh the coalition each round')],
  };
}
