/**
 * Fixes found while reading claims on invented news sentences (session 5).
 *
 *   relative-speaker-is-no-attribution  "The board hired Tomas Brell, who said the plant would
 *     stay open": ", who said" is a relative clause on the object, not a trailing ", X said"
 *     attribution; the main clause keeps its object ("hired Tomas Brell").
 */
import type { FoundSubject } from './draft.js';
import { rules } from './rule.js';

/** A switch read by trailing-attribution-cut (extents.ts): true when the following speech verb's subject is a relative word. */
export const RELATIVE_SPEAKER_RULES_11 = rules<{ nextFound: FoundSubject | undefined }, boolean>('extents', [
  {
    name: 'relative-speaker-is-no-attribution',
    description: 'a following speech verb whose subject is a relative word (", who said ...") starts a relative clause on the noun before it: that noun is this clause\'s object, not a trailing attribution to cut off',
    example: 'The board hired Tomas Brell, who said the plant would stay open',
    apply: ({ nextFound }) => nextFound?.relative === true,
  },
]);
