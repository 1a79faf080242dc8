import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../src/data/load';
import { rawScenario } from '../src/data/scenario';
import { parseScenario, type Citation } from '../src/data/schema';
import { runPolicy } from '../src/state/bots/policies';
import { view } from '../src/state/view';
import { freshWorld, rawCopy, rules, scenario } from './helpers';

describe('scenario data', () => {
  it('validates, and the game plays the data exactly as written: the validator changes nothing', () => {
    // The page does not validate the built-in scenario (src/data/load.ts): this test does.
    const r = parseScenario(rawScenario);
    if (!r.ok) throw new Error(r.error);
    expect(loadScenario()).toBe(rawScenario);
    // No default filled in, no unknown key dropped, no value changed.
    expect(r.scenario).toStrictEqual(rawScenario);
  });

  it('validates, with the 15 actors of the brief, an id and a semantic version', () => {
    expect(parseScenario(scenario).ok).toBe(true);
    expect(scenario.actors.map((a) => a.id).sort()).toEqual([
      'ARE',
      'DEU',
      'EGY',
      'FRA',
      'GBR',
      'IRN',
      'ISR',
      'JOR',
      'NATO',
      'QAT',
      'RUS',
      'SAU',
      'SYR',
      'TUR',
      'USA',
    ]);
    expect(scenario.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives every actor a stance on every issue, each sourced or marked as an assumption', () => {
    for (const a of scenario.actors) {
      for (const i of scenario.issues) {
        const st = a.stances[i.id]!;
        for (const v of [st.position, st.salience]) expect('source' in v || 'assumption' in v).toBe(true);
      }
    }
  });

  it('runs rounds about twice a week from 17 Nov to the end of December 2015', () => {
    const r = scenario.calendar.rounds;
    expect(r[0]).toBe('2015-11-17');
    expect(scenario.calendar.end).toBe('2015-12-31');
    expect(r.length).toBeGreaterThanOrEqual(11);
  });

  it('rejects a broken scenario with the path of the bad field', () => {
    const cases: [(s: ReturnType<typeof rawCopy>) => void, string][] = [
      [
        (s) => ((s.actors[2]!.stances as Record<string, { position: { value: number } }>).assad!.position.value = 140),
        'actors.2.stances.assad.position.value',
      ],
      [(s) => delete (s.actors[0]!.stances as Record<string, unknown>).vienna, 'actors.0.stances.vienna'],
      [(s) => ((s.trust as { entries: { to: string }[] }).entries[3]!.to = 'XXX'), 'trust.entries.3.to'],
      [(s) => ((s.events as { sources: string[] }[])[1]!.sources = ['nowhere']), 'events.1.sources.0'],
      [(s) => ((s.actors[4]!.capability as { value: number }).value = 3), 'actors.4.capability.value'],
      [(s) => ((s.actors[1] as { id: string }).id = 'usa'), 'actors.1.id'],
    ];
    for (const [breakIt, path] of cases) {
      const s = rawCopy();
      breakIt(s);
      const r = parseScenario(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(`at ${path}:`);
    }
  });

  it('refuses a scenario that does not name its issues\u2019 roles or the outcome thresholds, saying what is missing', () => {
    const cases: [(s: Record<string, unknown>) => void, string][] = [
      [
        (s) => delete s.issueRoles,
        'scenario invalid at issueRoles: the scenario must name the issue that plays each role',
      ],
      [(s) => delete (s.issueRoles as Record<string, unknown>).force, 'scenario invalid at issueRoles.force:'],
      [
        (s) => ((s.issueRoles as Record<string, unknown>).regime = 'nowhere'),
        'at issueRoles.regime: unknown issue "nowhere"',
      ],
      [
        (s) => ((s.issueRoles as Record<string, unknown>).regime = 'target'),
        'at issueRoles: each issue role needs its own issue',
      ],
      [(s) => delete s.outcomes, 'scenario invalid at outcomes: the scenario must give the outcome thresholds'],
      [(s) => delete (s.outcomes as { grand: Record<string, unknown> }).grand.meter, 'at outcomes.grand.meter:'],
      [
        (s) => ((s.outcomes as { parallel: { meter: number } }).parallel.meter = 75),
        'at outcomes.parallel.meter: parallel campaigns cannot need more meter',
      ],
    ];
    for (const [breakIt, message] of cases) {
      const s = rawCopy();
      breakIt(s);
      const r = parseScenario(s);
      expect(r.ok ? 'accepted' : r.error).toContain(message);
    }
  });

  it('plays the same game when the issues are renamed: the model reads issues by role, not by id', () => {
    const renamed = { target: 'strike', assad: 'regime', military: 'force' };
    let text = JSON.stringify(scenario);
    for (const [from, to] of Object.entries(renamed)) text = text.replaceAll(`"${from}"`, `"${to}"`);
    const r = parseScenario(JSON.parse(text));
    if (!r.ok) throw new Error(r.error);
    expect(r.scenario.issueRoles).toEqual({ strikes: 'strike', regime: 'regime', force: 'force' });
    for (const [seed, role] of [
      [3, 'FRA'],
      [8, 'RUS'],
    ] as const) {
      const a = runPolicy(scenario, seed, role, 'greedy').world;
      const b = runPolicy(r.scenario, seed, role, 'greedy').world;
      expect(b.outcome).toBe(a.outcome);
      expect(b.rounds.map((x) => x.meter?.value)).toEqual(a.rounds.map((x) => x.meter?.value));
      expect(b.deconfliction).toBe(a.deconfliction);
    }
  });

  it('gives the rules the issue roles and thresholds the scenario names', () => {
    expect(rules.issue).toEqual(scenario.issueRoles);
    expect(rules.outcomes).toEqual(scenario.outcomes);
    const v = view(rules, freshWorld(), 'briefing', null);
    expect(v.thresholds.map((t) => t.value)).toEqual([scenario.outcomes.grand.meter, scenario.outcomes.parallel.meter]);
  });

  it('rejects any position pushed off the 0–100 scale, naming its path (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom('target', 'assad', 'russia', 'military', 'vienna'),
        fc.oneof(
          fc.double({ min: 100.001, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: -0.001, noNaN: true }),
        ),
        (ai, issue, v) => {
          const s = rawCopy();
          (s.actors[ai]!.stances as Record<string, { position: { value: number } }>)[issue]!.position.value = v;
          const r = parseScenario(s);
          return !r.ok && r.error.includes(`actors.${ai}.stances.${issue}.position.value`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// Citations point into the two seed articles, kept in tests/fixtures/seeds (its README says what
// they are); paragraphs count from the body.
const seeds = join(__dirname, 'fixtures', 'seeds');
const HEADER_BLOCKS = { wsj: 2, breitbart: 1 } as const;
const FILES = { wsj: 'wsj.txt', breitbart: 'breitbart.txt' } as const;

describe('citations', () => {
  it('point at paragraphs that exist in the seed articles (tests/fixtures/seeds), and quoted words appear in them', () => {
    const paras = Object.fromEntries(
      (Object.keys(FILES) as (keyof typeof FILES)[]).map((k) => {
        const blocks = readFileSync(join(seeds, FILES[k]), 'utf8')
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
        return [k, blocks.slice(HEADER_BLOCKS[k])];
      }),
    ) as Record<keyof typeof FILES, string[]>;
    const all: Citation[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.article === 'string' && typeof o.paragraph === 'number') all.push(o as unknown as Citation);
        else Object.values(o).forEach(walk);
      }
    };
    walk(scenario);
    expect(all.length).toBeGreaterThan(60);
    for (const c of all) {
      const p = paras[c.article][c.paragraph - 1];
      expect(p, `${c.article} ¶${c.paragraph}`).toBeDefined();
      if (c.quote) expect(p, `${c.article} ¶${c.paragraph} should contain "${c.quote}"`).toContain(c.quote);
    }
  });
});
