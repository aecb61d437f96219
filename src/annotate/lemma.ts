/** Verb lemmas for words compromise did not analyse as verbs in context. Memoised. */
import nlp from './nlp.js';
import { lexicon } from './known.js';

const cache = new Map<string, string>();

export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let l = cache.get(w);
  if (l === undefined) {
    const view = nlp(w).tag('Verb') as unknown as { verbs(): { toInfinitive(): { text(): string } } };
    l = pastLemma(w, view.verbs().toInfinitive().text().trim().split(/\s+/)[0] || w);
    if (cache.size > 10_000) cache.clear();
    cache.set(w, l);
  }
  return l;
}

/** compromise's lexicon lists the word as an infinitive (alone, or among its tags). */
const isInfinitive = (w: string): boolean => /(?:^|,)Infinitive(?:,|$)/.test(lexicon(w) ?? '');

/**
 * compromise's guess at the infinitive of a regular past form it does not know is sometimes a
 * non-word ("hanged" → "hange", "canoed" → "cano") or a noun ("bathed" → "bath"). When its guess is
 * not a verb of its lexicon (nor the form minus "d" and a word it knows), the infinitive is the
 * spelling of the form that is: form minus "d" ("bathe"), minus "ed" ("hang"), minus a doubled
 * consonant ("planned" → "plan"), or "-ied" → "-y".
 */
export function pastLemma(form: string, lemma: string): string {
  const f = form.toLowerCase();
  if (!/[a-z]ed$/.test(f) || isInfinitive(lemma)) return lemma;
  // "raped" → "rape": a guess that is the form minus "d" and a word of the lexicon stands
  if (lemma === f.slice(0, -1) && lexicon(lemma) !== undefined) return lemma;
  const stem = f.slice(0, -2);
  const candidates = [f.slice(0, -1), stem];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(stem.slice(0, -1) + 'y');
  return candidates.find(isInfinitive) ?? lemma;
}
