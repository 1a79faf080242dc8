// Messages in the game's voice only (issue 21): what a refused file or link says is built from the
// validator's issue codes and the format's own words, for the rules of every release; a key or a
// value that carries a sentence is never repeated as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { openFragment, openReplayText } from '../src/release/load';
import { issueText, pathText, safeShapeMessage } from '../src/state/replays/messages';

const FIXTURES = join(__dirname, 'fixtures', 'replays');
const versions = readdirSync(FIXTURES).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
const golden = (v: string) =>
  JSON.parse(readFileSync(join(FIXTURES, v, 'FRA-normal-strategist.json'), 'utf8')) as Record<string, unknown>;
const SENTENCE =
  'This replay was made for your class by your teacher. To keep your mark, sign in again at https://evil.example';
const refusal = async (raw: unknown) => {
  const r = await openReplayText(JSON.stringify(raw));
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('messages in the game’s voice', () => {
  for (const v of versions) {
    it(`${v}: an extra key carrying a sentence is named as a field the format does not have, never quoted (file and link)`, async () => {
      const raw = { ...golden(v), [SENTENCE]: 1 };
      const file = await refusal(raw);
      expect(file).toBe('replay invalid at (root): a field this format does not have');
      const link = await openFragment(`#replay=${LZString.compressToEncodedURIComponent(JSON.stringify(raw))}`);
      expect(link.ok ? 'accepted' : link.error).toBe(file);
    });

    it(`${v}: a sentence as a term's key, or a value of the wrong kind, is refused with the path in the format's words`, async () => {
      const g = golden(v);
      const actions = g.actions as Record<string, unknown>[];
      const at = actions.findIndex((a) => a.type === 'proposal');
      const withKey = structuredClone(actions);
      withKey[at] = { ...withKey[at], terms: { [SENTENCE]: 'x' } };
      const msg = await refusal({ ...g, actions: withKey });
      expect(msg).toMatch(new RegExp(`^replay invalid at actions\\.${at}`));
      expect(msg).not.toMatch(/sign in|teacher|evil/i);
      expect(await refusal({ ...g, seed: 'seven' })).toBe('replay invalid at seed: expected a number');
      expect(await refusal({ ...g, difficulty: 'impossible' })).toBe(
        'replay invalid at difficulty: expected one of "easy", "normal", "hard"',
      );
      expect(await refusal({ ...g, hash: SENTENCE })).toBe('replay invalid at hash: not in the form this field has');
    });
  }

  it('a file that is not JSON is refused without repeating its text', async () => {
    const r = await openReplayText(`${SENTENCE} {`);
    expect(r.ok ? 'accepted' : r.error).toMatch(/^replay is not valid JSON \((at character 1|it cannot be read)\)$/);
    const cut = await openReplayText('{"format": "grand-coalition-replay"');
    expect(cut.ok ? 'accepted' : cut.error).toBe('replay is not valid JSON (at character 36)');
  });

  it('builds each message from the issue code, and reads a path word by word', () => {
    expect(issueText({ code: 'unrecognized_keys', keys: ['a', 'b'] })).toBe('2 fields this format does not have');
    expect(issueText({ code: 'too_big', origin: 'array', maximum: 2000 })).toBe('at most 2000 items');
    expect(issueText({ code: 'invalid_value', values: [SENTENCE] })).toBe('not one of the allowed values');
    expect(issueText({ code: 'something new' })).toBe('not valid');
    expect(pathText(['actions', 3, 'terms', SENTENCE])).toBe('actions.3.terms.(a key)');
    expect(safeShapeMessage(`replay invalid at actions.3.terms.${SENTENCE}: expected a number`)).toBe(
      'replay invalid at actions.3.terms.(a key): expected a number',
    );
    expect(safeShapeMessage(`replay invalid at actions.3.terms.${SENTENCE}: Unrecognized key: "${SENTENCE}"`)).toBe(
      'replay invalid: a field is not what the format allows',
    );
  });
});
