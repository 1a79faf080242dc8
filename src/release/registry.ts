// Which rules read which scenario version: the current one plays new games; every earlier release
// is frozen under releases/ and loaded the first time one of its games is opened.
import { current, loadReading } from './current';
import { FROZEN, TOGETHER, VARIANTS } from './frozen';
import type { Release } from './types';

export { current, loadReading };
export const CURRENT_VERSION = current.version;

const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
/** Every scenario version this build can open, oldest first. */
export const KNOWN_VERSIONS: string[] = [...new Set([...Object.keys(FROZEN), current.version])].sort(byVersion);

export const isKnownVersion = (v: string): boolean => KNOWN_VERSIONS.includes(v);

/** The rules of a scenario version, or null if this build has never heard of it. */
export async function releaseFor(version: string): Promise<Release | null> {
  if (version === current.version) {
    await loadReading();
    return current;
  }
  // Own keys only: a version "constructor" or "__proto__" finds nothing.
  const load = Object.hasOwn(FROZEN, version) ? FROZEN[version] : undefined;
  return load ? await load() : null;
}

/**
 * The other rule sets main shipped under a version (its variants: releases/VARIANTS.md), newest first.
 * A replay names its version, not its variant: when the release's own rules do not give its hash,
 * the loader tries these, and the one that gives it is the one that made it.
 */
export const variantsOf = (version: string): { commit: string; load: () => Promise<Release> }[] =>
  Object.hasOwn(VARIANTS, version) ? VARIANTS[version]! : [];

/**
 * The rules that read a version's games played together: its release's, or, for a release frozen
 * without them (1.4.0 to 1.6.0), the same commit's files kept beside it (releases/<version>-together).
 */
export async function togetherReleaseFor(version: string): Promise<Release | null> {
  const load = Object.hasOwn(TOGETHER, version) ? TOGETHER[version] : undefined;
  return load ? await load() : releaseFor(version);
}
