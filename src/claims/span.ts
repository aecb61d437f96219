/** A draft claim's span. */
import type { DraftClaim } from './draft.js';

/** Claim span in UTF-16: from the subject (when it precedes the verb) to the end of the predicate. */
export function claimSpan(d: DraftClaim): { start: number; end: number } {
  const start = d.who && !d.coordinatedWith && d.who.start < d.verb.start ? d.who.start : d.verb.start;
  return { start, end: Math.max(d.whatEnd, d.verb.end) };
}
