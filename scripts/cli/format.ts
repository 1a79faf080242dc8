// The readable round-by-round log of a finished game.
import type { Scenario } from '../../src/data/schema';
import { actionSaid, answerSaid } from '../../src/state/view/explain';
import { write } from '../../src/ui/said';
import { OUTCOME_LABEL } from '../../src/state/rules/model/outcome';
import { worldNews } from '../../src/state/view/news';
import { vetoSaid } from '../../src/state/view/renderModel';
import { VETOED } from '../../src/state/rules/model/events';
import type { Rules } from '../../src/state/rules/rules';
import type { World } from '../../src/state/rules/world';
import { dayDate } from '../../src/presentation/format';
import { intlLocale } from '../../src/i18n/locale';
import { actorArgs, actorName, issueName as issueText, outcomeLabel, t } from '../../src/i18n';

/**
 * A number to `digits` decimals as toFixed rounds it (the English log stays as it was, byte for
 * byte), with the decimal separator of the log's language ("56.1", "56,1").
 */
const fixed = (n: number, digits: number): string => {
  const point = new Intl.NumberFormat(intlLocale()).formatToParts(0.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return n.toFixed(digits).replace('.', point);
};

/** An actor's and an issue's name in the log's language (the English data's own words in English). */
const name = (rules: Rules, id: string) => actorName(id, rules.actor[id]?.name ?? id);
const issueName = (rules: Rules, id: string) =>
  issueText(id, rules.scenario.issues.find((i) => i.id === id)?.name ?? id);

/**
 * The calendar as a teacher reads it. For a role, the record's acts of the capitals it does not
 * play: its own diplomacy (a visit, a call, a statement) is the player's to make or not.
 */
export function calendarRows(scenario: Scenario, role?: string) {
  const rows = [
    ...scenario.calendar.rounds.map((date, i) => ({
      date,
      id: `round-${i + 1}`,
      title: `Round ${i + 1} begins`,
      kind: 'round' as const,
    })),
    ...scenario.events
      .filter((e) => !(role && e.ownMove && e.actor === role))
      .map((e) => ({
        date: e.date,
        id: e.id,
        title: e.title,
        kind: 'historical' as const,
        ...(e.actor ? { actor: e.actor } : {}),
      })),
    ...scenario.randomEvents.map((e) => ({
      date: 'any round',
      id: e.id,
      title: `${e.title} (chance ${Math.round(e.probability * 100)}% a round)`,
      kind: 'random' as const,
    })),
  ];
  return rows.sort((a, b) => (a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? -1 : 1));
}

export function formatGame(rules: Rules, w: World): string {
  const out: string[] = [];
  const blocked = (id: string) => {
    const e = rules.scenario.events.find((x) => `${x.id}${VETOED}` === id);
    return e && write(vetoSaid(rules, w.role, e));
  };
  const title = (id: string) =>
    rules.scenario.events.find((e) => e.id === id)?.title ??
    rules.scenario.events.find((e) => `${e.id}/otherwise` === id)?.otherwise?.title ??
    blocked(id) ??
    rules.scenario.randomEvents.find((e) => e.id === id)?.title ??
    id;
  for (const r of w.rounds) {
    out.push(`\n${t('cli.round', { round: r.round + 1, date: dayDate(r.date) })}`);
    for (const a of r.actions) {
      if (a.action.type === 'end') continue;
      // The move and its answer as the render model says them, in the log's language (src/ui/said.ts).
      out.push(`  ${write(actionSaid(rules, a.action))}`);
      if (a.answer) out.push(`    → ${write(answerSaid(rules, a.answer))}`);
      if (a.answer?.counter)
        out.push(
          `    ↺ ${t('cli.counter', {
            terms: Object.entries(a.answer.counter)
              .map(([k, v]) => `${issueName(rules, k)} ${v}`)
              .join(', '),
          })}`,
        );
      const moved = a.reactions.filter((x) => Math.abs(x.trust) >= 0.01);
      if (moved.length)
        out.push(
          `    ${t('cli.reactions', {
            list: moved
              .map((x) =>
                t('cli.reaction', {
                  ...actorArgs('name', x.actor, rules.actor[x.actor]?.name ?? x.actor),
                  trust: `${x.trust > 0 ? '+' : ''}${fixed(x.trust, 2)}`,
                }),
              )
              .join(', '),
          })}`,
        );
    }
    // Every initiative of the others, with its reason (the briefing tells the four that matter most).
    for (const n of worldNews(rules, w.role, r, Infinity)) out.push(`  * ${n.title}: ${n.text}`);
    for (const d of r.drift.filter((x) => Math.abs(x.to - x.from) >= 0.05))
      out.push(
        `  · ${t(d.to > d.from ? 'cli.warms' : 'cli.cools', { ...actorArgs('name', d.actor, rules.actor[d.actor]?.name ?? d.actor), from: fixed(d.from, 2), to: fixed(d.to, 2) })}`,
      );
    for (const e of r.events) out.push(`  ! ${title(e)}`);
    if (r.meter)
      out.push(
        `  ${t('cli.meter', {
          value: fixed(r.meter.value, 1),
          members: r.meter.members.map((m) => name(rules, m)).join(', '),
          deconfliction: fixed(r.meter.deconfliction, 2),
        })}`,
      );
  }
  if (w.outcome)
    out.push(
      `\n${t('cli.outcome', {
        outcome: outcomeLabel(OUTCOME_LABEL[w.outcome]),
        meter: fixed(w.meter.value, 1),
        deconfliction: fixed(w.deconfliction, 2),
      })}`,
    );
  return out.join('\n');
}
