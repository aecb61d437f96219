/**
 * Fixes found while reading claims on invented news sentences (session 5).
 *
 *   relative-speaker-is-no-attribution  "The board hired Tomas Brell, who said the plant would
 *     stay open": ", who said" is a relative clause on the object, not a trailing ", X said"
 *     attribution; the main clause keeps its object ("hired Tomas Brell").
 *   inverted-speaker-is-no-complement  '"We will not give up," said Maria Tosk, the union's
 *     leader.': the speaker after an inverted speech verb is its subject, not what was said; the
 *     claim is "Maria Tosk | said", as for '"...," Maria Tosk said.'
 *   clause-verb-takes-there-clause  "Officials believe there are more victims": an existential
 *     clause is a complement like any other ("believe | there are more victims", not "believe |
 *     there").
 */
import type { FoundSubject } from './draft.js';
import { rules } from './rule.js';
import type { Token } from '../types.js';
import type { ExtentCtx } from './extents.js';

/** A switch read by trailing-attribution-cut (extents.ts): true when the following speech verb's subject is a relative word. */
export const RELATIVE_SPEAKER_RULES_11 = rules<{ nextFound: FoundSubject | undefined }, boolean>('extents', [
  {
    name: 'relative-speaker-is-no-attribution',
    description: 'a following speech verb whose subject is a relative word (", who said ...") starts a relative clause on the noun before it: that noun is this clause\'s object, not a trailing attribution to cut off',
    example: 'The board hired Tomas Brell, who said the plant would stay open',
    apply: ({ nextFound }) => nextFound?.relative === true,
  },
]);

/** Run after extents.ts' SPEECH_RULES, on speech verbs. */
export const INVERTED_SPEECH_RULES_11 = rules<ExtentCtx, void>('extents', [
  {
    name: 'inverted-speaker-is-no-complement',
    description: 'a speech verb whose subject comes right after it ("..., said Maria Tosk, the union\'s leader") has no complement after it: the speaker and the aside on it are its subject, and what was said is the quote before it',
    example: '"We will not give up," said Maria Tosk, the union\'s leader',
    apply: (c) => {
      const who = c.clauses[c.vi]!.who;
      if (!who || who.first !== c.v.last + 1) return;
      c.endTok = Math.min(c.endTok, c.v.last + 1);
    },
  },
]);

/** A switch read by clause-verb-takes-complement (extents.ts): the complement clause at `at` is existential ("there are", "there will be"). */
export const THERE_CLAUSE_RULES_11 = rules<{ toks: readonly Token[]; at: number; verbFirst: number }, boolean>('extents', [
  {
    name: 'clause-verb-takes-there-clause',
    description: 'an existential clause ("there is", "there will be", after "that" or not) right after a verb of thinking, finding or mentioning is its complement, as a clause with a subject is: the verb runs to that clause\'s end',
    example: 'Officials believe there are more victims',
    apply: ({ toks, at, verbFirst }) => toks[at]?.norm === 'there' && verbFirst === at + 1,
  },
]);
