/**
 * Tagging repairs of the fifth session: the main verb after a relative clause set off by commas
 * on the subject. "The storm, which hit the coast overnight, left thousands without power":
 * compromise reads "left" as an adjective, "cut" and "set" as nouns, so the main clause, the
 * sentence's news, had no claim. And the first word of "Growth for the quarter was 0.7%":
 * compromise reads a noun that can be a verb as an order when it opens the sentence. And a
 * capitalised word of a title ("Ana Ruiz, State Minister for Finance") read as a verb.
 */
import type { Token } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { canBeVerb, lexicon, switches } from './known.js';
import { wordInfinitive } from './groups.js';
import { asRepairs, demoteFirstWord, type Repair, type Tagging } from './repair.js';
import { bare, commaAfter, finite, has, inGroup, makeVerb, nounEnd } from './verb-repairs-5.js';

/** Words that cannot start an object or complement right after a verb. */
const NOT_AFTER = /^(?:who|which|that|and|or|but|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)$/;

/** The longest relative clause (in tokens) taken as an aside between a subject and its verb. */
const MAX_RELATIVE = 14;
/** Prepositions that attach to a noun ("demand for", "support among"). */
const NOUN_PREP = /^(?:for|of|in|from|on|among|to|with|at|over|about|against|between|within|across|by)$/;
/** A token of a noun phrase or of its prepositional modifiers. */
const inNounPhrase = (t: Token): boolean =>
  (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Possessive') || has(t, 'Date') || NOUN_PREP.test(t.norm) || /^(?:the|a|an|and)$/.test(t.norm)) && !has(t, 'Verb') && !has(t, 'Pronoun');

export const VERB_REPAIR_RULES_11: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'verb-after-subject-relative',
    description: 'a subject, then a relative clause set off by commas (", which hit the coast overnight,") that has its verb, then a word compromise did not read as a verb but that can be one (a past or base form: "left", "cut", "set"), before an object or a preposition: that word is the main clause\'s verb (the relative clause is an aside; the subject still needs its verb)',
    example: 'The storm, which hit the coast overnight, left thousands without power',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      for (let r = 2; r < tokens.length - 3; r++) {
        if (!/^(?:who|which)$/.test(tokens[r]!.norm) || !commaAfter(tokens[r - 1]!) || !nounEnd(tokens[r - 1]!)) continue;
        // the relative is on the sentence's subject: no verb before it
        if (verbs.some((v) => v.first < r)) return;
        let k = r + 1;
        while (k < tokens.length && !/,/.test(tokens[k]!.post)) k++;
        if (k >= tokens.length - 2 || k - r > MAX_RELATIVE || !commaAfter(tokens[k]!)) return;
        if (!verbs.some((v) => v.first > r && v.last <= k)) return;
        let i = k + 1;
        if (has(tokens[i], 'Adverb') && bare(tokens[i]!) && /ly$|^(?:also|later|then|now|quickly)$/.test(tokens[i]!.norm)) i++;
        const w = tokens[i]!;
        if (inGroup(verbs, i) || verbs.some((v) => v.first > k && v.first < i)) return;
        if (!/^[a-z]{2,}$/.test(w.text) || !canBeVerb(w.norm) || has(w, 'Preposition') || has(w, 'Determiner') || has(w, 'Pronoun') || has(w, 'Conjunction')) return;
        const n = tokens[i + 1];
        if (!n || inGroup(verbs, i + 1) || NOT_AFTER.test(n.norm) || !bare(w)) return;
        const past = /Past/.test(lexicon(w.norm) ?? '') || /Past/.test(switches(w.norm) ?? '') || /ed$/.test(w.norm);
        const tense = past ? 'PastTense' : 'PresentTense';
        makeVerb(tg, i, wordInfinitive(w.norm, tense), tense);
        return;
      }
    },
  },
  {
    name: 'first-word-noun-before-verb',
    description: 'a first word compromise read as an order (a base form that can also be a noun: "Growth", "Demand", "Support"), followed by a preposition and a noun phrase that run straight into a finite verb, is that verb\'s subject\'s head: "Growth for the quarter was 0.7%"; an order has no finite verb after its object ("Vote for the plan in May")',
    example: 'Demand for oil from Tessaly has grown',
    apply: (tg) => {
      const { tokens, verbs, text, base } = tg;
      const w = tokens[0];
      if (!w || tokens.length < 4 || !/^\p{Lu}[a-z]+$/u.test(w.text) || !bare(w) || !/Noun/.test(switches(w.norm) ?? lexicon(w.norm) ?? '')) return;
      const g = verbs.find((v) => v.first === 0 && v.last === 0);
      if (!g || !has(w, 'Verb') || has(w, 'PastTense') || has(w, 'Gerund') || has(w, 'Auxiliary') || has(w, 'Modal') || has(w, 'Copula')) return;
      if (!NOUN_PREP.test(tokens[1]!.norm) || !bare(tokens[1]!)) return;
      let k = 2;
      while (k < tokens.length && !inGroup(verbs, k) && inNounPhrase(tokens[k]!) && !/[,;:()]/.test(tokens[k - 1]!.post)) k++;
      const v = verbs.find((x) => x.first === k);
      if (k < 3 || !v || !finite(tokens, v) || /[,;:()]/.test(tokens[k - 1]!.post)) return;
      demoteFirstWord(tokens, verbs, text, base, ['Noun', 'Singular']);
    },
  },
  {
    name: 'capitalised-title-word-is-no-verb',
    description: 'inside a sentence of ordinary capitalisation, a capitalised word compromise read as a one-word verb, right before another capitalised word, after a comma, a name or a determiner, is part of a name or a title ("Ana Ruiz, State Minister for Finance"), not a verb',
    example: '"Prices will rise," said Ana Ruiz, State Minister for Finance',
    apply: (tg) => {
      const { tokens, verbs } = tg;
      if (tg.headline) return;
      // title case ("Ferry Firm Raises Fares For Winter") has no lower-case words of four letters or more
      if (tokens.filter((t) => /^[a-z]{4,}$/.test(t.text)).length < 2) return;
      for (let g = verbs.length - 1; g >= 0; g--) {
        const v = verbs[g]!;
        const i = v.first;
        if (v.last !== i || i === 0) continue;
        const t = tokens[i]!;
        const p = tokens[i - 1]!;
        const n = tokens[i + 1];
        if (!/^\p{Lu}[a-z]+$/u.test(t.text) || /["“‘(]/.test(t.pre) || !bare(t) || !n || !/^\p{Lu}/u.test(n.text)) continue;
        if (!(commaAfter(p) || (bare(p) && (has(p, 'ProperNoun') || has(p, 'Determiner'))))) continue;
        verbs.splice(g, 1);
        tokens[i] = { ...t, tags: new Set(['Noun', 'ProperNoun']) };
      }
    },
  },
]);

export const VERB_REPAIRS_11: Repair[] = asRepairs(VERB_REPAIR_RULES_11);
