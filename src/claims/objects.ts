/**
 * Pass 4, objects: the predicate's span, from the verb to the end of the clause (what the
 * claim says happened, with its object and adjuncts), and the end of the clause's core (for a
 * speech verb, before its complement). Trailing conjunctions, punctuation and a dangling quote
 * are not part of it; a bracket it opens is closed.
 *
 *   "Ana Ruiz said on Sunday (Dec. 8) that the mill would close, and ..."
 *   → said: what "said on Sunday (Dec. 8) that the mill would close", core "said on Sunday (Dec. 8)"
 */
import { PTB_OBJECT_RULES_10 } from '../annotate/ptb-10.js';
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import type { Clause } from './draft.js';
import { eachRule, isOn, rules, type RulesOff } from './rule.js';
import { COORD, has } from './words.js';
import { OBJECT_RULES_9 } from './precision-9.js';

interface SpanCtx {
  s: AnnotatedSentenceX;
  c: Clause;
  /** The predicate's text as it stands, from its start. */
  text: string;
}

/** Each rule trims (or extends) the predicate's text. */
export const OBJECT_RULES = rules<SpanCtx, string>('objects', [
  {
    name: 'trim-trailing-punctuation',
    description: 'punctuation and dashes at the end of the predicate belong to the sentence',
    example: 'The mill will close, → "will close"',
    apply: ({ text }) => text.replace(/[\s,;:.!?—–-]+$/u, ''),
  },
  {
    name: 'balance-brackets',
    description: 'a bracket the predicate opens is closed',
    example: 'met on Sunday (Dec. 8)',
    apply: ({ s, c, text }) => {
      const opens = (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
      return opens > 0 && s.text[c.whatStart + text.length - s.start] === ')' ? `${text})` : text;
    },
  },
]);

interface EndCtx {
  toks: Token[];
  /** The verb's first token: never trimmed past. */
  first: number;
  /** The last token as it stands. */
  at: number;
  /** Also subordinators ("that", "as"), for the predicate; not for the core. */
  subordinators: boolean;
}

export const CONJUNCTION_RULES = rules<EndCtx, number>('objects', [
  {
    name: 'drop-trailing-conjunction',
    description: 'a conjunction (or, for the predicate, a subordinator) that ends the clause is not part of it',
    example: 'stormed the palace and | looted it → "stormed the palace"',
    apply: ({ toks, first, at, subordinators }) => {
      while (at > first && (COORD.has(toks[at]!.norm) || has(toks[at], 'Conjunction') || (subordinators && SUBORDINATORS.has(toks[at]!.norm)))) at--;
      return at;
    },
  },
]);

/** Pass 4 over a sentence's clauses: fills `whatStart`, `whatEnd` and `coreEnd`. */
export function objects(s: AnnotatedSentenceX, clauses: Clause[], off: RulesOff): void {
  const toks = s.tokens;
  const trim = (at: number, first: number, subordinators: boolean): number => {
    for (const r of CONJUNCTION_RULES) if (isOn(r, off)) at = r.apply({ toks, first, at, subordinators });
    return at;
  };
  for (const c of clauses) {
    const { v, lastTok } = c;
    const whatEndTok = trim(c.endTok - 1, v.first, true);
    const coreEndTok = trim(c.clauseEndTok - 1, v.first, false);
    const coreEnd = toks[Math.max(coreEndTok, lastTok)]!.end;
    c.whatStart = toks[v.first]!.start;
    const whatEnd = toks[Math.max(whatEndTok, lastTok)]!.end;
    let text = s.text.slice(c.whatStart - s.start, whatEnd - s.start);
    for (const r of [...OBJECT_RULES, ...PTB_OBJECT_RULES_10]) if (isOn(r, off)) text = r.apply({ s, c, text });
    c.whatEnd = c.whatStart + text.length;
    c.coreEnd = Math.min(coreEnd, c.whatEnd);
    eachRule(OBJECT_RULES_9, { s, toks, c }, off);
  }
}
