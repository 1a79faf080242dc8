// SHA-256 over a canonical JSON serialisation (RFC 8785): the same bytes in Node and the browser.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

export function canonical(value: unknown): string {
  const s = canonicalize(value);
  if (s === undefined) throw new Error('value cannot be serialised');
  return s;
}

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

export const hashOf = (value: unknown): string => sha256Hex(canonical(value));
