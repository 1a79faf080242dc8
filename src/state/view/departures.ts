// The debrief's account of the members that left (from 1.6.0, issue 24): the meter's chart shows
// the dips, and this says what made them. Each departure is a member's own act at a round's close,
// recorded with what tested it (its commitment, the round's shocks, whether the player had talked to
// it) and the roll against its chance of leaving (src/state/rules/model/pressure.ts); the game writes
// it in its own words, and says when, if ever, the member came back.
import type { Rules } from '../rules/rules';
import type { World } from '../rules/world';
import { the } from './news';
import { rollBeside, wholePercent } from './percent';
import { actorRef, joined, said, type Said } from './said';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface Departure {
  /** The date the round opened (the member left as it closed). */
  date: string;
  text: string;
  said: Said;
}

/** "a", "a and b", "a, b, and c": English's list, as Intl writes it (the rules core has no Intl). */
const andList = (xs: string[]): string =>
  xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')}, and ${xs[xs.length - 1]}`;

/** Every member that left in a finished or running game, in order. */
export function departures(rules: Rules, w: World): Departure[] {
  const out: Departure[] = [];
  const titleOf = (id: string) =>
    [...rules.scenario.events, ...rules.scenario.randomEvents].find((e) => e.id === id)?.title ?? id;
  w.rounds.forEach((r, i) => {
    for (const t of r.tests ?? []) {
      if (!t.left) continue;
      const name = the(rules, t.actor);
      const back = w.rounds.findIndex((later, j) => j > i && later.meter?.members.includes(t.actor));
      const shocks = t.shocks.map(titleOf);
      const k = wholePercent(t.commitment);
      const shown = rollBeside(t.roll, t.chance, true);
      const [roll, chance] = [shown.roll, shown.chance].map((x) => x.toFixed(shown.digits));
      const num = (x: number) => (shown.digits ? { fixed: x, digits: shown.digits } : x);
      const parts = [
        `commitment ${k}%`,
        shocks.length ? `tested by ${andList(shocks.map((x) => `\u201c${x}\u201d`))}` : 'no shock that round',
        t.attended ? 'you had talked to it that round' : 'it had heard nothing from you that round',
      ];
      const text =
        `${capital(name)} left as round ${i + 1} closed: ${parts.join('; ')}; chance of leaving ${chance}%, roll ${roll} of 100.` +
        (back >= 0 ? ` Back in the coalition from round ${back + 1}.` : ' It did not come back.');
      out.push({
        date: r.date,
        text,
        said: said(back >= 0 ? 'debrief.leftBack' : 'debrief.leftGone', {
          who: actorRef(t.actor, capital(name)),
          n: i + 1,
          parts: joined([
            said('debrief.leftCommitment', { k }),
            shocks.length
              ? said('debrief.leftShocks', { shocks: { list: shocks.map((x) => said('said.quoted', { x })) } })
              : said('debrief.leftNoShock'),
            said(t.attended ? 'debrief.leftHeard' : 'debrief.leftUnheard'),
          ]),
          chance: num(shown.chance),
          roll: num(shown.roll),
          ...(back >= 0 ? { m: back + 1 } : {}),
        }),
      });
    }
  });
  return out;
}
