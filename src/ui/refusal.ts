// The rules' refusals in the reader's language. The rules core speaks no language but the
// replays' own (English, the same in every release: src/state/rules/actions.ts's validateAction,
// model/events.ts's decisionRefusal, together.ts's checks), so its reasons are read here by their
// form and written as messages; a reason of another form (an earlier release's own) stays as it is.
import { dataText, issueName, t, type MessageId, type Values } from '../i18n';

type Read = (m: RegExpExecArray) => Values;
const none: Read = () => ({});

/** Each form of reason the rules give, and its message. */
const FORMS: [RegExp, MessageId, Read][] = [
  [/^the game is over$/, 'refusal.over', none],
  [
    /^(\w+) costs (\d+) action points?, (\d+) left$/,
    'refusal.cost',
    (m) => ({ type: m[1]!, cost: Number(m[2]), ap: Number(m[3]) }),
  ],
  [/^a position must be a number from 0 to 100$/, 'refusal.position', none],
  [/^you cannot negotiate with yourself$/, 'refusal.yourself', none],
  [/^a proposal needs terms on at least one issue$/, 'refusal.noTerms', none],
  [/^a counter-offer needs terms on at least one issue$/, 'refusal.counterNoTerms', none],
  [
    /^terms on "([^"]*)" must be a number from 0 to 100$/,
    'refusal.termsNumber',
    (m) => ({ issue: issueName(m[1]!, m[1]!) }),
  ],
  [/^unknown issue "([^"]*)" in the terms$/, 'refusal.unknownTermsIssue', (m) => ({ id: m[1]! })],
  [/^unknown issue "([^"]*)"$/, 'refusal.unknownIssue', (m) => ({ id: m[1]! })],
  [/^unknown actor "([^"]*)"$/, 'refusal.unknownActor', (m) => ({ id: m[1]! })],
  [/^unknown action type "([^"]*)"$/, 'refusal.unknownType', (m) => ({ id: m[1]! })],
  [/^unknown act "([^"]*)"$/, 'refusal.unknownAct', (m) => ({ id: m[1]! })],
  [/^a decision names an act$/, 'refusal.noAct', none],
  [/^"(.*)" is not your government\u2019s to decide$/, 'refusal.notYours', (m) => ({ title: dataText(m[1]!) })],
  [/^"(.*)" is not open to decision this round$/, 'refusal.notOpen', (m) => ({ title: dataText(m[1]!) })],
  [/^"(.*)" is decided already$/, 'refusal.decided', (m) => ({ title: dataText(m[1]!) })],
];

/** A refusal of the rules in the reader's language (the English reason itself when its form is not known here). */
export function refusalText(reason: string): string {
  for (const [form, id, read] of FORMS) {
    const m = form.exec(reason);
    if (m) return t(id, read(m));
  }
  return reason;
}
