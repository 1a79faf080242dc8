// A replay file's bytes to text, one way for the browser's file picker and drop and for the CLI's
// `--replay`: the byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE), as the Encoding standard's
// "decode" does, and a file without one is UTF-8. The mark itself is not part of the text.
import { openAnyText, openReplayText, type Opened, type OpenedAny } from './load';

export function decodeReplayBytes(bytes: Uint8Array): string {
  const label =
    bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
  // Not fatal: a byte that is not text becomes U+FFFD, and the JSON reader names what is wrong.
  return new TextDecoder(label).decode(bytes);
}

/** A replay file's bytes, decoded and checked by the release that made it. */
export const openReplayBytes = (bytes: Uint8Array): Promise<Opened> => openReplayText(decodeReplayBytes(bytes));

/** The same, for the app's file picker and drop: a game played together opens too. */
export const openAnyBytes = (bytes: Uint8Array): Promise<OpenedAny> => openAnyText(decodeReplayBytes(bytes));
