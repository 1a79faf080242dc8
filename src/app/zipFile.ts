// A zip of replay files (the title page's "Download all your games" makes one) read for the class
// comparison, bounded while it unpacks: each entry stops at 1 MB of text, the whole at 64 MB and
// 500 entries, whatever its headers claim (a header may lie about sizes; a deflate stream can grow a
// thousandfold). Entries are fed in 1 KB pieces, so no piece can unpack past about 1 MB unseen.
import { Unzip, UnzipInflate } from 'fflate';
import { MAX_REPLAY_BYTES } from '../state/replays/replayFormat';

export const MAX_ZIP_BYTES = 20 * 1024 * 1024;
export const MAX_ZIP_TOTAL = 64 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;

export type ZipEntry = { name: string; text: string } | { name: string; error: string };
export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

/** Whether bytes start as a zip does ("PK\x03\x04"). */
export const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/** The zip's files, each as text or why it cannot be read; or why the zip as a whole cannot be. */
export function readZip(bytes: Uint8Array, limit = MAX_REPLAY_BYTES): ZipRead {
  if (bytes.length > MAX_ZIP_BYTES) return { ok: false, error: 'the zip is larger than 20 MB' };
  const entries: ZipEntry[] = [];
  let files = 0;
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  /** Entries begun and not yet ended: a zip cut short leaves some. */
  const open = new Set<string>();
  /** Why the whole zip is refused (set in fflate's callbacks, which must not throw). */
  let stopped: string | null = null;
  const uz = new Unzip((file) => {
    files += 1;
    if (stopped) return;
    if (files > MAX_ZIP_ENTRIES) {
      stopped = `it holds more than ${MAX_ZIP_ENTRIES} files`;
      return;
    }
    const name = file.name;
    if (name.endsWith('/')) return; // a folder
    if (file.compression !== 0 && file.compression !== 8) {
      entries.push({ name, error: 'it is packed in a way replay zips never are' });
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > limit) {
      entries.push({ name, error: 'it is larger than 1 MB: it is not a replay' });
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    let done = false;
    open.add(name);
    file.ondata = (err, chunk, final) => {
      if (done || stopped) return;
      if (final || err) open.delete(name);
      if (err) {
        done = true;
        entries.push({ name, error: 'it is damaged in the zip' });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > MAX_ZIP_TOTAL) {
        stopped = 'it unpacks to more than 64 MB';
        file.terminate();
        return;
      }
      if (size > limit) {
        done = true;
        open.delete(name);
        file.terminate();
        entries.push({ name, error: 'it unpacks to more than 1 MB: it is not a replay' });
        return;
      }
      parts.push(chunk);
      if (final) {
        done = true;
        const all = new Uint8Array(size);
        let at = 0;
        for (const p of parts) {
          all.set(p, at);
          at += p.length;
        }
        entries.push({ name, text: decoder.decode(all) });
      }
    };
    file.start();
  });
  uz.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !stopped; i += 1024)
      uz.push(bytes.subarray(i, i + 1024), i + 1024 >= bytes.length);
  } catch {
    return { ok: false, error: 'the zip is damaged' };
  }
  if (stopped) return { ok: false, error: `the zip cannot be read: ${stopped}` };
  for (const name of open) entries.push({ name, error: 'it is cut off in the zip' });
  return { ok: true, entries };
}
