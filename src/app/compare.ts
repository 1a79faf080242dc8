// The class comparison's inputs: replay files and pasted links, each checked on its own by the
// rules of the release it was made with, so one bad file is named with its reason and the rest are
// still compared, old and new versions side by side (games several human roles played together too,
// a row each). Nothing is stored or sent anywhere.
import { openAnyFragment, openAnyText, type OpenedAny } from '../release/load';
import Papa from 'papaparse';
import { combineRows, type Comparison, type GroupRow } from '../state/view/compare';
import { comparisonTable } from '../state/view/comparisonTable';
import { echoText } from '../state/view/echo';
import { readReplayFile } from './replayFile';
import { isZip, MAX_ZIP_BYTES, readZip } from './zipFile';
import { loadScenario } from '../data/load';
import type { Difficulty } from '../state/rules/difficulty';
import { lessonStart, typicalPaths, type TypicalPath } from '../state/view/paths';
import { makeReplay } from '../state/replays/replayFormat';
import { replayFragment } from '../state/replays/link';
import { buildRules, type Rules } from '../state/rules/rules';

/** The rules new games are played with, built once, for the answer key's paths. */
let current: Rules | null = null;

export interface Problem {
  name: string;
  error: string;
}

export class ClassComparison {
  rows: GroupRow[] = [];
  problems: Problem[] = [];
  private links = 0;

  constructor(private readonly rounds: string[]) {}

  get games(): GroupRow[] {
    return this.rows;
  }

  private uniqueName(base: string): string {
    const taken = new Set(this.rows.map((g) => g.name));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base} (${n})`)) n++;
    return `${base} (${n})`;
  }

  /** Replay files, and zips of them (the title page's "Download all your games" makes one). */
  async addFiles(files: Iterable<File>): Promise<void> {
    for (const f of files) {
      if (/\.zip$/i.test(f.name) || f.type === 'application/zip') await this.addZip(f);
      else this.add(echoText(f.name.replace(/\.json$/i, '')), await readReplayFile(f));
    }
  }

  private async addZip(f: File): Promise<void> {
    const zipName = echoText(f.name.replace(/\.zip$/i, ''));
    if (f.size > MAX_ZIP_BYTES)
      return void this.problems.push({ name: zipName, error: 'the zip is larger than 20 MB' });
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (!isZip(bytes)) return void this.problems.push({ name: zipName, error: 'this is not a zip file' });
    const z = readZip(bytes);
    if (!z.ok) return void this.problems.push({ name: zipName, error: z.error });
    for (const e of z.entries) {
      const name = `${zipName}/${echoText(e.name.replace(/\.json$/i, ''))}`;
      // A record the game could not read and kept aside: in the zip so nothing is lost, not a replay.
      if (e.name.startsWith('set-aside/'))
        this.problems.push({ name, error: 'a saved game this version could not read (kept aside), not compared' });
      else if ('error' in e) this.problems.push({ name, error: e.error });
      else this.add(name, await openAnyText(e.text));
    }
  }

  /** Links pasted one per line; anything before the '#' is ignored, so any address of the game works. */
  async addLinks(text: string): Promise<void> {
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
      this.add(name, await openAnyFragment(line.slice(at)));
    }
  }

  /** A game played together is one row too, labelled with its human roles. */
  private add(name: string, r: OpenedAny): void {
    if (r.ok) this.rows.push(('together' in r ? r.together : r.checked).row(this.uniqueName(name)));
    else this.problems.push({ name, error: r.error });
  }

  remove(name: string): void {
    this.rows = this.rows.filter((g) => g.name !== name);
  }

  clear(): void {
    this.rows = [];
    this.problems = [];
    this.links = 0;
  }

  result(): Comparison {
    return combineRows(this.rows, this.rounds);
  }

  csv(): string {
    return comparisonCsv(this.result(), this.rounds);
  }

  typicalPaths(seed: number, role: string, difficulty: Difficulty): TypicalPath[] {
    current ??= buildRules(loadScenario());
    return typicalPaths(current, seed, role, difficulty);
  }

  /**
   * A one-period lesson's link: the record's line on the class's setting up to the start of round
   * `round` (0-based), as a replay fragment ("replay=…") the class opens and takes over from there.
   */
  lessonLink(seed: number, role: string, difficulty: Difficulty, round: number): string {
    current ??= buildRules(loadScenario());
    return replayFragment(makeReplay(current.scenario, lessonStart(current, seed, role, difficulty, round).played));
  }
}

/**
 * The comparison as a spreadsheet. escapeFormulae: a cell a spreadsheet would run (starting with
 * =, +, -, @, a tab or a carriage return) is written as text, so a file named "=HYPERLINK(…).json"
 * stays a name in the teacher's spreadsheet.
 */
export const comparisonCsv = (c: Comparison, rounds: string[]): string =>
  Papa.unparse(comparisonTable(c, rounds), { escapeFormulae: true });
