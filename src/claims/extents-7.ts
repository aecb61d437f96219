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
import { CLAUSE_TAKING, THAT_CLAUSE, closesQuote, has, opensQuote } from './words.js';
import type { ComplementCtx, ExtentCtx } from './extents.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import { CONTRACTION_RULES_7, PTB_QUOTE_RULES_7, VERB_GROUP_RULES_7 } from '../annotate/contractions-7.js';

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

/** Words that open an indirect question or a free relative: the clause they open is a verb's object. */
const WH_OPENER = new Set(['why', 'how', 'whether', 'if', 'what', 'where', 'when', 'who', 'which']);
/** Verbs that take a clause as object, besides THAT_CLAUSE's and CLAUSE_TAKING's. */
const MORE_CLAUSE_TAKING = /^(?:suspect|guess|reckon|presume|imagine|discover|concede|conclude|recall|remember|forget|suppose|contend|recognize|recognise|determine|demonstrate|bet|trust|wish|speculate|observe|accept|establish|assert|testify)$/;
/** Verbs that take an indirect question ("decide how", "see why", "wonder whether"), besides CLAUSE_TAKING's. */
const WH_TAKING = /^(?:decide|ask|wonder|explain|determine|consider|discuss|question|investigate|examine|study|check|remember|forget|choose|care|matter|depend)$/;

export const COMPLEMENT_RULES_7 = rules<ComplementCtx, void>('extents', [
  {
    name: 'wh-clause-is-object',
    description: 'a verb of knowing, deciding or seeing right before "why", "how", "whether", "what" and the clause they open ("has not decided how it will pay") runs to that clause\'s end: the clause is its object',
    example: 'The council has not decided how it will pay for the bridge',
    apply: ({ toks, c, next }) => {
      if (!next || SAY_LIKE.has(c.lemma) || c.inf || !(THAT_CLAUSE.test(c.lemma) || CLAUSE_TAKING.test(c.lemma) || WH_TAKING.test(c.lemma))) return;
      if (next.found.relative || next.found.coordinated || /[,;:]/.test(toks[c.lastTok]!.post)) return;
      const at = c.lastTok + 1;
      if (!WH_OPENER.has(toks[at]?.norm ?? '') || /[,;:]/.test(toks[at]!.post)) return;
      const who = next.found.who;
      // "how it will pay": the subject right after the wh-word; "who won", "what happened": the wh-word is the subject
      if (!((who && who.first === at + 1 && next.v.first > at + 1) || next.v.first === at + 1 || (who && who.first === at))) return;
      if (c.endTok <= next.v.first) c.endTok = Math.max(c.endTok, next.endTok);
    },
  },
  {
    name: 'more-clause-taking-verbs',
    description: 'verbs of suspecting, concluding or recalling ("suspects", "concluded", "recalls", "contends") take the clause right after them ("that" and a clause, or a clause) as their object, like clause-verb-takes-complement\'s verbs',
    example: 'The doctor suspects the well is poisoned',
    apply: ({ toks, c, next }) => {
      if (!next || SAY_LIKE.has(c.lemma) || c.inf || !MORE_CLAUSE_TAKING.test(c.lemma)) return;
      if (next.found.relative || next.found.coordinated || /[,;:]/.test(toks[c.lastTok]!.post)) return;
      const at = toks[c.lastTok + 1]?.norm === 'that' ? c.lastTok + 2 : c.lastTok + 1;
      const who = next.found.who;
      if (!((who && who.first === at && next.v.first > at) || (at === c.lastTok + 2 && next.v.first === at))) return;
      if (c.endTok <= next.v.first) c.endTok = Math.max(c.endTok, next.endTok);
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
export const RULES_7 = [...PTB_QUOTE_RULES_7, ...CONTRACTION_RULES_7, ...VERB_GROUP_RULES_7, ...EXTENT_RULES_7, ...COMPLEMENT_RULES_7, ...DRAFT_SUBJECT_RULES_7] as readonly Rule<never, unknown>[];
