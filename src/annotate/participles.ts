/**
 * Participles compromise reads as nouns: verbs whose past participle is their base form ("hit",
 * "cut", "set", "put", "hurt", "spread") right after "was", "have been" or "has" are the verb of
 * the group, not a noun: "was hit by a car", "cables have been cut", "a quake has hit the coast".
 */
import type { Token, VerbGroup } from '../types.js';
import nlp from './nlp.js';
import type { Repair } from './repair.js';

const BE = /^(?:is|are|was|were|be|been|being|get|got|gets|getting)$/;
const HAVE = /^(?:has|have|had)$/;
const pastOf = new Map<string, boolean>();

/** The verb's simple past is its base form ("hit", "cut"), so its participle is too. */
function sameFormPast(w: string): boolean {
  let known = pastOf.get(w);
  if (known === undefined) {
    const c = (nlp(w).verbs().conjugate() as { PastTense?: string }[])[0];
    known = Boolean(c && c.PastTense === w);
    pastOf.set(w, known);
  }
  return known;
}

const inGroup = (verbs: readonly VerbGroup[], i: number): boolean => verbs.some((v) => i >= v.first && i <= v.last);

export const PARTICIPLE_REPAIRS: Repair[] = [
  {
    name: 'same-form-participle',
    about: '"was hit by a car", "cables have been cut", "a quake has hit the coast": a verb whose participle is its base form, right after a form of "be" or "have" that ends a verb group, is that group\'s main verb, not a noun',
    apply: ({ tokens, verbs, text, base }) => {
      for (const v of verbs) {
        const aux = tokens[v.last]!;
        const i = v.last + 1;
        const t: Token | undefined = tokens[i];
        if (!t || /\S/.test(aux.post) || !(BE.test(aux.norm) || HAVE.test(aux.norm)) || inGroup(verbs, i)) continue;
        if (!(t.tags.has('Noun') || t.tags.has('Verb')) || t.tags.has('Pronoun') || t.tags.has('Determiner') || !/^[a-z]{3,}$/.test(t.text) || !sameFormPast(t.norm)) continue;
        // "was a hit" never reaches here; "was hit songs" is no passive: a plain noun after it is its compound
        const nx = tokens[i + 1];
        if (nx && !/\S/.test(t.post) && nx.tags.has('Noun') && !nx.tags.has('ProperNoun') && !nx.tags.has('Pronoun') && !nx.tags.has('Date') && !nx.tags.has('Place') && BE.test(aux.norm)) continue;
        tokens[i] = { ...t, tags: new Set(['Verb', 'PastTense', ...(BE.test(aux.norm) ? ['Passive'] : [])]) };
        v.last = i;
        v.end = t.end;
        v.text = text.slice(v.start - base, v.end - base);
        v.lemma = t.norm;
        v.passive = BE.test(aux.norm) || /\bbeen$/.test(v.text.slice(0, -t.text.length).trim());
      }
    },
  },
];
