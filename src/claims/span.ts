/** A draft claim's span. */
import type { DraftClaim } from './draft.js';

/**
 * Claim span in UTF-16: from the subject (when it precedes the verb) to the end of the predicate;
 * an inverted subject right after the verb ('"...," said Maria Tosk') is part of it.
 */
export function claimSpan(d: DraftClaim): { start: number; end: number } {
  const start = d.who && !d.coordinatedWith && d.who.start < d.verb.start ? d.who.start : d.verb.start;
  const inverted = d.who && !d.coordinatedWith && d.who.first === d.verb.last + 1 ? d.who.end : 0;
  return { start, end: Math.max(d.whatEnd, d.verb.end, inverted) };
}
