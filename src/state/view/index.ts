// The render model (./renderModel.ts) whole: with the debrief's reading of a finished game against
// the record (./divergence.ts, which replays the historical line beside the game). `view` here is
// what the CLI, the tests and each frozen release build. The page's current release builds the same
// model from ./renderModel and is handed divergenceView with the debrief's code
// (src/release/current.ts, loadReading), so the page's first load does without it.
import { citationRef, externalSourceRef } from '../../data/refs';
import { divergence, type RecordNote, type Turn } from './divergence';
import { OUTCOME_LABEL } from '../rules/model/outcome';
import {
  gameView,
  type DivergenceView,
  type GameView,
  type MoveStep,
  type Phase,
  type RecordNoteView,
  type TurnView,
} from './renderModel';
import type { Rules } from '../rules/rules';
import type { World } from '../rules/world';

export * from './renderModel';
export type { MoveLine, OfferView, RoleGoals, RoleRound, TogetherDebrief, TogetherScreen } from './together';

export function view(
  rules: Rules,
  w: World,
  phase: Phase,
  rejected: string | null,
  steps: readonly MoveStep[] = [],
): GameView {
  return gameView(rules, w, phase, rejected, steps, divergenceView);
}

const noteView = (rules: Rules, n: RecordNote): RecordNoteView => ({
  kind: n.kind,
  date: n.date,
  text: n.text,
  sources: [
    ...n.sources.map((id) => externalSourceRef(rules.scenario, id)),
    ...n.citations.map((c) => citationRef(rules.scenario, c)),
  ],
});

/** Where a finished game left the road of 2015, ready to show (the render model's ReadRoad). */
export function divergenceView(rules: Rules, w: World): DivergenceView | null {
  const d = divergence(rules, w);
  if (!d) return null;
  const turn = (t: Turn): TurnView => ({ ...t, record: t.record.map((n) => noteView(rules, n)) });
  return {
    followed: d.followed,
    sameMoves: d.sameMoves,
    summary: d.summary,
    outcome: {
      game: OUTCOME_LABEL[d.outcome.game],
      line: OUTCOME_LABEL[d.outcome.line],
      record: OUTCOME_LABEL[d.outcome.record],
    },
    first: d.first ? turn(d.first) : null,
    turns: d.turns.map(turn),
    needed: d.needed.map((n) => ({ text: n.text, record: n.record.map((x) => noteView(rules, x)) })),
  };
}
