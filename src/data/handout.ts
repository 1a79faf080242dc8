// The student handout, as data: group roles, the record sheet's columns, the exit ticket and the
// rubric. The goal and the dates are not written here: the page reads them from the scenario.

export const handout = {
  intro:
    'You are the diplomats of one capital between 17 November and 28 December 2015, after the Paris attacks of 13 November. Twelve rounds, three action points each. Your aim is one coalition against ISIS on your capital\u2019s terms; the game tells you after every move what changed and why.',
  roles: [
    {
      name: 'Reader',
      job: 'Reads the briefing\u2019s three lines aloud at the start of each round and says which condition on the checklist is furthest from being met.',
    },
    {
      name: 'Negotiator',
      job: 'Proposes the round\u2019s moves, reads the preview (what a yes would change, the chance of a yes) aloud before sending, and opens \u201cWhy?\u201d after each answer.',
    },
    {
      name: 'Recorder',
      job: 'Fills one line of the record sheet for every move: what you asked, the answer, the meter after. Calls out when the meter drops.',
    },
    {
      name: 'Source checker (groups of four)',
      job: 'Once a round, opens one source link (an actor\u2019s card or a \u201cWhy?\u201d) and tells the group what the article says and which article said it.',
    },
  ],
  /** The page adds the dates the swaps fall on, from the scenario's calendar. */
  rotate: 'Swap roles every four rounds, so everyone reads, negotiates and records once',
  sheet: {
    columns: [
      'Round and date',
      'Our move (to whom, what)',
      'The answer (yes, no, counter-offer) and why',
      'Meter after',
    ],
    note: 'One line per move; up to three moves a round. Write the answer\u2019s reason in a few words: it is what you will need for the exit ticket.',
  },
  exitTicket: [
    'Which capital\u2019s price was the hardest to pay, and what was it? Name the round where you found out.',
    'Name one move that changed your game. What did it change (numbers from your record sheet), and why did that actor answer as it did?',
    'Our game ended in: ____________________. One reason, in your own words:',
    'Which capital you needed was still outside (or nearly out) at the end, and what kept it there? Give the number the debrief shows (its commitment, or the condition that kept it out) and one move that could have changed it.',
  ],
  rubric: {
    levels: ['Beginning', 'Developing', 'Secure'],
    rows: [
      {
        skill: 'Cause and consequence',
        cells: [
          'Says what happened in the game.',
          'Links one move to its result with a number from the record sheet.',
          'Explains why the actor answered as it did (its price, its trust, its line) and what it changed for the goal.',
        ],
      },
      {
        skill: 'Using sources',
        cells: [
          'Mentions an article.',
          'Names the article and what it says about one capital.',
          'Compares what the two articles say on one point and says how the framing differs.',
        ],
      },
      {
        skill: 'Game and history',
        cells: [
          'States the game\u2019s outcome.',
          'Compares the outcome with what happened in 2015.',
          'Says where the game left the road of 2015 and what the real capitals would have had to do to get there.',
        ],
      },
      {
        skill: 'Working as a group',
        cells: [
          'The record sheet has some rounds.',
          'The record sheet is complete and roles rotated.',
          'Complete record, roles rotated, and decisions explained before moves were sent.',
        ],
      },
    ],
  },
};
