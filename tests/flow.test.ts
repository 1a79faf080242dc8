// The app's flow (src/app/flow.ts), headless: the chart run in Node with this build's rules and an
// in-memory autosave, driven by the events the page sends.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { flowMachine, WORKING, type Records } from '../src/app/flow';
import { current, loadReading } from '../src/release/registry';
import type { RunningGame } from '../src/release/types';
import type { PlayerAction } from '../src/state/rules/actions';

function memory() {
  const log: string[] = [];
  let saved: unknown = null;
  const records: Records = {
    save: (g: RunningGame) => {
      saved = g.replay();
      return null;
    },
    keep: (g: RunningGame) => {
      log.push(`keep ${g.summary().outcome}`);
      return null;
    },
    setAside: (g: RunningGame | null) => log.push(`aside ${g ? g.replay().actions.length : 'none'}`),
    forget: () => {
      saved = null;
      log.push('forget');
    },
  };
  return { records, log, saved: () => saved };
}

const run = () => {
  const mem = memory();
  const flow = createActor(flowMachine, { input: { current, records: mem.records } }).start();
  return { flow, mem, send: flow.send.bind(flow), snap: () => flow.getSnapshot() };
};
const move = (action: PlayerAction) => ({ type: 'move', action }) as const;
const newGame = (seed = 1) => ({ type: 'new', seed, role: 'FRA', difficulty: 'normal' }) as const;

describe('the flow', () => {
  // The page loads the current release's replay checks before it opens or continues a replay (releaseFor).
  beforeAll(() => loadReading());

  it('goes from the title through the briefing into diplomacy, and autosaves each move', () => {
    const { send, snap, mem } = run();
    expect(snap().value).toBe('title');
    send(newGame());
    expect(snap().matches({ game: 'briefing' })).toBe(true);
    expect(mem.log).toEqual(['aside none']);
    send({ type: 'ack' });
    expect(snap().matches({ game: { diplomacy: 'choosing' } })).toBe(true);
    send(move({ type: 'statement', issue: 'assad', position: 45 }));
    expect(snap().matches({ game: { diplomacy: 'choosing' } })).toBe(true);
    expect((mem.saved() as { actions: unknown[] }).actions).toEqual([
      { type: 'statement', issue: 'assad', position: 45 },
    ]);
  });

  it('keeps a refused move’s reason, and drops it after a legal move', () => {
    const { send, snap } = run();
    send(newGame());
    send({ type: 'ack' });
    send(move({ type: 'call', target: 'FRA' }));
    expect(snap().context.refusal).toMatch(/yourself/);
    expect(snap().context.game!.view(snap().context.refusal).rejected).toMatch(/yourself/);
    send(move({ type: 'call', target: 'USA' }));
    expect(snap().context.refusal).toBeNull();
  });

  it('awaits the reply to a counter-offer: accepting sends its terms back, which are honoured', () => {
    for (let seed = 0; seed < 60; seed++) {
      const { send, snap } = run();
      send(newGame(seed));
      send({ type: 'ack' });
      send(move({ type: 'proposal', target: 'TUR', terms: { assad: 45 } }));
      if (!snap().matches({ game: { diplomacy: 'answer' } })) continue;
      const reply = snap().context.reply!;
      expect(reply.actor).toBe('TUR');
      send({ type: 'reply.accept' });
      const v = snap().context.game!.view(null);
      expect(v.answers.at(-1)!.kind).toBe('accept');
      expect(snap().context.game!.replay().actions.at(-1)).toEqual({
        type: 'proposal',
        target: 'TUR',
        terms: reply.terms,
      });
      expect(snap().matches({ game: { diplomacy: 'choosing' } })).toBe(true);
      return;
    }
    throw new Error('no counter-offer in 60 seeds');
  });

  it('keeps its effects in actors: each event has settled when send returns, and only the snapshots between carry the working tag', () => {
    const { flow, send, snap, mem } = run();
    const drawn: unknown[] = [];
    let working = 0;
    flow.subscribe((s) => (s.hasTag(WORKING) ? (working += 1) : drawn.push(s.value)));
    send(newGame());
    send({ type: 'ack' });
    send(move({ type: 'statement', issue: 'assad', position: 45 }));
    send(move({ type: 'call', target: 'FRA' }));
    send(move({ type: 'end' }));
    // One snapshot drawn per event: the briefing, the talks, the talks (a move played), the talks
    // (a move refused, with its reason), the next round's briefing.
    expect(drawn).toEqual([
      { game: 'briefing' },
      { game: { diplomacy: 'choosing' } },
      { game: { diplomacy: 'choosing' } },
      { game: { diplomacy: 'choosing' } },
      { game: 'briefing' },
    ]);
    expect(working).toBe(4);
    expect(snap().hasTag(WORKING)).toBe(false);
    expect(snap().context.refusal).toBeNull();
    expect((mem.saved() as { actions: unknown[] }).actions).toHaveLength(2);
  });

  it('lets the player decline a counter-offer, or ignore it by making another move', () => {
    let declined = false;
    let ignored = false;
    for (let seed = 0; seed < 80 && !(declined && ignored); seed++) {
      const { send, snap } = run();
      send(newGame(seed));
      send({ type: 'ack' });
      send(move({ type: 'proposal', target: 'TUR', terms: { assad: 45 } }));
      if (!snap().matches({ game: { diplomacy: 'answer' } })) continue;
      const moves = snap().context.game!.replay().actions.length;
      if (!declined) {
        send({ type: 'reply.decline' });
        expect(snap().matches({ game: { diplomacy: 'choosing' } })).toBe(true);
        expect(snap().context.reply).toBeNull();
        // Declining is not a move: nothing is played, and the offer still stands this round.
        expect(snap().context.game!.replay().actions.length).toBe(moves);
        expect(
          snap()
            .context.game!.view(null)
            .actors.find((a) => a.id === 'TUR')!.counter,
        ).not.toBeNull();
        declined = true;
      } else {
        send(move({ type: 'call', target: 'USA' }));
        expect(snap().context.game!.replay().actions.length).toBe(moves + 1);
        const again = snap().context.game!.view(null).answers.at(-1)!.kind === 'counter';
        expect(snap().matches({ game: { diplomacy: again ? 'answer' : 'choosing' } })).toBe(true);
        ignored = true;
      }
    }
    expect([declined, ignored]).toEqual([true, true]);
  });

  it('resolves each round into the next briefing, and the last into the debrief, kept in the list', () => {
    const { send, snap, mem } = run();
    send(newGame(4));
    for (let r = 0; r < 12; r++) {
      expect(snap().matches({ game: 'briefing' })).toBe(true);
      send({ type: 'ack' });
      send(move({ type: 'end' }));
    }
    expect(snap().matches({ game: 'debrief' })).toBe(true);
    expect(mem.log.at(-1)).toMatch(/^keep (grand_coalition|parallel_campaigns|fracture)$/);
    send({ type: 'title' });
    expect(snap().value).toBe('title');
    expect(mem.log.at(-1)).toBe('forget');
  });

  it('opens a replay in the viewer, steps through it, and takes over from a round', async () => {
    const { send, snap, flow, mem } = run();
    const started = current.start(7, 'USA', 'hard', [
      { type: 'call', target: 'RUS' },
      { type: 'end' },
      { type: 'visit', target: 'FRA' },
      { type: 'end' },
      { type: 'end' },
    ]);
    if (!started.ok) throw new Error(started.error);
    const checked = current.check(started.game.replay());
    if (!checked.ok) throw new Error(checked.error);
    send({
      type: 'open',
      what: 'a file',
      load: async () => ({ ok: true, checked: checked.checked, release: current }),
    });
    expect(snap().value).toBe('opening');
    await waitFor(flow, (s) => s.matches('viewer'));
    send({ type: 'go', round: 2 });
    expect(snap().context.watching!.round).toBe(2);
    send({ type: 'go', round: 99 });
    expect(snap().context.watching!.round).toBe(snap().context.watching!.frames.lastRound);
    send({ type: 'takeOver', round: 2 });
    expect(snap().matches({ game: 'briefing' })).toBe(true);
    expect(mem.log).toEqual(['aside none']);
    const game = snap().context.game!;
    expect(game.view(null).round).toBe(2);
    expect(game.replay().actions).toHaveLength(4);
    expect(game.replay().difficulty).toBe('hard');
  });

  it('comes back to the title with the reason when a replay cannot be opened', async () => {
    const { send, flow } = run();
    send({
      type: 'open',
      what: 'a link',
      load: async () => ({ ok: false, error: 'That link cannot be opened: cut off' }),
    });
    const s = await waitFor(flow, (x) => x.matches('title'));
    expect(s.context.problem).toMatch(/cut off/);
    send({ type: 'open', what: 'a file', load: () => Promise.reject(new Error('disk gone')) });
    expect(
      (await waitFor(flow, (x) => x.matches('title') && x.context.problem !== s.context.problem)).context.problem,
    ).toMatch(/disk gone/);
  });

  it('a replay refused inside a game, or in the viewer, leaves the player where they were, with the reason', async () => {
    const { send, snap, flow, mem } = run();
    send(newGame(3));
    send({ type: 'ack' });
    send(move({ type: 'statement', issue: 'assad', position: 45 }));
    const game = snap().context.game!;
    const saves = mem.log.length;
    send({
      type: 'open',
      what: 'That link',
      load: async () => ({ ok: false, error: 'That link cannot be opened: cut off' }),
    });
    const back = await waitFor(flow, (x) => !x.matches('opening'));
    expect(back.matches({ game: { diplomacy: 'choosing' } })).toBe(true);
    expect(back.context.game).toBe(game);
    expect(back.context.problem).toMatch(/cut off/);
    expect(game.replay().actions).toHaveLength(1);
    expect(mem.log.length).toBe(saves); // nothing set aside, nothing kept: the game is as it was
    send({ type: 'open', what: 'a file', load: () => Promise.reject(new Error('disk gone')) });
    expect((await waitFor(flow, (x) => !x.matches('opening'))).matches('game')).toBe(true);
    // The next move clears the reason.
    send(move({ type: 'statement', issue: 'target', position: 40 }));
    expect(snap().context.problem).toBeNull();
    // In the viewer: it stays on the round being watched.
    const checked = current.check(game.replay());
    if (!checked.ok) throw new Error(checked.error);
    send({
      type: 'open',
      what: 'a file',
      load: async () => ({ ok: true, checked: checked.checked, release: current }),
    });
    await waitFor(flow, (x) => x.matches('viewer'));
    send({ type: 'open', what: 'That link', load: async () => ({ ok: false, error: 'refused' }) });
    const viewer = await waitFor(flow, (x) => !x.matches('opening'));
    expect([viewer.value, viewer.context.problem]).toEqual(['viewer', 'refused']);
  });

  it('continues an autosaved game where it stopped, and refuses a save it cannot read', () => {
    const g = current.start(2, 'RUS', 'easy', [{ type: 'end' }, { type: 'call', target: 'IRN' }]);
    if (!g.ok) throw new Error(g.error);
    const { send, snap } = run();
    send({ type: 'continue', raw: { ...g.game.replay(), hash: '0'.repeat(64) } });
    expect(snap().value).toBe('title');
    expect(snap().context.problem).toMatch(/hash mismatch/);
    send({ type: 'continue', raw: g.game.replay() });
    expect(snap().matches({ game: { diplomacy: 'choosing' } })).toBe(true);
    expect(snap().context.problem).toBeNull();
    expect(snap().context.game!.view(null).round).toBe(1);
  });
});
