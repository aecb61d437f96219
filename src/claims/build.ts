/**
 * Build stage: one draft claim per asserted finite-verb clause of a sentence, with its
 * subject, predicate, places, times, attribution, negation and hedging. Rules of English
 * news writing only; nothing here knows any particular story.
 *
 * The builder is a pipeline of passes over a sentence's clauses, each in its own file, each a
 * list of named rules (rule.ts; all of them listed in rules.ts):
 *   1. finite.ts      which verb groups are a clause's main verb
 *   2. subjects.ts    each clause's subject, or the clause it shares one with
 *   3. extents.ts     where each clause ends
 *   4. objects.ts     the predicate's span (verb, object, adjuncts)
 *   5. negation.ts    negated? hedged? asserted at all?
 *   6. attribution.ts according to whom
 *   7. places.ts      where and when (runs later, after alias merging, from window.ts)
 */
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import type { Clause, DraftClaim } from './draft.js';
import { ALL_ON, eachRule, type RulesOff } from './rule.js';
import { finiteVerbs } from './finite.js';
import { DRAFT_SUBJECT_RULES, subjects } from './subjects.js';
import { DRAFT_SUBJECT_RULES_6 } from './subjects-6.js';
import { DRAFT_SUBJECT_RULES_7 } from './extents-7.js';
import { DRAFT_SUBJECT_RULES_10 } from './precision-10.js';
import { extents } from './extents.js';
import { objects } from './objects.js';
import { asserted, modality } from './negation.js';
import { attribute } from './attribution.js';
import { otherKinds } from './nonfinite.js';
import { agentPassiveClaims } from './tuples-7.js';
import { participleAfterCommaClaims } from './recall-9.js';
import type { ClaimKind } from '../types.js';

const CLAUSES_ONLY: ReadonlySet<ClaimKind> = new Set(['clause']);

export { claimSpan } from './span.js';
export { placesAndTimes } from './places.js';

/**
 * Build the draft claims of one sentence. `off`: names of rules switched off (none by default);
 * `kinds`: the kinds of claim to make besides finite clauses (none by default; see nonfinite.ts).
 */
export function buildSentence(s: AnnotatedSentenceX, off: RulesOff = ALL_ON, kinds: ReadonlySet<ClaimKind> = CLAUSES_ONLY): DraftClaim[] {
  if (s.kind === 'furniture' || s.tokens.length === 0) return [];
  const toks = s.tokens;
  // 1. finite verbs
  const { finite, hedgedBy } = finiteVerbs(s, off);
  const clauses: Clause[] = finite.map((v) => {
    const inf = hedgedBy.get(v);
    const lemmaVerb = inf ?? v;
    return {
      v,
      inf,
      lastTok: inf ? inf.last : v.last,
      lemma: lemmaVerb.lemma || toks[lemmaVerb.last]!.norm,
      found: { who: null, coordinated: false, relative: false },
      who: null,
      coordWith: -1,
      endTok: toks.length,
      clauseEndTok: toks.length,
      whatStart: 0,
      whatEnd: 0,
      coreEnd: 0,
      hedged: false,
      negated: false,
    };
  });
  // 2-5. subjects, clause extents, objects, negation and hedging
  subjects(s, clauses, off);
  extents(s, clauses, off);
  objects(s, clauses, off);
  modality(s, clauses, off);
  const drafts: DraftClaim[] = [];
  for (const c of clauses) {
    const { v, inf, lemma } = c;
    drafts.push({
      sentence: s,
      verb: inf ? { ...v, last: inf.last, end: inf.end, lemma } : v,
      lemma,
      who: c.who,
      coordinatedWith: c.coordWith >= 0 ? drafts[c.coordWith]! : null,
      whatStart: c.whatStart,
      whatEnd: c.whatEnd,
      coreEnd: c.coreEnd,
      endToken: c.endTok,
      where: [],
      when: [],
      source: null,
      negated: c.negated,
      hedged: c.hedged,
      speech: SAY_LIKE.has(lemma),
    });
  }
  for (const d of drafts) eachRule([...DRAFT_SUBJECT_RULES, ...DRAFT_SUBJECT_RULES_6, ...DRAFT_SUBJECT_RULES_7, ...DRAFT_SUBJECT_RULES_10], d, off);
  asserted(s, drafts, off);
  // 6. attribution
  attribute(s, drafts, off);
  drafts.push(...agentPassiveClaims(s, drafts, finite, off));
  drafts.push(...participleAfterCommaClaims(s, drafts, finite, off));
  // 7. appositions and participles, when asked for
  const extra = otherKinds(s, drafts, finite, kinds, off);
  return extra.length ? [...drafts, ...extra] : drafts;
}
