/**
 * A series of verbs sharing one subject, set off by commas: "overpowered two guards, handcuffed
 * them, stole their guns and walked off". The verbs after a comma have no subject of their own;
 * like a verb after "and" they share the first one's. In prose the series ends with "and" and a
 * verb; a headline drops the "and" ("Lorne rehires her lawyer, heads to rehab").
 *
 *   "The convict overpowered two guards, handcuffed them and walked off."
 *   → handcuffed: "The convict" (coordinated with overpowered)
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { FoundSubject } from './draft.js';
import { rules } from './rule.js';
import { REL, has, opensQuote, closesQuote } from './words.js';

export interface SeriesCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  v: VerbGroup;
  k: number;
  t: Token;
}

/** One word, a simple past or an -s present: the form a verb of a series takes. */
const simple = (toks: Token[], g: VerbGroup): 'past' | 'present' | null => {
  // one word, or a phrasal verb and its particle ("showed up")
  if (g.first !== g.last && !(g.last === g.first + 1 && has(toks[g.last], 'Particle'))) return null;
  const w = toks[g.first]!;
  if (has(w, 'PastTense') && !has(w, 'Passive') && /^[a-z]+$/.test(w.text.toLowerCase())) return 'past';
  if (has(w, 'PresentTense') && /[^s]s$/.test(w.norm)) return 'present';
  return null;
};

export const SERIES_RULES = rules<SeriesCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'verb-series',
    description: 'a simple past (or, in a headline, an -s present) right after a comma that ends the object of a verb of the same form shares that verb\'s subject, when the series ends with "and" and a verb (a headline needs no "and")',
    example: 'The convict overpowered two guards, handcuffed them and walked off; Ana Lorne rehires her lawyer, heads to rehab',
    apply: ({ s, toks, v, k, t }) => {
      if (!/^,\s*$/.test(t.post) || k !== v.first - 1) return undefined;
      const form = simple(toks, v);
      if (!form || (form === 'present' && s.kind !== 'headline') || SAY_LIKE.has(v.lemma)) return undefined;
      // the verb before: the same form, its object running up to the comma with no clause break
      const prev = [...s.verbs].filter((g) => g.last < v.first).sort((a, b) => b.last - a.last)[0];
      if (!prev || simple(toks, prev) !== form || SAY_LIKE.has(prev.lemma)) return undefined;
      const between = toks.slice(prev.last + 1, v.first);
      if (between.length === 0 || between.length > 12) return undefined;
      if (between.slice(0, -1).some((x) => /[,;:()]/.test(x.post)) || between.some((x) => SUBORDINATORS.has(x.norm) || REL.has(x.norm) || /^(?:and|or|but)$/.test(x.norm) || opensQuote(x) || closesQuote(x))) return undefined;
      if (/[,;:]/.test(toks[prev.last]!.post)) return undefined;
      if (s.kind === 'headline') return { who: null, coordinated: true, relative: false };
      // prose: the series closes with "and" (or ", then") and a verb
      const closes = s.verbs.some((g) => g.first > v.last && /^(?:and|then)$/.test(toks[g.first - 1]?.norm ?? '') && !toks.slice(v.last + 1, g.first - 1).some((x) => /[;:]/.test(x.post) || SUBORDINATORS.has(x.norm)));
      return closes ? { who: null, coordinated: true, relative: false } : undefined;
    },
  },
]);
