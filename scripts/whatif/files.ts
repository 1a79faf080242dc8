// Moves files on disk: one for `npm run sim -- --moves FILE`, a folder of them for `npm run whatif`
// and the hindcast's what-if lines. Reading checks the size first; every problem names the file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { echoText } from '../../src/state/view/echo';
import { MAX_MOVES_BYTES, parseMoves, type MovesLine } from '../../src/state/bots/moves';
import type { Rules } from '../../src/state/rules/rules';
import { checkWhatIf } from '../../src/state/bots/whatif';

/** A moves file that cannot be read or is not a valid line: the message names the file. */
export class MovesFileError extends Error {}

/** The folder of what-ifs kept as files, from the repository's root. */
export const WHATIF_DIR = join(import.meta.dirname, '..', '..', 'whatifs');

function readText(path: string): string {
  const shown = echoText(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new MovesFileError(`${shown} is a folder, not a file`);
    if (!st.isFile()) throw new MovesFileError(`${shown} is not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof MovesFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new MovesFileError(
      code === 'ENOENT' ? `no such file: ${shown}` : `cannot read ${shown} (${code ?? 'error'})`,
    );
  }
  if (size > MAX_MOVES_BYTES)
    throw new MovesFileError(
      `${shown} is larger than ${MAX_MOVES_BYTES / 1024} KB (${size} bytes): it is not a moves file`,
    );
  return readFileSync(path, 'utf8');
}

/** Reads one moves file (its name, without .json, names the line when the file does not). */
export function readMovesFile(rules: Rules, path: string): MovesLine {
  const r = parseMoves(rules, readText(path), basename(path).replace(/\.json$/, ''));
  if (!r.ok) throw new MovesFileError(`${echoText(path)}: ${r.error}`);
  return r.line;
}

export interface WhatIfFile {
  file: string;
  line: MovesLine;
}

/**
 * Every what-if in a folder (its .json files, by name): each must be a valid moves file with a
 * name and expectations that name acts and checkpoints of the scenario and the role.
 */
export function readWhatIfs(rules: Rules, dir = WHATIF_DIR): WhatIfFile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new MovesFileError(
      `cannot read the folder ${echoText(dir)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return names.map((n) => {
    const r = parseMoves(rules, readText(join(dir, n)), '');
    if (!r.ok) throw new MovesFileError(`${n}: ${r.error}`);
    const line = r.line;
    if (!line.name) throw new MovesFileError(`${n}: a what-if needs a "name"`);
    const errors = checkWhatIf(rules, line);
    if (errors.length) throw new MovesFileError(`${n}: ${errors.join('; ')}`);
    return { file: n, line };
  });
}
