// The rules' refusals and the game's own sources in the reader's language (issue 26; playtest 2,
// finding 1): every reason the rules give is read by its form and written in French, and the same
// reason in English reads exactly as the rules wrote it.
import { afterEach, describe, expect, it } from 'vitest';
import { validateAction, type PlayerAction } from '../src/state/rules/actions';
import { decisionRefusal } from '../src/state/rules/model/events';
import { decideAct } from '../src/state/rules/step';
import { MODEL_SOURCES, modelRef, citationRef } from '../src/data/refs';
import { setLocale, useScenarioTexts } from '../src/i18n';
import { refusalText } from '../src/ui/refusal';
import { sourceLabel } from '../src/ui/links';
import { en } from '../src/i18n/messages/en';
import { rules, scenario, freshWorld } from './helpers';

afterEach(() => setLocale('en'));

/** Every form of refusal the rules give, from real moves on a real world. */
function reasons(): string[] {
  const w = freshWorld(3);
  const poor = { ...w, ap: 1 };
  const over = { ...w, outcome: 'fracture' as const };
  const moves: [typeof w, PlayerAction][] = [
    [over, { type: 'end' }],
    [poor, { type: 'visit', target: 'RUS' }],
    [w, { type: 'statement', issue: 'nowhere', position: 50 }],
    [w, { type: 'statement', issue: rules.issueIds[0]!, position: 140 }],
    [w, { type: 'call', target: 'XXX' } as PlayerAction],
    [w, { type: 'call', target: 'FRA' }],
    [w, { type: 'concession', target: 'RUS', issue: 'nowhere' }],
    [w, { type: 'proposal', target: 'RUS', terms: {} }],
    [w, { type: 'proposal', target: 'RUS', terms: { nowhere: 40 } }],
    [w, { type: 'proposal', target: 'RUS', terms: { [rules.issueIds[0]!]: -3 } }],
    [w, { type: 'fly' } as unknown as PlayerAction],
    [w, { type: 'decide' } as unknown as PlayerAction],
  ];
  const out = moves.map(([world, a]) => validateAction(rules, world, a)!);
  // France's acts: one open in the first round (taken, then refused as decided already), one later.
  const refusal = (id: string, world = w) => decisionRefusal(rules, world, id);
  const open = scenario.events.find((e) => e.actor === 'FRA' && e.decide && refusal(e.id) === null)!;
  const late = scenario.events.find((e) => e.actor === 'FRA' && e.decide && refusal(e.id)?.includes('not open'))!;
  const others = scenario.events.find((e) => e.actor === 'RUS' && e.decide)!;
  out.push(refusal('no-such-act')!, refusal(others.id)!, refusal(late.id)!, refusal(open.id, decideAct(w, open.id))!);
  return out;
}

describe('the rules’ refusals', () => {
  const all = reasons();

  it('are every one a refusal, of at least twelve forms', () => {
    expect(all.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
    expect(new Set(all.map((r) => r.replace(/"[^"]*"|\d+/g, ''))).size).toBeGreaterThanOrEqual(12);
  });

  it('read in English exactly as the rules wrote them', () => {
    for (const r of all) expect(refusalText(r)).toBe(r);
  });

  it('are all written in French, issue and act names in French', async () => {
    useScenarioTexts(scenario);
    await setLocale('fr');
    for (const r of all) expect(refusalText(r), r).not.toBe(r);
    // An act's title is the French table's: « La France invoque l’article 42.7 … ».
    const act = all.find((r) => r.endsWith('is decided already'))!;
    expect(refusalText(act)).toMatch(/^«\u00a0[^»]+\u00a0» est déjà décidé$/);
    expect(refusalText(act)).not.toContain(act.split('"')[1]!);
    expect(refusalText('visit costs 2 action points, 1 left')).toBe(
      'une visite coûte 2 points d\u2019action, et il vous en reste 1',
    );
    expect(refusalText(`terms on "${rules.issueIds[0]}" must be a number from 0 to 100`)).toMatch(
      /^les conditions sur «\u00a0[^»]*[a-zé]\u00a0» doivent/,
    );
    // A reason of another form (an earlier release's own) stays as it was given.
    expect(refusalText('a reason no rule gives')).toBe('a reason no rule gives');
  });
});

describe('the game’s own sources and an article’s paragraph', () => {
  it('are named in the reader’s language', async () => {
    const keys = Object.keys(MODEL_SOURCES) as (keyof typeof MODEL_SOURCES)[];
    const english = keys.map((k) => sourceLabel(modelRef(k)));
    expect(english).toEqual(keys.map((k) => MODEL_SOURCES[k]));
    const cite = citationRef(scenario, { article: 'wsj', paragraph: 4 });
    expect(sourceLabel(cite)).toBe(cite.label);
    await setLocale('fr');
    const french = keys.map((k) => sourceLabel(modelRef(k)));
    for (const [i, f] of french.entries()) {
      expect(f).not.toBe(english[i]);
      expect(Object.values(en)).not.toContain(f);
    }
    expect(french[0]).toMatch(/^le modèle du jeu, pas une source historique/);
    expect(sourceLabel(cite)).toBe('WSJ, article \u00b6\u00a04');
    expect(sourceLabel(citationRef(scenario, { article: 'breitbart', paragraph: 14 }))).toBe(
      'Breitbart, tribune \u00b6\u00a014',
    );
  });
});
