/**
 * Issue 20 (tenth session): clause precision, claims whose subject or predicate runs past its
 * clause.
 *
 *   semicolon-ends-clause  "He was named governor of Tarnwick; for a year he held two posts": a
 *     semicolon closes the clause, so its predicate (and its places and times) stop there (run by
 *     extents.ts after EXTENT_RULES_7; a speech verb still takes its whole complement).
 *   object-before-participle  "Velmora hosts the Tarn fair, also called the Harvest Fair": a past
 *     participle after a verb's object is a reduced relative on it: the verb keeps its object
 *     (extents.ts, with semicolon-ends-clause).
 *   fronted-phrase-not-subject  "After a long absence Ana Vela returned": a phrase opening the
 *     sentence with a preposition and no comma is not part of the subject: the subject starts
 *     where a new noun phrase starts inside it, at a determiner or a name after a common noun
 *     (run by build.ts with the other draft-subject rules).
 */
import type { DraftClaim } from './draft.js';
import { isOn, rules, type Rule } from './rule.js';
import { CLAUSE_TAKING, THAT_CLAUSE, has } from './words.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import { phrase } from './phrase.js';
import type { ExtentCtx } from './extents.js';

/** A switch read by object-before-participle: the verb after the object may also be a present or plain form. */
const BARE_VERB_SWITCH_10 = rules<unknown, boolean>('extents', [
  {
    name: 'object-before-bare-verb',
    description: 'object-before-participle also holds when the word after the object is a present or plain verb form with no auxiliary ("launched heavy air strikes against", "must lick their eyeballs clean"): after a verb that takes no clause, a noun phrase and a verb are no clause of their own, so the verb keeps its object up to that word',
    example: 'The crews launched heavy air strikes against the coast',
    apply: () => false,
  },
]);
const NOUN_OR_BARE_VERB = BARE_VERB_SWITCH_10[0]!;

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
  {
    name: 'object-before-participle',
    description: 'a past participle with no auxiliary right after a verb\'s object ("hosts the Tarn fair, also called the Harvest Fair"; "can run programs written for it") is a reduced relative on that object, not a clause whose subject the object is: the verb keeps its object up to the participle (not for verbs that take a clause)',
    example: 'Velmora hosts the Tarn fair, also called the Harvest Fair',
    apply: (c) => {
      const { toks, v, lastTok, next, nextFound, clauses, vi } = c;
      const who = nextFound?.who;
      if (!next || !who || nextFound.relative || nextFound.coordinated || c.endTok !== who.first || who.first <= lastTok || who.last >= next.first) return;
      const lemma = clauses[vi]!.lemma;
      if ([v.lemma, lemma].some((l) => SAY_LIKE.has(l) || THAT_CLAUSE.test(l) || CLAUSE_TAKING.test(l))) return;
      // the object follows the verb right away, with no punctuation between (not "came just before Ana Vela")
      if (who.first !== lastTok + 1 || /[,;:]/.test(toks[lastTok]!.post) || c.s.kind === 'headline') return;
      // the next verb: one past participle (after any adverbs), no auxiliary
      let f = next.first;
      while (f < next.last && has(toks[f], 'Adverb') && !has(toks[f], 'Verb')) f++;
      if (f !== next.last && !(next.last === f + 1 && has(toks[next.last], 'Particle'))) return;
      const h = toks[f]!;
      if (has(h, 'Auxiliary') || has(h, 'Copula') || has(h, 'Modal') || !/^[a-z]+$/.test(h.text)) return;
      const participle = (has(h, 'PastTense') || has(h, 'Participle')) && /(?:ed|en|wn|ne|lt|ght)$/.test(h.norm);
      if (!participle && (!isOn(NOUN_OR_BARE_VERB, c.off) || has(h, 'PastTense'))) return;
      // up to the participle, without the adverbs before it
      let e = next.first;
      while (e - 1 > who.last && has(toks[e - 1], 'Adverb')) e--;
      c.endTok = Math.max(c.endTok, e);
    },
  },
]);

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
]);

/** Every rule of this file, for rules.ts. */
export const PRECISION_RULES_10 = [...EXTENT_RULES_10, ...BARE_VERB_SWITCH_10, ...DRAFT_SUBJECT_RULES_10] as readonly Rule<never, unknown>[];
