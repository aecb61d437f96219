/**
 * Issue 20 (ninth session), clause recall: clauses that no claim reached.
 *
 *   loose-punctuation-against-word  "the beachhead , took the town": in text that sets commas,
 *     semicolons and colons off with spaces (tokenised copy), the mark is read as written against
 *     the word before it, so every rule that looks for "a word, then a comma" sees the same
 *     thing in both spellings (tokens.ts, attachLoosePunctuation).
 *
 * Subjects for finite verbs that found none (the clause was dropped by clause-needs-subject),
 * tried last in pass 2 (subjects.ts), on a verb still without a subject (the last one also on a
 * verb whose subject was taken from a relative clause's object):
 *   series-verb-after-adverb  "He showed up with a level, carefully measured every wall and
 *     wrote a report": a verb of a series may have an adverb before it; it shares the series'
 *     subject.
 *   coordinated-verb-after-adjunct  "He was re-elected in 1841 and, after serving a year, became
 *     judge": after "and" and an adjunct set off by a comma, the verb is still coordinated.
 *   indefinite-else-subject  "Everyone else is going to catch up": "else" closes the subject.
 *   main-verb-after-relative-object  "Some doctors who have conducted tests on themselves report":
 *     the main verb after a relative clause on the opening noun phrase is the antecedent's, not
 *     the relative verb's object's (also when that object holds a pronoun or an infinitive).
 *
 * Finite verbs (finite.ts reads FINITE_RULES_9 with its own vetoes) and dropped clauses:
 *   present-word-closing-object  "has no history of typewriter use, and": a present form that
 *     closes an earlier verb's object, with nothing after it, is a noun (a finite veto).
 *   where-after-place  "the Harbour Hotel where Ana Vell signed": a relative "where" after a
 *     noun phrase with its article is asserted (a switch read by unasserted-clause).
 *   participle-after-noun-comma  "its campaign, created by the Tarvel agency": a past participle
 *     read as a finite verb, right after a noun and a comma and before its preposition, found no
 *     subject; it is a passive clause on that noun phrase (a reduced relative), told in brief:
 *     a clause claim made after attribution (build.ts), like tuples-7's agent-passive-claim.
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { DraftClaim, FoundSubject } from './draft.js';
import type { FiniteCtx } from './finite.js';
import { isOn, rules, type Rule, type RulesOff } from './rule.js';
import { npLeft, phrase } from './phrase.js';
import { BREAK, reducedRelativeDraft } from './tuples-7.js';
import { CLAUSE_TAKING, COORD, REL, THAT_CLAUSE, closesQuote, has, isNounish, opensQuote } from './words.js';

/** Annotation switches (no veto of their own) read by tokens.ts. */
const TOKEN_SWITCHES_9 = rules<unknown, boolean>('finite', [
  {
    name: 'loose-punctuation-against-word',
    description: 'a comma, semicolon or colon standing alone as a word ("beachhead , took") is read as written against the word before it ("beachhead, took"): the spaces before it are dropped from that word\'s trailing text (a switch read by tokens.ts)',
    example: 'The army broke out of the beachhead , took the town , and raced to Tarnwick .',
    apply: () => false,
  },
]);

/** What a subject rescue sees: the sentence's finite verbs, what pass 2 found for each, and which one is asked about. */
export interface RescueCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  list: readonly VerbGroup[];
  found: readonly FoundSubject[];
  vi: number;
  off: RulesOff;
}

/** Pass 2 left the verb without a subject of its own (none, nor a coordinated one). */
const lacks = ({ found, vi }: RescueCtx): boolean => !found[vi]!.who && !found[vi]!.coordinated;

/** f opens the sentence, or follows an opening word or phrase and its comma, with no verb before ("Indeed, the art ..."). */
function opensSentence(s: AnnotatedSentenceX, toks: Token[], f: number): boolean {
  return f === 0 || (/^,\s*$/.test(toks[f - 1]!.post) && f <= 5 && !s.verbs.some((g) => g.first < f) && !toks.slice(0, f - 1).some((x) => /[,;:]/.test(x.post)));
}

const coordinated: FoundSubject = { who: null, coordinated: true, relative: false };

/** The token before v, past adverbs (as findSubject walks). */
function beforeAdverbs(toks: Token[], v: VerbGroup): number {
  let k = v.first - 1;
  while (k >= 0 && has(toks[k], 'Adverb') && !/[,;]/.test(toks[k]!.post) && !COORD.has(toks[k]!.norm)) k--;
  return k;
}

/** One word (or a verb and its particle), a simple past, after any adverbs of the group ("carefully measured"). */
function simplePast(toks: Token[], g: VerbGroup): boolean {
  let first = g.first;
  while (first < g.last && has(toks[first], 'Adverb') && !has(toks[first], 'Verb')) first++;
  if (first !== g.last && !(g.last === first + 1 && has(toks[g.last], 'Particle'))) return false;
  const w = toks[first]!;
  return has(w, 'PastTense') && !has(w, 'Passive') && /^[a-z]+$/.test(w.text);
}

const PREPOSITION_AFTER = /^(?:by|for|as|in|on|at|into|from|with|to|under|after|during|through)$/;

export const RESCUE_SUBJECT_RULES_9 = rules<RescueCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'series-verb-after-adverb',
    description: 'a simple past after a comma and an adverb ("..., carefully measured") that follows the object of another simple past, in a series that closes with "and" and a verb, shares that verb\'s subject',
    example: 'The inspector showed up with a level, carefully measured every wall and wrote a report',
    apply: (c) => {
      if (!lacks(c)) return undefined;
      const { s, toks, list, vi } = c;
      const v = list[vi]!;
      const prev = list[vi - 1];
      const k = beforeAdverbs(toks, v);
      const adverbs = k < v.first - 1 || (v.first < v.last && has(toks[v.first], 'Adverb') && !has(toks[v.first], 'Verb'));
      if (!prev || !adverbs || k <= prev.last || !/^,\s*$/.test(toks[k]!.post) || !simplePast(toks, v) || !simplePast(toks, prev) || SAY_LIKE.has(v.lemma) || SAY_LIKE.has(prev.lemma)) return undefined;
      const between = toks.slice(prev.last + 1, k + 1);
      if (between.length === 0 || between.length > 12 || /[,;:]/.test(toks[prev.last]!.post)) return undefined;
      if (between.slice(0, -1).some((x) => /[,;:()]/.test(x.post)) || between.some((x) => SUBORDINATORS.has(x.norm) || REL.has(x.norm) || COORD.has(x.norm) || opensQuote(x) || closesQuote(x))) return undefined;
      const closes = list.some((g) => g.first > v.last && /^(?:and|then)$/.test(toks[g.first - 1]?.norm ?? '') && !toks.slice(v.last + 1, g.first - 1).some((x) => /[;:]/.test(x.post) || SUBORDINATORS.has(x.norm)));
      return closes ? coordinated : undefined;
    },
  },
  {
    name: 'coordinated-verb-after-adjunct',
    description: 'a verb after "and" (or "but", "or") and an adjunct closed by a comma ("and, after serving a year, became"; "and apart from its use, can be"), with no finite verb in the adjunct, is coordinated with the verb before',
    example: 'Ana Vell was re-elected in 1841 and, after serving a year, became a judge',
    apply: (c) => {
      if (!lacks(c)) return undefined;
      const { toks, list, vi } = c;
      const v = list[vi]!;
      const prev = list[vi - 1];
      const k = beforeAdverbs(toks, v);
      if (!prev || k <= prev.last || !/^,\s*$/.test(toks[k]!.post)) return undefined;
      for (let a = k; a > prev.last && k - a < 12; a--) {
        const t = toks[a]!;
        if (COORD.has(t.norm)) {
          const first = toks[a + 1];
          // the adjunct opens with a preposition, a subordinator or an adverb: not a subject
          if (!first || a === k || !(has(first, 'Preposition') || SUBORDINATORS.has(first.norm) || has(first, 'Adverb') || /^(?:apart|aside)$/.test(first.norm)) || REL.has(first.norm)) return undefined;
          return coordinated;
        }
        if (a < k && /[;:()"“”]/.test(t.post)) return undefined;
        if (REL.has(t.norm) || (a < k && /,/.test(t.post) && !COORD.has(toks[a + 1]!.norm))) return undefined;
      }
      return undefined;
    },
  },
  {
    name: 'indefinite-else-subject',
    description: 'an indefinite pronoun and "else" ("everyone else", "nobody else") right before the verb is the subject',
    example: 'Everyone else is going to catch up with the Tarvel design',
    apply: (c) => {
      if (!lacks(c)) return undefined;
      const { s, toks, list, vi } = c;
      const v = list[vi]!;
      const k = beforeAdverbs(toks, v);
      const t = toks[k];
      const p = toks[k - 1];
      if (!t || !p || t.norm !== 'else' || /\S/.test(p.post) || !/^(?:everyone|everybody|everything|someone|somebody|something|anyone|anybody|anything|nobody|nothing|one)$/.test(p.norm)) return undefined;
      const f = p.norm === 'one' && toks[k - 2]?.norm === 'no' ? k - 2 : k - 1;
      return { who: phrase(s, f, k), coordinated: false, relative: false };
    },
  },
  {
    name: 'main-verb-after-relative-object',
    description: 'after a relative clause ("who", "that") on the noun phrase that opens the sentence, the next finite verb is the antecedent\'s, not the relative verb\'s object\'s, even when that object holds a pronoun, an infinitive or a number ("doctors who conducted tests on themselves report"); not after a verb that takes a clause ("who said the guard fled")',
    example: 'Some doctors who have conducted hours of tests on themselves report headaches',
    apply: ({ s, toks, list, found, vi }) => {
      const v = list[vi]!;
      const p = list[vi - 1];
      const ps = found[vi - 1];
      const cur = found[vi]!;
      if (!p || !ps || !ps.relative || !ps.who || cur.relative || cur.coordinated || SAY_LIKE.has(p.lemma) || CLAUSE_TAKING.test(p.lemma) || THAT_CLAUSE.test(p.lemma)) return undefined;
      if (cur.who && !(cur.who.first > p.last && cur.who.last < v.first)) return undefined;
      const rel = toks[ps.who.last + 1];
      if (!rel || !/^(?:who|that)$/.test(rel.norm) || rel !== toks[p.first - 1] || /[,;:]/.test(toks[ps.who.last]!.post)) return undefined;
      // the antecedent opens the sentence, or follows an opening adverb or phrase and its comma ("Thus, a woman who ...")
      if (!opensSentence(s, toks, ps.who.first)) return undefined;
      // between: the relative verb's object, with no clause break, no second clause, no subordinator
      const between = toks.slice(p.last + 1, v.first);
      if (between.length === 0 || between.length > 14 || /[,;:()"“”]/.test(toks[p.last]!.post)) return undefined;
      if (between.some((x) => /[,;:()"“”]|\s[-–—]/.test(x.post) || COORD.has(x.norm) || REL.has(x.norm) || SUBORDINATORS.has(x.norm) || opensQuote(x))) return undefined;
      return { who: ps.who, coordinated: false, relative: false };
    },
  },
]);

const PARTICIPLE_CLAIM_9 = rules<unknown, boolean>('kinds', [
  {
    name: 'participle-after-noun-comma',
    description: 'a past participle with no auxiliary and no subject of its own, right after a noun and a comma and before a preposition ("campaign, created by ..."), is a passive clause on that noun phrase (a reduced relative): a clause claim with who = the noun phrase and what = the participle and what follows up to the next break (build.ts, after attribution, like agent-passive-claim)',
    example: 'The firm spent $3 million on its campaign, created by the Tarvel agency in Dunmore',
    apply: () => false,
  },
]);

/** "its campaign, created by the Tarvel agency": claims for the finite-looking participles after "noun," that found no subject (so no claim). */
export function participleAfterCommaClaims(s: AnnotatedSentenceX, drafts: readonly DraftClaim[], finite: readonly VerbGroup[], off: RulesOff): DraftClaim[] {
  if (!isOn(PARTICIPLE_CLAIM_9[0]!, off) || s.kind !== 'text') return [];
  const toks = s.tokens;
  const out: DraftClaim[] = [];
  for (const v of finite) {
    if (drafts.some((d) => d.verb.first <= v.last && d.verb.last >= v.first)) continue;
    if (v.last - v.first > 1 || (v.last !== v.first && !has(toks[v.last], 'Particle'))) continue;
    const head = toks[v.first]!;
    const b = toks[v.first - 1];
    const nx = toks[v.last + 1];
    if (!b || !nx || !/^,\s*$/.test(b.post) || !(has(head, 'PastTense') || has(head, 'Participle')) || has(head, 'Auxiliary') || has(head, 'Copula') || !/(?:ed|en|wn|ne|lt|ght|up|out|own)$/.test(toks[v.last]!.norm)) continue;
    if (!PREPOSITION_AFTER.test(nx.norm) || !isNounish(b) || has(b, 'Pronoun') || has(b, 'Date') || /^\d/.test(b.text)) continue;
    const f = npLeft(toks, v.first - 1, 0, off);
    if (f < 0 || f > v.first - 1 || has(toks[f], 'Preposition') || s.verbs.some((g) => g.last >= f && g.first < v.first)) continue;
    // the participle phrase: up to the next break, a finite verb, a relative word or a conjunction
    let e = v.last + 1;
    while (e + 1 < toks.length && e - v.last < 14) {
      if (BREAK.test(toks[e]!.post) || /[.!?]\s*$/.test(toks[e]!.post)) break;
      const n = toks[e + 1]!;
      if (finite.some((g) => g.first === e + 1) || REL.has(n.norm) || COORD.has(n.norm) || (SUBORDINATORS.has(n.norm) && n.norm !== 'that')) break;
      e++;
    }
    const host = drafts.find((d) => d.verb.last < v.first && d.endToken > v.first) ?? null;
    out.push(reducedRelativeDraft(s, v, phrase(s, f, v.first - 1), e, host));
  }
  return out;
}

/** Finite-verb vetoes: "this group is not a clause's main verb" (read by finite.ts with its own). */
export const FINITE_RULES_9 = rules<FiniteCtx, boolean>('finite', [
  {
    name: 'present-word-closing-object',
    description: 'a one-word present form with nothing after it in its clause (a comma, a period, or an adverb and a preposition or subordinator follows), right after a noun that is part of an earlier verb\'s object with no clause break between, is the plural or the head of that noun compound, not a finite verb; not after a verb that takes a clause or a relative clause\'s verb',
    example: 'The Tarvel mill has no history of typewriter use, and its staff still write by hand.',
    apply: ({ s, v, prev, toks, first, before, aux }) => {
      // the word, and any adverbs the group took after it ("plants recently")
      const head = first;
      const rest = toks.slice(v.first + 1, v.last + 1);
      const after = toks[v.last + 1];
      if (rest.some((x) => !has(x, 'Adverb') || has(x, 'Verb')) || rest.length > 1) return false;
      const end = toks[v.last]!;
      if (!prev || aux || !before || !after || /\S/.test(before.post) || has(head, 'PastTense') || has(head, 'Copula') || has(head, 'Auxiliary') || has(head, 'Modal') || /(?:ed|ing)$/.test(head.norm) || !/^[a-z]+$/.test(head.text)) return false;
      if (!isNounish(before) || has(before, 'Pronoun') || has(before, 'Date') || /^\d/.test(before.text)) return false;
      // nothing after it in its clause
      const closes = /[,;:.!?]/.test(end.post) || ((rest.length > 0 || has(after, 'Adverb')) && (SUBORDINATORS.has((rest.length > 0 ? after : toks[v.last + 2])?.norm ?? '') || /^(?:because|after|before)$/.test((rest.length > 0 ? after : toks[v.last + 2])?.norm ?? '')));
      if (!closes || s.kind === 'headline') return false;
      // an earlier verb whose object runs up to this word, with no clause break between
      if (SAY_LIKE.has(prev.lemma) || CLAUSE_TAKING.test(prev.lemma) || THAT_CLAUSE.test(prev.lemma) || has(toks[prev.last], 'Copula')) return false;
      // not a participle opening the sentence ("Based on the number of shares, that gives ..."): the comma may close that opener
      if (prev.first === 0 && /(?:ed|ing)$/.test(toks[prev.last]!.norm)) return false;
      const rel = toks[prev.first - 1];
      if (rel && (REL.has(rel.norm) || SUBORDINATORS.has(rel.norm))) return false;
      const between = toks.slice(prev.last + 1, v.first);
      if (between.length < 1 || between.length > 10 || /[,;:()"“”]/.test(toks[prev.last]!.post)) return false;
      return !between.some((x) => /[,;:()"“”]|\s[-–—]\s/.test(x.post) || REL.has(x.norm) || SUBORDINATORS.has(x.norm) || x.norm === 'but' || x.norm === 'or' || has(x, 'Pronoun') && !has(x, 'Possessive'));
    },
  },
]);

/** Verbs whose object can be followed by an indirect question ("asked the official where the money went"). */
const QUESTION_VERB = /^(?:ask|asks|asked|asking|tell|tells|told|telling|show|shows|showed|shown|showing|teach|teaches|taught|remind|reminds|reminded|inform|informs|informed|know|knows|knew|known|wonder|wonders|wondered|explain|explains|explained|learn|learns|learned|learnt|find|finds|found|see|sees|saw|seen|decide|decides|decided|say|says|said)$/;

/**
 * "the Harbour Hotel where the talks were held", "the city of canals where many groups live",
 * "the mill, from where a line ran": "where" right after a noun phrase with its article (a name or
 * an "of" phrase inside it), or "from where" after a noun and a comma, is a relative clause about
 * that place; not when the noun phrase is the object of a verb that takes a question.
 */
export function relativeWhereAfterPlace(toks: readonly Token[], at: number): boolean {
  const w = toks[at];
  let b = toks[at - 1];
  if (!w || w.norm !== 'where' || !b) return false;
  if (/^(?:from|to)$/.test(b.norm) && !/\S/.test(b.post)) {
    const n = toks[at - 2];
    return Boolean(n && /^,\s*$/.test(n.post) && (has(n, 'Noun') || has(n, 'ProperNoun')) && !has(n, 'Pronoun') && !has(n, 'Verb'));
  }
  if (/\S/.test(b.post) || !(has(b, 'Noun') || has(b, 'ProperNoun')) || has(b, 'Pronoun') || has(b, 'Verb') || has(b, 'Date')) return false;
  let j = at - 1;
  while (j > 0 && at - j < 7) {
    const p = toks[j - 1]!;
    if (/\S/.test(p.post) || has(p, 'Determiner') || has(p, 'Pronoun')) break;
    if (!(has(p, 'Adjective') || has(p, 'Noun') || has(p, 'ProperNoun') || has(p, 'Gerund') || p.norm === 'of')) return false;
    j--;
  }
  const det = toks[j - 1];
  if (!det || !/^(?:a|an|the)$/.test(det.norm) || /\S/.test(det.post)) return false;
  const v = toks[j - 2];
  return !(v && QUESTION_VERB.test(v.norm));
}

const ASSERT_SWITCHES_9 = rules<unknown, boolean>('negation', [
  {
    name: 'where-after-place',
    description: '"where" right after a noun phrase with its article, a name or an "of" phrase in it ("the Harbour Hotel where"), or "from where" after a noun and a comma, opens a relative clause about that place, which is asserted, unless the phrase is the object of a verb that takes a question; a switch read by unasserted-clause',
    example: 'The talks were held at the Harbour Hotel where Ana Vell signed the pact',
    apply: () => false,
  },
]);

/** Every rule of this file, for rules.ts. */
export const RECALL_RULES_9 = [...TOKEN_SWITCHES_9, ...RESCUE_SUBJECT_RULES_9, ...ASSERT_SWITCHES_9, ...PARTICIPLE_CLAIM_9, ...FINITE_RULES_9] as readonly Rule<never, unknown>[];
