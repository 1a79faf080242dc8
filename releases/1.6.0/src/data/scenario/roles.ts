import type { Role } from '../schema';
import { assume, cite, src } from './cite';

// The three capitals a player can lead. Each pursues "the coalition" from its own side: France
// and the United States start inside the US-led coalition, Russia outside it. A Russian player's
// coalition is one with Russia in it, so the others start from their readiness to fight beside
// Moscow, not from their place in the US-led campaign.
const ALONGSIDE = 'readiness to fight beside Russia; the level is our estimate';

// What each ending is in the game, in neutral words (the debrief follows it with the final world's
// facts). A sentence about 2015 says only what the record shows: no single coalition formed; the
// US-led coalition and Russia's campaign stayed apart with some coordination (history in story.ts).
const NO_GRAND_IN_2015 = 'In 2015 no such coalition formed.';

export const roles: Role[] = [
  {
    actor: 'FRA',
    actionPoints: 3,
    tagline: 'one coalition with Washington and Moscow',
    goal: 'Build one coalition against ISIS that includes both the United States and Russia, without losing the allies you already have.',
    terms: [
      {
        issue: 'target',
        max: 40,
        why: 'ISIS first: the coalition exists to strike the group that attacked Paris.',
        source: cite('wsj', 4, 'Raqqa'),
      },
      {
        issue: 'assad',
        max: 50,
        why: 'France wants Assad out; it can accept a transition, not a Syria led by him.',
        source: cite('wsj', 11, 'want Mr. Assad out'),
      },
    ],
    commitments: {},
    needs: { grand: ['USA', 'RUS'], parallel: ['USA'] },
    endings: {
      grand_coalition: `France, the United States and Russia fight ISIS in one coalition, deconflicted and on France\u2019s terms. ${NO_GRAND_IN_2015}`,
      parallel_campaigns:
        'No single coalition: France and the United States are in theirs, Russia runs its own campaign, and the two are deconflicted. In 2015 the campaigns stayed apart in this way, with some coordination.',
      fracture:
        'Not even parallel campaigns: the United States is not in France\u2019s coalition, the coalition is too weak, or the two air campaigns do not coordinate.',
    },
    questions: [
      'Which actor\u2019s price for joining was the hardest to pay, and why?',
      'Did moving France\u2019s line toward Russia win more members than it lost? Who left, and why?',
    ],
  },
  {
    actor: 'USA',
    actionPoints: 3,
    tagline: 'bring Moscow in, on your terms',
    goal: 'Bring Russia into the fight against ISIS on your terms (strikes on ISIS, not on the rebels; a political transition in Syria) while keeping your coalition and its Gulf and Turkish members together.',
    terms: [
      {
        issue: 'target',
        actor: 'RUS',
        max: 45,
        why: 'Moscow\u2019s own strikes must turn to ISIS: the condition Obama set for cooperation.',
        source: cite('wsj', 2, 'focus on Islamic State'),
        tuned:
          'moved in 36bfb90 from the coalition\u2019s target at most 35 to Russia\u2019s own at most 45, for balance; \u00b62 gives the direction, not the level',
      },
      {
        issue: 'assad',
        max: 45,
        why: 'Assad\u2019s future is the chief obstacle: he may stay through a transition at most.',
        source: cite('wsj', 20, 'Assad\u2019s future'),
        tuned: 'moved in 36bfb90 from 50 to 45, for balance; \u00b620 gives no level',
      },
    ],
    commitments: {},
    needs: { grand: ['RUS', 'FRA', 'TUR', 'SAU'], parallel: ['FRA'] },
    endings: {
      grand_coalition: `Russia, France, Turkey and Saudi Arabia fight ISIS with the United States in one coalition, deconflicted and on Washington\u2019s terms: Russia\u2019s strikes on ISIS, Assad at most through a transition. ${NO_GRAND_IN_2015}`,
      parallel_campaigns:
        'No single coalition: the US-led coalition holds with France in it, Russia runs its own campaign, and the two are deconflicted. In 2015 the campaigns stayed apart in this way, with some coordination.',
      fracture:
        'Not even parallel campaigns: France is not in Washington\u2019s coalition, the coalition is too weak, or the two air campaigns do not coordinate.',
    },
    questions: [
      'Which allies\u2019 doubts about Moscow cost you most: Ankara\u2019s, Riyadh\u2019s or Doha\u2019s? Why?',
      'Did your line on Assad win Moscow or lose the Gulf? Where was the price too high?',
    ],
  },
  {
    actor: 'RUS',
    actionPoints: 3,
    tagline: 'out of isolation, on your terms',
    goal: 'Turn Paris\u2019s call into a coalition with Russia in it: get France and the United States to fight ISIS beside you on your terms (Assad\u2019s future left to Syrians, your strikes not limited to ISIS) and leave behind the isolation that followed Crimea.',
    terms: [
      {
        issue: 'target',
        min: 20,
        why: 'Moscow keeps striking the groups it calls terrorists, not ISIS alone.',
        source: cite('breitbart', 4, 'terrorists'),
      },
      {
        issue: 'assad',
        min: 42,
        why: 'No early exit for Assad: he stays through a transition, and at most Moscow accepts that he not run again.',
        source: cite('wsj', 30, 'blocks Mr. Assad from running'),
        tuned: 'moved in 36bfb90 from 40 to 42, for balance; \u00b630 gives no floor',
      },
    ],
    commitments: {
      USA: src(
        0.3,
        cite('wsj', 2, 'would welcome cooperation'),
        'Washington would welcome cooperation only if Moscow moves its strikes to ISIS.',
      ),
      FRA: src(
        0.45,
        cite('wsj', 4, 'major new alliance'),
        'Hollande is coming to Moscow to build a new alliance, but keeps the sanctions.',
      ),
      GBR: assume(0.25, `${ALONGSIDE} (party to the sanctions, wsj 9)`),
      DEU: assume(0.35, `${ALONGSIDE} (Berlin keeps talking to Moscow)`),
      TUR: src(
        0.1,
        cite('wsj', 24, 'exit date'),
        'Ankara backs the rebels Russia bombs and wants an exit date for Assad.',
      ),
      SAU: src(
        0.15,
        cite('wsj', 24, 'exit date'),
        'Riyadh backs the rebels Russia bombs and wants an exit date for Assad.',
      ),
      QAT: src(
        0.1,
        cite('wsj', 24, 'exit date'),
        'Doha backs the rebels Russia bombs and wants an exit date for Assad.',
      ),
      JOR: src(
        0.45,
        cite('wsj', 26, 'Moscow is key'),
        'King Abdullah calls Moscow the key to a solution; Amman agreed a coordination mechanism with Moscow on 23 October but stayed in the US-led coalition (Jordan Times, jordantimes-russia): ready to coordinate, not to join (was 0.55, a member from the start).',
      ),
      EGY: src(0.45, cite('wsj', 25, 'more accepting'), 'Cairo has become more accepting of Russia\u2019s role.'),
      ARE: src(0.4, cite('wsj', 25, 'more accepting'), 'Abu Dhabi has become more accepting of Russia\u2019s role.'),
      ISR: assume(0.15, `${ALONGSIDE} (more accepting of Russia\u2019s role, wsj 25, but stays out of any coalition)`),
      IRN: src(
        0.6,
        cite('wsj', 30, 'Iranian-Russian alliance'),
        'Russia\u2019s ally in Syria, though the news report sees a fissure over Assad.',
      ),
      NATO: src(0.1, cite('wsj', 19, 'constructive role'), 'Stoltenberg says most Russian strikes miss ISIS.'),
    },
    // 2015's end for Moscow: its campaign with Tehran, coordinating with the US-led one; Paris shared
    // intelligence but joined no Russian coalition (docs/research/CONDITIONS-2015.md, section 3).
    needs: { grand: ['USA', 'FRA'], parallel: ['IRN'] },
    endings: {
      grand_coalition: `The United States and France fight ISIS with Russia in one coalition, deconflicted and on Moscow\u2019s terms: strikes not limited to ISIS, no early exit for Assad. ${NO_GRAND_IN_2015}`,
      parallel_campaigns:
        'No single coalition: Russia\u2019s campaign, with Iran in it, runs beside the US-led one and the two are deconflicted. In 2015 Moscow\u2019s year ended this way: France coordinated with it but stayed in the US-led coalition.',
      fracture:
        'Not even parallel campaigns: Iran is not in Russia\u2019s coalition, the coalition is too weak, or the campaigns do not coordinate.',
    },
    questions: [
      'What did Moscow have to give up on what it strikes, and what did that buy?',
      'Which capital was readiest to accept Russia\u2019s role, and which never was? Why?',
    ],
  },
];
