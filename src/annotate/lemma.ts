/** Verb lemmas for words compromise did not analyse as verbs in context. Memoised. */
import nlp from './nlp.js';

const cache = new Map<string, string>();

export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let l = cache.get(w);
  if (l === undefined) {
    const view = nlp(w).tag('Verb') as unknown as { verbs(): { toInfinitive(): { text(): string } } };
    l = view.verbs().toInfinitive().text().trim().split(/\s+/)[0] || w;
    if (cache.size > 10_000) cache.clear();
    cache.set(w, l);
  }
  return l;
}
