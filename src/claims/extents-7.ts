/**
 * Issue 20 (seventh session): clause extents, where an existing claim's predicate ends (run by
 * extents.ts after its TRAILING_RULES, before a speech verb takes its complement).
 *
 *   "September was the tenth month in which exports failed" → "was the tenth month", not
 *   "was the tenth month in": the preposition belongs to the relative clause that follows.
 */
import type { Token } from '../types.js';
import type { DraftClaim } from './draft.js';
import { rules, type Rule } from './rule.js';
import { closesQuote, has, opensQuote } from './words.js';
import type { ExtentCtx } from './extents.js';

/** Articles and prepositions that cannot end a predicate. */
const DANGLING = /^(?:the|a|an|of|in|on|at|to|for|with|by|from|into|onto|about|than|as|over|under|through|between|among|against|during|without|within|toward|towards|upon|via|per)$/;

const WH_OBJECT = new Set(['which', 'whom', 'whose']);
/** A short quantifier before "of which" / "of whom": "many of whom", "the most notable of which". */
const QUANT_HEAD = /^(?:all|any|both|each|either|neither|none|one|two|three|four|five|some|several|many|most|much|few|half|part|the|a|an|notable|largest|larger|biggest|bigger|best|first|last|latter|former|rest|majority|remainder|number)$/;

/** Does the clause end on "prep + which/whom/whose" (the relative clause's own start)? Index of the preposition, else undefined. */
function relativePreposition(toks: Token[], lastTok: number, endTok: number): number | undefined {
  // the relative pronoun may be the clause's last token or the first one after it
  for (const w of [endTok - 1, endTok]) {
    const rel = toks[w];
    const prep = toks[w - 1];
    if (!rel || !prep || !WH_OBJECT.has(rel.norm) || w - 1 <= lastTok) continue;
    if (!has(prep, 'Preposition') || /[,;:]/.test(prep.post)) continue;
    return w - 1;
  }
  return undefined;
}

export const EXTENT_RULES_7 = rules<ExtentCtx, void>('extents', [
  {
    name: 'preposition-before-relative-pronoun',
    description: 'a preposition right before "which", "whom" or "whose" opens the relative clause ("the month in which ..."), and so does a short quantifier before it after a comma (", many of whom ..."): the clause before ends ahead of them',
    example: 'Tolvik had two mills, the larger of which closed (ends "had two mills")',
    apply: (c) => {
      const { toks, lastTok } = c;
      const p = relativePreposition(toks, lastTok, c.endTok);
      if (p === undefined) return;
      let e = p;
      // ", many of whom" / ", the most notable of which": back to the comma when what is between is a short quantifier phrase
      for (let k = p - 1; k > lastTok && p - k <= 4; k--) {
        if (!QUANT_HEAD.test(toks[k]!.norm) && !has(toks[k], 'Adverb') && !has(toks[k], 'Value')) break;
        if (/,/.test(toks[k - 1]!.post) && k - 1 >= lastTok) {
          e = k;
          break;
        }
      }
      c.endTok = Math.min(c.endTok, e);
    },
  },
  {
    name: 'no-dangling-preposition',
    description: 'a predicate cut short by a misread next clause does not end on a preposition or an article ("is a red giant of", "by adding a"): they are dropped, but never the word right after the verb ("took over")',
    example: 'Dripping can be clarified by adding a sliced potato ("by adding a" read as ending before "sliced")',
    apply: (c) => {
      const { toks, lastTok } = c;
      let e = c.endTok;
      while (e - 1 > lastTok + 1 && !/\S/.test(toks[e - 1]!.post) && DANGLING.test(toks[e - 1]!.norm)) e--;
      c.endTok = Math.min(c.endTok, e);
    },
  },
]);

/** Subjects fixed once the drafts exist (build.ts, after DRAFT_SUBJECT_RULES_6). */
export const DRAFT_SUBJECT_RULES_7 = rules<DraftClaim, void>('subjects', [
  {
    name: 'subject-keeps-inner-quote-close',
    description: 'a subject whose last words are a quotation opened inside it ("This \"storm of the century\"") keeps the closing quotation mark, so that its quote is balanced',
    example: 'This "storm of the decade" flooded the port of Pellow',
    apply: (d) => {
      const w = d.who;
      if (!w || w.last <= w.first) return;
      const toks = d.sentence.tokens;
      const b = toks[w.last]!;
      if (!closesQuote(b)) return;
      // exactly one quotation opens inside the subject (after its first word) and none closes before its end
      let opens = 0;
      for (let i = w.first + 1; i <= w.last; i++) if (opensQuote(toks[i]!)) opens++;
      for (let i = w.first; i < w.last; i++) if (closesQuote(toks[i]!)) return;
      if (opens !== 1) return;
      const s = d.sentence;
      const post = /^\s*(["”’»]|'')/u.exec(b.post);
      if (!post || w.end !== b.end) return;
      const end = b.end + post[0].length;
      if (end > s.start + s.text.length) return;
      d.who = { ...w, end, text: s.text.slice(w.start - s.start, end - s.start) };
    },
  },
]);

/** Every rule of this file, for rules.ts. */
export const RULES_7 = [...EXTENT_RULES_7, ...DRAFT_SUBJECT_RULES_7] as readonly Rule<never, unknown>[];
