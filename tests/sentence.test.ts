// A record's title read inside a sentence keeps the capital of the name it begins with: "(In the
// record: Turkey shoots down …)", not "turkey" (playtest 1.7.0, finding 12).
import { describe, expect, it } from 'vitest';
import { playMovesGame } from '../src/state/bots/moves';
import { view } from '../src/state/view';
import { inSentence } from '../src/state/view/sentence';
import { readWhatIfs } from '../scripts/whatif/files';
import { rules } from './helpers';

describe('a title inside a sentence', () => {
  it('lowers a common first word only', () => {
    expect(inSentence('Turkey shoots down a Russian Su-24 near the Syrian border')).toMatch(/^Turkey /);
    expect(inSentence('Moscow holds off sanctions on Turkey')).toMatch(/^Moscow /);
    expect(inSentence('The House of Commons votes 397 to 223')).toMatch(/^the House /);
    expect(inSentence('A near miss between Russian and coalition jets')).toMatch(/^a near /);
  });

  it('tells the game’s own act by its name in the debrief, where the record went otherwise', () => {
    const line = readWhatIfs(rules).find((f) => f.file === 'usa-brings-ankara-to-moscow.json')!.line;
    const g = playMovesGame(rules, line, 1);
    expect(g.world.rounds.some((r) => r.events.includes('su24-shootdown/otherwise'))).toBe(true);
    const texts =
      JSON.stringify(view(rules, g.world, 'debrief', null)).match(/In the record: [^.]*|in your game, [^.]*/g) ?? [];
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/(record: |game, )(turkey|russia|moscow|turkish)\b/);
    expect(texts.join(' ')).toMatch(/in your game, Turkish jets escort/);
  });
});
