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
};
