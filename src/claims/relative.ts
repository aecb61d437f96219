/**
 * Relative clauses opened by "that", which compromise tags as a determiner: the word after it
 * then reads as a noun ("a flaw that allows hackers in") or an adjective ("the scandal that
 * brought down the mayor"). After a noun, "that" and a verb followed by its object, the verb is
 * the relative clause's: a finite verb whose subject is the noun (relative-pronoun, subjects.ts).
 */
import type { Token, VerbGroup } from '../types.js';
import { rules } from './rule.js';
import { has, isNounish } from './words.js';

/** "N that VERB OBJECT": the verb group v opens a relative clause on the noun before "that". */
export function relativeThatWithObject(toks: Token[], v: VerbGroup): boolean {
  const that = toks[v.first - 1];
  const noun = toks[v.first - 2];
  if (!that || !noun || that.norm !== 'that' || /\S/.test(that.post) || /[,;:]/.test(noun.post) || !isNounish(noun) || has(noun, 'Pronoun')) return false;
  const head = toks[v.last]!;
  if (!(has(head, 'PastTense') || /(?:ed|[^s]s)$/.test(head.norm)) || (has(head, 'Plural') && !has(head, 'Verb'))) return false;
  // its object: an article, a name, a pronoun, a number, a bare plural or an adjective, or a particle then one ("brought down the mayor")
  let o = v.last + 1;
  if (toks[o] && /^(?:down|up|out|off|in|over)$/.test(toks[o]!.norm) && !/[,;:]/.test(head.post)) o++;
  const obj = toks[o];
  if (!obj || /[,;:.]/.test(toks[o - 1]!.post)) return false;
  return has(obj, 'Determiner') || has(obj, 'ProperNoun') || has(obj, 'Pronoun') || has(obj, 'Value') || has(obj, 'Possessive') || (has(obj, 'Plural') && has(obj, 'Noun')) || (has(obj, 'Adjective') && !has(obj, 'Verb'));
}

/** "the single that holds the same name": "that" after a noun (or adjective), an -s word, then its object (or a preposition); the finite rule relative-that-s-verb. */
export function relativeThatSVerb(toks: Token[], v: VerbGroup, head: Token, before: Token): boolean {
  if (before.norm !== 'that' || /\S/.test(before.post) || !/[^su]s$/.test(head.norm) || /[,;:]/.test(head.post)) return false;
  const ante = toks[v.first - 2];
  const obj = toks[v.last + 1];
  return Boolean(ante && (isNounish(ante) || has(ante, 'Adjective')) && !has(ante, 'Pronoun') && !/[,;:]/.test(ante.post) && obj && (has(obj, 'Determiner') || has(obj, 'Value') || has(obj, 'Possessive') || has(obj, 'ProperNoun') || has(obj, 'Preposition')));
}

/** A switch (no veto of its own) read by the finite rules noun-after-modifier and participle-as-adjective. */
export const RELATIVE_THAT_RULES = rules<unknown, boolean>('finite', [
  {
    name: 'relative-that-verb',
    description: 'after a noun and "that", an -s or -ed word followed by its object is the relative clause\'s verb, not a noun or an adjective (a switch read by noun-after-modifier and participle-as-adjective)',
    example: 'a flaw that allows hackers to take over computers; the scandal that brought down the mayor',
    apply: () => false,
  },
]);
