/** Output filters: --top, --who, --where, --entity, --since, --until. Pure functions over the result. */
import type { Claim, Entity, ExtractResult, When } from './types.js';
import { dateRange } from './util/isodate.js';
import { foldAccents } from './util/fold.js';

export interface FilterOptions {
  /** Keep the N most salient claims of each document. */
  top?: number;
  /** Words of the subject text or its entity (whole words, case- and accent-insensitive). */
  who?: string;
  /** Words of a place's text or entity (whole words, case- and accent-insensitive). */
  where?: string;
  /** Claims that involve the entity anywhere: subject, place or source (name or alias). */
  entity?: string;
  /** Keep claims with a `when` date on or after this (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string;
  until?: string;
}

/**
 * A test for the words of `query` in a text: whole words ("IS" is not in "Paris", "PEA" not in
 * "speaking"), spaces between words as any run of spaces, accents ignored on both sides, case
 * ignored, except that an acronym (one word of 2-5 capitals: "IS", "US", "NATO") matches only
 * capitals, so that it does not find the word "is" or "us".
 */
export function wordMatcher(query: string): (text: string | null | undefined) => boolean {
  const q = foldAccents(query).trim().replace(/\s+/g, ' ');
  if (!q) return () => false;
  const acronym = /^\p{Lu}{2,5}$/u.test(q);
  const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
  return (text) => Boolean(text) && re.test(foldAccents(text!));
}

/** The days a `when` covers (its start and end, else read from its date). */
function rangeOf(w: When): { start: string | null; end: string | null } {
  return w.start !== undefined && w.end !== undefined ? { start: w.start, end: w.end } : dateRange(w.date);
}
/** A time overlaps [since, ...): it ends on or after the first day of `bound` ("2024-12" is within "2024"). */
function dateOnOrAfter(w: When, bound: string): boolean {
  const end = rangeOf(w).end;
  const first = dateRange(bound).start;
  return Boolean(end && first && end >= first);
}
/** A time overlaps (..., until]: it starts on or before the last day of `bound`. */
function dateOnOrBefore(w: When, bound: string): boolean {
  const start = rangeOf(w).start;
  const last = dateRange(bound).end;
  return Boolean(start && last && start <= last);
}

/** What a filter reads of a claim (a document's event has the same fields, its `what` as text). */
export type Filterable = Pick<Claim, 'who' | 'where' | 'when' | 'source' | 'text'>;

/**
 * The test of --who, --where, --entity, --since and --until together (not --top, which ranks):
 * `entities` are the result's, for --entity's names and aliases.
 */
export function claimMatcher(entities: readonly Entity[], opts: FilterOptions): (c: Filterable) => boolean {
  const tests: ((c: Filterable) => boolean)[] = [];
  if (opts.who) {
    const m = wordMatcher(opts.who);
    tests.push((c) => m(c.who?.text) || m(c.who?.entity));
  }
  if (opts.where) {
    const m = wordMatcher(opts.where);
    tests.push((c) => c.where.some((w) => m(w.text) || m(w.entity)));
  }
  if (opts.entity) {
    const m = wordMatcher(opts.entity);
    // the entities the query names: by their name or one of their aliases, as whole words
    const names = new Set<string>();
    for (const e of entities) if (m(e.name) || e.aliases.some(m)) names.add(e.name);
    const named = (x: string | null | undefined): boolean => Boolean(x && names.has(x));
    tests.push((c) => named(c.who?.entity) || c.where.some((w) => named(w.entity)) || named(c.source?.entity) || m(c.text));
  }
  if (opts.since) {
    const bound = opts.since;
    tests.push((c) => c.when.some((w) => dateOnOrAfter(w, bound)));
  }
  if (opts.until) {
    const bound = opts.until;
    tests.push((c) => c.when.some((w) => dateOnOrBefore(w, bound)));
  }
  return (c) => tests.every((t) => t(c));
}

/** Any filter other than --top given. */
export const filtersClaims = (opts: FilterOptions): boolean => Boolean(opts.who || opts.where || opts.entity || opts.since || opts.until);

export function filterClaims(result: ExtractResult, opts: FilterOptions): ExtractResult {
  let claims: Claim[] = result.claims;
  if (filtersClaims(opts)) claims = claims.filter(claimMatcher(result.entities, opts));
  if (opts.top !== undefined) {
    const byDoc = new Map<string, Claim[]>();
    for (const c of claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
    const keep = new Set<Claim>();
    for (const list of byDoc.values()) {
      [...list]
        .sort((a, b) => b.salience - a.salience || a.start - b.start)
        .slice(0, opts.top)
        .forEach((c) => keep.add(c));
    }
    // --top lists each document's claims most salient first
    claims = [...byDoc.values()].flatMap((list) => list.filter((c) => keep.has(c)).sort((a, b) => b.salience - a.salience || a.start - b.start));
  }
  return { ...result, claims };
}
