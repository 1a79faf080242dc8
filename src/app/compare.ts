// The class comparison's inputs: replay files and pasted links, each checked on its own, so one bad
// file is named with its reason and the rest are still compared. Nothing is stored or sent anywhere.
import type { Scenario } from '../data/schema';
import { compareGames, type Comparison } from '../state/compare';
import { replayFromFragment } from '../state/link';
import type { ReplayResult } from '../state/replay';
import type { Rules } from '../state/rules';
import type { GroupGame } from '../state/compare';
import { readReplayFile } from './replayFile';

export interface Problem {
  name: string;
  error: string;
}

export class ClassComparison {
  games: GroupGame[] = [];
  problems: Problem[] = [];
  private links = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly rules: Rules,
  ) {}

  private uniqueName(base: string): string {
    const taken = new Set(this.games.map((g) => g.name));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base} (${n})`)) n++;
    return `${base} (${n})`;
  }

  async addFiles(files: Iterable<File>): Promise<void> {
    for (const f of files) this.add(f.name.replace(/\.json$/i, ''), await readReplayFile(f, this.scenario));
  }

  /** Links pasted one per line; anything before the '#' is ignored, so any address of the game works. */
  addLinks(text: string): void {
    for (const line of text
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const name = `Link ${++this.links}`;
      const at = line.indexOf('#');
      if (at < 0) {
        this.problems.push({ name, error: 'this is not a game link: it has no #replay= part' });
        continue;
      }
      this.add(name, replayFromFragment(line.slice(at), this.scenario));
    }
  }

  private add(name: string, r: ReplayResult): void {
    if (r.ok) this.games.push({ name: this.uniqueName(name), game: r.game });
    else this.problems.push({ name, error: r.error });
  }

  remove(name: string): void {
    this.games = this.games.filter((g) => g.name !== name);
  }

  clear(): void {
    this.games = [];
    this.problems = [];
    this.links = 0;
  }

  result(): Comparison {
    return compareGames(this.rules, this.games);
  }
}
