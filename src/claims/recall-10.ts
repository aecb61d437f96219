/**
 * Issue 20 (tenth session), clause recall: main clauses whose subject carries a clause of its
 * own, so that the word right before the main verb is not the subject's head. Tried first in
 * findSubject (subjects.ts), on the noun phrase that opens the clause:
 *
 *   subject-over-ing-modifier  "The men carrying the flags marched to the square": an -ing
 *     verb right after the head noun, with its object, is a reduced relative on that noun; the
 *     subject is the whole phrase ("The men carrying the flags"), not the -ing verb's object.
 */
import type { Token } from '../types.js';
import type { FoundSubject } from './draft.js';
import type { SubjectCtx } from './subjects.js';
import { rules, type Rule } from './rule.js';
import { npLeft, phrase } from './phrase.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import { COORD, REL, has, isNounish } from './words.js';

/** A word that may sit inside a plain noun phrase (an object: "the flags", "its two old rivals of the north"). */
const inNounPhrase = (t: Token): boolean => (isNounish(t) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Possessive') || (has(t, 'Preposition') && !/^(?:that|as|than|like)$/.test(t.norm))) && !has(t, 'Verb') && !REL.has(t.norm) && !COORD.has(t.norm);

const noBreak = (toks: Token[], from: number, to: number): boolean => toks.slice(from, to).every((x) => !/[,;:()"“”]|\s[-–—]/.test(x.post));

/** A head noun that can carry a modifier clause: a noun, not a pronoun, a date or a number. */
const headNoun = (t: Token | undefined): boolean => Boolean(t && isNounish(t) && !has(t, 'Pronoun') && !has(t, 'Date') && !has(t, 'Verb') && !/^\d/.test(t.text));

const OBJECT_PRONOUN = /^(?:them|him|her|it|us|me)$/;

export const SUBJECT_RULES_10 = rules<SubjectCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'subject-over-ing-modifier',
    description: 'an -ing verb right after the head noun of the phrase that opens the clause, followed by its object and then the finite verb ("The men carrying the flags marched"), is a reduced relative on that noun: the subject is the whole phrase, not the -ing verb\'s object',
    example: 'The men carrying the Tarvel flags marched to the square → who "The men carrying the Tarvel flags"',
    apply: ({ s, toks, floor, k, off }) => {
      if (!(isNounish(toks[k]!) || OBJECT_PRONOUN.test(toks[k]!.norm)) || (has(toks[k], 'Pronoun') && !OBJECT_PRONOUN.test(toks[k]!.norm)) || !noBreak(toks, floor, k + 1)) return undefined;
      // the -ing verb: the first one left of the object, at most eight words back
      let j = k - 1;
      while (j > floor && k - j < 9 && inNounPhrase(toks[j]!)) j--;
      const ing = toks[j];
      if (!ing || j === k || !/^[a-z]{3,}ing$/.test(ing.text) || !(has(ing, 'Gerund') || has(ing, 'Verb')) || s.verbs.some((g) => g.first < j && g.last >= j)) return undefined;
      // the object or adjunct opens with a word that can open a noun phrase or a preposition
      const obj = toks[j + 1]!;
      if (!(has(obj, 'Determiner') || has(obj, 'Possessive') || has(obj, 'Adjective') || has(obj, 'Value') || isNounish(obj) || has(obj, 'Preposition'))) return undefined;
      const head = toks[j - 1];
      if (!headNoun(head)) return undefined;
      let f = npLeft(toks, j - 1, floor, off);
      // "claimed that a judge presiding ...": the walk may take the complementizer; the phrase starts after it
      if (f >= 0 && f < j - 1 && toks[f]!.norm === 'that') f++;
      const p = toks[f - 1];
      const opener = (x: Token | undefined): boolean => Boolean(x && (x.norm === 'that' || SUBORDINATORS.has(x.norm)));
      if (f < 0 || f > j - 1 || !(f === floor || f === 0 || (f - 1 === floor && opener(p))) || has(toks[f], 'Preposition')) return undefined;
      // the phrase opens a clause: not a verb's object ("issued a statement calling the nuclear test ...")
      if (p && (s.verbs.some((g) => g.first <= f - 1 && g.last >= f - 1) || !(/[,;:]\s*$/.test(p.post) || opener(p) || COORD.has(p.norm)))) return undefined;
      return { who: phrase(s, f, k), coordinated: false, relative: false };
    },
  },
]);

/** Every rule of this file, for rules.ts. */
export const RECALL_RULES_10 = [...SUBJECT_RULES_10] as readonly Rule<never, unknown>[];
