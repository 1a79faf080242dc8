// Dates as people read them (issue 16) and one account of membership. The render model carries
// dates as ISO in fields named `date`, for the panels to write them out (src/presentation/format.ts);
// no other string a player reads may hold one. And the debrief says why a needed capital stayed
// out by the rule the meter applies (model/meter.ts keptOutBy), as the checklist does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationIndex } from '../src/data/citationIndex';
import { openReplayText } from '../src/release/load';
import { diffWorlds } from '../src/state/view/consequences';
import { goalChecklist } from '../src/state/view/goal';
import { gameView } from '../src/state/view/renderModel';
import { initWorld } from '../src/state/rules/step';
import type { World } from '../src/state/rules/world';
import { rules, scenario } from './helpers';

const ISO = /\d{4}-\d{2}-\d{2}/;
const fixtures = join(__dirname, 'fixtures', 'replays');

/** Every string in a value that is not an ISO `date` field, with its path. */
function strings(x: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof x === 'string') out.push([path, x]);
  else if (Array.isArray(x)) x.forEach((y, i) => strings(y, `${path}[${i}]`, out));
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) if (k !== 'date') strings(v, `${path}.${k}`, out);
  return out;
}
const isoIn = (x: unknown): [string, string][] => strings(x).filter(([, s]) => ISO.test(s));

/** Golden replays: every one of the current release, two of each earlier one. */
const games = readdirSync(fixtures)
  .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
  .flatMap((v) => {
    const files = readdirSync(join(fixtures, v)).filter((f) => f.endsWith('.json') && !f.startsWith('format'));
    return (v === scenario.version ? files : files.slice(0, 2)).map((f) => ({ v, f }));
  });

describe('no ISO date in what a player reads', () => {
  it('covers every release and a finished game of each role in the current one', () => {
    expect(new Set(games.map((g) => g.v)).size).toBeGreaterThanOrEqual(4);
    expect(games.filter((g) => g.v === scenario.version).length).toBeGreaterThanOrEqual(20);
  });

  for (const { v, f } of games)
    it(`${v}/${f}: briefings, talks, debrief, replay viewer and comparison row`, async () => {
      const r = await openReplayText(readFileSync(join(fixtures, v, f), 'utf8'));
      if (!r.ok) throw new Error(r.error);
      const seen: unknown[] = [];
      // Played move by move: each briefing and each answer as the panels get them, then the debrief.
      const { seed, role, difficulty, actions } = r.checked.replay;
      const started = r.release.start(seed, role, difficulty, []);
      if (!started.ok) throw new Error(started.error);
      const game = started.game;
      seen.push(game.view(null));
      for (const a of actions) {
        game.beginDiplomacy();
        expect(game.play(a)).toBeNull();
        seen.push(game.view(null));
      }
      expect(game.phase()).toBe('debrief');
      const debrief = game.view(null);
      game.stop();
      // The replay viewer, round by round, and the class comparison's row.
      const frames = r.checked.frames();
      for (let k = 0; k <= frames.lastRound; k++) seen.push(frames.at(k));
      seen.push(r.checked.row('A'));
      expect(isoIn(seen)).toEqual([]);
      expect(isoIn(debrief)).toEqual([]);
      // The dates are still there, for the panels to write: the viewer's events and the briefing's news.
      const events = Array.from({ length: frames.lastRound + 1 }, (_, k) => frames.at(k).round.events).flat();
      expect(events.some((e) => e.date !== null && ISO.test(e.date))).toBe(true);
    });

  it('the sources page: what each outside source supports, its dates apart', () => {
    const { external, paragraphs } = citationIndex(scenario);
    expect(isoIn(external)).toEqual([]);
    expect(isoIn(paragraphs)).toEqual([]);
    const events = external.flatMap((x) => x.uses).filter((u) => u.what === 'Event');
    expect(events.length).toBeGreaterThan(10);
    for (const u of events) expect(u.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the debrief on a capital that stayed out', () => {
  const w0 = initWorld(rules, 1, 'FRA');
  /** A finished game of France's: Moscow committed past 50% but its own line on what to strike above Washington's 45. */
  const ended = (commitRus: number): World => {
    const w: World = {
      ...w0,
      round: 11,
      outcome: 'fracture',
      commit: { ...w0.commit, RUS: commitRus, USA: 0.9 },
      pos: { ...w0.pos, RUS: { ...w0.pos.RUS!, target: 70 } },
    };
    return { ...w, meter: { ...w.meter, members: ['FRA', 'USA'] } };
  };
  const gapOf = (w: World) =>
    gameView(rules, w, 'debrief', null, [], () => null).gaps.find((g) => g.startsWith('Russia'))!;

  it('names the condition that kept a committed capital out, as the checklist does, in per cent', () => {
    const w = ended(0.51);
    const gap = gapOf(w);
    expect(gap).toBe(
      'Russia was not a member although committed 51%: the United States\u2019 condition kept it out (the United States works with Russia only when its own line on what to strike first is at most 45; it ended at 70).',
    );
    expect(gap).not.toMatch(/members need|0\.5/);
    const item = goalChecklist(rules, w).find((i) => i.id === 'member-RUS')!;
    expect(item.met).toBe(false);
    expect(item.missing).toMatch(/the United States\u2019 condition keeps it out/);
  });

  it('says a capital short of commitment was short, in per cent', () => {
    expect(gapOf(ended(0.41))).toBe('Russia was not a member: commitment 41%; members need 50%.');
  });

  it('says a member that left because of a condition left because of it, not for want of commitment', () => {
    const before: World = { ...w0, commit: { ...w0.commit, RUS: 0.81, USA: 0.9 } };
    const b: World = { ...before, meter: { ...before.meter, members: ['FRA', 'USA', 'RUS'] } };
    const a: World = { ...ended(0.81), round: 0, outcome: null };
    const line = diffWorlds(rules, b, a).find((c) => c.text.startsWith('Russia'))!.text;
    expect(line).toMatch(/no longer a member \(the United States\u2019 condition keeps it out\)/);
    expect(line).not.toMatch(/members need/);
  });
});
