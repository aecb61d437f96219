/**
 * Issue 20 (seventh session): more clause claims where a sentence has them.
 *
 *   agent-passive-claim  "the bridge designed by Ana Vela", "the report, written by two judges,":
 *     a past participle after a noun (or after a noun and a comma) with its "by" agent is a passive
 *     clause about that noun, told in brief: a clause claim of its own, who = the noun phrase,
 *     what = the participle and its agent (build.ts, after attribution; its source is its host's).
 *   subject-before-participle-aside  "The mayor, elected in 2019, resigned on Monday": a participle phrase
 *     set off by commas after the subject; the verb after it is the subject's (the subject is the
 *     noun phrase before the first comma), and that verb is the clause's main verb, not a
 *     participle on the aside's last noun (a switch read by participle-on-object, finite.ts).
 *   past-after-who  "People who lost homes": a past form right after "who" (which compromise may
 *     tag a preposition) is the relative clause's verb, not an adjective before a noun (a switch
 *     read by participle-as-adjective, finite.ts).
 *   main-verb-after-subject-relative  "Residents who fled the fire returned on Monday": after a
 *     relative clause on the noun phrase that opens the sentence, the next simple past is the main
 *     verb, not a participle on the relative verb's object (a switch read by participle-on-object).
 */
import type { Token, VerbGroup } from '../types.js';
import type { FoundSubject } from './draft.js';
import type { SubjectCtx } from './subjects.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SUBORDINATORS } from '../annotate/lexicon.js';
import type { DraftClaim, Phrase } from './draft.js';
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

/** A break after a word that ends a participle phrase (a comma, a bracket, a quotation mark, a dash). */
export const BREAK = /[,;:()"“”]|\s[-–—]\s*$/;

/**
 * The clause claim for a participle on a noun phrase (a reduced relative: "The bridge designed
 * by Ana Vela", "its campaign, created by the agency"): who = that noun phrase, what = the
 * participle up to token `e`; source and hedging are its host clause's.
 */
export function reducedRelativeDraft(s: AnnotatedSentenceX, g: VerbGroup, who: Phrase, e: number, host: DraftClaim | null): DraftClaim {
  const head = s.tokens[g.first]!;
  const whatStart = head.start;
  const whatEnd = Math.max(phrase(s, g.first, e).end, whatStart);
  return {
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
  };
}

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
    const who = phrase(s, a, g.first - 1);
    const host = drafts.find((d) => d.verb.last < g.first && d.endToken > g.first) ?? drafts.find((d) => d.who && d.who.first <= a && d.who.last >= g.first - 1) ?? null;
    out.push(reducedRelativeDraft(s, g, who, e, host));
  }
  return out;
}


const isParticiple = (t: Token): boolean => ((has(t, 'PastTense') || has(t, 'Participle')) && !has(t, 'Auxiliary') && !has(t, 'Copula')) || (/^[a-z]{3,}ing$/.test(t.norm) && (has(t, 'Gerund') || has(t, 'Verb')));

/**
 * "The mayor, elected in 2019, resigned": toks[k] ends a participle phrase with a comma, and the
 * phrase opened after a noun and a comma. The participle's index, or -1. Inside the phrase, a
 * comma only before a number ("on May 26, 1994,").
 */
export function participleAside(toks: Token[], k: number, floor: number): number {
  if (!/^,\s*$/.test(toks[k]?.post ?? '')) return -1;
  for (let r = k; r > floor && k - r < 14; r--) {
    const tr = toks[r]!;
    if (r < k && (/[;:()"“”]|\s[-–—]/.test(tr.post) || (/,/.test(tr.post) && !has(toks[r + 1], 'Value') && !/^\d/.test(toks[r + 1]!.text)))) return -1;
    if (REL.has(tr.norm) || COORD.has(tr.norm) || has(tr, 'Modal') || (r < k && (has(tr, 'Copula') || has(tr, 'Auxiliary')))) return -1;
    if (!isParticiple(tr)) continue;
    const b = toks[r - 1]!;
    if (/^,\s*$/.test(b.post) && isNounish(b) && !has(b, 'Pronoun') && !has(b, 'Date') && !/^\d/.test(b.text)) return r;
    return -1;
  }
  return -1;
}

export const SUBJECT_RULES_7 = rules<SubjectCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'subject-before-participle-aside',
    description: 'a participle phrase set off by commas right after a noun phrase that opens the clause ("The mayor, elected in 2019,"): the verb after it has that noun phrase as its subject (and is the main verb, not a participle on the aside\'s last noun: a switch read by participle-on-object)',
    example: 'The mayor of Tarnwick, elected in 2019, resigned on Monday; The ferry, carrying 300 passengers, sank',
    apply: ({ s, toks, k, floor, off }) => {
      const r = participleAside(toks, k, floor);
      if (r < 0) return undefined;
      const f = npLeft(toks, r - 1, floor, off);
      if (f < 0 || !(f === floor || f === 0) || (has(toks[f], 'Pronoun') && !has(toks[f], 'Possessive'))) return undefined;
      return { who: phrase(s, f, r - 1), coordinated: false, relative: false };
    },
  },
]);


/** "Residents who fled the fire returned": prev is a relative clause's verb ("who"/"that" right before it) on the noun phrase opening the sentence; v follows prev's object with no comma, and no form of "be" or auxiliary follows v soon ("the men who carried guns seized in the raid were": seized is a participle). */
export function mainVerbAfterSubjectRelative(toks: Token[], v: VerbGroup, prev: VerbGroup, off: RulesOff): boolean {
  const rel = toks[prev.first - 1];
  if (!rel || !/^(?:who|that)$/.test(rel.norm) || /\S/.test(rel.post) || prev.first < 2) return false;
  const ante = toks[prev.first - 2]!;
  if (/[,;:]/.test(ante.post) || !isNounish(ante) || has(ante, 'Pronoun')) return false;
  if (npLeft(toks, prev.first - 2, 0, off) !== 0) return false;
  if (toks.slice(prev.last, v.first).some((t) => /[,;:()"“”]/.test(t.post) || REL.has(t.norm) || COORD.has(t.norm) || SUBORDINATORS.has(t.norm))) return false;
  for (let k = v.last + 1; k < toks.length && k <= v.last + 6; k++) {
    const t = toks[k]!;
    if (/[,;:.]/.test(toks[k - 1]!.post) && k > v.last + 1) break;
    if (has(t, 'Copula') || has(t, 'Auxiliary') || has(t, 'Modal') || /^(?:is|are|was|were|has|have|had|will|would)$/.test(t.norm)) return false;
  }
  return true;
}

const FINITE_SWITCHES_7 = rules<unknown, boolean>('finite', [
  {
    name: 'past-after-who',
    description: 'a past form right after "who" is the relative clause\'s verb, not an adjective before a noun (a switch read by participle-as-adjective)',
    example: 'People who lost homes in the Tarnwick flood moved away',
    apply: () => false,
  },
  {
    name: 'main-verb-after-subject-relative',
    description: 'after a relative clause ("who"/"that" and its verb and object) on the noun phrase opening the sentence, the next simple past is the main verb, not a participle on that object, unless a form of "be" or an auxiliary follows it (a switch read by participle-on-object)',
    example: 'Residents who fled the Tarnwick fire returned on Monday',
    apply: () => false,
  },
]);

/** Every rule of this file, for rules.ts. */
export const TUPLE_RULES_7 = [...FINITE_SWITCHES_7, ...SUBJECT_RULES_7, ...AGENT_PASSIVE_7];
