// What the other capitals did on their own last round, told for the briefing with the reason the
// model had for it. Reads the round's records only; computes no rules.
import { modelRef, type SourceRef } from '../../data/refs';
import { INCIDENT_BELOW, type HeldBack, type Initiative } from '../rules/model/agency';
import type { Rules } from '../rules/rules';
import type { ActorId, PressureTest, RoundRecord } from '../rules/world';
import { actorRef, joined, said, type Said, type SaidValue } from './said';
import { percent as pct, rollBeside, wholePercent } from './percent';
import { capitalize as capital } from './sentence';

export interface NewsItem {
  id: string;
  title: string;
  text: string;
  /** The title and text as messages for the reader's language (./said.ts). */
  said?: { title: Said; text: Said };
  sources: SourceRef[];
}

/** A point of an issue's scale: its label when near one, the two it lies between, else the nearest label. */
export function betweenSaid(rules: Rules, issue: string, v: number): SaidValue {
  const sc = rules.scenario.issues.find((i) => i.id === issue)!.scale;
  const at = (x: (typeof sc)[number]): SaidValue => ({ scale: issue, index: sc.indexOf(x), label: x.label });
  const near = sc.find((s) => Math.abs(s.at - v) <= 4);
  if (near) return at(near);
  const below = [...sc].reverse().find((s) => s.at < v);
  const above = sc.find((s) => s.at > v);
  if (below && above) return said('talks.between', { below: at(below), above: at(above) });
  let best = sc[0]!;
  for (const s of sc) if (Math.abs(s.at - v) < Math.abs(best.at - v)) best = s;
  return at(best);
}

/** How many of the actors' own moves a briefing tells: the rest are in the round's record. */
const SHOWN = 4;
const SOURCE = [modelRef('acts')];

const ORDER: Record<Initiative['kind'], number> = { incident: 0, call: 1, strike: 2, statement: 3 };

const signed = (x: number) => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(2)}`;

export function scaleLabel(rules: Rules, issue: string, v: number): string {
  const sc = rules.scenario.issues.find((i) => i.id === issue)!.scale;
  let best = sc[0]!;
  for (const s of sc) if (Math.abs(s.at - v) < Math.abs(best.at - v)) best = s;
  return best.label;
}

/** A point on an issue's scale in words: its label when it sits near one, else the two it lies between. */
export function betweenLabels(rules: Rules, issue: string, v: number): string {
  const sc = rules.scenario.issues.find((i) => i.id === issue)!.scale;
  const near = sc.find((s) => Math.abs(s.at - v) <= 4);
  if (near) return near.label;
  const below = [...sc].reverse().find((s) => s.at < v);
  const above = sc.find((s) => s.at > v);
  return below && above
    ? `between \u201c${below.label}\u201d and \u201c${above.label}\u201d`
    : scaleLabel(rules, issue, v);
}

/** An actor's name as it reads inside a sentence: "the United States", "the Assad government". */
export const the = (rules: Rules, a: ActorId): string => {
  const n = rules.actor[a]!.name;
  return /^United |government$/.test(n) ? `the ${n}` : n;
};

/** "the United States’", "Russia’s": the possessive of an actor's name as it reads in a sentence. */
export const theirs = (rules: Rules, a: ActorId): string => {
  const n = the(rules, a);
  return `${n}\u2019${n.endsWith('s') ? '' : 's'}`;
};

function tell(rules: Rules, me: ActorId, it: Initiative): NewsItem {
  const name = (a: ActorId) => (a === me ? 'you' : the(rules, a));
  const Name = (a: ActorId) => (a === me ? 'You' : capital(the(rules, a)));
  const ref = (a: ActorId): SaidValue =>
    a === me ? { actor: a, name: 'you', you: 'you' } : { actor: a, name: the(rules, a) };
  const Ref = (a: ActorId): SaidValue =>
    a === me ? { actor: a, name: 'You', you: 'You' } : { actor: a, name: capital(the(rules, a)) };
  const issueRef = (i: string): SaidValue => ({ issue: i, name: issueName(i) });
  const issueName = (i: string) => rules.scenario.issues.find((x) => x.id === i)!.topic;
  const id = `act-${it.kind}-${it.actor}-${it.other ?? it.issue ?? ''}`;
  const a = Name(it.actor);
  switch (it.kind) {
    case 'strike': {
      const label = betweenLabels(rules, rules.issue.strikes, it.because);
      if (it.because >= 50) {
        const angry = [...new Set(it.trust.map((t) => t.from))].map(name);
        return {
          id,
          title: `${a} strikes Assad\u2019s armed opponents`,
          text: `Its line on what to strike stands at ${Math.round(it.because)} (${label}). ${angry.length ? `Those who want Assad gone (${angry.join(', ')}) trust it less` : 'Those who want Assad gone take note'}.`,
          said: {
            title: said('news.strikesAssad', { a: Ref(it.actor) }),
            text: said('news.strikesAssadText', {
              n: Math.round(it.because),
              label: betweenSaid(rules, rules.issue.strikes, it.because),
              angry: angry.length
                ? said('news.angry', {
                    list: joined([...new Set(it.trust.map((t) => t.from))].map(ref), 'said.comma'),
                  })
                : said('news.notice'),
            }),
          },
          sources: SOURCE,
        };
      }
      return {
        id,
        title: `${a} strikes ISIS`,
        text: `Its line on what to strike stands at ${Math.round(it.because)} (${label}): ISIS comes first. The other campaign\u2019s members trust it a little more, and it is a little more committed.`,
        said: {
          title: said('news.strikesIsis', { a: Ref(it.actor) }),
          text: said('news.strikesIsisText', {
            n: Math.round(it.because),
            label: betweenSaid(rules, rules.issue.strikes, it.because),
          }),
        },
        sources: SOURCE,
      };
    }
    case 'call': {
      const b = name(it.other!);
      return {
        id,
        title: `${a} and ${b} confer`,
        text: `They trust each other (${it.because.toFixed(2).replace('-', '\u2212')}), so they talk: trust rises a little on both sides, and each pulls the other toward its own view of the coalition. Neither changes its line.`,
        said: {
          title: said('news.confer', { a: Ref(it.actor), b: ref(it.other!) }),
          text: said('news.conferText', { t: { fixed: it.because, digits: 2, sign: 'neg' } }),
        },
        sources: SOURCE,
      };
    }
    case 'statement': {
      const m = it.moved[0]!;
      const hard = it.because < 0;
      const label = betweenLabels(rules, m.issue, m.to);
      return hard
        ? {
            id,
            title: `${a} hardens its line on ${issueName(m.issue)}`,
            text: `It distrusts you (${it.because.toFixed(2).replace('-', '\u2212')}) and says so in public: ${Math.round(m.from)} \u2192 ${Math.round(m.to)} (${label}), further from the coalition\u2019s line.`,
            said: {
              title: said('news.hardens', { a: Ref(it.actor), issue: issueRef(m.issue) }),
              text: said('news.hardensText', {
                t: { fixed: it.because, digits: 2, sign: 'neg' },
                from: Math.round(m.from),
                to: Math.round(m.to),
                label: betweenSaid(rules, m.issue, m.to),
              }),
            },
            sources: SOURCE,
          }
        : {
            id,
            title: `${a} softens its line on ${issueName(m.issue)}`,
            text: `It trusts you (${it.because.toFixed(2).replace('-', '\u2212')}) and moves toward the coalition\u2019s line: ${Math.round(m.from)} \u2192 ${Math.round(m.to)} (${label}).`,
            said: {
              title: said('news.softens', { a: Ref(it.actor), issue: issueRef(m.issue) }),
              text: said('news.softensText', {
                t: { fixed: it.because, digits: 2, sign: 'neg' },
                from: Math.round(m.from),
                to: Math.round(m.to),
                label: betweenSaid(rules, m.issue, m.to),
              }),
            },
            sources: SOURCE,
          };
    }
    case 'incident':
      return {
        id,
        title: `A close call between ${the(rules, it.actor)} and ${the(rules, it.other!)} aircraft`,
        text: `Deconfliction stood at ${it.because.toFixed(2)}, below ${INCIDENT_BELOW}: the two campaigns share the sky with too little coordination. Trust falls on both sides; deconfliction ${signed(it.deconfliction)}.`,
        said: {
          title: said('news.incident', {
            a: { actor: it.actor, name: the(rules, it.actor) },
            b: { actor: it.other!, name: the(rules, it.other!) },
          }),
          text: said('news.incidentText', {
            d: { fixed: it.because, digits: 2 },
            below: INCIDENT_BELOW,
            change: { fixed: it.deconfliction, digits: 2, sign: 'minus' },
          }),
        },
        sources: SOURCE,
      };
  }
}

function heldBack(rules: Rules, me: ActorId, hb: HeldBack): NewsItem {
  const a = capital(the(rules, hb.actor));
  const other = hb.other ? (hb.other === me ? 'you' : the(rules, hb.other)) : '';
  const what = hb.kind === 'call' ? `confer with ${other}` : 'harden its line in public';
  const who: SaidValue = { actor: hb.actor, name: a };
  return {
    id: `held-${hb.actor}`,
    title: `${a} holds back`,
    text: `${a} had said yes to you this round, so it did not ${what}.`,
    said: {
      title: said('news.holdsBack', { a: who }),
      text: said('news.holdsBackText', {
        a: who,
        what:
          hb.kind === 'call'
            ? said('news.conferWith', {
                other:
                  hb.other === me ? { actor: me, name: 'you', you: 'you' } : { actor: hb.other ?? '', name: other },
              })
            : said('news.hardenPublic'),
      }),
    },
    sources: SOURCE,
  };
}

/** "a", "a and b", "a, b, and c": English's list, as Intl writes it (the render model has no Intl). */
export const andList = (xs: string[]): string =>
  xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')}, and ${xs[xs.length - 1]}`;

/** The titles of the round's shocks that tested a member, quoted. */
export function shockTitles(rules: Rules, t: PressureTest): { text: string; said: SaidValue } | null {
  if (!t.shocks.length) return null;
  const titles = t.shocks.map(
    (id) => [...rules.scenario.events, ...rules.scenario.randomEvents].find((e) => e.id === id)?.title ?? id,
  );
  return {
    text: andList(titles.map((x) => `\u201c${x}\u201d`)),
    said: { list: titles.map((x) => said('said.quoted', { x })) },
  };
}

/** A roll beside its chance as a sentence's numbers (tenths where whole numbers would tell it wrong). */
export function rollValues(roll: number, chance: number, below: boolean) {
  const shown = rollBeside(roll, chance, below);
  const num = (x: number): SaidValue => (shown.digits ? { fixed: x, digits: shown.digits } : x);
  return {
    roll: shown.roll.toFixed(shown.digits),
    chance: shown.chance.toFixed(shown.digits),
    said: { roll: num(shown.roll), chance: num(shown.chance) },
  };
}

/**
 * A member the player brought in, tested at the round's end (rules/model/pressure.ts): whether it
 * left or stayed, and why, with the roll against the chance (chance decided it), and what holds a
 * member (the test's own terms: commitment, the player's word, shocks).
 */
export function testNews(rules: Rules, t: PressureTest): NewsItem {
  const a = capital(the(rules, t.actor));
  const who = actorRef(t.actor, a);
  const shocks = shockTitles(rules, t);
  const parts = [
    `commitment ${pct(t.commitment)} when tested`,
    `its chance, when tested, of accepting the line the others make ${pct(t.line)}`,
    shocks ? `tested by ${shocks.text}` : 'no shock this round',
    t.attended ? 'you talked to it this round' : 'it heard nothing from you this round',
  ];
  const partsSaid = joined([
    said('news.testCommitment', { k: wholePercent(t.commitment) }),
    said('news.testLine', { k: wholePercent(t.line) }),
    shocks ? said('news.testShocks', { shocks: shocks.said }) : said('news.testNoShock'),
    said(t.attended ? 'news.testHeard' : 'news.testUnheard'),
  ]);
  const r = rollValues(t.roll, t.chance, t.left);
  const roll = `the roll was ${r.roll} of 100 against a chance of leaving of ${r.chance}%`;
  const holds =
    'What holds a member: commitment above 50% (half the chance at 80% or more), a word with you in the round (a tenth off), and rounds without shocks.';
  const values = { who, parts: partsSaid, ...r.said };
  return t.left
    ? {
        id: `left-${t.actor}`,
        title: `${a} leaves the coalition`,
        text: `${a} was in by its deal with you, and such a deal has to be held: ${parts.join('; ')}. Chance decided: ${roll}. Only terms it accepts bring it back. ${holds}`,
        said: { title: said('news.leftTitle', { who }), text: said('news.leftText', values) },
        sources: SOURCE,
      }
    : {
        id: `stays-${t.actor}`,
        title: `${a} wavers, and stays`,
        text: `${a} is in by its deal with you: ${parts.join('; ')}. Chance decided: ${roll}, so it stays. ${holds}`,
        said: { title: said('news.staysTitle', { who }), text: said('news.staysText', values) },
        sources: SOURCE,
      };
}

/**
 * The briefing's news of the actors' own moves: those that touch the player first, then what was
 * held back, then incidents, calls, strikes and statements, at most SHOWN of them.
 */
export function worldNews(rules: Rules, me: ActorId, rec: RoundRecord, limit = SHOWN): NewsItem[] {
  const touches = (i: Initiative) => i.actor === me || i.other === me;
  // A statement that moved a line by less than a point is no news ("softens 40 \u2192 40").
  const noOp = (i: Initiative) =>
    i.kind === 'statement' && i.moved.every((m) => Math.round(m.from) === Math.round(m.to));
  const sorted = [...rec.initiatives]
    .filter((i) => !noOp(i))
    .sort((x, y) => Number(touches(y)) - Number(touches(x)) || ORDER[x.kind] - ORDER[y.kind]);
  // "Held back from a deal with X" cannot stand above "X and it agree": the other side made the deal.
  const pair = (a: ActorId, b: ActorId | null) => [a, b ?? ''].sort().join('>');
  const happened = new Set(rec.initiatives.map((i) => `${i.kind}:${pair(i.actor, i.other)}`));
  const held = rec.heldBack
    .filter((h) => !happened.has(`${h.kind}:${pair(h.actor, h.other)}`))
    .map((h) => heldBack(rules, me, h));
  // A member leaving is always told; one that wavered only when the chance was worth telling (5% or more).
  const tests = (rec.tests ?? []).filter((t) => t.left || t.chance >= 0.05).map((t) => testNews(rules, t));
  return [...tests, ...held, ...sorted.map((i) => tell(rules, me, i))].slice(0, limit + held.length + tests.length);
}
