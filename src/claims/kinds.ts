/**
 * The kinds of claim (types.ts `ClaimKind`) and the check of a list of them from a user
 * (library option `kinds`, CLI `--kinds clause,apposition,participle` or `all`).
 */
import { CLAIM_KINDS, type ClaimKind } from '../types.js';

/** What is made when no kinds are given: finite clauses only (the product's claim). */
export const DEFAULT_KINDS: readonly ClaimKind[] = ['clause'];

/** The names given that are not kinds (empty: all known). `all` stands for every kind. */
export function unknownKinds(names: readonly string[]): string[] {
  return names.filter((n) => n !== 'all' && !(CLAIM_KINDS as readonly string[]).includes(n));
}

/** The set of kinds for a list of names (undefined or empty: the default); throws on a name that is not a kind. */
export function claimKinds(names: readonly string[] | undefined): ReadonlySet<ClaimKind> {
  if (!names || names.length === 0) return new Set(DEFAULT_KINDS);
  const bad = unknownKinds(names);
  if (bad.length) throw new Error(`unknown claim kind${bad.length > 1 ? 's' : ''}: ${bad.join(', ')} (the kinds: ${CLAIM_KINDS.join(', ')}, or all)`);
  if (names.includes('all')) return new Set(CLAIM_KINDS);
  // in the order of CLAIM_KINDS, so that equal sets give equal output
  return new Set(CLAIM_KINDS.filter((k) => names.includes(k)));
}

export function isDefaultKinds(kinds: ReadonlySet<ClaimKind>): boolean {
  return kinds.size === DEFAULT_KINDS.length && DEFAULT_KINDS.every((k) => kinds.has(k));
}
