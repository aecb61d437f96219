/**
 * Issue 20 (sixth session): clause extents. "served for ten years as the chief of the harbour
 * board": "as" and a noun phrase is the predicate's complement, not a subordinate clause (read
 * by extents.ts's CLAUSE_END_RULES walk before its own rules).
 */
import { rules } from './rule.js';
import { COORD, has } from './words.js';
import type { EndCtx } from './extents.js';

export const EXTENT_RULES_6 = rules<EndCtx, 'end' | 'next' | undefined>('extents', [
  {
    name: 'as-noun-phrase-preposition',
    description: '"as" and a noun phrase with no verb of its own (the next verb, if any, is past a comma or "and") is a complement of the clause ("served as the chief of X"), not a subordinate clause that ends it',
    example: 'Ana Brill served for ten years as the chief of the harbour board',
    apply: ({ toks, k, tk, lastTok, next }) => {
      if (tk.norm !== 'as' || k <= lastTok + 1 || /[,;:]/.test(toks[k - 1]!.post) || /[,;:]/.test(tk.post)) return undefined;
      const n = toks[k + 1];
      if (!n || !(has(n, 'Determiner') || (has(n, 'Possessive') && !/^(?:he|she|it|they|we|i|you)$/.test(n.norm)) || has(n, 'Adjective')) || (has(n, 'Pronoun') && !has(n, 'Possessive'))) return undefined;
      if (!next) return 'next';
      const between = toks.slice(k + 1, next.first);
      return between.some((t, i) => /[,;:]/.test(t.post) || (i > 0 && COORD.has(t.norm))) ? 'next' : undefined;
    },
  },
]);
