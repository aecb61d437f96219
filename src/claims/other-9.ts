/**
 * Issue 18, item 10 (ninth session): attribution on cues that are not speech verbs (belief,
 * intention, evidence, stance), beyond stance-7.ts, stance-8.ts and cue-rules-6.ts. They run
 * after STANCE_RULES_8 and fill only clauses that have no source yet.
 *
 *   'Marlow proposed a levy and plans to sell the pier.' → "plans to sell the pier": Marlow (plan, intention)
 */
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim, Phrase } from './draft.js';
import { eachRule, rules, type RulesOff } from './rule.js';
import { STANCE_RULES_7 } from './stance-7.js';
import { STANCE_RULES_8 } from './stance-8.js';

interface Other9Ctx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
  off: RulesOff;
}

const chainOf = (d: DraftClaim): DraftClaim => (d.coordinatedWith ? chainOf(d.coordinatedWith) : d);

export const OTHER_RULES_9 = rules<Other9Ctx, void>('attribution', [
  {
    name: 'stance-coordinated-verb',
    description: 'a verb coordinated with an earlier one and sharing its subject ("proposed a levy and plans to sell the pier", "called on police to ... and called on people to ...") is read by the stance rules as if its subject stood right before it: it carries its own source',
    example: 'Tessa Marlow proposed a ferry levy and plans to sell the Velmora pier',
    apply: ({ s, drafts, inQuote, off }) => {
      const toks = s.tokens;
      // the coordinated clauses that share their head's subject, lacking a source
      const moved: [DraftClaim, Phrase][] = [];
      for (const d of drafts) {
        const head = d.coordinatedWith ? chainOf(d) : null;
        if (!head || d.source || !d.who || !head.who || d.who.first !== head.who.first || d.who.last >= d.verb.first - 1 || inQuote(d.verb.start)) continue;
        // the head states a position (its own source) or a stance verb, so the chain is a list of positions
        const at = d.verb.first - 1;
        const real = d.who;
        moved.push([d, real]);
        d.who = { ...real, first: at, last: at, start: toks[at]!.start, end: toks[at]!.end };
      }
      if (!moved.length) return;
      const inner = { s, drafts, inQuote, off };
      eachRule(STANCE_RULES_7, inner, off);
      eachRule(STANCE_RULES_8, inner, off);
      for (const [d, real] of moved) {
        d.who = real;
        if (d.source?.from === d) d.source = { ...d.source, text: real.text, mention: real.mention };
      }
    },
  },
]);
