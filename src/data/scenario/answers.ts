// How capitals weigh an ask beyond the spatial utility (src/state/rules/model/answer.ts, docs/MODEL.md).
// No article gives these numbers: each is a design assumption, tuned so that ambitious asks are
// refused often enough that choosing matters while the historical line still ends where 2015 ended
// (docs/BALANCE.md, docs/HINDCAST.md).
import type { AnswerRules } from '../schema';

const AMBITION =
  'Weight on Σ salience × (distance / 50)² over the issues a proposal names: how far it asks the capital to move its own line. Quadratic, as in the Euclidean spatial model, so a small step costs little and a large one much more.';

export const answers: AnswerRules = {
  ambition: {
    easy: {
      value: 1.7,
      assumption: AMBITION,
      tuned:
        'Set in 1.3.0 with the balance runs (docs/BALANCE.md): levels differ most here. At 1.7 the planned policies win 57–83% on this level (the American game 72%, not all); below 1.6 the American game won nearly every game.',
    },
    normal: {
      value: 1.85,
      assumption: AMBITION,
      tuned:
        'Set in 1.3.0 with the balance runs (docs/BALANCE.md): at 1.85 the planned policies win 38–71% on this level (they won 76–100% in 1.2.0) while the historical line stays where 2015 ended.',
    },
    hard: {
      value: 2.2,
      assumption: AMBITION,
      tuned:
        'Set in 1.3.0 with the balance runs (docs/BALANCE.md): higher than normal so that the planned policies win less here (32–54%); at 2.3 the planned American game fell to about 30%.',
    },
  },
  redLineStep: {
    value: 0.3,
    assumption:
      'A fixed cost for each issue on which a proposal names terms beyond the capital\u2019s red line, on top of the cost per point beyond: crossing a red line at all is a political act at home.',
    tuned:
      'Set in 1.3.0 beside the ambition weight, small: it mostly turns away random asks across red lines. At 1 (ambition 0.9) it took the 1.2.0 American plan, which offered across Moscow\u2019s red line, from 42% to 0% on easy (docs/BALANCE.md).',
  },
  pressing: {
    value: 0.15,
    assumption:
      'The cost of each earlier ask to the same capital in the same round (a counter-offer sent back does not count): pressing a capital again within days reads as pressure, not partnership.',
    tuned:
      'Set in 1.3.0: small, so that a second ask in a round is dearer but not barred; at 0.5 (ambition 0.9) it moved the planned policies by up to 10 points (docs/BALANCE.md).',
  },
  counterAt: {
    value: 0.5,
    assumption:
      'A counter-offer names terms the capital would itself accept with at least this chance: it is a real offer, not a formality, so an ambitious ask draws a counter far from it.',
    tuned:
      'Set in 1.3.0 so that a counter-offer is at least an even bet in the capital’s own eyes; at 0.8 the planned French game on the hard level fell from 78\u201380% to 58% (ambition 0.9, docs/BALANCE.md).',
  },
  askCost: {
    value: 0.4,
    assumption:
      'Every ask draws on the asked capital\u2019s time and standing at home before its terms are read: a yes is never free. Weighed like the others in the \u201cWhy?\u201d. It is the price of a yes, not of talking: whether a no comes with a counter-offer is judged without it.',
    tuned:
      'Set in 1.6.0 (issue 24) for the share of asks answered yes on Diplomat: at 0 random play\u2019s asks were answered yes about 75% of the time (aim 45\u201365%), at 0.3 about 67%, at 0.6 57% but the planned line\u2019s fell to about 30% (aim 55\u201375%); at 0.4 about 63% and 64%; with a no still drawing its counter-offer before this cost (1.6.0), 62% and 68% over 2,000 seeds (docs/BALANCE.md).',
  },
  pressure: {
    leave: {
      value: 0.35,
      assumption:
        'A member you brought in (outside your coalition on 17 November) is in by its deal with you, however near it stands to the coalition\u2019s line; each round it may leave with this chance, less what its commitment above 50% holds and what your attention holds.',
      tuned:
        'Fitted in 1.6.0 (issue 24) beside `shock` and `attention` to two aims over games whose every condition held by round 6: the planned line keeps the coalition to 28 December on 60\u201385% of them, the line that only ends rounds once it has won on at most 30%. At 0.15 the planned line kept it on about 90%; at 0.35 (shock 0.3) about 80% as France, and the planned American line wins within 80% on every level (docs/BALANCE.md).',
    },
    shock: {
      value: 0.3,
      assumption:
        'Each shock of the round (a shootdown, an attack, strikes that hit the wrong people, a spoiler\u2019s move) adds this to the chance of leaving: it tests a wavering member\u2019s reasons to stay.',
      tuned: 'Fitted in 1.6.0 (issue 24) beside `leave` (tried 0.12, 0.15, 0.25, 0.3): see docs/BALANCE.md.',
    },
    attention: {
      value: 0.9,
      assumption:
        'A member the player talked to this round (it said yes or made a counter-offer) is less likely to leave: this share of the chance remains.',
      tuned:
        'Fitted in 1.6.0 (issue 24) beside `leave` (tried 0.4, 0.5, 0.7, 0.85, 0.9): attention mostly holds a member through its commitment; the factor itself is kept mild so that no member is ever sure (docs/BALANCE.md).',
    },
    span: {
      value: 0.3,
      assumption:
        'Commitment above the line of membership holds a wavering member: the chance of leaving falls linearly with it, to half at this far above 50% and no lower.',
      tuned:
        'Set in 1.6.0 (issue 24) once, not fitted: a member at 80% or more has half the chance of leaving of one at the line.',
    },
    wear: {
      value: 0.1,
      assumption:
        'A member you brought in that hears nothing from you in a round (no yes, no counter-offer) loses this much commitment (it stays in until it leaves by its own act).',
      tuned:
        'Set in 1.6.0 (issue 24) once, not fitted: 0.1 a round outweighs the re-weighing\u2019s pull (20% of the gap) for a member that accepts the line, so an untended member sinks to the line within a few rounds.',
    },
    shocks: [
      {
        event: 'su24-shootdown',
        why: 'A NATO member shot down a Russian bomber: every capital that had just moved toward Moscow, or Moscow itself, had to ask again which side it stood beside.',
      },
      {
        event: 'oil-accusation',
        why: 'Moscow accused Turkey\u2019s leaders of trading in ISIS oil: a spoiler\u2019s move that made standing beside both capitals harder.',
      },
      {
        event: 'kuntar-killed',
        why: 'A strike in Damascus killed a Hezbollah commander: a spoiler\u2019s move by a capital outside the talks, which Moscow\u2019s partners read as a test of its protection.',
      },
      {
        event: 'civilian-toll',
        why: 'Strikes that hit the wrong people: every member is asked at home why it fights beside those who struck them.',
      },
      {
        event: 'regional-attack',
        why: 'An attack in the region: the members ask whether the coalition protects them, or only talks.',
      },
      {
        event: 'near-miss',
        why: 'A near miss between the two air forces: the members ask whether the coalition\u2019s sky is safe.',
      },
    ],
  },
};
