/**
 * Issue 20 (tenth session): clause precision, claims whose subject or predicate runs past its
 * clause.
 *
 *   semicolon-ends-clause  "He was named governor of Tarnwick; for a year he held two posts": a
 *     semicolon closes the clause, so its predicate (and its places and times) stop there (run by
 *     extents.ts after EXTENT_RULES_7; a speech verb still takes its whole complement).
 *   (object-before-participle, object-before-bare-verb and copula-takes-that-clause were measured
 *   and left out: they raised CaRB but changed which claims compare groups across ECB+ topics,
 *   below that set's floors.)
 *   participle-before-subject-noun  "The rebel controlled sector was captured": a participle between a
 *     modifier and the noun before the next verb is part of the subject (finite.ts's vetoes).
 *   auxiliary-takes-verb-after-aside  "The council will, however, approve a new bridge": an auxiliary
 *     alone before an aside of adverbs takes the verb after it (extents.ts, complement rules).
 *   fronted-phrase-not-subject  "After a long absence Ana Vela returned": a phrase opening the
 *     sentence with a preposition and no comma is not part of the subject: the subject starts
 *     where a new noun phrase starts inside it, at a determiner or a name after a common noun
 *     (run by build.ts with the other draft-subject rules).
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from './draft.js';
import { rules, type Rule } from './rule.js';
import { CLAUSE_TAKING, COORD, REL, THAT_CLAUSE, has } from './words.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { FiniteCtx } from './finite.js';
import { phrase } from './phrase.js';
import type { ComplementCtx, ExtentCtx } from './extents.js';

/** Can modify the noun after a participle, right before it ("The rebel controlled", "Vela's scorched", "best known"). */
const modifierBefore = (t: Token): boolean => !has(t, 'Pronoun') && !has(t, 'Verb') && !has(t, 'Preposition') && (has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Adverb') || has(t, 'Possessive') || has(t, 'Noun'));

/**
 * Is the one-word group v a past participle modifying the one to three nouns between it and the
 * verb group that starts at `nextFirst` ("The rebel controlled sector was captured")?
 */
function modifierParticiple(s: AnnotatedSentenceX, v: VerbGroup, nextFirst: number): boolean {
  const toks = s.tokens;
  const head = toks[v.last]!;
  const before = toks[v.first - 1];
  if (v.first !== v.last || !before || s.kind === 'headline' || /\S/.test(before.post) || /\S/.test(head.post)) return false;
  if (!(has(head, 'PastTense') || has(head, 'Participle')) || has(head, 'Auxiliary') || has(head, 'Copula') || !/^[a-z]+$/.test(head.text) || !/(?:ed|en|wn|ne|lt|ght)$/.test(head.norm)) return false;
  // not after a name or a plural, which would be the verb's subject ("Mr. Obama scrutinized reports"), nor a verb that takes a clause ("polls showed Clinton was")
  if (!modifierBefore(before) || has(before, 'ProperNoun') || has(before, 'Plural') || /^\p{Lu}/u.test(before.text) && v.first > 1) return false;
  if (SAY_LIKE.has(v.lemma) || THAT_CLAUSE.test(v.lemma) || CLAUSE_TAKING.test(v.lemma)) return false;
  // one to three nouns, then the next verb right away
  const n = nextFirst - v.last - 1;
  if (n < 1 || n > 3) return false;
  for (let k = v.last + 1; k < nextFirst; k++) {
    const t = toks[k]!;
    if (/\S/.test(t.post) || !has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'Determiner')) return false;
  }
  const nf = toks[nextFirst];
  if (!nf || !(has(nf, 'Auxiliary') || has(nf, 'Copula') || has(nf, 'Modal') || has(nf, 'PastTense') || has(nf, 'PresentTense'))) return false;
  // not "After the team returned officials were waiting": no subordinator, relative word or verb opens the stretch before
  for (let k = v.first - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (SUBORDINATORS.has(t.norm) || REL.has(t.norm) || s.verbs.some((g) => g !== v && g.last === k)) return false;
    if (k > 0 && /[,;:]/.test(toks[k - 1]!.post)) break;
  }
  return true;
}

export const FINITE_RULES_10 = rules<FiniteCtx, boolean>('finite', [
  {
    name: 'participle-before-subject-noun',
    description: 'a one-word past participle between a modifier and a noun that is right before the next verb ("The rebel controlled sector was captured", "Vela\'s scorched earth plan would work") modifies that noun: it is part of the subject, not a verb (not in a clause opened by a subordinator or a relative word); the subject then takes it and its modifiers',
    example: 'The rebel controlled sector was captured by troops in 1967',
    apply: ({ s, v, next, aux }) => !aux && next !== undefined && modifierParticiple(s, v, next.first),
  },
]);

export const EXTENT_RULES_10 = rules<ExtentCtx, void>('extents', [
  {
    name: 'semicolon-ends-clause',
    description: 'a semicolon after the verb closes its clause: the predicate, with its places and times, ends there (a speech verb still takes its whole complement)',
    example: 'Rosa Kell was named governor of Tarnwick; for a year she held two posts',
    apply: (c) => {
      const { toks, lastTok } = c;
      for (let k = lastTok; k < c.endTok - 1; k++) {
        if (/;/.test(toks[k]!.post)) {
          c.endTok = k + 1;
          return;
        }
      }
    },
  },
]);

export const COMPLEMENT_RULES_10 = rules<ComplementCtx, void>('extents', [
  {
    name: 'auxiliary-takes-verb-after-aside',
    description: 'an auxiliary or a form of "be" alone, then an aside of adverbs ("did, however,", "are therefore"), then a verb with no subject of its own: the verb and its predicate finish the auxiliary\'s clause ("The council will, however, approve the bridge")',
    example: 'The council will, however, approve a new bridge',
    apply: ({ toks, c, next }) => {
      if (!next || c.inf || next.found.who || next.found.relative) return;
      for (let k = c.v.first; k <= c.v.last; k++) {
        const t = toks[k]!;
        if (!(has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula') || AUX_FORM.test(t.norm) || t.norm === 'not' || t.norm === "n't")) return;
      }
      const gap = next.v.first - c.lastTok - 1;
      if (gap < 1 || gap > 3) return;
      for (let k = c.lastTok + 1; k < next.v.first; k++) {
        const t = toks[k]!;
        if (!(has(t, 'Adverb') || ASIDE_ADVERB.test(t.norm)) || COORD.has(t.norm) || /[;:.]/.test(t.post)) return;
      }
      if (c.endTok <= next.v.first) c.endTok = Math.max(c.endTok, next.endTok);
    },
  },
]);

/** Forms of "do", "be" and "have", and modals: a verb group of these alone is only an auxiliary. */
const AUX_FORM = /^(?:do|does|did|is|are|was|were|am|be|been|has|have|had|will|would|shall|should|can|could|may|might|must)$/;
/** Connective adverbs set off inside a verb group ("did, however, approve"). */
const ASIDE_ADVERB = /^(?:however|therefore|thus|nevertheless|nonetheless|consequently|instead|indeed|also|still|though)$/;

/** Words that open a noun phrase of their own after a common noun ("one occasion the lamps"). */
const NP_OPENER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|several|many|some|most|all|both|each|every|no)$/;

export const DRAFT_SUBJECT_RULES_10 = rules<DraftClaim, void>('subjects', [
  {
    name: 'fronted-phrase-not-subject',
    description: 'a phrase that opens the sentence with a preposition and no comma ("After a long absence", "On one occasion") is not part of the subject: the subject starts at the determiner or the name that follows a common noun inside it',
    example: 'After a long absence Ana Vela returned to Tarnwick',
    apply: (d) => {
      const w = d.who;
      const s = d.sentence;
      const toks = s.tokens;
      if (!w || w.last <= w.first || s.kind === 'headline') return;
      const first = toks[0];
      if (!first || !has(first, 'Preposition') || w.first > 2) return;
      // nothing but the preposition (and a determiner) before the subject, no punctuation up to the verb
      for (let k = 0; k < w.first; k++) if (/\S/.test(toks[k]!.post)) return;
      for (let k = w.first; k < d.verb.first; k++) if (/\S/.test(toks[k]!.post)) return;
      if (w.last !== d.verb.first - 1 && !(w.last < d.verb.first && d.verb.first - w.last <= 2)) return;
      for (let j = w.first + 1; j <= w.last; j++) {
        const b = toks[j - 1]!;
        const t = toks[j]!;
        if (!has(b, 'Noun') || has(b, 'ProperNoun') || has(b, 'Pronoun') || has(b, 'Possessive') || /^\p{Lu}/u.test(b.text)) continue;
        const name = has(t, 'ProperNoun') && /^\p{Lu}/u.test(t.text);
        if (!(name || NP_OPENER.test(t.norm))) continue;
        d.who = phrase(s, j, w.last);
        return;
      }
    },
  },
  {
    name: 'subject-takes-participle-modifier',
    description: 'a one-word participle right before the subject that modifies it (the test of participle-before-subject-noun: "The rebel controlled sector was captured") joins the subject with the modifiers before it: the subject does not start at the noun after it',
    example: 'The rebel controlled sector was captured by troops in 1967',
    apply: (d) => {
      const w = d.who;
      const s = d.sentence;
      if (!w || w.last !== d.verb.first - 1) return;
      const g = s.verbs.find((x) => x.first === w.first - 1 && x.last === w.first - 1);
      if (!g || !modifierParticiple(s, g, d.verb.first)) return;
      const toks = s.tokens;
      let f = g.first;
      while (f > 0 && g.first - f < 4 && modifierBefore(toks[f - 1]!) && !/\S/.test(toks[f - 1]!.post)) f--;
      if (f < g.first) d.who = phrase(s, f, w.last);
    },
  },
]);

/** Every rule of this file, for rules.ts. */
export const PRECISION_RULES_10 = [...FINITE_RULES_10, ...EXTENT_RULES_10, ...COMPLEMENT_RULES_10, ...DRAFT_SUBJECT_RULES_10] as readonly Rule<never, unknown>[];
