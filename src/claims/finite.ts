/**
 * Pass 1, finite verbs: which of compromise's verb groups are the main verb of a clause. A
 * group is finite unless a rule below says otherwise (an infinitive, a participle used as an
 * adjective, a noun compromise read as a verb, ...). The check runs twice: first on each group
 * alone (no neighbours), then on the survivors with the finite verbs before and after them.
 * It also pairs a hedging passive with its infinitive ("is said to have left").
 *
 *   "Footage shared on social media showed the city damaged by the war."
 *   → finite: "showed"; not "shared" (a reduced relative) nor "damaged" (a participle with its agent)
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { HEDGE_PASSIVES, MODALS, SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import { parentheticalSpeech } from './subjects.js';
import { anyRule, isOn, rules, type RulesOff } from './rule.js';
import { canBeVerb, lexicon, stripS } from '../annotate/known.js';
import { closesAside } from './phrase.js';
import { CLAUSE_TAKING, COORD, has, isNounish, opensQuote } from './words.js';
import { afterRelativeAside } from './appositive-subject.js';
import { relativeThatSVerb, relativeThatWithObject } from './relative.js';
import { objectRelativeSpeech, speechAfterLater } from './speakers-6.js';
import { reducedRelativeBeforeTime } from './subjects-6.js';
import { mainVerbAfterSubjectRelative, participleAside } from './tuples-7.js';
import { coordinatedSVerb } from './verbs-8.js';
import { FINITE_RULES_9 as FINITE_PRECISION_RULES_9 } from './precision-9.js';
import { FINITE_RULES_9 as FINITE_RECALL_RULES_9 } from './recall-9.js';
import { FINITE_RULES_10 as FINITE_PRECISION_RULES_10 } from './precision-10.js';

/** What a finite-verb rule sees. `prev`/`next`: the neighbouring groups that passed the first check (none in the first). */
export interface FiniteCtx {
  s: AnnotatedSentenceX;
  v: VerbGroup;
  prev: VerbGroup | undefined;
  next: VerbGroup | undefined;
  toks: Token[];
  first: Token;
  head: Token;
  before: Token | undefined;
  after: Token | undefined;
  /** More than one word. */
  multi: boolean;
  /** Opens with an auxiliary, copula or modal. */
  aux: boolean;
  off: RulesOff;
}

const isIng = (t: Token): boolean => has(t, 'Gerund') || (/ing$/.test(t.norm) && !has(t, 'PastTense'));
/** After "and"/"or" or a comma (not closing an aside), a one-word present-tense group. */
const afterJoin = ({ s, multi, before, toks, v, off }: FiniteCtx): boolean =>
  !multi && Boolean(before) && (before!.norm === 'and' || before!.norm === 'or' || (/,/.test(before!.post) && !closesAside(toks, v.first, off) && !afterParentheticalSpeech(s, v, off))) && !has(toks[v.first], 'PastTense');

/** "The bridge, the mayor said, is unsafe": the clause goes on after a speech verb set off by commas. */
function afterParentheticalSpeech(s: AnnotatedSentenceX, v: VerbGroup, off: RulesOff): boolean {
  const g = s.verbs.find((w) => w.last === v.first - 1);
  return Boolean(g && parentheticalSpeech(s, g, off));
}

/** Each rule: "this group is not a clause's main verb". */
export const FINITE_RULES = rules<FiniteCtx, boolean>('finite', [
  {
    name: 'to-infinitive',
    description: 'a verb after "to" is an infinitive',
    example: 'The union plans to strike',
    apply: ({ before }) => Boolean(before && before.norm === 'to'),
  },
  {
    name: 'being-having',
    description: '"being" and "having" open participle phrases',
    example: 'Having fled the city, she said',
    apply: ({ first }) => first.norm === 'being' || first.norm === 'having',
  },
  {
    name: 'subject-before-auxiliary',
    description: 'a one-word "verb" right before an auxiliary is its subject',
    example: 'the 60-year-old dam had been weakened',
    apply: ({ multi, after, first, v }) =>
      !multi && Boolean(after) && (has(after, 'Auxiliary') || has(after, 'Modal') || /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)$/.test(after!.norm)) && !has(first, 'Auxiliary') && !has(first, 'Modal') && !has(first, 'Copula') && !SAY_LIKE.has(v.lemma),
  },
  {
    name: 'hyphenated-compound',
    description: 'a hyphenated compound is a noun',
    example: 'the line-up, a sell-off, a break-in',
    apply: ({ toks, v }) => toks.slice(v.first, v.last).some((t) => t.post === '-'),
  },
  {
    name: 'right-after-verb',
    description: 'a one-word group directly after another verb group is part of it',
    example: 'had taken part; will help build',
    apply: ({ prev, v, toks, multi, off }) => Boolean(prev && prev.last === v.first - 1 && !/[,;:]/.test(toks[prev.last]!.post) && !multi && !SAY_LIKE.has(prev.lemma)) && !objectRelativeSpeech(toks, v, off),
  },
  {
    name: 'plural-noun-compound',
    description: 'after "and" or a comma, a "verb" before a plural noun is part of a noun compound',
    example: 'soldiers and police officers',
    apply: (c) => afterJoin(c) && Boolean(c.after && has(c.after, 'Noun') && !has(c.after, 'Pronoun') && !has(c.after, 'Determiner') && !has(c.after, 'Value') && has(c.after, 'Plural')),
  },
  {
    name: 'present-noun-in-past-sentence',
    description: 'after "and" or a comma, a present-tense "verb" after a simple past verb is a noun',
    example: 'they took cars, and cash from the bank',
    apply: (c) => {
      const p = c.prev;
      // a form of "be" is never a noun: "The term, defined as a stout horse, is a body type"
      if (!afterJoin(c) || !p || (isOn({ name: 'copula-never-noun' }, c.off) && (has(c.head, 'Copula') || has(c.head, 'Auxiliary'))) || (isOn({ name: 'coordinated-s-verb-with-object' }, c.off) && coordinatedSVerb(c))) return false;
      const group = c.toks.slice(p.first, p.last + 1);
      return group.some((t) => has(t, 'PastTense')) && !group.some((t) => has(t, 'Auxiliary') || has(t, 'Modal'));
    },
  },
  // the rules below apply only to a group that does not open with an auxiliary
  {
    name: 'gerund',
    description: 'an -ing form without an auxiliary is a participle',
    example: 'Crowds gathered, chanting slogans',
    apply: ({ aux, first }) => !aux && (has(first, 'Gerund') || (/ing$/.test(first.norm) && !has(first, 'PastTense') && !['is', 'are', 'was', 'were', 'be'].includes(first.norm))),
  },
  {
    name: 'adverbs-and-gerund',
    description: 'adverbs then an -ing form is a participle',
    example: 'freely entering the palace',
    apply: ({ aux, head, toks, v }) => !aux && isIng(head) && toks.slice(v.first, v.last).every((t) => has(t, 'Adverb')),
  },
  {
    name: 'noun-after-modifier',
    description: 'a present "verb" after an adjective, number, determiner or possessive is a noun',
    example: 'the 24-year-long reign; half a million lives',
    apply: ({ aux, multi, head, before, toks, v, off }) =>
      !aux && !multi && !has(head, 'PastTense') && !/^(?:has|have|had)$/.test(head.norm) && Boolean(before) &&
      !(/[,;]/.test(before!.post) && (has(head, 'Copula') || has(head, 'Auxiliary') || closesAside(toks, v.first, off))) &&
      (has(before, 'Adjective') || has(before, 'Value') || has(before, 'Determiner') || has(before, 'Possessive')) && !has(before, 'Copula') && !has(before, 'Pronoun') &&
      !(isOn({ name: 'demonstrative-subject' }, off) && demonstrativeSubject({ toks, v, head, before })) &&
      !(isOn({ name: 'relative-that-verb' }, off) && relativeThatWithObject(toks, v)) &&
      !(isOn({ name: 'copula-never-noun' }, off) && has(head, 'Copula')) &&
      !(isOn({ name: 'numbered-name-subject' }, off) && numberedName(toks, v, head, before!)) &&
      !(isOn({ name: 'relative-that-s-verb' }, off) && relativeThatSVerb(toks, v, head, before!)),
  },
  {
    name: 'copula-never-noun',
    description: 'a one-word form of "be" after a number, determiner or comma is a verb, never a noun (a switch read by noun-after-modifier and present-noun-in-past-sentence)',
    example: 'Of the 300 workers, 40 are in the field; Both are in hospital',
    apply: () => false,
  },
  {
    name: 'numbered-name-subject',
    description: 'a number right after a capitalised name labels it ("Hoechst 33342", "Flight 370"): an -s verb after it is the name\'s verb, not a noun the number counts (a switch read by noun-after-modifier)',
    example: 'Hoechst 33342 exhibits a greater permeability; Route 9 crosses the river',
    apply: () => false,
  },
  {
    name: 'relative-that-s-verb',
    description: '"that" after a noun, then an -s word and an object, is a relative pronoun and its verb ("that" takes no plural noun); a switch read by noun-after-modifier',
    example: 'The single that holds the album\'s name is a ballad',
    apply: () => false,
  },
  {
    name: 'participle-after-subordinator',
    description: 'a past participle right after "as", "if", "when", "once", "unless", "until", "though", "although" or "than", with no subject between, is a reduced clause, not a finite verb',
    example: 'His early years, as seen in the novel, were re-imagined; if elected, she will serve',
    apply: ({ aux, multi, head, before }) => !aux && !multi && Boolean(before) && /^(?:as|if|when|once|unless|until|though|although|than)$/.test(before!.norm) && !/[,;:]/.test(before!.post) && (has(head, 'Participle') || (has(head, 'PastTense') && /(?:ed|en|wn|ne)$/.test(head.norm))),
  },
  {
    name: 's-word-in-noun-compound',
    description: 'an -s "verb" after a singular noun, before a verb or after a preposition, is a plural in a noun compound',
    example: 'cargo ships wait; sending freight rates higher',
    apply: (c) => {
      const { toks, v, s } = c;
      if (!sWordAfterNoun(c)) return false;
      const bb = toks[v.first - 2];
      const nx = toks[v.last + 1];
      return (s.kind !== 'headline' && Boolean(nx) && has(nx, 'Verb') && !has(nx, 'Noun') && !has(nx, 'Adverb') && !/^\p{Lu}/u.test(nx!.text)) || Boolean(bb && (has(bb, 'Gerund') || has(bb, 'Preposition')));
    },
  },
  {
    name: 's-word-in-prepositional-phrase',
    description: 'an -s "verb" after a preposition (not "of"), an article and a singular noun, with no object after it, is a plural noun of the preposition\'s phrase',
    example: 'a shift in the battleground states in her favour',
    apply: (c) => {
      const { toks, v } = c;
      if (!sWordAfterNoun(c)) return false;
      const det = toks[v.first - 2];
      const prep = toks[v.first - 3];
      // not after "of" ("the head of the agency says"), nor before an object ("the panel of the series shows her")
      const nx = toks[v.last + 1];
      const objectNext = nx && !/[,;:.]/.test(toks[v.last]!.post) && (has(nx, 'Determiner') || has(nx, 'Pronoun') || has(nx, 'Value') || nx.norm === 'that' || has(nx, 'ProperNoun'));
      return Boolean(det && prep && has(det, 'Determiner') && !/[,;:]/.test(det.post + prep.post) && has(prep, 'Preposition') && !['that', 'as', 'than', 'of'].includes(prep.norm) && !objectNext);
    },
  },
  {
    name: 's-word-object-of-verb',
    description: 'an -s "verb" after a noun that is the object of a verb not taking a clause is a plural',
    example: 'kept interest rates on hold',
    apply: (c) => {
      const { toks, v, s } = c;
      if (!sWordAfterNoun(c)) return false;
      const bb = toks[v.first - 2];
      const owner = bb && s.verbs.find((w) => w.last === v.first - 2);
      return Boolean(owner && s.kind !== 'headline' && !/[,;:]/.test(bb!.post) && !SAY_LIKE.has(owner.lemma) && !CLAUSE_TAKING.test(owner.lemma) && !has(bb, 'Auxiliary') && !has(bb, 'Copula') && !has(bb, 'Modal'));
    },
  },
  {
    name: 'participle-with-agent',
    description: 'a past participle with its "by" agent and no auxiliary modifies the noun before it',
    example: 'a city damaged by the war; photo provided by the army',
    apply: ({ aux, head, toks, v, before }) => !aux && has(head, 'PastTense') && toks[v.last + 1]?.norm === 'by' && Boolean(before) && (isNounish(before!) || has(before, 'Adverb')) && !has(before, 'Pronoun'),
  },
  {
    name: 'participle-on-object',
    description: 'a participle after the object of an earlier verb modifies that object',
    example: 'they arrested groups linked to the attack',
    apply: ({ s, aux, multi, head, before, prev, v, toks, off }) => {
      // a speech verb's participle that is not its past ("written", "spoken") modifies the object too: "can run software written for older models"
      if (aux || multi || !has(head, 'PastTense') || !before || !isNounish(before) || has(before, 'Pronoun') || !prev || reducedRelativeBeforeTime(s, prev, v, off) || (isOn({ name: 'subject-before-participle-aside' }, off) && participleAside(toks, v.first - 1, 0) === prev.first) || (isOn({ name: 'main-verb-after-subject-relative' }, off) && mainVerbAfterSubjectRelative(toks, v, prev, off)) || (isOn({ name: 'verb-after-relative-aside' }, off) && afterRelativeAside(toks, v.first)) || (SAY_LIKE.has(v.lemma) && !/en$/.test(head.norm)) || /,/.test(toks[prev.last]!.post) || SAY_LIKE.has(prev.lemma) || /^(?:think|believe|know|hope|fear|expect|show|see|suggest|indicate|find|learn|feel|realise|realize|hear|say)$/.test(prev.lemma)) return false;
      const between = toks.slice(prev.last + 1, v.first);
      const clean = between.length <= 8 && !between.some((t) => t.norm === 'that' || t.norm === 'and' || t.norm === 'but' || SUBORDINATORS.has(t.norm) || /[;:]/.test(t.post) || (/,/.test(t.post) && t !== between[between.length - 1]));
      const nextTok = toks[v.last + 1];
      return clean && (!nextTok || has(nextTok, 'Preposition') || /,/.test(head.post) || opensQuote(nextTok) || nextTok.norm === 'to');
    },
  },
  {
    name: 'participle-as-adjective',
    description: 'a past participle between a determiner, preposition or verb and a noun is an adjective',
    example: 'the destroyed statue; from flooded homes; paraded captured members',
    apply: ({ aux, multi, head, before, after, toks, v, off }) =>
      !aux && !multi && has(head, 'PastTense') && Boolean(before) && !/[,;:"“”]/.test(before!.post) &&
      !(isOn({ name: 'relative-that-verb' }, off) && relativeThatWithObject(toks, v)) &&
      !(isOn({ name: 'demonstrative-past-verb' }, off) && demonstrativePast(toks, v, head, before!)) && !speechAfterLater(toks, v, off) &&
      !(isOn({ name: 'past-after-who' }, off) && before!.norm === 'who') &&
      (has(before, 'Determiner') || has(before, 'Possessive') || has(before, 'Adjective') || (has(before, 'Preposition') && !['as', 'that', 'than'].includes(before!.norm)) || (has(before, 'Verb') && !has(before, 'Auxiliary') && !has(before, 'Copula'))) &&
      Boolean(after) && has(after, 'Noun') && !has(after, 'Pronoun') && !has(after, 'Determiner') && !/[,;]/.test(head.post),
  },
  {
    name: 'demonstrative-past-verb',
    description: '"This" or "That" opening a clause, then a word compromise\'s lexicon lists as a simple past (not an adjective), is the subject and its verb; a switch read by participle-as-adjective',
    example: 'This led the mayor to resign; That prompted a recount',
    apply: () => false,
  },
  {
    name: 'noun-after-preposition',
    description: 'a present "verb" after a preposition, article or possessive is a noun',
    example: 'after talks with the union; the attacks',
    apply: (c) =>
      !c.aux && !c.multi && !has(c.head, 'PastTense') && Boolean(c.before) &&
      ['after', 'before', 'of', 'with', 'for', 'about', 'amid', 'despite', 'during', 'in', 'on', 'at', 'from', 'by', 'over', 'under', 'without', 'between', 'among', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those'].includes(c.before!.norm) &&
      !(isOn({ name: 'demonstrative-subject' }, c.off) && demonstrativeSubject(c)),
  },
  {
    name: 'infinitive-after-preposition',
    description: 'an infinitive after a preposition',
    example: 'after giving evidence',
    apply: ({ aux, before, first }) => !aux && Boolean(before && has(before, 'Preposition') && !['as', 'that'].includes(before.norm)) && has(first, 'Infinitive'),
  },
  {
    name: 'reduced-relative',
    description: 'a participle after a noun, with an adjunct, before the clause\'s verb modifies the noun',
    example: 'videos circulated on social media showed; footage shared on social media showed',
    apply: ({ aux, head, before, v, toks, next, off }) => {
      if (aux || !has(head, 'PastTense') || !before || !isNounish(before) || has(before, 'Pronoun') || (isOn({ name: 'verb-after-relative-aside' }, off) && afterRelativeAside(toks, v.first)) || !(!SAY_LIKE.has(v.lemma) || /^(?:share|post|tweet)$/.test(v.lemma))) return false;
      const after = toks[v.last + 1];
      if (!(after && (has(after, 'Preposition') || has(after, 'Adverb')) && !/,/.test(head.post)) || !next) return false;
      // commas are fine when the next verb has no subject of its own: "Footage shared across X, particularly on Y, showed"
      const noOwnSubject = /,/.test(toks[next.first - 1]!.post);
      const punct = noOwnSubject ? /[;:"“”]/ : /[,;:"“”]/;
      for (let k = v.last + 1; k < next.first; k++) {
        const tk = toks[k]!;
        if (punct.test(tk.post) || COORD.has(tk.norm) || (SUBORDINATORS.has(tk.norm) && !(noOwnSubject && k === v.last + 1 && tk.norm === 'as' && /^(?:a|an|the)$/.test(toks[k + 1]?.norm ?? ''))) || (has(tk, 'Verb') && !has(tk, 'Hyphenated'))) return false;
      }
      return next.first - v.last <= 12;
    },
  },
]);

/**
 * "This raised the river", "These include two mills": a demonstrative opening its clause, then a
 * verb: after "this" (or "that" opening the sentence) an -s word (a singular demonstrative takes no plural noun), after "these" or
 * "those" a plain verb form followed by a determiner, number or pronoun (its object).
 */
function demonstrativeSubject({ toks, v, head, before }: Pick<FiniteCtx, 'toks' | 'v' | 'head' | 'before'>): boolean {
  if (!before || /\S/.test(before.post)) return false;
  const b = v.first - 1;
  const p = toks[b - 1];
  if (p && !/[,;:]/.test(p.post) && !COORD.has(p.norm) && p.norm !== 'that' && !SUBORDINATORS.has(p.norm)) return false;
  if (before.norm === 'this' || (before.norm === 'that' && (!p || /[;:]/.test(p.post)))) return /[^su]s$/.test(head.norm) && (has(head, 'Verb') || canBeVerb(stripS(head.norm)) || canBeVerb(head.norm.slice(0, -1)));
  if (before.norm !== 'these' && before.norm !== 'those') return false;
  const obj = toks[v.last + 1];
  return !/s$/.test(head.norm) && has(head, 'Verb') && !has(head, 'Noun') && Boolean(obj) && (has(obj, 'Determiner') || has(obj, 'Value') || (has(obj, 'Pronoun') && !has(obj, 'Possessive')) || has(obj, 'Possessive'));
}

/** "This led the mayor to resign": a demonstrative opening its clause, then a listed simple past. */
function demonstrativePast(toks: Token[], v: VerbGroup, head: Token, before: Token): boolean {
  if (!/^(?:this|that)$/.test(before.norm) || /\S/.test(before.post)) return false;
  const p = toks[v.first - 2];
  if (p && !/[;:]/.test(p.post) && !(before.norm === 'this' && COORD.has(p.norm))) return false;
  return lexicon(head.norm) === 'PastTense';
}

/** "Hoechst 33342 exhibits a greater permeability": a number labelling the capitalised name before it, then an -s verb and its object. */
function numberedName(toks: Token[], v: VerbGroup, head: Token, before: Token): boolean {
  const name = toks[v.first - 2];
  const obj = toks[v.last + 1];
  return /^\d+$/.test(before.text) && /[^su]s$/.test(head.norm) && has(head, 'Verb') && !/\S/.test(before.post) && Boolean(name && /^\p{Lu}/u.test(name.text) && (has(name, 'Noun') || has(name, 'ProperNoun')) && !has(name, 'Date') && !/\S/.test(name.post)) && Boolean(obj && (has(obj, 'Determiner') || has(obj, 'Value') || has(obj, 'Possessive')));
}

/** An -s "verb" after a singular noun with no comma between. */
function sWordAfterNoun({ aux, multi, head, before }: FiniteCtx): boolean {
  return !aux && !multi && /s$/.test(head.norm) && head.norm.length > 3 && !has(head, 'Copula') && !has(head, 'Auxiliary') && !has(head, 'PastTense') && Boolean(before) && !/[,;]/.test(before!.post) && has(before, 'Noun') && !has(before, 'Pronoun') && !has(before, 'Plural');
}

function finiteCtx(s: AnnotatedSentenceX, v: VerbGroup, prev: VerbGroup | undefined, next: VerbGroup | undefined, off: RulesOff): FiniteCtx {
  const toks = s.tokens;
  const first = toks[v.first]!;
  const multi = v.last > v.first;
  const aux = multi && (has(first, 'Auxiliary') || has(first, 'Copula') || has(first, 'Modal') || MODALS.has(first.norm) || ['will', 'would', 'can', 'shall', 'should', 'must', 'do', 'does', 'did', 'has', 'have', 'had'].includes(first.norm));
  return { s, v, prev, next, toks, first, head: toks[v.last]!, before: toks[v.first - 1], after: toks[v.last + 1], multi, aux, off };
}

/** The finite verb groups of a sentence, in order, and the hedging passives paired with their infinitive. */
export function finiteVerbs(s: AnnotatedSentenceX, off: RulesOff): { verbs: VerbGroup[]; finite: VerbGroup[]; hedgedBy: Map<VerbGroup, VerbGroup> } {
  const toks = s.tokens;
  const verbs = [...s.verbs].sort((a, b) => a.first - b.first);
  const veto = (ctx: FiniteCtx): boolean => anyRule(FINITE_RULES, ctx, off) || anyRule(FINITE_PRECISION_RULES_9, ctx, off) || anyRule(FINITE_RECALL_RULES_9, ctx, off) || anyRule(FINITE_PRECISION_RULES_10, ctx, off);
  const basic = verbs.filter((v) => !veto(finiteCtx(s, v, undefined, undefined, off)));
  const finite = basic.filter((v, i) => !veto(finiteCtx(s, v, basic[i - 1], basic[i + 1], off)) && !reducedRelativeBeforeTime(s, v, basic[i + 1], off));
  // merge hedge passives with their infinitive: "is said to have left", "is understood to be"
  const hedgedBy = new Map<VerbGroup, VerbGroup>();
  for (const v of finite) {
    if (!v.passive || !HEDGE_PASSIVES.has(v.lemma)) continue;
    if (toks[v.last + 1]?.norm !== 'to') continue;
    const inf = verbs.find((w) => w.first === v.last + 2 || w.first === v.last + 3);
    if (inf) hedgedBy.set(v, inf);
  }
  return { verbs, finite, hedgedBy };
}
