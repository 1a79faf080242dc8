// Tabs of the game learn of each other: a Web Lock per game marks the tab playing it (another tab
// that continues it plays a copy, so neither loses a move), and a BroadcastChannel says when a tab
// saved, so a title page open elsewhere refreshes its list.
const CHANNEL = 'grand-coalition';
const lockName = (id: string) => `grand-coalition/game/${id}`;

export class Tabs {
  private channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  private release: (() => void) | null = null;

  /** Calls `f` whenever another tab saved a game. */
  onChange(f: () => void): void {
    this.channel?.addEventListener('message', () => f());
  }

  changed(): void {
    this.channel?.postMessage('saved');
  }

  /** Marks this tab as the one playing game `id` (and no longer the one playing any other). */
  hold(id: string): void {
    this.release?.();
    this.release = null;
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return;
    void locks.request(
      lockName(id),
      () =>
        new Promise<void>((resolve) => {
          this.release = resolve;
        }),
    );
  }

  /** Whether another tab is playing game `id` right now. */
  async heldElsewhere(id: string, mine: string | null): Promise<boolean> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks || id === mine) return false;
    const q = await locks.query();
    return (q.held ?? []).some((l) => l.name === lockName(id));
  }
}
