/**
 * Pass 5, negation and hedging: is the clause negated ("did not", "no one", "had made no
 * arrests"), is it hedged (a modal, "reportedly", "is said to"), and is it asserted at all (not
 * an indirect question or a condition; a clause needs a subject, its own, a coordinated one or
 * an expletive "there").
 *
 *   "No one was hurt, and police could not say whether the fire was arson."
 *   → "was hurt": negated; "could not say": negated and hedged; "was arson": not asserted (dropped)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { HEDGE_ADVERBS, MODALS } from '../annotate/lexicon.js';
import type { Clause, DraftClaim } from './draft.js';
import { anyRule, isOn, rules, type RulesOff } from './rule.js';
import { has } from './words.js';
import { relativeWhereAfterPlace } from './recall-9.js';
import { relativeWhereAfterNoun } from './verbs-8.js';

interface ModalityCtx {
  toks: Token[];
  c: Clause;
}

export const HEDGE_RULES = rules<ModalityCtx, boolean>('negation', [
  {
    name: 'hedging-passive',
    description: 'a hedging passive before an infinitive hedges it',
    example: 'The minister is said to have resigned',
    apply: ({ c }) => Boolean(c.inf),
  },
  {
    name: 'hedge-adverb',
    description: 'a hedging adverb next to the verb',
    example: 'The leader reportedly fled',
    apply: ({ toks, c }) => toks.slice(Math.max(0, c.v.first - 2), c.lastTok + 2).some((t) => HEDGE_ADVERBS.has(t.norm)),
  },
  {
    name: 'modal-hedge',
    description: 'a modal in the verb group',
    example: 'The strike could spread',
    apply: ({ toks, c }) => toks.slice(c.v.first, c.lastTok + 1).some((t) => MODALS.has(t.norm)),
  },
]);

export const NEGATION_RULES = rules<ModalityCtx, boolean>('negation', [
  {
    name: 'negative-object',
    description: '"no", "never", "nothing", "none", "nobody" right after the verb negate it',
    example: 'Police had made no arrests; there was no threat',
    apply: ({ toks, c }) => ['no', 'never', 'nothing', 'none', 'nobody'].includes(toks[c.lastTok + 1]?.norm ?? ''),
  },
  {
    name: 'negative-subject',
    description: 'a negative subject negates the clause',
    example: 'No one was hurt; Nobody claimed the attack',
    apply: ({ c }) => Boolean(c.who && /^(no|nobody|none|nothing|neither|no one)\b/i.test(c.who.text)),
  },
]);

/** Pass 5 over a sentence's clauses: fills `hedged` and `negated` (the verb's own negation is compromise's). */
export function modality(s: AnnotatedSentenceX, clauses: Clause[], off: RulesOff): void {
  for (const c of clauses) {
    const ctx = { toks: s.tokens, c };
    c.hedged = anyRule(HEDGE_RULES, ctx, off);
    c.negated = c.v.negated || Boolean(c.inf?.negated) || anyRule(NEGATION_RULES, ctx, off);
  }
}

interface AssertCtx {
  toks: Token[];
  d: DraftClaim;
  off: RulesOff;
}

export const UNASSERTED_RULE = rules<AssertCtx, boolean>('negation', [
  {
    name: 'unasserted-clause',
    description: 'an indirect question or a condition is not asserted: the clause is dropped',
    example: 'He did not say where he was; until a government is formed',
    apply: ({ toks, d, off }) => {
      const firstTok = d.who && !d.coordinatedWith ? d.who.first : d.verb.first;
      const intro = toks[firstTok - 1];
      if (intro && intro.norm === 'where' && isOn({ name: 'where-after-comma' }, off) && relativeWhere(toks, firstTok - 1)) return false;
      if (intro && intro.norm === 'where' && isOn({ name: 'where-after-noun' }, off) && relativeWhereAfterNoun(toks, firstTok - 1)) return false;
      if (intro && intro.norm === 'where' && isOn({ name: 'where-after-place' }, off) && relativeWhereAfterPlace(toks, firstTok - 1)) return false;
      // "taught there until he switched to Merck": a past tense after "until" happened
      if (intro && intro.norm === 'until' && isOn({ name: 'until-past-asserted' }, off) && has(toks[d.verb.first], 'PastTense') && !/^(?:had|would|could|might|should)$/.test(toks[d.verb.first]!.norm)) return false;
      return Boolean(intro && /^(?:where|what|how|why|whether|if|unless|until|lest|whoever|whatever)$/.test(intro.norm) && !/,/.test(intro.post));
    },
  },
  {
    name: 'where-after-comma',
    description: '"where" after a noun and a comma opens a relative clause about that place, which is asserted (a switch read by unasserted-clause)',
    example: 'He joined the Astros, where he batted .260 in 64 games',
    apply: () => false,
  },
  {
    name: 'until-past-asserted',
    description: 'a past tense after "until" is a thing that happened, not a condition (a switch read by unasserted-clause)',
    example: 'She taught in Kelby until she moved to Tarrow',
    apply: () => false,
  },
]);

/** "the Astros, where he batted .260": "where" after a noun and a comma opens a relative clause, which is asserted (see where-after-comma). */
function relativeWhere(toks: Token[], at: number): boolean {
  const b = toks[at - 1];
  if (!b || !(has(b, 'Noun') || has(b, 'ProperNoun')) || has(b, 'Pronoun') || has(b, 'Verb')) return false;
  return /,\s*$/.test(b.post);
}

export const NEEDS_SUBJECT_RULE = rules<AssertCtx, boolean>('negation', [
  {
    name: 'clause-needs-subject',
    description: 'a clause with no subject (its own, a coordinated one, or an expletive "there") is dropped',
    example: 'Having fled, (no subject) ...',
    apply: ({ toks, d }) => !d.who && !d.coordinatedWith && toks[d.verb.first - 1]?.norm !== 'there',
  },
]);

/** Drop the clauses that are not asserted; a clause coordinated with a dropped one moves to its heir. */
export function asserted(s: AnnotatedSentenceX, drafts: DraftClaim[], off: RulesOff): void {
  const toks = s.tokens;
  const unasserted = (d: DraftClaim): boolean => anyRule(UNASSERTED_RULE, { toks, d, off }, off);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const question = unasserted(d);
    if (question || anyRule(NEEDS_SUBJECT_RULE, { toks, d, off }, off)) {
      // "did not say where he was and said ...": the second verb is coordinated with the first
      const heir = question ? (drafts.slice(0, i).reverse().find((o) => !unasserted(o)) ?? null) : d.coordinatedWith;
      for (const o of drafts) {
        if (o.coordinatedWith !== d) continue;
        o.coordinatedWith = heir;
        if (heir) o.who = heir.who;
      }
      drafts.splice(i, 1);
    }
  }
}
