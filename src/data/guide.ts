// The teacher's guide, as data: the app renders it and prints it. The numbers on what is sourced
// and what is assumed are not written here; they are counted from the scenario (./provenance.ts).
export interface LessonStep {
  minutes: number;
  title: string;
  what: string;
}

export const guide = {
  intro:
    'Grand Coalition puts a group of students in the chair of a French, American or Russian negotiator in the six weeks after the Paris attacks of 13 November 2015. Where two articles of 17 and 18 November 2015 say where a capital stood, the game cites the paragraph; elsewhere the value is a design assumption with its reason. The world starts from the dated record, not a script: a capital acts as in 2015 while the conditions it acted on hold, and otherwise as the game invents; the students\u2019 own capital acts only as they decide: its own acts, its votes where it can block one, and the visits it receives.',
  goals: [
    'Explain why France, the United States and Russia could agree to fight ISIS and still not form one coalition: the price each capital asked (Assad\u2019s future, sanctions over Ukraine, who gets bombed).',
    'Read the same facts in a news report and in an opinion piece, and say how framing changes what seems possible.',
    'Connect a decision to its consequences: who moved, who left, and why, using the game\u2019s explanations and sources.',
    'Compare a simulation with the record of what happened between 17 November and 31 December 2015, and judge what the model leaves out.',
  ],
  /**
   * One period: the class reads the background, starts at a later round from where the record's own
   * moves left the game on the class's seed (a link from the answer key), plays to the end, and
   * compares. Six rounds take most groups 20 to 25 minutes (two to four each, the first a little more).
   */
  period: {
    title: 'One lesson: the last six rounds',
    intro:
      'When there is only one period, the class starts later in the record: the answer key makes a link to the game on your seed as the capital\u2019s own 2015 moves had left it at the round you pick (round 7, 1 December, by default), and every group takes over from there and plays to the end. Earlier rounds are the record\u2019s, the same for every group; the debrief and the comparison work as for a whole game.',
    steps: [
      {
        minutes: 5,
        title: 'Before you play',
        what: 'Students read the one-page background (the attacks, the Vienna talks, who flies over Syria). Ask: who already fights ISIS, and who fights whom besides?',
      },
      {
        minutes: 4,
        title: 'Groups and the class link',
        what: 'Groups of three or four, one computer each, the handout\u2019s roles assigned. Each group opens the class link, chooses the start round in the viewer\u2019s list and presses \u201cTake over\u201d.',
      },
      {
        minutes: 22,
        title: 'Play to the end',
        what: 'The first briefing says where the record\u2019s moves left the coalition; the checklist says what is missing. Recorders fill the record sheet from the start round on. Groups that finish early read \u201cWhy?\u201d on their last answers.',
      },
      {
        minutes: 2,
        title: 'Collect',
        what: 'Each group copies its link (or downloads its replay) into the class\u2019s shared place.',
      },
      {
        minutes: 7,
        title: 'Compare',
        what: 'Open Compare games and add every game: outcomes and why, who was in, and the round where the groups parted (the start round at the earliest, since the rounds before it are the record\u2019s for everyone).',
      },
      {
        minutes: 5,
        title: 'Exit ticket',
        what: 'Each student answers the exit ticket alone, with the group\u2019s record sheet and the debrief on screen.',
      },
    ] satisfies LessonStep[],
  },
  /**
   * Two lessons, because a whole game does not fit in one: the first round takes most groups five
   * to eight minutes (How to play, the checklist, the first briefing) and each later one two to
   * four, so twelve rounds take 35 to 45 minutes of play before any comparing.
   */
  lessons: [
    {
      title: 'Lesson 1: the moment and the first six rounds',
      steps: [
        {
          minutes: 5,
          title: 'The moment',
          what: 'Read the goal on the title page aloud. Ask: after an attack like Paris, why would rivals work together, and what could stop them?',
        },
        {
          minutes: 5,
          title: 'Groups and handout',
          what: 'Groups of three or four, one computer each. Hand out the student handout; each group assigns reader, negotiator and recorder (and a source checker in a group of four) and writes the seed, role and level on it.',
        },
        {
          minutes: 30,
          title: 'Play rounds 1 to 6',
          what: 'All groups play the same seed, role and level. The first round is slow (How to play, the checklist, the first briefing); later rounds take two to four minutes. Groups that finish round 6 early read “Why?” on their last answers and check one source. Recorders fill the record sheet as they go.',
        },
        {
          minutes: 5,
          title: 'Stop and save',
          what: 'Groups stop wherever they are (the game saves itself after every move) and copy their link or download the replay, in case the next lesson is on another computer. Ask each group for one sentence: which condition of the checklist is furthest away, and why?',
        },
      ] satisfies LessonStep[],
    },
    {
      title: 'Lesson 2: the end of the game and the class comparison',
      steps: [
        {
          minutes: 3,
          title: 'Back in',
          what: 'Groups press Continue (same browser) or open their link. Roles rotate as the handout says.',
        },
        {
          minutes: 20,
          title: 'Play rounds 7 to 12',
          what: 'Groups finish the game and read their debrief: the outcome, why, and where the game left the road of 2015.',
        },
        {
          minutes: 3,
          title: 'Collect',
          what: 'Each group downloads its replay (or copies its link) and hands it in: a shared folder, the class’s learning platform or a USB stick all work.',
        },
        {
          minutes: 12,
          title: 'Compare and discuss',
          what: 'Open Compare games and add every replay: show the outcomes and why each ended so, which capitals differ between groups, the overlaid meter curves and the round where the groups parted. Use the answer key to say which groups played close to 2015’s line. Then two or three of the questions below.',
        },
        {
          minutes: 7,
          title: 'Exit ticket',
          what: 'Each student answers the exit ticket (page 3 of the handout) alone, using the group’s record sheet. The rubric on page 1 says what a secure answer looks like.',
        },
      ] satisfies LessonStep[],
    },
  ],
  oneSeed: [
    'Pick a seed before the lesson (any whole number, for example 2015) and write it on the board with the role and the level. Every group types the same three on the title page.',
    'The same seed gives every group the same events and the same dice for the same moves, so differences between the groups come from their decisions alone. Two groups who made the same moves see the same fingerprint on the debrief.',
    'For a second lesson, change the seed: the record\u2019s acts keep their dates (and go otherwise only where the play has broken their conditions), but the possible events and the actors\u2019 hesitations change.',
    'Level: Apprentice for a first game or younger students, Diplomat for most classes, Veteran for students who have played before.',
    'Roles: France is the natural first game (its goal is the coalition itself). For a second lesson, split the class between Washington and Moscow on the same seed: each side has its own terms, and the debrief shows why a coalition on one side\u2019s terms was hard for the other to accept.',
    'The other capitals act on their own each round (strikes, deals, sanctions, public statements, close calls in the air); each briefing says what they did and why. These moves come from the same seeded dice, so they are the same for every group that made the same moves.',
  ],
  collecting: [
    'Nothing leaves the students\u2019 laptops unless they send it: there are no accounts and no server. Games are saved in the browser after every move, and a closed tab picks up where it stopped.',
    'After the first visit the game works offline, including the sources, the guide and the comparison, so a weak school connection is not a problem during the lesson.',
    'Compare games accepts replay files (choose them or drop them on the page) and pasted links, one per line. It lists any file it cannot read and why, and ignores it; the others are still compared.',
    'Download the comparison as a spreadsheet (CSV) to keep the class\u2019s results: one row per group with its outcome, why it ended so, its members and its meter round by round.',
  ],
  questions: [
    'Where did your group\u2019s decisions part from the others\u2019? What did you know then, and what did you not know?',
    'Which article\u2019s framing did your group follow more? Did it help?',
    'The model says how much each issue matters to each country; the table of sources counts how many of these numbers are our assumptions. Pick one and argue for a different value from the articles.',
  ],
  limits: [
    'The game models negotiation, not war: it does not simulate battles, casualties or the lives of Syrians, which were the heaviest cost of the conflict.',
    'It shows the picture of 17 November 2015 as two articles told it. Other sources of the time, and later knowledge, give a fuller picture.',
    'The actors follow simple rules (a spatial model of positions, trust and commitment; How to play, in the top bar, explains them); real governments were moved by domestic politics the game leaves out.',
  ],
};
