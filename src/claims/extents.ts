/**
 * Pass 3, clause extents: where each clause ends. A clause runs from its verb to the next
 * clause's subject or verb, unless a rule below ends it earlier (a coordinated verb, a
 * subordinate clause, an opening quote, ", then"). A speech verb's clause takes its whole
 * complement ("said that ..."), minus a trailing ", X said" and a coordinated speech verb's own.
 *
 *   "Troops entered the city after the government collapsed, officials said."
 *   → "entered" ends before "after"; "collapsed" ends before "officials"
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { Clause, FoundSubject } from './draft.js';
import { anyRule, eachRule, firstRule, rules, type RulesOff } from './rule.js';
import { findSubject, parentheticalSpeech } from './subjects.js';
import { CLAUSE_TAKING, COORD, THAT_CLAUSE, closesQuote, has, opensQuote } from './words.js';
import { EXTENT_RULES_6 } from './extents-6.js';
import { COMPLEMENT_RULES_7, EXTENT_RULES_7 } from './extents-7.js';
import { COMPLEMENT_RULES_10, EXTENT_RULES_10 } from './precision-10.js';
import { INVERTED_SPEECH_RULES_11, RELATIVE_SPEAKER_RULES_11, THERE_CLAUSE_RULES_11 } from './fixes-11.js';

/** What a clause-end rule sees at token k: 'end' ends the clause before k; 'next' goes on to k + 1. */
export interface EndCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  k: number;
  tk: Token;
  lastTok: number;
  next: VerbGroup | undefined;
}
type EndMove = 'end' | 'next' | undefined;

const LONG_SUBORDINATORS = ['as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'unless', 'whereas'];

export const CLAUSE_END_RULES = rules<EndCtx, EndMove>('extents', [
  {
    name: 'coordination-ends-clause',
    description: '"and", "or", "but" shortly before the next verb end the clause',
    example: 'Crowds stormed the palace and looted it',
    apply: ({ toks, k, tk, next }) => (COORD.has(tk.norm) && next && toks.slice(k + 1, next.first).length <= 6 ? 'end' : undefined),
  },
  {
    name: 'subordinator-ends-clause',
    description: 'a subordinator after a comma, or a temporal or causal one, opens a clause of its own (not "since 2019", "after his ouster")',
    example: 'Troops entered the city after the government collapsed',
    apply: ({ s, toks, k, tk, lastTok, next }) => {
      if (!(SUBORDINATORS.has(tk.norm) && !(tk.norm === 'that' && !has(toks[k - 1], 'Verb')) && k > lastTok + 1 && (/,/.test(toks[k - 1]!.post) || LONG_SUBORDINATORS.includes(tk.norm)))) return undefined;
      if (tk.norm === 'as' && !has(toks[k + 1], 'Determiner') && !has(toks[k + 1], 'Noun') && !has(toks[k + 1], 'Pronoun')) return 'next';
      if ((tk.norm === 'after' || tk.norm === 'before' || tk.norm === 'since') && !next) return 'next';
      if (s.times.some((t) => toks[k + 1] && toks[k + 1]!.start >= t.start && toks[k + 1]!.end <= t.end)) return 'next'; // "since 2019"
      // only a clause ("after the government collapsed"), not a phrase ("after his ouster")
      if ((tk.norm === 'after' || tk.norm === 'before' || tk.norm === 'since' || tk.norm === 'until') && (!next || next.first - k > 8)) return 'next';
      return 'end';
    },
  },
  {
    name: 'quote-ends-clause',
    description: 'a quotation opening after a comma or colon ends the clause',
    example: 'He told reporters: "We are ready."',
    apply: ({ toks, k, tk, lastTok }) => (opensQuote(tk) && k > lastTok + 1 && /[,:]/.test(toks[k - 1]!.post) ? 'end' : undefined),
  },
  {
    name: 'then-ends-clause',
    description: '", then" before another verb ends the clause',
    example: 'They took the airport, then they entered the city',
    apply: ({ toks, k, tk, next }) => (tk.norm === 'then' && /,/.test(toks[k - 1]!.post) && next ? 'end' : undefined),
  },
]);

/** What the rules after the walk see; they move `endTok`. */
export interface ExtentCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  clauses: Clause[];
  vi: number;
  v: VerbGroup;
  lastTok: number;
  next: VerbGroup | undefined;
  nextFound: FoundSubject | undefined;
  endTok: number;
  off: RulesOff;
}

export const TRAILING_RULES = rules<ExtentCtx, void>('extents', [
  {
    name: 'trailing-attribution-cut',
    description: 'a following ", X said" is not part of this clause\'s predicate (unless X is this clause\'s antecedent)',
    example: 'The port will close, the mayor said',
    apply: (c) => {
      const { s, v, lastTok, next, nextFound, off } = c;
      if (!next || !SAY_LIKE.has(next.lemma) || (nextFound?.who && nextFound.who.first < v.first)) return;
      if (anyRule(RELATIVE_SPEAKER_RULES_11, { nextFound }, off)) return;
      const sub = findSubject(s, next, lastTok + 1, off).who;
      if (sub && sub.first > lastTok && sub.first < c.endTok) c.endTok = sub.first;
    },
  },
  {
    name: 'adverb-before-next-verb',
    description: 'adverbs right before the next clause\'s verb modify that verb: the clause before ends ahead of them',
    example: 'Many residents who had fled the war now hope to return ("had fled" ends at "the war")',
    apply: (c) => {
      const { toks, next, lastTok } = c;
      if (!next || c.endTok !== next.first) return;
      let e = c.endTok;
      while (e - 1 > lastTok + 1 && has(toks[e - 1], 'Adverb') && toks[e - 1]!.norm !== 'not' && !/\S/.test(toks[e - 1]!.post) && !/\S/.test(toks[e - 2]!.post)) e--;
      c.endTok = e;
    },
  },
]);

export const SPEECH_RULES = rules<ExtentCtx, void>('extents', [
  {
    name: 'speech-takes-complement',
    description: 'a speech verb\'s clause runs to the end of the sentence: its complement is what was said',
    example: 'Police said the suspect had fled and the roads were closed',
    apply: (c) => {
      c.endTok = c.toks.length;
    },
  },
  {
    name: 'parenthetical-speech-verb-ends',
    description: 'a speech verb set off by commas inside a clause ("X, the mayor said, is ...") ends there: what follows finishes the interrupted clause',
    example: 'The bridge, the mayor said, is unsafe',
    apply: (c) => {
      if (parentheticalSpeech(c.s, c.v, c.off)) c.endTok = Math.min(c.endTok, c.v.last + 1);
    },
  },
  {
    name: 'coordinated-speech-verb-ends-complement',
    description: 'a coordinated speech verb starts a clause of its own',
    example: 'He did not say where she was and said the talks would go on',
    apply: (c) => {
      const { toks, clauses, vi, lastTok } = c;
      for (let j = vi + 1; j < clauses.length; j++) {
        const w = clauses[j]!.v;
        if (!clauses[j]!.found.coordinated || !SAY_LIKE.has(w.lemma)) continue;
        let k = w.first - 1;
        while (k > lastTok && has(toks[k], 'Adverb')) k--;
        if (COORD.has(toks[k]!.norm)) c.endTok = Math.min(c.endTok, k);
        break;
      }
    },
  },
  {
    name: 'trailing-attribution-after-complement',
    description: 'a closing ", X said" after a speech verb\'s complement is not part of it',
    example: 'She said the plan would fail, her aide added',
    apply: (c) => {
      const { s, toks, clauses, vi, lastTok, off } = c;
      for (const { v: w } of clauses.slice(vi + 1)) {
        if (!SAY_LIKE.has(w.lemma)) continue;
        const sub = findSubject(s, w, lastTok + 1, off).who;
        const lead = sub && sub.first < w.first ? sub.first : w.first;
        const bt = toks[lead - 1];
        const rest = toks.slice(w.last + 1);
        if (bt && (/[,;]/.test(bt.post) || closesQuote(bt)) && rest.length <= 6 && !rest.some((t) => has(t, 'Verb') || t.norm === 'that')) {
          c.endTok = lead;
          break;
        }
      }
    },
  },
]);

/** What a complement rule sees: a clause and the one after it, once every clause's end is known. */
export interface ComplementCtx {
  toks: Token[];
  c: Clause;
  next: Clause | undefined;
  off: RulesOff;
}

export const COMPLEMENT_RULES = rules<ComplementCtx, void>('extents', [
  {
    name: 'clause-verb-takes-complement',
    description: 'a verb of thinking, finding or mentioning right before its complement clause ("that" and a clause, or a clause) runs to that clause\'s end: the clause is its object',
    example: 'Analysts believe the mill will close; The study found that fares rose',
    apply: ({ toks, c, next, off }) => {
      if (!next || SAY_LIKE.has(c.lemma) || c.inf || !(THAT_CLAUSE.test(c.lemma) || CLAUSE_TAKING.test(c.lemma) || c.lemma === 'mention')) return;
      const at = toks[c.lastTok + 1]?.norm === 'that' ? c.lastTok + 2 : c.lastTok + 1;
      const who = next.found.who;
      if (next.found.relative || next.found.coordinated || /[,;:]/.test(toks[c.lastTok]!.post)) return;
      if (!((who && who.first === at && next.v.first > at) || (at === c.lastTok + 2 && next.v.first === at) || anyRule(THERE_CLAUSE_RULES_11, { toks, at, verbFirst: next.v.first }, off))) return;
      if (c.endTok <= next.v.first) c.endTok = Math.max(c.endTok, next.endTok);
    },
  },
]);

/** Pass 3 over a sentence's clauses: fills `endTok` and `clauseEndTok`. */
export function extents(s: AnnotatedSentenceX, clauses: Clause[], off: RulesOff): void {
  const toks = s.tokens;
  clauses.forEach((c, vi) => {
    const { v, inf, lastTok } = c;
    const next = clauses[vi + 1]?.v;
    const nextFound = clauses[vi + 1]?.found;
    // (a relative clause's subject is its antecedent, which is this clause's object: "is developing
    // a laptop that will go on sale" keeps "a laptop")
    const nextStart = nextFound?.who && !nextFound.relative && nextFound.who.first > lastTok && nextFound.who.first < next!.first ? nextFound.who.first : undefined;
    // where the clause ends: the next clause's subject or verb, or where a rule ends it
    let endTok = toks.length;
    for (let k = lastTok + 1; k < toks.length; k++) {
      if (next && (k >= next.first || (nextStart !== undefined && k >= nextStart))) {
        endTok = k;
        break;
      }
      if ((firstRule(EXTENT_RULES_6, { s, toks, k, tk: toks[k]!, lastTok, next }, off) ?? firstRule(CLAUSE_END_RULES, { s, toks, k, tk: toks[k]!, lastTok, next }, off)) === 'end') {
        endTok = k;
        break;
      }
    }
    const ctx: ExtentCtx = { s, toks, clauses, vi, v, lastTok, next, nextFound, endTok, off };
    eachRule(TRAILING_RULES, ctx, off);
    eachRule(EXTENT_RULES_7, ctx, off);
    eachRule(EXTENT_RULES_10, ctx, off);
    c.clauseEndTok = ctx.endTok;
    // speech verbs take their whole complement: "said that ...", "told AFP: ..."
    if (SAY_LIKE.has(v.lemma) && !inf) eachRule([...SPEECH_RULES, ...INVERTED_SPEECH_RULES_11], ctx, off);
    c.endTok = ctx.endTok;
  });
  // from the last clause back, so that a complement's own complement is in place first
  for (let vi = clauses.length - 1; vi >= 0; vi--) eachRule([...COMPLEMENT_RULES, ...COMPLEMENT_RULES_7, ...COMPLEMENT_RULES_10], { toks, c: clauses[vi]!, next: clauses[vi + 1], off }, off);
}
