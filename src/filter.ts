/** Output filters: --top, --who, --where, --entity, --since, --until. Pure functions over the result. */
import type { Claim, ExtractResult, When } from './types.js';
import { dateRange } from './util/isodate.js';

export interface FilterOptions {
  /** Keep the N most salient claims of each document. */
  top?: number;
  /** Case-insensitive substring of the subject text or its entity. */
  who?: string;
  /** Case-insensitive substring of a place's text or entity. */
  where?: string;
  /** Claims that involve the entity anywhere: subject, place or source (name or alias). */
  entity?: string;
  /** Keep claims with a `when` date on or after this (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string;
  until?: string;
}

const has = (hay: string | null | undefined, needle: string): boolean => Boolean(hay && hay.toLowerCase().includes(needle.toLowerCase()));

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

/** The text names `q` as a whole word or words: "PEA" is not in "speaking". */
function mentionsWord(text: string, q: string): boolean {
  const escaped = q.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!escaped) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export function filterClaims(result: ExtractResult, opts: FilterOptions): ExtractResult {
  let claims: Claim[] = result.claims;
  if (opts.who) claims = claims.filter((c) => has(c.who?.text, opts.who!) || has(c.who?.entity, opts.who!));
  if (opts.where) claims = claims.filter((c) => c.where.some((w) => has(w.text, opts.where!) || has(w.entity, opts.where!)));
  if (opts.entity) {
    const q = opts.entity.toLowerCase();
    const names = new Set<string>();
    for (const e of result.entities) {
      if ([e.name, ...e.aliases].some((n) => n.toLowerCase() === q) || e.name.toLowerCase().includes(q)) names.add(e.name);
    }
    claims = claims.filter(
      (c) =>
        (c.who?.entity && names.has(c.who.entity)) ||
        c.where.some((w) => w.entity && names.has(w.entity)) ||
        (c.source?.entity && names.has(c.source.entity)) ||
        mentionsWord(c.text, opts.entity!),
    );
  }
  if (opts.since) claims = claims.filter((c) => c.when.some((w) => dateOnOrAfter(w, opts.since!)));
  if (opts.until) claims = claims.filter((c) => c.when.some((w) => dateOnOrBefore(w, opts.until!)));
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
