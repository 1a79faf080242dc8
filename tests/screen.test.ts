// Two texts on one screen never contradict each other or the rule they describe (playtest 1.7.0,
// issue 24 item 4): one rounding for a commitment and for a line beside its bound, the rule of the
// commitment's ceiling said as the rules apply it, the player's own red line named wherever it
// holds the player's line, and sentences joined without stray punctuation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../src/state/rules/actions';
import { applyAction } from '../src/state/rules/reducer';
import { initWorld } from '../src/state/rules/step';
import type { PressureTest, World } from '../src/state/rules/world';
import { advise } from '../src/state/view/advice';
import { runPolicy } from '../src/state/bots/policies';
import { divergence } from '../src/state/view/divergence';
import { goalChecklist } from '../src/state/view/goal';
import { testNews } from '../src/state/view/news';
import { besideBound, percent, wholePercent } from '../src/state/view/percent';
import { gameView, previewView } from '../src/state/view/renderModel';
import { MEMBER_AT } from '../src/state/rules/model/meter';
import { OUTSIDE_MAX } from '../src/state/rules/model/effects';
import { view, type MoveStep } from '../src/state/view';
import { write } from '../src/ui/said';
import { setLocale } from '../src/i18n';
import { rules, scenario } from './helpers';

function apply(w: World, a: PlayerAction): World {
  const r = applyAction(rules, w, a);
  if (!r.ok) throw new Error(r.reason);
  return r.world;
}

/** A game played by the hint, with the worlds around each move. */
function followHints(seed: number, role = 'FRA'): MoveStep[] {
  let w = initWorld(rules, seed, role);
  const steps: MoveStep[] = [];
  while (!w.outcome) {
    const before = w;
    const a = advise(rules, before).action;
    w = apply(w, a);
    steps.push({ action: a, before, after: w });
  }
  return steps;
}

const commitmentIn = (text: string): string => text.match(/commitment (\d+%)/)![1]!;

describe('one rounding for a commitment (finding 1)', () => {
  it('the hint to hold a member gives the checklist’s figure for it', () => {
    let seen = 0;
    let halfUp = 0;
    for (let seed = 1; seed <= 2; seed++)
      for (const { before: w } of followHints(seed)) {
        const a = advise(rules, w);
        if (!a.text.startsWith('hold what you have') || !a.key) continue;
        const item = goalChecklist(rules, w).find((i) => i.id === `member-${a.key}`)!;
        expect(commitmentIn(a.text), `seed ${seed}`).toBe(commitmentIn(item.now));
        seen += 1;
        if ((w.commit[a.key]! * 100) % 1 >= 0.5) halfUp += 1;
      }
    // Worlds where rounding to the nearest and rounding down differ were among those read.
    expect(seen).toBeGreaterThan(5);
    expect(halfUp).toBeGreaterThan(0);
  });

  it('a member tested at the round’s end reads as the checklist reads it', () => {
    const t: PressureTest = {
      actor: 'RUS',
      commitment: 0.968,
      line: 0.455,
      shocks: [],
      attended: false,
      roll: 0.5,
      chance: 0.16,
      left: false,
    } as PressureTest;
    const text = testNews(rules, t).text;
    expect(text).toContain(`commitment ${percent(0.968)}`);
    expect(text).toContain('commitment 96%');
    expect(text).toContain('the line the others make 45%');
  });
});

describe('a line beside the bound it misses (finding 8)', () => {
  it('shows the line and the gap in one rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.double({ min: 0.001, max: 40, noNaN: true }), (bound, d) => {
        for (const [side, v] of [
          ['max', bound + d],
          ['min', bound - d],
        ] as const) {
          const b = besideBound(v, bound, side);
          expect(b.line).not.toBe(bound);
          expect(b.gap).toBeCloseTo(Math.abs(b.line - bound), 9);
          expect(b.gap).toBeGreaterThan(0);
          // Never shown on the wrong side of the bound, nor far from the line.
          expect(side === 'max' ? b.line > bound : b.line < bound).toBe(true);
          expect(Math.abs(b.line - v)).toBeLessThanOrEqual(0.5 + 1e-9);
        }
      }),
    );
  });

  it('the checklist’s capital kept out by a condition: “it is 46, 1 point too far”, never “2 points”', () => {
    const w0 = initWorld(rules, 1, 'FRA');
    const item = (target: number) =>
      goalChecklist(rules, {
        ...w0,
        commit: { ...w0.commit, RUS: 0.81, USA: 0.9 },
        pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target } },
        meter: { ...w0.meter, members: ['FRA', 'USA'] },
      }).find((i) => i.id === 'member-RUS')!.missing!;
    expect(item(46.4)).toMatch(/at most 45; it is 46, 1 point too far/);
    expect(item(45.3)).toMatch(/at most 45; it is 45\.3, 0\.3 points too far/);
    expect(item(70)).toMatch(/at most 45; it is 70, 25 points too far/);
  });
});

describe('the ceiling of commitment, said as the rules apply it (findings 3 and 4)', () => {
  it('the checklist promises only what the previews of each move show', () => {
    // Russia's game, 17 November: France at 45%, the United States at 30% (the playtest's screen).
    const w = initWorld(rules, 1, 'RUS');
    const items = goalChecklist(rules, w);
    const fra = items.find((i) => i.id === 'member-FRA')!.missing!;
    expect(wholePercent(w.commit.FRA!)).toBe(45);
    expect(fra).not.toMatch(/a concession it accepts can bring it in/);
    expect(fra).toMatch(/Only terms it accepts make a member: a proposal it accepts can bring it in/);
    const most = Number(fra.match(/Calls, visits and concessions lift it to (\d+)% at most/)![1]);
    const goodwill: PlayerAction[] = [
      { type: 'call', target: 'FRA' },
      { type: 'visit', target: 'FRA' },
      { type: 'concession', target: 'FRA', issue: 'assad' },
    ];
    for (const a of goodwill) {
      const p = previewView(rules, w, a);
      const line = p.changes.find((c) => c.startsWith('France\u2019s commitment'))!;
      const to = Number(line.match(/\u2192 (\d+)%/)![1]);
      expect(to, a.type).toBeLessThanOrEqual(most);
      expect(to, a.type).toBeLessThan(wholePercent(MEMBER_AT));
    }
    // A proposal France accepts does what the checklist says: it brings France in.
    const own = { target: w.pos.FRA!.target!, assad: w.pos.FRA!.assad! };
    const deal = previewView(rules, w, { type: 'proposal', target: 'FRA', terms: own });
    expect(deal.changes.join(' ')).toMatch(/France\u2019s commitment 45% \u2192 \d+%: now a member/);
    // The United States, already at what a deal could reach: no "an accepted proposal to 30%".
    const usa = items.find((i) => i.id === 'member-USA')!.missing!;
    expect(wholePercent(w.commit.USA!)).toBe(30);
    expect(usa).not.toMatch(/proposal to 30%/);
    expect(usa).toMatch(/Neither goodwill nor an accepted proposal can lift it further now/);
  });

  it('a call that leaves a capital at 49% says that goodwill never makes a member, not a ceiling above it', () => {
    const w0 = initWorld(rules, 1, 'RUS');
    const w: World = { ...w0, commit: { ...w0.commit, FRA: OUTSIDE_MAX } };
    const changes = previewView(rules, w, { type: 'call', target: 'FRA' }).changes;
    expect(changes.join(' ')).toMatch(/France\u2019s commitment stays at 49% \(members need 50%\)/);
    expect(changes.join(' ')).toMatch(/Goodwill never takes a capital past 49%: .*only terms it accepts do/);
    expect(changes.join(' ')).not.toMatch(/can rise no higher/);
  });

  it('a ceiling, when it is said, is the chance it names plus its margin', () => {
    let said = 0;
    for (const step of [...followHints(1), ...followHints(1, 'RUS')]) {
      if (step.action.type === 'end' || step.action.type === 'statement' || step.action.type === 'decide') continue;
      const p = previewView(rules, step.before, step.action);
      const line = p.changes.find((c) => /can rise no higher/.test(c));
      if (!line) continue;
      const [, margin, chance] = line.match(/at most (\d+) points above .* \((\d+)%\)/)!.map(Number);
      const k = previewView(rules, step.before, step.action)
        .changes.join(' ')
        .match(/commitment (?:\d+% \u2192 |stays at )(\d+)%/);
      if (k) expect(Math.abs(Number(k[1]) - Math.min(100, chance! + margin!)), line).toBeLessThanOrEqual(1);
      said += 1;
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('the player’s own red line, named wherever it holds the player’s line (finding 5)', () => {
  const w0 = initWorld(rules, 1, 'RUS');
  const b = w0.bounds.RUS!.target!;

  it('in a proposal’s preview, terms beyond it, whether the line moves or not', () => {
    expect(b.min).toBeGreaterThan(20);
    const first = previewView(rules, w0, { type: 'proposal', target: 'FRA', terms: { target: b.min - 12 } }).changes;
    expect(first).toContain(
      `Your own red line on what to strike first (at least ${b.min}) holds your line at ${b.min}, not the ${b.min - 12} of the terms.`,
    );
    expect(first.join(' ')).toMatch(new RegExp(`Your line on what to strike first: \\d+ \u2192 ${b.min}`));
    // Already at its red line: the line does not move, and the preview says why.
    const w: World = { ...w0, pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target: b.min } } };
    const again = previewView(rules, w, { type: 'proposal', target: 'FRA', terms: { target: b.min - 20 } }).changes;
    expect(again.join(' ')).not.toMatch(/Your line on what to strike first:/);
    expect(again[0]).toMatch(
      new RegExp(`^Your own red line on what to strike first \\(at least ${b.min}\\) holds your line at ${b.min}`),
    );
  });

  it('in a concession’s preview', () => {
    const w: World = {
      ...w0,
      pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target: b.min }, FRA: { ...w0.pos.FRA!, target: b.min - 30 } },
    };
    const changes = previewView(rules, w, { type: 'concession', target: 'FRA', issue: 'target' }).changes;
    expect(changes).toContain(
      `Your own red line on what to strike first (at least ${b.min}) holds your line at ${b.min}, not the ${b.min - 15} of your concession.`,
    );
  });

  it('in the debrief, where a proposal beyond it moved the line', () => {
    const d = divergence(rules, runPolicy(scenario, 0, 'RUS', 'greedy').world)!;
    const turn = [d.first, ...d.turns].find((t) => t && /^Your line on what to strike first/.test(t.title))!;
    expect(turn.move!.text).toMatch(/^Proposal to France: what to strike first at 28/);
    expect(turn.title).toBe(
      `Your line on what to strike first falls to ${b.min}, held there by your own red line (at least ${b.min})`,
    );
  });
});

describe('sentences joined without stray punctuation (finding 16)', () => {
  it('a condition’s standing read in brackets in the briefing and the hint: never “.)” nor “.).”', async () => {
    let read = 0;
    // A full stop inside a bracket that closes mid-sentence: “…groups”).), and 1 more”.
    const check = (t: string) => expect(t).not.toMatch(/\.\)/);
    const worlds = [...followHints(1, 'RUS'), ...followHints(1)].map((s) => s.before);
    try {
      for (const lang of ['en', 'fr'] as const) {
        await setLocale(lang);
        for (const w of worlds) {
          const v = view(rules, w, 'briefing', null);
          if (lang === 'en') for (const t of [v.lead.meaning, v.lead.next, v.advice]) check(t);
          for (const x of [v.lead.said!.meaning, v.lead.said!.next, v.adviceSaid])
            if (x) {
              const t = write(x);
              check(t);
              // In brackets in the hint, after a dash in the lead (playtest 2, finding 13).
              if (/(\(|\u2014 )the line is|(\(|\u2014 )la ligne est/.test(t)) read += 1;
            }
        }
      }
    } finally {
      await setLocale('en');
    }
    expect(read).toBeGreaterThan(0);
  });
});

describe('a proposal’s preview says how it reads an issue the terms leave out (finding 6)', () => {
  it('where it warns of a red line on an issue the player did not tick', () => {
    const w = initWorld(rules, 1, 'FRA');
    const p = previewView(rules, w, { type: 'proposal', target: 'RUS', terms: { target: 30 } });
    const leftOut = p.warnings.filter((x) => /red line on Assad/.test(x) || /leave out Assad/.test(x));
    expect(leftOut.length).toBe(1);
    expect(leftOut[0]).toMatch(
      /^Your terms leave out Assad’s future, and an issue your terms leave out is read at the coalition’s line: at \d+, it crosses Russia’s red line by \d+ points/,
    );
    // An issue in the terms is warned of as the terms’ own.
    const inTerms = previewView(rules, w, { type: 'proposal', target: 'RUS', terms: { target: 30, assad: 0 } });
    expect(inTerms.warnings.join(' ')).toMatch(/The terms cross Russia’s red line on Assad’s future/);
  });
});

describe('what changed for the goal comes first (finding 19)', () => {
  it('the briefing’s “what changed” names the capitals the goal needs before larger swings elsewhere', () => {
    const w0 = initWorld(rules, 1, 'FRA');
    const k = (a: string, d: number) => w0.commit[a]! + d;
    const ended = apply(w0, { type: 'end' });
    const after: World = {
      ...ended,
      deconfliction: w0.deconfliction,
      meter: { ...ended.meter, value: w0.meter.value },
      commit: { ...w0.commit, GBR: k('GBR', 0.19), DEU: k('DEU', 0.17), USA: k('USA', -0.14), RUS: k('RUS', -0.08) },
    };
    for (const a of ['GBR', 'DEU', 'USA', 'RUS'])
      expect(after.commit[a]! >= MEMBER_AT, a).toBe(w0.commit[a]! >= MEMBER_AT);
    const v = gameView(rules, after, 'briefing', null, [{ action: { type: 'end' }, before: w0, after }], null);
    expect(v.lead.changed).toMatch(/Russia’s commitment \d+% → \d+%/);
    expect(v.lead.changed).toMatch(/The United States’ commitment \d+% → \d+%/);
    expect(v.lead.changed.indexOf('Russia’s')).toBeLessThan(v.lead.changed.indexOf('The United Kingdom’s'));
  });
});

describe('the hint says what keeps out a capital committed enough (finding 7)', () => {
  it('names the member’s condition and the capital’s own line, as the checklist does', () => {
    const w0 = initWorld(rules, 1, 'FRA');
    const w: World = {
      ...w0,
      commit: { ...w0.commit, RUS: 0.81, USA: 0.9 },
      pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target: 46.4 } },
      meter: { ...w0.meter, members: w0.meter.members.filter((a) => a !== 'RUS') },
      // The sky deconflicted: a visit's gain there would otherwise be the item the hint names
      // (it names the missing item the best move brings closest, playtest 2 finding 2).
      deconfliction: 0.6,
    };
    const a = advise(rules, w);
    const item = goalChecklist(rules, w).find((i) => i.id === 'member-RUS')!;
    expect(item.missing).toMatch(/it is 46, 1 point too far/);
    if (a.key === 'RUS') {
      expect(a.text).toMatch(
        /what keeps it out is the United States’ condition: its own line on what to strike first must be at most 45, and it is 46, 1 point too far/,
      );
      expect(a.text).not.toMatch(/What it weighs most/);
    } else throw new Error(`the hint looks to ${a.key}, not Russia: ${a.text}`);
  });
});

describe('the player’s own line never moves without a reason on screen (finding 19)', () => {
  it('the briefing names the record’s event that moved it as the round closed', () => {
    let w = initWorld(rules, 1, 'RUS');
    let told = 0;
    while (!w.outcome) {
      const before = w;
      w = apply(w, { type: 'end' });
      if (w.outcome) break;
      const moved = rules.issueIds.filter((i) => Math.round(before.pos.RUS![i]!) !== Math.round(w.pos.RUS![i]!));
      const v = gameView(rules, w, 'briefing', null, [{ action: { type: 'end' }, before, after: w }], null);
      for (const i of moved) {
        const item = v.briefing.find((b) => b.id === `own-line-${i}`);
        expect(item, `${w.rounds.length}: ${i}`).toBeDefined();
        expect(item!.title).toBe(
          `Your line on ${rules.scenario.issues.find((x) => x.id === i)!.topic}: ${Math.round(before.pos.RUS![i]!)} \u2192 ${Math.round(w.pos.RUS![i]!)}`,
        );
        expect(item!.text).toMatch(
          /(the record’s event|a possible event \(the game’s own, not the record\)) “[^”]+” moved it, not a move of yours\.$/,
        );
        told += 1;
      }
    }
    expect(told).toBeGreaterThan(0);
  });
});
