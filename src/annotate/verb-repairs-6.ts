/**
 * Issue 20 (sixth session): a tagging repair. "Municipal bonds were little changed", "It is best
 * served with rice": a form of "be", a degree word compromise reads as an adjective, then a past
 * participle it made a group of its own, is one passive group (be-adverb-participle in
 * verb-repairs-5.ts does the same for the words it tags as adverbs).
 */
import type { Token, VerbGroup } from '../types.js';
import { rules, type Rule } from '../claims/rule.js';
import { verbLemma } from './lemma.js';
import { asRepairs, type Repair, type Tagging } from './repair.js';

const has = (t: Token | undefined, tag: string): boolean => Boolean(t && t.tags.has(tag));
const bare = (t: Token): boolean => !/\S/.test(t.post);
/** "A crane stands idle": after a singular determiner and its noun, an -s word is the verb, not a plural of a compound. */
const singularDeterminer = (t: Token | undefined): boolean => Boolean(t && /^(?:a|an|this|that|each|every|another|one)$/.test(t.norm));
/** Degree words between "be" and a participle that compromise tags as adjectives. */
const DEGREE = /^(?:little|best|least|most|much|better|well|far|widely|long|newly|ill|badly|hard)$/;

export const VERB_REPAIR_RULES_6: Rule<Tagging, void>[] = rules<Tagging, void>('finite', [
  {
    name: 'be-degree-word-participle',
    description: 'a form of "be", a degree word ("little", "best", "well", "least") and a past participle with a group of its own are one passive group whose lemma is the participle\'s',
    example: 'Tarvel bonds were little changed; The stew is best served with rice',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of [...verbs]) {
        const a = tokens[v.last]!;
        if (!/^(?:is|are|was|were|be|been|am)$/.test(a.norm) || !bare(a)) continue;
        const d = tokens[v.last + 1];
        const p = tokens[v.last + 2];
        if (!d || !p || !DEGREE.test(d.norm) || !bare(d) || has(d, 'Noun') || !(has(p, 'PastTense') || has(p, 'Participle')) || !/^[a-z]{3,}$/.test(p.text)) continue;
        const next = verbs.find((g) => g.first === v.last + 2 && g.last === v.last + 2);
        if (!next) continue;
        verbs.splice(verbs.indexOf(next), 1);
        tokens[v.last + 1] = { ...d, tags: new Set(['Adverb']) };
        tokens[v.last + 2] = { ...p, tags: new Set(['Verb', 'PastTense', 'Participle', 'Passive']) };
        const lemma = next.lemma || verbLemma(p.norm);
        v.last = v.last + 2;
        v.end = p.end;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = lemma;
        v.passive = true;
      }
    },
  },
  {
    name: 's-noun-before-verb',
    description: 'a verb group that opens with an -s word right after a noun, then (past adverbs) a plain verb form that agrees with a plural, opens with the subject\'s plural noun: the word is the noun, the group starts after it',
    example: 'Harbour Gun clubs operate under loose rules; cargo ships typically have one hold',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        if (v.last <= v.first) continue;
        const t = tokens[v.first]!;
        const b = tokens[v.first - 1];
        if (!/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is|ys)$/.test(t.norm) || /^(?:has|does|was|goes|says)$/.test(t.norm) || has(t, 'Auxiliary') || has(t, 'Copula') || !bare(t)) continue;
        if (!b || !bare(b) || !(has(b, 'Noun') || has(b, 'ProperNoun')) || has(b, 'Pronoun') || has(b, 'Determiner') || has(b, 'Plural') || has(b, 'Verb') || singularDeterminer(tokens[v.first - 2])) continue;
        let k = v.first + 1;
        while (k < v.last && has(tokens[k], 'Adverb') && bare(tokens[k]!)) k++;
        const w = tokens[k]!;
        if (k !== v.last || /s$/.test(w.norm) || !(has(w, 'Infinitive') || has(w, 'PresentTense')) || has(w, 'PastTense') || has(w, 'Gerund')) continue;
        tokens[v.first] = { ...t, tags: new Set(['Noun', 'Plural']) };
        const first = tokens[v.first + 1]!;
        v.first = v.first + 1;
        v.start = first.start;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = verbLemma(w.norm);
      }
    },
  },
  {
    name: 's-noun-before-prepositional-phrase',
    description: 'a one-word -s "verb" right after a noun, then a prepositional phrase with no verb or punctuation, then a verb group that opens with an auxiliary, a form of "be" or a past tense, is the plural noun of the subject',
    example: 'Ferry services on the Orlen line were cut in 1990',
    apply: ({ tokens, verbs }) => {
      for (let g = verbs.length - 2; g >= 0; g--) {
        const v = verbs[g]!;
        const next = verbs[g + 1]!;
        const t = tokens[v.first]!;
        const b = tokens[v.first - 1];
        if (v.first !== v.last || !/^[a-z]{3,}s$/.test(t.text) || /(?:ss|us|is)$/.test(t.norm) || /^(?:has|does|was|goes|says)$/.test(t.norm) || has(t, 'Auxiliary') || has(t, 'Copula') || !bare(t)) continue;
        if (!b || !bare(b) || !(has(b, 'Noun') || has(b, 'ProperNoun')) || has(b, 'Pronoun') || has(b, 'Plural') || has(b, 'Verb') || singularDeterminer(tokens[v.first - 2])) continue;
        const p = tokens[v.last + 1];
        if (!p || !has(p, 'Preposition') || /^(?:that|as|than|to)$/.test(p.norm)) continue;
        const between = tokens.slice(v.last + 1, next.first);
        if (between.length < 2 || between.length > 8 || between.some((x) => !bare(x) || has(x, 'Verb') || /^(?:and|or|but|that|which|who)$/.test(x.norm))) continue;
        const h = tokens[next.first]!;
        if (!(has(h, 'Auxiliary') || has(h, 'Copula') || has(h, 'Modal') || has(h, 'PastTense'))) continue;
        tokens[v.first] = { ...t, tags: new Set(['Noun', 'Plural']) };
        verbs.splice(g, 1);
      }
    },
  },
]);

/** The rules as tagging repairs (registered in repairs.ts after verb-repairs-5's). */
export const VERB_REPAIRS_6: Repair[] = asRepairs(VERB_REPAIR_RULES_6);
