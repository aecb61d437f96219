/**
 * Noun phrases for the passes: the phrase a claim names (its text span and the mention that
 * heads it), the walk left from a verb to the start of its subject, and the asides set off by
 * commas that a subject may carry ("Ana Ruiz, 45, of Leeds, said").
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { TypedMention } from '../annotate/entities.js';
import { TITLES } from '../annotate/lexicon.js';
import type { Phrase } from './draft.js';
import { anyRule, firstRule, rules, type RulesOff } from './rule.js';
import { COORD, NP_PREPS, REL, has, isModifier, isNounish } from './words.js';
import { NP_RULES_6 } from './np-6.js';
import { SPEECH_NP_RULES_8 } from './speech-8.js';

export function phrase(s: AnnotatedSentenceX, first: number, last: number): Phrase {
  const toks = s.tokens;
  // "that ships", "Sunday that Valdora", "a news conference that the city": the subject follows "that"
  for (let k = last - 1; k >= first; k--) {
    if (toks[k]!.norm === 'that' && k < last) {
      // "That method relies on ...", "But that plan failed": a demonstrative opening its clause stays
      const b = toks[k - 1];
      if (k === first && (!b || COORD.has(b.norm) || /[;:]/.test(b.post)) && !has(toks[k], 'Pronoun')) break;
      first = k + 1;
      break;
    }
  }
  while (first < last && (s.times.some((t) => toks[first]!.start >= t.start && toks[first]!.end <= t.end) || has(toks[first], 'Date') || COORD.has(toks[first]!.norm))) first++;
  const start = toks[first]!.start;
  let end = toks[last]!.end;
  let text = s.text.slice(start - s.start, end - s.start);
  // strip trailing punctuation that belongs to the sentence, keep closing quotes balanced enough
  // (a period the last word owns stays: "Joseph Ruiz Jr.", "(D-N.C.)")
  const trimmed = toks[last]!.text.endsWith('.') && text.endsWith(toks[last]!.text) ? text : text.replace(/[\s,;:.!?—–-]+$/u, '');
  end -= text.length - trimmed.length;
  text = trimmed;
  if ((text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length && s.text[end - s.start] === ')') {
    end++;
    text += ')';
  }
  const mention = headMention(s, first, start, end);
  return { start, end, text, first, last, mention };
}

/**
 * The mention that heads a phrase: the first name in it, when only determiners, adjectives,
 * demonyms and titles precede it and it is not a possessive ("Russia's military" is not Russia).
 */
function headMention(s: AnnotatedSentenceX, first: number, start: number, end: number): TypedMention | null {
  const m = s.mentions.find((x) => x.start >= start && x.end <= end);
  if (!m) return null;
  const toks = s.tokens;
  const mFirst = toks.findIndex((t) => t.start >= m.start);
  for (let k = first; k < mFirst; k++) {
    const t = toks[k]!;
    const titleLike =
      TITLES.has(t.norm) || /^\p{Lu}/u.test(t.text) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Demonym') || has(t, 'Value') ||
      (has(t, 'Noun') && !has(t, 'Possessive') && !has(t, 'Pronoun') && !/['’]s$/.test(t.text) && !has(t, 'Preposition') && !/,/.test(t.post));
    if (!titleLike) return null;
  }
  const lastTok = toks.filter((t) => t.start < m.end).pop();
  if (lastTok && /['’]s?$/.test(lastTok.text) && lastTok.end <= end && m.end < end) return null;
  return m;
}

/** Where the walk left stands: the phrase starts at `i`; `p` is the token before it. */
interface NpStep {
  toks: Token[];
  i: number;
  floor: number;
  taken: number;
  p: Token;
}
/** How far a step goes: take `take` more tokens, and stop there when `stop`. */
interface NpMove {
  take: number;
  stop?: boolean;
}

/** "the 24-year-long reign of X": a noun compromise tagged as a verb, after a determiner or adjective. */
const nounAsVerb = (t: Token, prevT: Token | undefined): boolean => has(t, 'Verb') && !has(t, 'PastTense') && !has(t, 'Gerund') && Boolean(prevT && (has(prevT, 'Determiner') || has(prevT, 'Adjective') || has(prevT, 'Possessive')));

/** One step of the walk left over a noun phrase, tried in order; none applies: the phrase starts here. */
export const NP_RULES = rules<NpStep, NpMove | undefined>('subjects', [
  {
    name: 'np-stops-at-punctuation',
    description: 'punctuation after the previous word ends the phrase, except a hyphen join',
    example: 'Officials, police said',
    apply: ({ p }) => (/[,;:.!?()"“”—–]/.test(p.post) && !(p.post.trim() === '-' || /^\s*$/.test(p.post)) ? { take: 0, stop: true } : undefined),
  },
  {
    name: 'np-social-title-opens',
    description: 'a social title (Mr., Mrs., Ms., Miss, Messrs.) opens its noun phrase: no noun before it belongs to the name',
    example: 'a speech Mrs. Ruiz delivered (the subject is "Mrs. Ruiz")',
    apply: ({ p }) => (/^(?:mr|mrs|ms|miss|messrs|mmes)$/.test(p.norm) && /^\p{Lu}/u.test(p.text) ? { take: 1, stop: true } : undefined),
  },
  {
    name: 'np-noun',
    description: 'a noun, name or possessive (not a pronoun) extends the phrase leftwards',
    example: 'the rebel commander said',
    apply: ({ p }) => (isNounish(p) && !(has(p, 'Pronoun') && !has(p, 'Possessive')) ? { take: 1 } : undefined),
  },
  {
    name: 'np-modifier',
    description: 'a determiner, adjective, number or article extends the phrase',
    example: 'the three injured workers',
    apply: ({ p }) => (isModifier(p) || has(p, 'Adjective') || p.norm === 'the' || p.norm === 'a' || p.norm === 'an' ? { take: 1 } : undefined),
  },
  {
    name: 'np-ed-after-that',
    description: 'after a verb and "that", an -ed word before the noun phrase modifies it',
    example: 'are hoping that banned athlete Ana Ruiz will',
    apply: ({ toks, i, floor, p }) => (has(p, 'PastTense') && /ed$/.test(p.norm) && i - 2 >= floor && i >= 3 && toks[i - 2]!.norm === 'that' && has(toks[i - 3], 'Verb') && !/\S/.test(toks[i - 2]!.post) ? { take: 1, stop: true } : undefined),
  },
  {
    name: 'np-hyphen-join',
    description: 'a hyphen join or an Arabic article ("al-", "el") continues a name',
    example: 'Abu Mohammed al-Jolani said',
    apply: ({ p }) => (p.post === '-' || p.norm === 'al' || p.norm === 'el' ? { take: 1 } : undefined),
  },
  {
    name: 'np-participle-place',
    description: 'a noun, a participle and its place form one phrase',
    example: "Russia's military based in Syria",
    apply: ({ toks, i, floor, p }) => (NP_PREPS.has(p.norm) && i - 3 >= floor && has(toks[i - 2], 'PastTense') && isNounish(toks[i - 3]!) && !has(toks[i - 3], 'Pronoun') && !/[,;:]/.test(toks[i - 3]!.post + toks[i - 2]!.post) ? { take: 3 } : undefined),
  },
  {
    name: 'np-of-noun-read-as-verb',
    description: 'through "of" to a noun compromise tagged as a verb after a determiner or adjective',
    example: 'the 24-year-long reign of Ana Ruiz',
    apply: ({ toks, i, floor, p }) => (p.norm === 'of' && i - 2 >= floor && nounAsVerb(toks[i - 2]!, toks[i - 3]) && !/[,;:]/.test(toks[i - 2]!.post) ? { take: 2 } : undefined),
  },
  {
    name: 'np-prepositional',
    description: 'through "of" to the noun before it, or another preposition while the phrase stays short',
    example: 'the streets of Damascus; videos from Valdora',
    apply: ({ toks, i, floor, taken, p }) => (NP_PREPS.has(p.norm) && i - 2 >= floor && isNounish(toks[i - 2]!) && !/[,;:]/.test(toks[i - 2]!.post) && (p.norm === 'of' || taken <= 4) ? { take: 2 } : undefined),
  },
  {
    name: 'np-partitive',
    description: 'through "of" to a quantity word before it ("each of", "many of", "most of")',
    example: 'Many of the dockers went on strike; Each of the programs uses a grant',
    apply: ({ toks, i, floor, p }) => (p.norm === 'of' && i - 2 >= floor && PARTITIVES.test(toks[i - 2]!.norm) && !/[,;:]/.test(toks[i - 2]!.post) ? { take: 2 } : undefined),
  },
  {
    name: 'np-adjective-complement',
    description: 'a noun, an adjective and its preposition form one phrase ("people familiar with", "those close to")',
    example: 'People familiar with the talks said; Officials close to the mayor denied it',
    apply: ({ toks, i, floor, p }) => {
      const adj = toks[i - 2];
      const noun = toks[i - 3];
      return /^(?:with|to|of|for)$/.test(p.norm) && i - 3 >= floor && adj && noun && ADJ_COMPLEMENT.test(adj.norm) && isNounish(noun) && !/[,;:]/.test(noun.post + adj.post) ? { take: 3 } : undefined;
    },
  },
  {
    name: 'np-ing-modifier',
    description: 'an -ing word between "and", an article or the clause\'s start and a noun modifies the noun ("surrounding villages", "remaining residents")',
    example: 'The town and surrounding villages were flooded',
    apply: ({ toks, i, floor, p }) => {
      if (!has(p, 'Gerund') || !/ing$/.test(p.norm) || /\S/.test(p.post) || !isNounish(toks[i]!) || has(toks[i], 'Pronoun')) return undefined;
      const b = toks[i - 2];
      return i - 1 === floor || (b && i - 2 >= floor && !/[,;:]/.test(b.post) && (b.norm === 'and' || b.norm === 'or' || has(b, 'Determiner') || (has(b, 'Possessive') && !has(b, 'Verb')))) ? { take: 1 } : undefined;
    },
  },
  {
    name: 'np-coordinated-nouns',
    description: 'two nouns joined by "and" are one subject, unless the first is an earlier verb\'s object',
    example: 'Soldiers and police officers arrived',
    apply: ({ toks, i, floor, p }) => {
      if (!((p.norm === 'and' || p.text === '&') && i - 2 >= floor && isNounish(toks[i - 2]!) && !has(toks[i - 2]!, 'Pronoun') && !has(toks[i - 2]!, 'Date') && !/[,;:]/.test(toks[i - 2]!.post))) return undefined;
      const left = toks[i - 2]!;
      return !has(toks[i - 3], 'Verb') || has(left, 'ProperNoun') ? { take: 2 } : undefined;
    },
  },
]);

/** Quantity words a partitive "of" follows. */
const PARTITIVES = /^(?:each|many|most|some|all|none|several|few|both|any|much|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/;
/** Adjectives that take a prepositional complement after the noun they follow. */
const ADJ_COMPLEMENT = /^(?:familiar|close|loyal|opposed|related|critical|sympathetic|responsible|similar|closest|nearest)$/;

/** Where the walk starts: the head word itself. */
interface NpHead {
  toks: Token[];
  k: number;
  floor: number;
}
export const NP_HEAD_RULES = rules<NpHead, number | undefined>('subjects', [
  {
    name: 'np-pronoun-determiner',
    description: 'a pronoun-like determiner stands for a noun on its own',
    example: 'Another shared a photo; Some said; Others fled',
    apply: ({ toks, k, floor }) => {
      const head = toks[k]!;
      if (!(k === floor || !isNounish(toks[k - 1]!))) return undefined;
      if (!/^(?:another|others|one|some|many|several|both|all|each|none|most|few)$/.test(head.norm) || has(toks[k + 1], 'Noun')) return undefined;
      return k > floor && /^(?:no|every|each|any|not)$/.test(toks[k - 1]!.norm) ? k - 1 : k;
    },
  },
]);

/** Walk left from index k collecting a noun phrase; returns its first token index or -1. */
export function npLeft(toks: Token[], k: number, floor: number, off: RulesOff): number {
  if (k < floor) return -1;
  let i = k;
  const head = toks[i]!;
  const early = firstRule(NP_HEAD_RULES, { toks, k, floor }, off);
  if (early !== undefined) return early;
  const headNounAsVerb = has(head, 'Verb') && !has(head, 'PastTense') && !has(head, 'Gerund') && k > floor && (has(toks[k - 1], 'Determiner') || has(toks[k - 1], 'Adjective') || has(toks[k - 1], 'Value') || has(toks[k - 1], 'Unit'));
  if (!isNounish(head) && !headNounAsVerb && !has(head, 'Adjective') && !/^\p{Lu}/u.test(head.text) && !/^\p{Lo}/u.test(head.text)) return -1;
  if (has(head, 'Pronoun') && !has(head, 'Possessive')) return i; // "he", "they"
  let taken = 1;
  while (i - 1 >= floor && taken < 18) {
    const move = firstRule(NP_RULES, { toks, i, floor, taken, p: toks[i - 1]! }, off) ?? firstRule(NP_RULES_6, { toks, i, floor, taken, p: toks[i - 1]! }, off) ?? firstRule(SPEECH_NP_RULES_8, { toks, i, floor, taken, p: toks[i - 1]! }, off);
    if (!move) break;
    i -= move.take;
    if (move.stop) break;
    taken += move.take;
  }
  // never start a subject with a preposition or conjunction
  while (i < k && (has(toks[i], 'Preposition') || has(toks[i], 'Conjunction'))) i++;
  return i;
}

/**
 * Words set off by commas after a subject that are not its clause: an age ("Ana Ruiz, 45,"), a
 * home town ("of Leeds"), a value ("worth $2bn"), a participle or -ing phrase ("based in Austin",
 * "speaking in Oslo") or a relative clause ("who has not been named").
 */
export const ASIDE_RULES = rules<Token[], boolean>('subjects', [
  {
    name: 'aside-age',
    description: 'a number of up to three digits between commas is an age',
    example: 'Ana Ruiz, 45, was charged',
    apply: (seg) => seg.length === 1 && /^\d{1,3}$/.test(seg[0]!.text),
  },
  {
    name: 'aside-home-town',
    description: '"of" or "from" and a short noun phrase between commas is where someone is from',
    example: 'Ana Ruiz, 45, of Leeds, said',
    apply: (seg) => seg.length >= 2 && seg.length <= 5 && (seg[0]!.norm === 'of' || seg[0]!.norm === 'from') && seg.slice(1).every((x) => isNounish(x) || x.norm === 'the'),
  },
  {
    name: 'aside-worth',
    description: '"worth" and a value between commas',
    example: 'The deal, worth $2bn, was signed',
    apply: (seg) => seg.length <= 4 && seg[0]!.norm === 'worth' && seg.slice(1).some((x) => has(x, 'Value')),
  },
  {
    name: 'aside-relative',
    description: 'a short relative clause between commas',
    example: 'The man, who has not been named, died',
    apply: (seg) => REL.has(seg[0]!.norm) && seg.length <= 10,
  },
  {
    name: 'aside-participle',
    description: 'a short participle or -ing phrase between commas, with no verb of its own',
    example: 'The firm, based in Austin, makes chips',
    apply: (seg) => {
      const first = seg[0]!;
      return !REL.has(first.norm) && seg.length <= 10 && (has(first, 'PastTense') || has(first, 'Gerund') || /ing$/.test(first.norm)) && !has(first, 'Auxiliary') && !has(first, 'Copula') && !seg.slice(1).some((x) => (has(x, 'Verb') && !has(x, 'Particle') && !has(x, 'Hyphenated')) || REL.has(x.norm));
    },
  },
  {
    name: 'aside-as-participle',
    description: '"as" and a past participle phrase between commas, with no verb of its own',
    example: 'His early years, as seen in the novel, were re-imagined; The plan, as approved by the council, will cost more',
    apply: (seg) => {
      const p = seg[1];
      return seg.length >= 2 && seg.length <= 10 && seg[0]!.norm === 'as' && Boolean(p && (has(p, 'Participle') || (has(p, 'PastTense') && /(?:ed|en|wn|ne)$/.test(p.norm)))) && !seg.slice(2).some((x) => (has(x, 'Verb') && !has(x, 'Particle')) || REL.has(x.norm));
    },
  },
  {
    name: 'aside-discourse-adverb',
    description: 'a linking adverb between commas ("however", "meanwhile", "in turn", "for its part")',
    example: 'The council, however, refused the plan',
    apply: (seg) => LINKING.test(seg.map((x) => x.norm).join(' ')),
  },
  {
    name: 'aside-prepositional',
    description: 'a short prepositional phrase between commas, with no verb of its own',
    example: 'Varco Ltd., through its Pelm unit, began an offer',
    apply: (seg) => {
      const first = seg[0]!;
      return seg.length >= 2 && seg.length <= 10 && has(first, 'Preposition') && !['of', 'that', 'as', 'than', 'to'].includes(first.norm) && !seg.slice(1).some((x) => (has(x, 'Verb') && !has(x, 'Particle') && !has(x, 'Gerund')) || REL.has(x.norm));
    },
  },
  {
    name: 'aside-appositive',
    description: 'a short noun phrase of two to eight words with no article between commas (a title and its "of" phrase, a name) renames the subject before it',
    example: 'Arvid Holm, leader of the dockers, had a free hand; The issue, Series 12, is backed by bonds',
    apply: (seg) => {
      const first = seg[0]!;
      // two words at least: one capitalised word between commas is rather a home town ("Corp., Tarrow, Wess., said") or a list
      if (seg.length < 2 || seg.length > 8 || !(has(first, 'Noun') || has(first, 'ProperNoun')) || has(first, 'Pronoun') || has(first, 'Determiner') || COORD.has(first.norm)) return false;
      return seg.every((x) => (isNounish(x) || isModifier(x) || x.norm === 'of' || x.norm === 'and' || x.text === '&') && !has(x, 'Verb') && !REL.has(x.norm)) && !seg.some((x) => has(x, 'Date'));
    },
  },
]);

/** Linking adverbs and phrases a writer sets off between commas, inside a clause. */
export const LINKING = /^(?:however|meanwhile|therefore|moreover|nevertheless|nonetheless|though|too|also|instead|still|thus|furthermore|in turn|in fact|of course|for example|for instance|for (?:its|his|her|their|our|my|your) part|in (?:the )?meantime|at the same time|on the other hand|by contrast|in contrast|as a result|in addition|in particular|at first|at least|so far)$/;

export function isAside(seg: Token[], off: RulesOff): boolean {
  if (!seg[0]) return false;
  return anyRule(ASIDE_RULES, seg, off);
}

/** The comma before token `at` closes an aside that opened with a comma ("The firm, based in Austin, makes"). */
export function closesAside(toks: Token[], at: number, off: RulesOff): boolean {
  const j = at - 1;
  if (j < 1 || !/,/.test(toks[j]!.post)) return false;
  let i = j - 1;
  while (i >= 0 && !/[,;:]/.test(toks[i]!.post)) i--;
  return i >= 0 && /,/.test(toks[i]!.post) && isAside(toks.slice(i + 1, j + 1), off);
}
