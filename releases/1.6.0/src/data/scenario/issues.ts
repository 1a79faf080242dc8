import type { Issue } from '../schema';

// Five questions every capital answered differently in November 2015. Each runs 0–100.
export const issues: Issue[] = [
  {
    id: 'target',
    name: 'What to strike first',
    topic: 'what to strike first',
    question: 'Should the bombs fall on ISIS first, or on every armed opponent of Assad?',
    scale: [
      { at: 0, label: 'ISIS first and only' },
      { at: 50, label: 'ISIS and al-Qaeda-linked groups' },
      { at: 100, label: 'every armed opponent of Assad' },
    ],
  },
  {
    id: 'assad',
    name: "Assad's future",
    topic: 'Assad\u2019s future',
    question: 'What happens to Bashar al-Assad in a political settlement?',
    scale: [
      { at: 0, label: 'must leave now' },
      { at: 33, label: 'leaves on an agreed exit date' },
      { at: 67, label: 'may stay and may run again' },
      { at: 100, label: 'only Assad decides' },
    ],
  },
  {
    id: 'russia',
    name: 'Working with Russia',
    topic: 'working with Russia',
    question: 'How far to cooperate with Moscow, given Ukraine and the sanctions?',
    scale: [
      { at: 0, label: 'isolate Russia' },
      { at: 50, label: 'coordinate strikes, keep sanctions' },
      { at: 100, label: 'full partnership, ease sanctions' },
    ],
  },
  {
    id: 'military',
    name: 'Military commitment',
    topic: 'the military commitment',
    question: 'How much force to commit: strikes, ships, votes in parliament?',
    ownOnly: true,
    scale: [
      { at: 0, label: 'no military role' },
      { at: 50, label: 'support, logistics, reconnaissance' },
      { at: 100, label: 'full air campaign and more' },
    ],
  },
  {
    id: 'vienna',
    name: 'The Vienna process',
    topic: 'the Vienna process',
    question: 'How committed to the Vienna talks on a political solution for Syria?',
    scale: [
      { at: 0, label: 'reject the talks' },
      { at: 50, label: 'attend, commit to little' },
      { at: 100, label: 'drive the talks' },
    ],
  },
];
