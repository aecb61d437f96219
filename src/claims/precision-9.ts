/**
 * Issue 20 (ninth session): clause precision, predicates that run past their clause and verbs
 * that are no verbs.
 *
 *   spaced-hyphen-compound  "a Panama - based company", "mortgage - backed securities": a
 *     participle joined by a spaced hyphen to the word before it (text tokenised with the hyphen
 *     apart) is half of a compound adjective before its noun, not a clause's verb (read by
 *     finite.ts with its FINITE_RULES).
 *   trailing-participle-phrase  "He returned to Tarnwick, working in clubs as a singer": a
 *     participle phrase after a comma at the end of a predicate is an adjunct of its own (what
 *     the subject did besides), not part of the verb's object: the predicate ends before it
 *     (run by objects.ts once the span is set).
 */
import type { Token } from '../types.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { lexicon } from '../annotate/known.js';
import { isOn, rules, type Rule } from './rule.js';
import { CLAUSE_TAKING, COORD, REL, THAT_CLAUSE, has, isNounish } from './words.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { Clause } from './draft.js';
import type { FiniteCtx } from './finite.js';

const PARTICIPLE_FORM = /^[a-z]{2,}(?:ed|en|wn|ing)$/;

export const FINITE_RULES_9 = rules<FiniteCtx, boolean>('finite', [
  {
    name: 'spaced-hyphen-compound',
    description: 'a one-word participle joined by a spaced hyphen to the word before it and followed by a noun ("a Panama - based company") is half of a compound adjective, not a verb',
    example: 'Troops seized a Velmora - based ferry on Monday',
    apply: ({ multi, before, head, after }) => {
      if (multi || !before || !after || !/^\s+-\s+$/.test(before.post) || !/\p{L}|\d/u.test(before.text)) return false;
      if (!PARTICIPLE_FORM.test(head.norm) || /\S/.test(head.post)) return false;
      return isNounish(after) || has(after, 'Adjective') || has(after, 'Gerund') || /^[a-z]{3,}ing$/.test(after.norm);
    },
  },
  {
    name: 'closed-class-never-verb',
    description: 'a "verb" group opened by a comparative quantifier or a preposition ("more inmates", "of", "than"), with no past form, auxiliary or participle in it, is no verb',
    example: 'Tarnwick has executed four times more inmates than Velmora',
    apply: ({ toks, v, first }) => /^(?:more|most|less|fewer|of|than|in|on|at|into|onto|only|very)$/.test(first.norm) && !toks.slice(v.first, v.last + 1).some((t) => has(t, 'PastTense') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula') || has(t, 'Participle')),
  },
  {
    name: 's-word-ends-object-compound',
    description: 'an -s "verb" closing a noun compound ("possible power supplies", "Cub Scout camps") before a comma, the sentence end or "and", inside a phrase that a verb (not one taking a clause) or an opening preposition governs, is a plural noun, not a verb',
    example: 'The ferries have a large range of diesel power supplies, and can run for days',
    apply: ({ s, toks, v, multi, head, before, off }) => {
      if (multi || !before || s.kind === 'headline' || !/[^su]s$/.test(head.norm) || head.norm.length < 4 || has(head, 'Copula') || has(head, 'Auxiliary') || has(head, 'PastTense') || SAY_LIKE.has(v.lemma)) return false;
      const nx = toks[v.last + 1];
      if (!(/[,;:.)]/.test(head.post) || !nx || COORD.has(nx.norm))) return false;
      // a noun compound: a singular noun right before, itself after an adjective or a noun
      const bb = toks[v.first - 2];
      if (/\S/.test(before.post) || !has(before, 'Noun') || has(before, 'Pronoun') || has(before, 'Plural') || has(before, 'Date') || !bb || /\S/.test(bb.post)) return false;
      if (!(has(bb, 'Adjective') || (has(bb, 'Noun') && !has(bb, 'Pronoun') && !has(bb, 'Possessive')))) return false;
      // the phrase is governed: walk left over it to a verb that takes no clause, or to a preposition opening the sentence
      for (let k = v.first - 3; k >= 0 && v.first - k <= 12; k--) {
        const t = toks[k]!;
        if (/[,;:()"“”]/.test(t.post) || REL.has(t.norm) || SUBORDINATORS.has(t.norm)) return false;
        const w = s.verbs.find((g) => g.last === k);
        if (w) return !SAY_LIKE.has(w.lemma) && !CLAUSE_TAKING.test(w.lemma) && !THAT_CLAUSE.test(w.lemma) && isOn({ name: 's-word-ends-object-compound' }, off);
        if (k === 0) return has(t, 'Preposition') && !REL.has(t.norm);
      }
      return false;
    },
  },
  {
    name: 'base-verb-in-object-compound',
    description: 'a plain-form "verb" right after a singular noun (which a present verb would not follow without -s), before a preposition, punctuation or the sentence end, inside a phrase that a verb governs ("was given an Air Force contract for jets", "retained the banking firm of X") is a noun closing a compound, not a verb (not after verbs that take a bare infinitive: "let the crew work on"; not a word that can be an adjective: "Syria free from repression")',
    example: 'Harlow Foods won a Velmora Navy contract for ten ferries',
    apply: ({ s, toks, v, multi, head, before }) => {
      if (multi || !before || s.kind === 'headline' || /s$/.test(head.norm) || /(?:ed|ing)$/.test(head.norm) || head.norm.length < 3) return false;
      if (has(head, 'Copula') || has(head, 'Auxiliary') || has(head, 'Modal') || has(head, 'PastTense') || has(head, 'Gerund') || has(head, 'Participle') || has(head, 'Adjective') || lexicon(head.norm) === 'Adjective' || SAY_LIKE.has(v.lemma)) return false;
      const nx = toks[v.last + 1];
      if (!(/[,;:.)]/.test(head.post) || !nx || (has(nx, 'Preposition') && !/^(?:to|that)$/.test(nx.norm)) || nx.norm === 'there')) return false;
      if (/\S/.test(before.post) || !has(before, 'Noun') || has(before, 'Pronoun') || has(before, 'Plural') || has(before, 'Date') || /s$/.test(before.norm)) return false;
      let prep = false;
      for (let k = v.first - 2; k >= 0 && v.first - k <= 12; k--) {
        const t = toks[k]!;
        if (/[,;:()"“”]/.test(t.post) || REL.has(t.norm) || SUBORDINATORS.has(t.norm) || COORD.has(t.norm)) return false;
        if (has(t, 'Preposition')) prep = true;
        const w = s.verbs.find((g) => g.last === k);
        // "let the crew work on": a verb taking a bare infinitive after its object (not across a preposition: "has no history of typewriter use")
        if (w) return !SAY_LIKE.has(w.lemma) && !CLAUSE_TAKING.test(w.lemma) && !THAT_CLAUSE.test(w.lemma) && (prep || !/^(?:make|let|have|help|see|watch|hear|feel|bid)$/.test(w.lemma));
      }
      return false;
    },
  },
]);

/** Words in -ing that open no participle phrase after a comma (nouns and prepositions of lists). */
const NOT_PARTICIPLE = /^(?:including|according|following|excluding|concerning|regarding|depending|during|notwithstanding|nothing|something|anything|everything|morning|evening|thing|things|building|meeting|funding|housing|training|spring|string|ring|king|wing|ceiling|wedding|earnings|savings|feelings|findings|holdings|ruling|rulings|hearing|hearings|opening|beginning|ending|setting|painting|clothing|shipping|shopping|marketing|engineering|banking|farming|fishing|mining|printing|publishing|trading|lending|spending|pricing|programming|processing|manufacturing|boating|camping|hiking|swimming|sailing|skiing|bowling|wrestling|boxing|racing|dancing|singing|acting|writing|reading|recording|broadcasting|accounting|advertising|catering|nursing|plumbing|parking|lighting|heating|roofing|flooring|landing|offering|offerings|filing|filings|listing|listings|warning|warnings|briefing|gathering|crossing|killing|killings|shooting|shootings|bombing|bombings|uprising|sibling|siblings|darling|duckling|sapling|seedling|pudding|stocking|bedding|icing|awning|railing|siding|dumpling|inning|innings)$/;

/** What an object rule sees: a clause whose predicate span (whatStart, whatEnd, coreEnd) is set. */
export interface ObjectCtx9 {
  s: AnnotatedSentenceX;
  toks: Token[];
  c: Clause;
}

export const OBJECT_RULES_9 = rules<ObjectCtx9, void>('objects', [
  {
    name: 'trailing-participle-phrase',
    description: 'a participle phrase after a comma at the end of a predicate ("returned to Tarnwick, working in clubs") is an adjunct of its own, not part of the object: the predicate (what) ends before the comma, while the clause\'s places and times are still read up to its end (not after a speech verb, not in a list of -ing words, not in a headline)',
    example: 'Ana Vela returned to Tarnwick, working in clubs as a singer',
    apply: ({ s, toks, c }) => {
      const { v, lastTok } = c;
      // a headline's participle phrase is its news ("Storms batter the valley, leaving thousands without power")
      if (SAY_LIKE.has(c.lemma) || SAY_LIKE.has(v.lemma) || s.kind === 'headline') return;
      for (let k = lastTok + 2; k < c.endTok; k++) {
        const tk = toks[k]!;
        const b = toks[k - 1]!;
        if (tk.start >= c.whatEnd) return;
        if (!/^\s*,\s*$/.test(b.post) || !isParticipleOpener(tk) || /\S/.test(tk.post)) continue;
        // a list of -ing words ("swimming, hiking and sailing"): the word before the comma is one too
        if (/ing$/.test(b.norm)) continue;
        // a one-word object ("extended losses, flirting with lows"): the participle phrase carries the predicate
        if (k - lastTok - 1 < 2) continue;
        // the participle takes a complement of its own (not "hiking and sailing")
        const n = toks[k + 1];
        if (!n || COORD.has(n.norm)) continue;
        c.whatEnd = Math.min(c.whatEnd, b.end);
        return;
      }
    },
  },
  {
    name: 'trailing-appositive',
    description: 'a noun phrase opened by "a", "an" or "the" after a comma at the end of a predicate whose object is a noun ("named a new board, a move that ...") is an apposition to that noun, said on the side: the predicate (what) ends before the comma (not after a speech verb, not in a list, not when the predicate goes on after it)',
    example: 'Harlow Foods named a new board, a move that follows the sale of its Tarnwick mill',
    apply: ({ toks, c }) => {
      const { v, lastTok } = c;
      if (SAY_LIKE.has(c.lemma) || SAY_LIKE.has(v.lemma)) return;
      for (let k = lastTok + 2; k < c.endTok && toks[k]!.start < c.whatEnd; k++) {
        const b = toks[k - 1]!;
        if (/[,;:()]/.test(b.post) && !/^\s*,\s*$/.test(b.post)) return;
        if (!/^\s*,\s*$/.test(b.post)) continue;
        // the first comma of the predicate: before it, a noun; after it, an article opening the apposition
        if (!/^(?:a|an|the)$/.test(toks[k]!.norm) || !(has(b, 'Noun') || has(b, 'ProperNoun')) || has(b, 'Pronoun')) return;
        // the apposition runs to the predicate's end: no comma, "and" or "or" in it
        for (let j = k; j < c.endTok && toks[j]!.start < c.whatEnd; j++) {
          if (j > k && COORD.has(toks[j]!.norm)) return;
          if (/[,;:]/.test(toks[j]!.post) && toks[j]!.end < c.whatEnd) return;
        }
        c.whatEnd = Math.min(c.whatEnd, b.end);
        return;
      }
    },
  },
]);

function isParticipleOpener(t: Token): boolean {
  if (!/^[a-z]{3,}ing$/.test(t.norm) || NOT_PARTICIPLE.test(t.norm)) return false;
  return !has(t, 'ProperNoun') && !has(t, 'Plural');
}

/** Every rule of this file, for rules.ts. */
export const PRECISION_RULES_9 = [...FINITE_RULES_9, ...OBJECT_RULES_9] as readonly Rule<never, unknown>[];
