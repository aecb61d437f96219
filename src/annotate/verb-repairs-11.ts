/**
 * Tagging repairs of the fifth session: the main verb after a relative clause set off by commas
 * on the subject. "The storm, which hit the coast overnight, left thousands without power":
 * compromise reads "left" as an adjective, "cut" and "set" as nouns, so the main clause, the
 * sentence's news, had no claim.
 */
import type { Token } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { canBeVerb, lexicon, switches } from './known.js';
import { wordInfinitive } from './groups.js';
import type { Repair, Tagging } from './repair.js';
import { bare, has, inGroup, makeVerb, nounEnd } from './verb-repairs-5.js';

const commaAfter = (t: Token): boolean => /^["”’']?\s*,\s*$/.test(t.post);
/** Words that cannot start an object or complement right after a verb. */
const NOT_AFTER = /^(?:who|which|that|and|or|but|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)$/;

/** The longest relative clause (in tokens) taken as an aside between a subject and its verb. */
const MAX_RELATIVE = 14;

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
]);

export const VERB_REPAIRS_11: Repair[] = VERB_REPAIR_RULES_11.map((r) => ({ name: r.name, about: `${r.description} ("${r.example}")`, apply: r.apply }));
