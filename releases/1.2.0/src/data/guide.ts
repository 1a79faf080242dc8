// The teacher's guide, as data: the app renders it and prints it. The numbers on what is sourced
// and what is assumed are not written here; they are counted from the scenario (./provenance.ts).
export interface LessonStep {
  minutes: number;
  title: string;
  what: string;
}

export const guide = {
  intro:
    'Grand Coalition puts a group of students in the chair of a French, American or Russian negotiator in the six weeks after the Paris attacks of 13 November 2015. Where two articles of 17 and 18 November 2015 say where a capital stood, the game cites the paragraph; where they do not, the value is a design assumption with its reason, and the table below counts both from the game\u2019s data. After 17 November the world follows the record of public reporting, dated and cited, unless the students change it.',
  goals: [
    'Explain why France, the United States and Russia could agree to fight ISIS and still not form one coalition: the price each capital asked (Assad\u2019s future, sanctions over Ukraine, who gets bombed).',
    'Read the same facts in a news report and in an opinion piece, and say how framing changes what seems possible.',
    'Connect a decision to its consequences: who moved, who left, and why, using the game\u2019s explanations and sources.',
    'Compare a simulation with the record of what happened between 17 November and 31 December 2015, and judge what the model leaves out.',
  ],
  lesson: [
    {
      minutes: 5,
      title: 'The moment',
      what: 'Read the goal on the title page aloud. Ask: after an attack like Paris, why would rivals work together, and what could stop them?',
    },
    {
      minutes: 5,
      title: 'Two framings',
      what: 'In groups of two or three, read the opening briefing. Each group notes one fact the two articles share and one place where their framing differs.',
    },
    {
      minutes: 22,
      title: 'Play',
      what: 'All groups play the same seed, role and level. Reckon five to eight minutes for the first round (How to play, the goal checklist, the first briefing) and two to four for each later one: twelve rounds take most groups 35 to 45 minutes. So plan two lessons: here groups play to about round 6; they finish at home or at the start of the next lesson (the game autosaves, and a replay link carries it to another computer), and compare then. One reader, one negotiator, one recorder per group keeps everyone busy. Encourage groups to open \u201cWhy?\u201d after each answer and to check a source.',
    },
    {
      minutes: 3,
      title: 'Collect',
      what: 'Each group downloads its replay (or copies its link) and hands it in: a shared folder, the class\u2019s learning platform or a USB stick all work.',
    },
    {
      minutes: 10,
      title: 'Compare and discuss',
      what: 'Open Compare games, add every replay, and show the outcomes, the overlaid meter curves and the round where the groups parted. Use two or three of the questions below, then read what actually happened.',
    },
  ] satisfies LessonStep[],
  oneSeed: [
    'Pick a seed before the lesson (any whole number, for example 2015) and write it on the board with the role and the level. Every group types the same three on the title page.',
    'The same seed gives every group the same events and the same dice for the same moves, so differences between the groups come from their decisions alone. Two groups who made the same moves see the same fingerprint on the debrief.',
    'For a second lesson, change the seed: the historical events stay on their dates, but the possible events and the actors\u2019 hesitations change.',
    'Level: Apprentice for a first game or younger students, Diplomat for most classes, Veteran for students who have played before.',
    'Roles: France is the natural first game (its goal is the coalition itself). For a second lesson, split the class between Washington and Moscow on the same seed: each side has its own terms, and the debrief shows why a coalition on one side\u2019s terms was hard for the other to accept.',
    'The other capitals act on their own each round (strikes, deals, sanctions, public statements, close calls in the air); each briefing says what they did and why. These moves come from the same seeded dice, so they are the same for every group that made the same moves.',
  ],
  collecting: [
    'Nothing leaves the students\u2019 laptops unless they send it: there are no accounts and no server. Games are saved in the browser after every move, and a closed tab picks up where it stopped.',
    'After the first visit the game works offline, including the sources, the guide and the comparison, so a weak school connection is not a problem during the lesson.',
    'Compare games accepts replay files (choose them or drop them on the page) and pasted links, one per line. It lists any file it cannot read and why, and ignores it; the others are still compared.',
    'Download the comparison as a spreadsheet (CSV) to keep the class\u2019s results: one row per group with its outcome, meter and the round it left the common path.',
  ],
  questions: [
    'Where did your group\u2019s decisions part from the others\u2019? What did you know then, and what did you not know?',
    'Which article\u2019s framing did your group follow more? Did it help?',
    'The model says how much each issue matters to each country; the table of sources counts how many of these numbers are our assumptions. Pick one and argue for a different value from the articles.',
  ],
  limits: [
    'The game models negotiation, not war: it does not simulate battles, casualties or the lives of Syrians, which were the heaviest cost of the conflict.',
    'It shows the picture of 17 November 2015 as two articles told it. Other sources of the time, and later knowledge, give a fuller picture.',
    'The actors follow simple rules (a spatial model of positions, trust and commitment, explained in docs/MODEL.md); real governments were moved by domestic politics the game leaves out.',
  ],
};
