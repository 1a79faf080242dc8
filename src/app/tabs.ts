// Tabs of the game learn of each other. The tab playing a game claims it: with a Web Lock where the
// browser has them (secure contexts), and always by answering on a BroadcastChannel, so a school's
// plain-http server is covered too. Another tab that continues a claimed game plays a copy, so
// neither loses a move (and saves are compare-and-set besides: records.ts). The channel also says
// when a tab saved, so a title page open elsewhere refreshes its list.
const CHANNEL = 'grand-coalition';
const lockName = (id: string) => `grand-coalition/game/${id}`;
/** How long a tab waits for another to say it plays a game (only where Web Locks are missing). */
const ANSWER_MS = 250;

type Message = { type: 'saved' } | { type: 'who'; id: string; ask: string } | { type: 'mine'; id: string; ask: string };

export interface TabsOptions {
  channel?: BroadcastChannel | null;
  locks?: LockManager | null;
}

export class Tabs {
  private channel: BroadcastChannel | null;
  private locks: LockManager | null;
  private release: (() => void) | null = null;
  /** The game this tab plays, which it answers for. */
  private mine: string | null = null;
  private answers = new Map<string, () => void>();

  constructor(o: TabsOptions = {}) {
    this.channel =
      o.channel !== undefined
        ? o.channel
        : typeof BroadcastChannel === 'undefined'
          ? null
          : new BroadcastChannel(CHANNEL);
    this.locks = o.locks !== undefined ? o.locks : typeof navigator !== 'undefined' ? (navigator.locks ?? null) : null;
    this.channel?.addEventListener('message', (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m?.type === 'who' && m.id === this.mine) this.channel?.postMessage({ type: 'mine', id: m.id, ask: m.ask });
      if (m?.type === 'mine') this.answers.get(m.ask)?.();
    });
  }

  /** Calls `f` whenever another tab saved a game. */
  onChange(f: () => void): void {
    this.channel?.addEventListener('message', (e: MessageEvent<Message>) => e.data?.type === 'saved' && f());
  }

  changed(): void {
    this.channel?.postMessage({ type: 'saved' });
  }

  /** Marks this tab as the one playing game `id` (and no longer the one playing any other). */
  hold(id: string): void {
    this.release?.();
    this.release = null;
    this.mine = id;
    if (!this.locks) return;
    void this.locks.request(
      lockName(id),
      () =>
        new Promise<void>((resolve) => {
          this.release = resolve;
        }),
    );
  }

  close(): void {
    this.release?.();
    this.channel?.close();
  }

  /** Whether another tab is playing game `id` right now (this tab's own game is not another's). */
  async heldElsewhere(id: string): Promise<boolean> {
    if (id === this.mine) return false;
    if (this.locks) {
      const q = await this.locks.query();
      return (q.held ?? []).some((l) => l.name === lockName(id));
    }
    const channel = this.channel;
    if (!channel) return false;
    const ask = Math.random().toString(36).slice(2);
    return new Promise<boolean>((resolve) => {
      const done = (answer: boolean) => {
        this.answers.delete(ask);
        clearTimeout(timer);
        resolve(answer);
      };
      const timer = setTimeout(() => done(false), ANSWER_MS);
      this.answers.set(ask, () => done(true));
      channel.postMessage({ type: 'who', id, ask });
    });
  }
}
