// The debrief's account of the members that left (from 1.6.0, issue 24): the meter's chart shows
// the dips, and this says what made them. Each departure is a member's own act at a round's close,
// recorded with what tested it (its commitment, the round's shocks, whether the player had talked to
// it) and the roll against its chance of leaving (src/state/rules/model/pressure.ts); the game writes
// it in its own words, and says when, if ever, the member came back.
import type { Rules } from '../rules/rules';
import type { World } from '../rules/world';
import { rollValues, shockTitles, the } from './news';
import { wholePercent } from './percent';
import { actorRef, joined, said, type Said } from './said';
import { capitalize as capital } from './sentence';

export interface Departure {
  /** The date the round opened (the member left as it closed). */
  date: string;
  text: string;
  said: Said;
}

/** Every member that left in a finished or running game, in order. */
export function departures(rules: Rules, w: World): Departure[] {
  const out: Departure[] = [];
  w.rounds.forEach((r, i) => {
    for (const t of r.tests ?? []) {
      if (!t.left) continue;
      const name = capital(the(rules, t.actor));
      // Back in a later round: a member at that round's close, or tested then (only members are
      // tested, and a test may take it out again as that round closes).
      const back = w.rounds.findIndex(
        (later, j) =>
          j > i && (later.meter?.members.includes(t.actor) || (later.tests ?? []).some((x) => x.actor === t.actor)),
      );
      const shocks = shockTitles(rules, t);
      const k = wholePercent(t.commitment);
      const v = rollValues(t.roll, t.chance, true);
      const parts = [
        `commitment ${k}% when tested`,
        shocks ? `tested by ${shocks.text}` : 'no shock that round',
        t.attended ? 'you had talked to it that round' : 'it had heard nothing from you that round',
      ];
      const text =
        `${name} left as round ${i + 1} closed: ${parts.join('; ')}; chance of leaving ${v.chance}%, roll ${v.roll} of 100.` +
        (back >= 0 ? ` Back in the coalition from round ${back + 1}.` : ' It did not come back.');
      out.push({
        date: r.date,
        text,
        said: said(back >= 0 ? 'debrief.leftBack' : 'debrief.leftGone', {
          who: actorRef(t.actor, name),
          n: i + 1,
          parts: joined([
            said('debrief.leftCommitment', { k }),
            shocks ? said('debrief.leftShocks', { shocks: shocks.said }) : said('debrief.leftNoShock'),
            said(t.attended ? 'debrief.leftHeard' : 'debrief.leftUnheard'),
          ]),
          ...v.said,
          ...(back >= 0 ? { m: back + 1 } : {}),
        }),
      });
    }
  });
  return out;
}
