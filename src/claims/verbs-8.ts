/**
 * Issue 20 (eighth session): claim rules for main verbs that were dropped. "Tarvel Abbey burned
 * and retains a wooden ceiling": after a past verb and "and", an -s verb followed by its object is
 * a second predicate of the same subject (present-noun-in-past-sentence took it for a noun, as in
 * "they took cars, and cash from the bank").
 */
import { rules } from './rule.js';
import type { FiniteCtx } from './finite.js';
import { canBeVerb, stripS } from '../annotate/known.js';
import { has } from './words.js';

/** "... and retains a wooden ceiling": a one-word -s verb right after "and", before a determiner, a possessive or a number that opens its object. */
export function coordinatedSVerb({ toks, v, head, before, after, multi }: FiniteCtx): boolean {
  if (multi || !before || before.norm !== 'and' || /\S/.test(before.post) || !after || /\S/.test(head.post)) return false;
  if (!/^[a-z]{2,}[^su]s$/.test(head.text) || has(head, 'PastTense') || !(has(head, 'PresentTense') || canBeVerb(stripS(head.norm)))) return false;
  const opens = /^(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|each|every|some|no|another)$/.test(after.norm) || (has(after, 'Value') && !has(after, 'Date'));
  if (!opens || has(after, 'Date')) return false;
  const n = toks[v.last + 2];
  return !(n && has(n, 'Date'));
}

/** A switch (no veto of its own) read by the finite rule present-noun-in-past-sentence. */
export const VERB_RULES_8 = rules<unknown, boolean>('finite', [
  {
    name: 'coordinated-s-verb-with-object',
    description: 'after a past verb and "and", a one-word -s verb followed by a determiner, a possessive or a number is a second predicate of the clause\'s subject, not a noun (a switch read by present-noun-in-past-sentence)',
    example: 'Tarvel Abbey burned in 1910 and retains a wooden ceiling',
    apply: () => false,
  },
]);
