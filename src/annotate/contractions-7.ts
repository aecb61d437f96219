/**
 * Issue 20 (seventh session): a tagging repair. "It's the largest dam", "the mayor said it's too
 * late": compromise expands a pronoun's contraction into the pronoun's token ("It's") and an
 * empty verb token, so that the clause had no verb group (no claim) or one whose text starts
 * with a space, and the subject read "It's". The contraction becomes the verb's own token
 * ("It" + "'s"), with the group's text as written.
 */
import type { Token, VerbGroup } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { verbLemma } from './lemma.js';
import { asRepairs, type Repair, type Tagging } from './repair.js';

/** A pronoun and its contracted auxiliary (not "let's", not a noun's possessive). */
const PRONOUN_CONTRACTION = /^(it|he|she|that|this|what|there|here|i|you|we|they)(['’](?:s|re|ve|ll|d|m))$/i;

/** The auxiliary a contraction stands for. */
function expanded(c: string, copula: boolean): string {
  const k = c.slice(1).toLowerCase();
  if (k === 's') return copula ? 'is' : 'has';
  if (k === 're') return 'are';
  if (k === 'm') return 'am';
  if (k === 've') return 'have';
  if (k === 'll') return 'will';
  return 'would';
}

export const CONTRACTION_RULES_7: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'pronoun-contraction-verb',
    description: 'a pronoun\'s contracted auxiliary ("It\'s", "they\'re", "we\'ve") is the verb of its clause, a token of its own: the subject is the pronoun, the verb group starts at the contraction',
    example: 'It\'s the largest dam on the Orla river; The mayor said it\'s too late',
    apply: ({ tokens, verbs, text, base }) => {
      for (let i = 0; i + 1 < tokens.length; i++) {
        const host = tokens[i]!;
        const empty = tokens[i + 1]!;
        const m = PRONOUN_CONTRACTION.exec(host.text);
        if (!m || empty.end !== empty.start || empty.start !== host.end || !empty.tags.has('Verb') || /\S/.test(host.post)) continue;
        const cut = host.end - m[2]!.length;
        const pronoun = m[1]!;
        const copula = empty.tags.has('Copula');
        tokens[i] = { ...host, text: pronoun, norm: pronoun.toLowerCase(), end: cut, post: '', tags: new Set(['Pronoun', 'Noun']) };
        const aux = expanded(m[2]!, copula);
        tokens[i + 1] = { ...empty, text: m[2]!, norm: aux, start: cut, pre: '', tags: new Set([...empty.tags, 'Auxiliary']) };
        const g = verbs.find((v) => v.first === i + 1);
        if (g) {
          g.start = cut;
          g.text = text.slice(g.start - base, g.end - base);
          continue;
        }
        // no group: the contraction alone is the verb ("It's the largest dam")
        if (verbs.some((v) => v.first <= i + 1 && v.last >= i + 1)) continue;
        const lemma = copula ? 'be' : verbLemma(aux);
        const v: VerbGroup = { start: cut, end: host.end, text: text.slice(cut - base, host.end - base), lemma, first: i + 1, last: i + 1, negated: false, passive: false };
        let at = verbs.findIndex((w) => w.first > i + 1);
        if (at < 0) at = verbs.length;
        verbs.splice(at, 0, v);
      }
    },
  },
  {
    name: 'split-contraction-verb',
    description: 'a contraction written as a word of its own after a pronoun ("It \'s", "they \'re", as tokenised text has it) is the auxiliary it stands for: its lemma, and the group\'s, is not "s"',
    example: 'It \'s recommended to keep two hens',
    apply: ({ tokens, verbs, text, base }) => {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i]!;
        const host = tokens[i - 1]!;
        if (!/^(?:s|re|ve|ll|m|d)$/i.test(t.text) || !/['’]$/.test(t.pre) || !/^(?:it|he|she|that|this|what|there|here|i|you|we|they|who)$/i.test(host.text)) continue;
        const start = t.start - 1;
        if (text[start - base] !== "'" && text[start - base] !== '’') continue;
        const mark = text.slice(start - base, t.end - base);
        const g = verbs.find((v) => v.first === i);
        const copula = t.tags.has('Copula') || (g !== undefined && g.last === i && !/^(?:ve|ll|d)$/i.test(t.text));
        const aux = expanded(mark, copula);
        tokens[i] = { ...t, text: mark, norm: aux, start, pre: t.pre.slice(0, -1), tags: new Set([...t.tags, 'Verb', 'Auxiliary']) };
        if (!g) continue;
        g.start = start;
        g.text = text.slice(g.start - base, g.end - base);
        if (g.lemma === t.norm || g.lemma === t.text.toLowerCase()) g.lemma = g.last === i ? (copula ? 'be' : verbLemma(aux)) : verbLemma(tokens[g.last]!.norm);
      }
    },
  },
]);

/** The rules as tagging repairs (registered in repairs.ts after verb-repairs-6's). */
export const CONTRACTION_REPAIRS_7: Repair[] = asRepairs(CONTRACTION_RULES_7);

/** Degree and focus words that modify what follows the verb ("is too late", "became very ill", "is only half right"). */
const DEGREE_AFTER = /^(?:too|so|very|quite|rather|extremely|highly|fairly|pretty|no)$/;

export const VERB_GROUP_RULES_7: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'degree-word-leaves-verb-group',
    description: 'a degree or focus word that ends a verb group ("is too | late", "became very | ill", "is no | evidence") modifies the complement after it: the verb group, and so the claim\'s verbText, ends before it',
    example: 'The mayor said it is too late; Ana Brill became very ill',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        if (v.last <= v.first) continue;
        const t = tokens[v.last]!;
        if (!DEGREE_AFTER.test(t.norm) || t.tags.has('Verb')) continue;
        const before = tokens[v.last - 1]!;
        if (!before.tags.has('Verb') || /\S/.test(before.post)) continue;
        v.last -= 1;
        v.end = before.end;
        v.text = text.slice(v.start - base, v.end - base);
      }
    },
  },
]);

/** These rules as tagging repairs too. */
export const VERB_GROUP_REPAIRS_7: Repair[] = asRepairs(VERB_GROUP_RULES_7);

/**
 * Tokenised text writes quotation marks as words of their own ("`` Kormoran '' was"): read by
 * tokens.ts's attachLoosePunctuation, an opening mark joins the next word's leading text and a
 * closing one the previous word's trailing text, as when written against the word.
 */
export const PTB_QUOTE_RULES_7 = rules<string, boolean>('finite', [
  {
    name: 'quote-mark-words-are-punctuation',
    description: 'a quotation mark standing alone as a word ("``", "\'\'") is punctuation: it joins the word after it (opening) or before it (closing), so it is never a subject, a verb or a word of a name',
    example: "`` Kormoran '' was the only raider , '' said Ana Brill .",
    apply: (word) => word === '``' || word === "''",
  },
]);
