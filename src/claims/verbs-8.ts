/**
 * Issue 20 (eighth session): claim rules for main verbs that were dropped. "Tarvel Abbey burned
 * and retains a wooden ceiling": after a past verb and "and", an -s verb followed by its object is
 * a second predicate of the same subject (present-noun-in-past-sentence took it for a noun, as in
 * "they took cars, and cash from the bank"). "Tarvel is a city where many groups live": "where"
 * right after a noun phrase opens a relative clause about that place, which is asserted.
 */
import { rules, type Rule } from './rule.js';
import type { Token } from '../types.js';
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

/** Verbs whose object can be followed by an indirect question ("asked the official where the money went"). */
const QUESTION_VERB = /^(?:ask|asks|asked|asking|tell|tells|told|telling|show|shows|showed|shown|showing|teach|teaches|taught|remind|reminds|reminded|inform|informs|informed|know|knows|knew|known|wonder|wonders|wondered|explain|explains|explained)$/;

/** "a city where many groups live": "where" right after a determiner's noun (no comma), not the object of a verb that takes a question. */
export function relativeWhereAfterNoun(toks: readonly Token[], at: number): boolean {
  const w = toks[at];
  const b = toks[at - 1];
  if (!w || w.norm !== 'where' || !b || /\S/.test(b.post) || !has(b, 'Noun') || has(b, 'Pronoun') || has(b, 'Verb') || has(b, 'ProperNoun') || has(b, 'Date')) return false;
  let j = at - 1;
  while (j > 0 && at - j < 5 && !/\S/.test(toks[j - 1]!.post) && (has(toks[j - 1], 'Adjective') || (has(toks[j - 1], 'Noun') && !has(toks[j - 1], 'Determiner')))) j--;
  const det = toks[j - 1];
  if (!det || !/^(?:a|an|the|this|that|one|each|every)$/.test(det.norm)) return false;
  const v = toks[j - 2];
  return !(v && QUESTION_VERB.test(v.norm));
}

/** Switches (no veto of their own) read by the finite rule present-noun-in-past-sentence and the negation rule unasserted-clause. */
const FINITE_SWITCHES_8 = rules<unknown, boolean>('finite', [
  {
    name: 'coordinated-s-verb-with-object',
    description: 'after a past verb and "and", a one-word -s verb followed by a determiner, a possessive or a number is a second predicate of the clause\'s subject, not a noun (a switch read by present-noun-in-past-sentence)',
    example: 'Tarvel Abbey burned in 1910 and retains a wooden ceiling',
    apply: () => false,
  },
]);

const ASSERT_SWITCHES_8 = rules<unknown, boolean>('negation', [
  {
    name: 'where-after-noun',
    description: '"where" right after a noun with its determiner ("a city where ...") opens a relative clause about that place, which is asserted, unless the noun is the object of a verb that takes a question ("asked the clerk where"); a switch read by unasserted-clause',
    example: 'Tarvel is a city where many ethnic groups live',
    apply: () => false,
  },
]);

export const VERB_RULES_8 = [...FINITE_SWITCHES_8, ...ASSERT_SWITCHES_8] as readonly Rule<never, unknown>[];
