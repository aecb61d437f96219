/**
 * Issue 20 (seventh session): more clause claims where a sentence has them.
 *
 *   agent-passive-claim  "the bridge designed by Ana Vela", "the report, written by two judges,":
 *     a past participle after a noun (or after a noun and a comma) with its "by" agent is a passive
 *     clause about that noun, told in brief: a clause claim of its own, who = the noun phrase,
 *     what = the participle and its agent (build.ts, after attribution; its source is its host's).
 */
import type { VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import type { DraftClaim } from './draft.js';
import { isOn, rules, type RulesOff } from './rule.js';
import { npLeft, phrase } from './phrase.js';
import { COORD, REL, has, isNounish } from './words.js';

/** The agent passive rule: a switch read by agentPassiveClaims (build.ts). */
const AGENT_PASSIVE_7 = rules<unknown, boolean>('kinds', [
  {
    name: 'agent-passive-claim',
    description: 'a past participle right after a noun (or after a noun and a comma), followed by "by" and its agent, is a passive clause about that noun: a clause claim with who = the noun phrase and what = the participle, its agent and what follows up to the next break',
    example: 'The bridge designed by Ana Vela opened in Tarnwick → The bridge / designed / by Ana Vela',
    apply: () => false,
  },
]);

const BREAK = /[,;:()"“”]|\s[-–—]\s*$/;

/** "The bridge designed by Ana Vela", "the report, written by two judges,": clause claims for the participles with a "by" agent that no finite clause reads. */
export function agentPassiveClaims(s: AnnotatedSentenceX, drafts: DraftClaim[], finite: readonly VerbGroup[], off: RulesOff): DraftClaim[] {
  // prose only: a headline's capitals and a caption's credit line are no passive clauses
  if (!isOn(AGENT_PASSIVE_7[0]!, off) || s.kind !== 'text') return [];
  const toks = s.tokens;
  const out: DraftClaim[] = [];
  for (const g of s.verbs) {
    if (finite.includes(g) || g.first !== g.last || drafts.some((d) => d.verb.first <= g.first && d.verb.last >= g.first)) continue;
    const head = toks[g.first]!;
    if (!(has(head, 'PastTense') || has(head, 'Participle')) || !/(?:ed|en|wn|ne|lt|ght|de|un|ng)$/.test(head.norm) || toks[g.last + 1]?.norm !== 'by' || BREAK.test(head.post)) continue;
    const agent = toks[g.last + 2];
    if (!agent || has(agent, 'Gerund') || /ing$/.test(agent.norm)) continue;
    let a = g.first - 1;
    const b = toks[a];
    if (!b) continue;
    // "the report, written by two judges,": the participle phrase set off by commas after its noun
    const comma = /^,\s*$/.test(b.post);
    if (!comma && /\S/.test(b.post)) continue;
    if (!isNounish(b) || has(b, 'Pronoun') || has(b, 'Date') || /^(?:\d+|year|years|month|months|week|weeks|day|days|time|times)$/.test(b.norm)) continue;
    let first = npLeft(toks, a, 0, off);
    if (first < 0 || first > a) continue;
    // the noun phrase the participle is on: its own words, not a phrase whose preposition governs it ("a moment for the nation marred by war": the nation)
    for (let r = a - 1; r >= first; r--) {
      const tr = toks[r]!;
      if (has(tr, 'Preposition') || /["“”‘’]/.test(tr.post) || /["“”‘’]/.test(toks[r + 1]!.pre)) {
        first = r + 1;
        break;
      }
    }
    // a picture's credit line is no claim: "this photo provided by the agency"
    if (/^(?:photo|photos|photograph|picture|image|images|video|footage|file|handout)$/.test(b.norm)) continue;
    const f0 = toks[first]!;
    if (REL.has(f0.norm) || has(f0, 'Preposition')) continue;
    // the agent phrase: up to the next break, a finite verb, a relative word or a subordinator
    let e = g.last + 2;
    while (e + 1 < toks.length && e - g.last < 14) {
      if (BREAK.test(toks[e]!.post) || /[.!?]\s*$/.test(toks[e]!.post)) break;
      const nx = toks[e + 1]!;
      if (finite.some((v) => v.first === e + 1) || drafts.some((d) => d.who && !d.coordinatedWith && d.who.first === e + 1)) break;
      if (REL.has(nx.norm) || COORD.has(nx.norm) || (SUBORDINATORS.has(nx.norm) && nx.norm !== 'that')) break;
      e++;
    }
    a = first;
    const who = phrase(s, a, g.first - 1 - (comma ? 0 : 0));
    const host = drafts.find((d) => d.verb.last < g.first && d.endToken > g.first) ?? drafts.find((d) => d.who && d.who.first <= a && d.who.last >= g.first - 1) ?? null;
    const whatStart = head.start;
    const whatEnd = Math.max(phrase(s, g.first, e).end, whatStart);
    out.push({
      sentence: s,
      verb: g,
      lemma: g.lemma || head.norm,
      who,
      coordinatedWith: null,
      whatStart,
      whatEnd,
      coreEnd: whatEnd,
      endToken: e + 1,
      where: [],
      when: [],
      source: host?.source ?? null,
      negated: false,
      hedged: host?.hedged ?? false,
      speech: false,
    });
  }
  return out;
}

/** Every rule of this file, for rules.ts. */
export const TUPLE_RULES_7 = [...AGENT_PASSIVE_7];
