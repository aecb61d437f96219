/**
 * Issue 20 (sixth session): steps of the walk left over a subject noun phrase (phrase.ts's
 * NP_RULES run these after their own). Kept apart from subjects-6.ts so that phrase.ts can
 * import them without an import cycle; subjects-6.ts lists them with the other rules.
 */
import type { Token } from '../types.js';
import { rules } from './rule.js';
import { COORD, NP_PREPS, has, isNounish } from './words.js';

/** What an NP step sees (the same shape as phrase.ts's NpStep). */
export interface NpStep6 {
  toks: Token[];
  i: number;
  floor: number;
  taken: number;
  p: Token;
}
export interface NpMove6 {
  take: number;
  stop?: boolean;
}

/** Tokens i..(the head) form one name: an optional article, then capitalised words only. */
function nameAfter(toks: Token[], i: number, taken: number): boolean {
  let a = i;
  if (/^(?:the|a|an)$/.test(toks[a]!.norm)) a++;
  const words = toks.slice(a, i + taken);
  // capitalised words, perhaps joined by "of", "in" ("the Bank of Tarvel", "the Magnet Laboratory in Orlen")
  const ok = (t: Token, j: number): boolean => /^\p{Lu}/u.test(t.text) || (j > 0 && j < words.length - 1 && /^(?:of|in|for|at)$/.test(t.norm) && /^\p{Lu}/u.test(words[j - 1]!.text) && /^\p{Lu}/u.test(words[j + 1]!.text));
  return words.length >= 1 && words.every((t, j) => ok(t, j) && (j === words.length - 1 || !/[,;:()"“”]/.test(t.post))) && words.slice(0, -1).every((t) => !/\S/.test(t.post) || t.post === '-');
}

const SUBJECT_PRONOUNS = /^(?:he|she|i|we|they|you)$/;

export const NP_RULES_6 = rules<NpStep6, NpMove6 | undefined>('subjects', [
  {
    name: 'subject-head-before-preposition',
    description: 'a common noun, then a preposition and a name of several words (longer than np-prepositional walks through), is one subject: the head is the noun before the preposition, not the name',
    example: 'Declining issues on the New Grenmoor Stock Exchange outnumbered gainers',
    apply: ({ toks, i, floor, taken, p }) => {
      if (!NP_PREPS.has(p.norm) || p.norm === 'of' || taken <= 4 || taken > 10 || i - 2 < floor) return undefined;
      const noun = toks[i - 2]!;
      if (!isNounish(noun) || has(noun, 'Pronoun') || /^\p{Lu}/u.test(noun.text) || has(noun, 'Date') || /[,;:]/.test(noun.post)) return undefined;
      return nameAfter(toks, i, taken) ? { take: 2 } : undefined;
    },
  },
  {
    name: 'subject-pronoun-coordination',
    description: 'a subject pronoun and "and" before a noun phrase are one coordinated subject',
    example: 'He and his wife moved to Orlen',
    apply: ({ toks, i, floor, p }) => {
      if (p.norm !== 'and' || i - 2 < floor) return undefined;
      const pr = toks[i - 2]!;
      if (!SUBJECT_PRONOUNS.test(pr.norm) || /[,;:]/.test(pr.post)) return undefined;
      const b = toks[i - 3];
      const opens = i - 2 === floor || !b || /[,;:]/.test(b.post) || COORD.has(b.norm) || has(b, 'Conjunction') || /^(?:when|while|after|before|because|although|though|since|until|if|unless|once|as|where|whereas|that)$/.test(b.norm);
      return opens ? { take: 2, stop: true } : undefined;
    },
  },
]);
