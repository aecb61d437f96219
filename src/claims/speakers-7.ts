/**
 * Issue 18 (seventh session): what a speech verb's speaker did NOT say. After a closing or
 * inverted attribution ('"...," the mayor said'), the words that go on after the speech verb
 * tell when or how it was said, or what happened next; they are the narrator's, not the speaker's.
 *
 *   '"We will not follow a script," Mayor Tom Adder said after the meeting broke up.'
 *   → "the meeting broke up": no source (the quotation is still Tom Adder's)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { rules, type RulesOff } from './rule.js';
import { closesQuote, has } from './words.js';

/** A speech verb `sp` and another clause `d` of its sentence (attribution.ts's speech context). */
export interface SpeechVetoCtx {
  s: AnnotatedSentenceX;
  sp: DraftClaim;
  d: DraftClaim;
  off: RulesOff;
  drafts: DraftClaim[];
}

/** Subordinators of time or circumstance that, right after "said", tell when it was said. */
const CIRCUMSTANCE = /^(?:as|while|when|after|before|once)$/;

/** Words a speech verb may take before the circumstance: a time, an adverb, "reporters", the inverted speaker. */
function afterSpeech(toks: Token[], sp: DraftClaim): number {
  let k = sp.verb.last + 1;
  if (sp.who && sp.who.first > sp.verb.last) k = sp.who.last + 1;
  const from = k;
  while (k < toks.length && k - from < 4 && !CIRCUMSTANCE.test(toks[k]!.norm) && (has(toks[k], 'Date') || has(toks[k], 'Adverb') || /^(?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|today|yesterday|morning|afternoon|evening|night|week|month|year|last|this|on|in|later|earlier|then)$/.test(toks[k]!.norm)) && !/[;:()"“”]/.test(toks[k]!.post)) k++;
  return k;
}

export const SPEECH_VETO_RULES_7 = rules<SpeechVetoCtx, boolean>('attribution', [
  {
    name: 'said-then-circumstance',
    description: 'a closing or inverted attribution that goes on with "as", "when", "after", "before", "while" or ", and ..." ("the mayor said Friday as she entered the talks") tells when it was said or what came next: that clause is not the speaker\'s words',
    example: '"We will not follow a script," Mayor Tom Adder said after the meeting broke up',
    apply: ({ s, sp, d }) => {
      const toks = s.tokens;
      if (!sp.who || d.verb.first <= sp.verb.last) return false;
      // the attribution closes words before it: a comma or a closing quotation before the speaker or the verb
      const lead = Math.min(sp.who.first, sp.verb.first);
      const before = toks[lead - 1];
      if (!before || !(/,/.test(before.post) || closesQuote(before))) return false;
      const k = afterSpeech(toks, sp);
      const at = toks[k];
      if (!at || d.verb.first <= k) return false;
      const opens = CIRCUMSTANCE.test(at.norm) || (at.norm === 'and' && /,/.test(toks[k - 1]?.post ?? ''));
      if (!opens) return false;
      // a quotation after it is still the speaker's: '..., she said when asked, "We will win."'
      return !s.quotes.some((q) => d.verb.start >= q.innerStart && d.verb.start < q.innerEnd);
    },
  },
]);

/** All the rules of this file, for rules.ts. */
export const SPEAKER_RULES_7 = [...SPEECH_VETO_RULES_7];
