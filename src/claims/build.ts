/**
 * Build stage: one draft claim per asserted finite-verb clause of a sentence, with its
 * subject, predicate, places, times, attribution, negation and hedging. Rules of English
 * news writing only; nothing here knows any particular story.
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { TypedMention } from '../annotate/entities.js';
import { ATTITUDE_VERBS, HEDGE_ADVERBS, HEDGE_PASSIVES, LOCATIVE_PREPS, MODALS, MOTION_VERBS, SAY_LIKE, SUBORDINATORS, TITLES } from '../annotate/lexicon.js';
import type { DraftClaim, DraftSource, Phrase } from './draft.js';
import { pushAll } from '../util/arrays.js';

const COORD = new Set(['and', 'or', 'but']);
/** Verbs whose object is usually a clause, even without "that": "believes the man who ... will". */
const THAT_CLAUSE = /^(?:think|believe|know|hope|fear|expect|suggest|claim|argue|insist|warn|admit|deny|confirm|announce|predict|estimate|assume|doubt|worry|agree|ensure|reveal|feel|realise|realize)$/;
/** Verbs whose object can be a clause: "who believed the plan would fail". */
const CLAUSE_TAKING = /^(?:think|believe|know|hope|fear|expect|show|see|suggest|indicate|find|learn|feel|realise|realize|hear|say|claim|argue|insist|warn|admit|deny|confirm|announce|report|predict|estimate|assume|doubt|worry|agree|ensure|mean|prove|reveal|notice|understand|decide)$/;
const REL = new Set(['who', 'which', 'that']);
const NP_PREPS = new Set(['of', 'from', 'in', 'on', 'at', 'across', 'with', 'under', 'near', 'inside', 'for', 'by']);
const has = (t: Token | undefined, tag: string): boolean => Boolean(t && t.tags.has(tag));
const isNounish = (t: Token): boolean =>
  (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym') || has(t, 'Value') || has(t, 'Pronoun') || has(t, 'Possessive')) && !has(t, 'Verb');
const isModifier = (t: Token): boolean => has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Value') || has(t, 'Possessive') || t.norm === 'no' || t.norm === 'every' || t.norm === 'each';
const opensQuote = (t: Token): boolean => /["“‘«]/.test(t.pre);
const closesQuote = (t: Token): boolean => /["”’»]/.test(t.post);

/** Labels that open a headline without being anyone's words: "Analysis: why prices rose". */
const HEADLINE_LABELS = /^(?:analysis|profile|preview|(?:[\p{L} ]+ )?review|obituary|q&a|interview|explainer|factbox|fact check|live|watch|update|opinion|comment|editorial|exclusive|breaking|timeline|quiz|video|photos|in pictures|at a glance|viewpoint|reality check)$/iu;

/** A headline's speaker given by a bare name: one to three capitalised words, none a verb ("Wood", "Harbour Ferries"). */
const bareName = (toks: Token[]): boolean => toks.length > 0 && toks.length <= 3 && toks.every((x) => /^\p{Lu}/u.test(x.text) && !has(x, 'Verb'));

function phrase(s: AnnotatedSentenceX, first: number, last: number): Phrase {
  const toks = s.tokens;
  // "that ships", "Sunday that Valdora", "a news conference that the city": the subject follows "that"
  for (let k = last - 1; k >= first; k--) {
    if (toks[k]!.norm === 'that' && k < last) {
      first = k + 1;
      break;
    }
  }
  while (first < last && (s.times.some((t) => toks[first]!.start >= t.start && toks[first]!.end <= t.end) || has(toks[first], 'Date') || COORD.has(toks[first]!.norm))) first++;
  const start = toks[first]!.start;
  let end = toks[last]!.end;
  let text = s.text.slice(start - s.start, end - s.start);
  // strip trailing punctuation that belongs to the sentence, keep closing quotes balanced enough
  const trimmed = text.replace(/[\s,;:.!?—–-]+$/u, '');
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

/** Is verb group finite (a clause's main verb)? */
interface FiniteContext {
  /** The previous verb group that passed the basic test. */
  prev: VerbGroup | undefined;
  /** The next verb group that passed the basic test. */
  next: VerbGroup | undefined;
}

/**
 * Is the verb group finite (a clause's main verb)? Without a context only the group's own
 * form and left neighbour are checked; with one, also its relation to the verbs around it.
 */
function isFinite(s: AnnotatedSentenceX, v: VerbGroup, ctx: FiniteContext | null): boolean {
  const toks = s.tokens;
  const first = toks[v.first]!;
  const before = toks[v.first - 1];
  if (before && before.norm === 'to') return false; // an infinitive
  const multi = v.last > v.first;
  if (first.norm === 'being' || first.norm === 'having') return false;
  // "the 60-year-old dam had been ...": a one-word "verb" right before an auxiliary is its subject
  const nextTok = toks[v.last + 1];
  if (!multi && nextTok && (has(nextTok, 'Auxiliary') || has(nextTok, 'Modal') || /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)$/.test(nextTok.norm)) && !has(first, 'Auxiliary') && !has(first, 'Modal') && !has(first, 'Copula') && !SAY_LIKE.has(v.lemma)) return false;
  // "line-up", "sell-off", "break-in": hyphenated compounds are nouns
  if (toks.slice(v.first, v.last).some((t) => t.post === '-')) return false;
  const prevVerb = ctx?.prev;
  // directly after another verb group: "taken part", "help build"
  if (prevVerb && prevVerb.last === v.first - 1 && !/[,;:]/.test(toks[prevVerb.last]!.post) && !multi && !SAY_LIKE.has(prevVerb.lemma)) return false;
  // "intends to stay and ensure": a verb coordinated with an infinitive is an infinitive
  if (before && (before.norm === 'and' || before.norm === 'or') && prevVerb && !multi) {
    const pb = toks[prevVerb.first - 1];
    if (pb && pb.norm === 'to') return false;
  }
  if (!multi && before && (before.norm === 'and' || before.norm === 'or' || (/,/.test(before.post) && !closesAside(toks, v.first))) && !has(toks[v.first], 'PastTense')) {
    const after0 = toks[v.last + 1];
    // "soldiers and police officers": a noun compound, not a verb
    if (after0 && has(after0, 'Noun') && !has(after0, 'Pronoun') && !has(after0, 'Determiner') && !has(after0, 'Value') && has(after0, 'Plural')) return false;
    // "anger and hope for", "cars, and cash from": a present-tense "verb" in a past-tense sentence is a noun
    if (prevVerb && toks.slice(prevVerb.first, prevVerb.last + 1).some((t) => has(t, 'PastTense')) && !toks.slice(prevVerb.first, prevVerb.last + 1).some((t) => has(t, 'Auxiliary') || has(t, 'Modal'))) return false;
  }
  const aux = multi && (has(first, 'Auxiliary') || has(first, 'Copula') || has(first, 'Modal') || MODALS.has(first.norm) || ['will', 'would', 'can', 'shall', 'should', 'must', 'do', 'does', 'did', 'has', 'have', 'had'].includes(first.norm));
  const head = toks[v.last]!;
  if (!aux) {
    if (has(first, 'Gerund') || (/ing$/.test(first.norm) && !has(first, 'PastTense') && !['is', 'are', 'was', 'were', 'be'].includes(first.norm))) return false;
    // "freely entering": adverbs and a gerund
    if ((has(head, 'Gerund') || (/ing$/.test(head.norm) && !has(head, 'PastTense'))) && toks.slice(v.first, v.last).every((t) => has(t, 'Adverb'))) return false;
    // a noun read as a verb after an adjective, number, determiner or possessive: "the 24-year-long reign", "half a million lives"
    // (never "has"/"have"/"had"; not a form of "be" after a comma: "Ana Ruiz, 45, was charged")
    if (!multi && !has(head, 'PastTense') && !/^(?:has|have|had)$/.test(head.norm) && before && !(/[,;]/.test(before.post) && (has(head, 'Copula') || has(head, 'Auxiliary') || closesAside(toks, v.first))) && (has(before, 'Adjective') || has(before, 'Value') || has(before, 'Determiner') || has(before, 'Possessive')) && !has(before, 'Copula') && !has(before, 'Pronoun')) return false;
    // "cargo ships wait", "sending freight rates higher": an -s "verb" inside a noun compound
    if (!multi && /s$/.test(head.norm) && head.norm.length > 3 && !has(head, 'Copula') && !has(head, 'Auxiliary') && !has(head, 'PastTense') && before && !/[,;]/.test(before.post) && has(before, 'Noun') && !has(before, 'Pronoun') && !has(before, 'Plural')) {
      const bb = toks[v.first - 2];
      const nx = toks[v.last + 1];
      if ((s.kind !== 'headline' && nx && has(nx, 'Verb') && !has(nx, 'Noun') && !has(nx, 'Adverb') && !/^\p{Lu}/u.test(nx.text)) || (bb && (has(bb, 'Gerund') || has(bb, 'Preposition')))) return false;
      // "kept interest rates on hold": the object of a verb that does not take a clause
      const owner = bb && s.verbs.find((w) => w.last === v.first - 2);
      if (owner && s.kind !== 'headline' && !/[,;:]/.test(bb!.post) && !SAY_LIKE.has(owner.lemma) && !CLAUSE_TAKING.test(owner.lemma) && !has(bb, 'Auxiliary') && !has(bb, 'Copula') && !has(bb, 'Modal')) return false;
    }
    // a passive participle with its agent and no auxiliary: "a city damaged by the war", "photo provided by ..."
    if (has(head, 'PastTense') && toks[v.last + 1]?.norm === 'by' && before && (isNounish(before) || has(before, 'Adverb')) && !has(before, 'Pronoun')) return false;
    // "groups linked to al-Qaeda", "a video captioned, ...": a participle modifying an object of an earlier verb
    if (!multi && has(head, 'PastTense') && before && isNounish(before) && !has(before, 'Pronoun') && prevVerb && !SAY_LIKE.has(v.lemma) && !/,/.test(toks[prevVerb.last]!.post) && !SAY_LIKE.has(prevVerb.lemma) && !/^(?:think|believe|know|hope|fear|expect|show|see|suggest|indicate|find|learn|feel|realise|realize|hear|say)$/.test(prevVerb.lemma)) {
      const between = toks.slice(prevVerb.last + 1, v.first);
      const clean = between.length <= 8 && !between.some((t) => t.norm === 'that' || t.norm === 'and' || t.norm === 'but' || SUBORDINATORS.has(t.norm) || /[;:]/.test(t.post) || (/,/.test(t.post) && t !== between[between.length - 1]));
      const nextTok = toks[v.last + 1];
      if (clean && (!nextTok || has(nextTok, 'Preposition') || /,/.test(head.post) || opensQuote(nextTok) || nextTok.norm === 'to')) return false;
    }
    if (has(first, 'Adjective') && !has(first, 'Verb')) return false;
    // "being", "having": participles
    if (first.norm === 'being' || first.norm === 'having') return false;
  // "the 60-year-old dam had been ...": a one-word "verb" right before an auxiliary is its subject
  const nextTok = toks[v.last + 1];
  if (!multi && nextTok && (has(nextTok, 'Auxiliary') || has(nextTok, 'Modal') || /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)$/.test(nextTok.norm)) && !has(first, 'Auxiliary') && !has(first, 'Modal') && !has(first, 'Copula') && !SAY_LIKE.has(v.lemma)) return false;
  // "line-up", "sell-off", "break-in": hyphenated compounds are nouns
  if (toks.slice(v.first, v.last).some((t) => t.post === '-')) return false;
    const after1 = toks[v.last + 1];
    // a participle used as an adjective: "the destroyed statue", "from flooded home", "paraded captured members"
    // (not after a comma or a closing quote: '"We will not back down," said union leader X')
    if (!multi && has(head, 'PastTense') && before && !/[,;:"“”]/.test(before.post) && (has(before, 'Determiner') || has(before, 'Possessive') || has(before, 'Adjective') || (has(before, 'Preposition') && !['as', 'that', 'than'].includes(before.norm)) || (has(before, 'Verb') && !has(before, 'Auxiliary') && !has(before, 'Copula'))) && after1 && has(after1, 'Noun') && !has(after1, 'Pronoun') && !has(after1, 'Determiner') && !/[,;]/.test(head.post)) {
      return false;
    }
    // a noun compromise read as a verb after a preposition or determiner: "after talks with ...", "the attacks"
    if (!multi && !has(head, 'PastTense') && before && (['after', 'before', 'of', 'with', 'for', 'about', 'amid', 'despite', 'during', 'in', 'on', 'at', 'from', 'by', 'over', 'under', 'without', 'between', 'among', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those'].includes(before.norm))) {
      return false;
    }
    // after another verb directly ("help build", "let them go") or a preposition ("after giving")
    if (before && (has(before, 'Preposition') && !['as', 'that'].includes(before.norm)) && has(first, 'Infinitive')) return false;
    // reduced relative: "videos circulated on social media showed ..." / "military based in Syria had been put"
    // ("shared", "posted" read as participles here: "footage shared on social media showed ...")
    if (has(head, 'PastTense') && before && isNounish(before) && !has(before, 'Pronoun') && (!SAY_LIKE.has(v.lemma) || /^(?:share|post|tweet)$/.test(v.lemma))) {
      const after = toks[v.last + 1];
      if (after && (has(after, 'Preposition') || has(after, 'Adverb')) && !/,/.test(head.post)) {
        const next = ctx?.next;
        if (next) {
          // commas are fine when the next verb has no subject of its own: "Footage shared across X, particularly on Y, showed"
          const noOwnSubject = /,/.test(toks[next.first - 1]!.post);
          let clean = true;
          for (let k = v.last; k < next.first; k++) {
            const tk = toks[k]!;
            const punct = noOwnSubject ? /[;:"“”]/ : /[,;:"“”]/;
            if (punct.test(tk.post) || COORD.has(tk.norm) || SUBORDINATORS.has(tk.norm) || has(tk, 'Verb')) {
              if (k !== v.last) {
                clean = false;
                break;
              }
            }
          }
          if (clean && next.first - v.last <= 12) return false;
        }
      }
    }
  }
  return true;
}

/** Walk left from index k collecting a noun phrase; returns its first token index or -1. */
function npLeft(toks: Token[], k: number, floor: number): number {
  if (k < floor) return -1;
  let i = k;
  const head = toks[i]!;
  // "Another shared", "Some said", "Others fled": pronoun-like determiners stand for a noun
  if (k === floor || !isNounish(toks[k - 1]!)) {
    if (/^(?:another|others|one|some|many|several|both|all|each|none|most|few)$/.test(head.norm) && !has(toks[k + 1], 'Noun')) {
      return k > floor && /^(?:no|every|each|any|not)$/.test(toks[k - 1]!.norm) ? k - 1 : k;
    }
  }
  const headNounAsVerb = has(head, 'Verb') && !has(head, 'PastTense') && !has(head, 'Gerund') && k > floor && (has(toks[k - 1], 'Determiner') || has(toks[k - 1], 'Adjective') || has(toks[k - 1], 'Value') || has(toks[k - 1], 'Unit'));
  if (!isNounish(head) && !headNounAsVerb && !has(head, 'Adjective') && !/^\p{Lu}/u.test(head.text) && !/^\p{Lo}/u.test(head.text)) return -1;
  if (has(head, 'Pronoun') && !has(head, 'Possessive')) return i; // "he", "they"
  let taken = 1;
  while (i - 1 >= floor && taken < 18) {
    const p = toks[i - 1]!;
    if (/[,;:.!?()"“”—–]/.test(p.post) && !(p.post.trim() === '-' || /^\s*$/.test(p.post))) {
      // punctuation after the previous token ends the phrase, except "al-" style joins
      break;
    }
    if (isNounish(p) && !(has(p, 'Pronoun') && !has(p, 'Possessive'))) {
      i--;
      taken++;
      continue;
    }
    if (isModifier(p) || has(p, 'Adjective') || p.norm === 'the' || p.norm === 'a' || p.norm === 'an') {
      i--;
      taken++;
      continue;
    }
    // "are hoping that banned athlete Ana Ruiz will": after a verb and "that", an -ed word before
    // the noun phrase modifies it
    if (has(p, 'PastTense') && /ed$/.test(p.norm) && i - 2 >= floor && i >= 3 && toks[i - 2]!.norm === 'that' && has(toks[i - 3], 'Verb') && !/\S/.test(toks[i - 2]!.post)) {
      i--;
      break;
    }
    if (p.post === '-' || p.norm === 'al' || p.norm === 'el') {
      i--;
      taken++;
      continue;
    }
    // "Russia's military based in Syria": a noun, a participle and its place
    if (NP_PREPS.has(p.norm) && i - 3 >= floor && has(toks[i - 2], 'PastTense') && isNounish(toks[i - 3]!) && !has(toks[i - 3], 'Pronoun') && !/[,;:]/.test(toks[i - 3]!.post + toks[i - 2]!.post)) {
      i -= 3;
      taken += 3;
      continue;
    }
    // "the 24-year-long reign of X": a noun compromise tagged as a verb, after a determiner or adjective
    const nounAsVerb = (t: Token, prevT: Token | undefined): boolean => has(t, 'Verb') && !has(t, 'PastTense') && !has(t, 'Gerund') && Boolean(prevT && (has(prevT, 'Determiner') || has(prevT, 'Adjective') || has(prevT, 'Possessive')));
    if (p.norm === 'of' && i - 2 >= floor && nounAsVerb(toks[i - 2]!, toks[i - 3]) && !/[,;:]/.test(toks[i - 2]!.post)) {
      i -= 2;
      taken += 2;
      continue;
    }
    if (NP_PREPS.has(p.norm) && i - 2 >= floor && isNounish(toks[i - 2]!) && !/[,;:]/.test(toks[i - 2]!.post)) {
      // "the streets of Damascus", "videos from Damascus" — only through "of", or others when the phrase stays short
      if (p.norm === 'of' || taken <= 4) {
        i -= 2;
        taken += 2;
        continue;
      }
    }
    if ((p.norm === 'and' || p.norm === '&') && i - 2 >= floor && isNounish(toks[i - 2]!) && !has(toks[i - 2]!, 'Pronoun') && !has(toks[i - 2]!, 'Date') && !/[,;:]/.test(toks[i - 2]!.post)) {
      // "Soldiers and police officers"
      const left = toks[i - 2]!;
      if (!has(toks[i - 3], 'Verb') || has(left, 'ProperNoun')) {
        i -= 2;
        taken += 2;
        continue;
      }
    }
    break;
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
function isAside(seg: Token[]): boolean {
  const first = seg[0];
  if (!first) return false;
  if (seg.length === 1 && /^\d{1,3}$/.test(first.text)) return true;
  if (seg.length >= 2 && seg.length <= 5 && (first.norm === 'of' || first.norm === 'from') && seg.slice(1).every((x) => isNounish(x) || x.norm === 'the')) return true;
  if (seg.length <= 4 && first.norm === 'worth' && seg.slice(1).some((x) => has(x, 'Value'))) return true;
  if (REL.has(first.norm)) return seg.length <= 10;
  return seg.length <= 10 && (has(first, 'PastTense') || has(first, 'Gerund') || /ing$/.test(first.norm)) && !has(first, 'Auxiliary') && !has(first, 'Copula') && !seg.slice(1).some((x) => (has(x, 'Verb') && !has(x, 'Particle')) || REL.has(x.norm));
}

/** The comma before token `at` closes an aside that opened with a comma ("The firm, based in Austin, makes"). */
function closesAside(toks: Token[], at: number): boolean {
  const j = at - 1;
  if (j < 1 || !/,/.test(toks[j]!.post)) return false;
  let i = j - 1;
  while (i >= 0 && !/[,;:]/.test(toks[i]!.post)) i--;
  return i >= 0 && /,/.test(toks[i]!.post) && isAside(toks.slice(i + 1, j + 1));
}

/** The subject of verb group v, or how it inherits one. */
function findSubject(
  s: AnnotatedSentenceX,
  v: VerbGroup,
  clauseFloor: number,
): { who: Phrase | null; coordinated: boolean; relative: boolean } {
  const toks = s.tokens;
  let k = v.first - 1;
  while (k >= clauseFloor && has(toks[k], 'Adverb') && !/[,;]/.test(toks[k]!.post) && !COORD.has(toks[k]!.norm)) k--;
  if (k < clauseFloor) return { who: null, coordinated: false, relative: false };
  const t = toks[k]!;
  if (COORD.has(t.norm)) return { who: null, coordinated: true, relative: false };
  if (REL.has(t.norm) && !/[,]/.test(t.post)) {
    // relative clause: the antecedent is the noun phrase before the relative pronoun
    let a = k - 1;
    if (a >= 0 && /,/.test(toks[a]!.post)) {
      // ", which" — antecedent before the comma
    }
    const first = npLeft(toks, a, 0);
    if (first >= 0) return { who: phrase(s, first, a), coordinated: false, relative: true };
    return { who: null, coordinated: false, relative: true };
  }
  if (SUBORDINATORS.has(t.norm) && !REL.has(t.norm)) return { who: null, coordinated: false, relative: false };
  if (/,/.test(t.post)) {
    // "Name, who owns a bakery, said": skip the relative clause back to the name
    for (let r = k; r > 0 && k - r < 25; r--) {
      const tr = toks[r]!;
      if (r < k && /[,;]/.test(tr.post)) break;
      // also "Four players, including X, are ...", "Firms, such as X, have ..."
      if ((tr.norm === 'who' || tr.norm === 'which' || tr.norm === 'including' || tr.norm === 'notably' || tr.norm === 'especially' || (tr.norm === 'such' && toks[r + 1]?.norm === 'as')) && /,/.test(toks[r - 1]!.post)) {
        const f = npLeft(toks, r - 1, 0);
        if (f >= 0) return { who: phrase(s, f, r - 1), coordinated: false, relative: false };
        break;
      }
    }
  }
  if (/,/.test(t.post)) {
    // "Footage shared across platforms, particularly on X, showed": back over a participle phrase to its noun
    for (let r = k; r > clauseFloor && k - r < 15; r--) {
      const tr = toks[r]!;
      if (has(tr, 'PastTense') && !has(tr, 'Auxiliary') && r - 1 >= clauseFloor && isNounish(toks[r - 1]!) && !has(toks[r - 1], 'Pronoun') && !/[,;]/.test(toks[r - 1]!.post)) {
        if (toks.slice(r + 1, k + 1).some((x) => has(x, 'Verb') || REL.has(x.norm))) break;
        const f = npLeft(toks, r - 1, clauseFloor);
        if (f >= 0 && (f === clauseFloor || f === 0)) return { who: phrase(s, f, k), coordinated: false, relative: false };
        break;
      }
    }
  }
  if (/\s[-–—]\s*$/.test(t.post)) {
    // an aside between dashes: "Actor Ana Ruiz - star of the film Blue - has won": the subject is before it
    for (let r = k - 1; r >= clauseFloor && k - r < 25; r--) {
      const tr = toks[r]!;
      if (/[;.!?]/.test(tr.post)) break;
      if (!/\s[-–—]\s/.test(tr.post)) continue;
      const f = npLeft(toks, r, clauseFloor);
      if (f >= 0 && (f === clauseFloor || f === 0) && s.mentions.some((m) => m.first >= f && m.last <= r)) return { who: phrase(s, f, r), coordinated: false, relative: false };
      break;
    }
  }
  if (/,/.test(t.post)) {
    // "Ana Ruiz, 45, was charged", "Ana Ruiz, 45, of Leeds, said": asides after a name, each
    // between commas; the subject is the name
    let r = k;
    for (let hop = 0; hop < 3; hop++) {
      let segStart = r;
      while (segStart > clauseFloor && !/,/.test(toks[segStart - 1]!.post)) segStart--;
      if (segStart <= clauseFloor) break;
      if (!isAside(toks.slice(segStart, r + 1))) break;
      r = segStart - 1;
      const nameFirst = npLeft(toks, r, clauseFloor);
      if (nameFirst >= 0 && (nameFirst === clauseFloor || nameFirst === 0)) {
        return { who: phrase(s, nameFirst, r), coordinated: false, relative: false };
      }
    }
  }
  if (/[,;:]/.test(t.post) || closesQuote(t)) {
    // appositive: "Name, the leader of X, declared" — the name before the appositive is the subject
    const appFirst = npLeft(toks, k, clauseFloor);
    if (appFirst > clauseFloor && /,/.test(toks[appFirst - 1]!.post)) {
      const nameFirst = npLeft(toks, appFirst - 1, clauseFloor);
      if (nameFirst >= 0 && s.mentions.some((m) => m.first >= nameFirst && m.last <= appFirst - 1) && (nameFirst === clauseFloor || nameFirst === 0)) {
        return { who: phrase(s, nameFirst, k), coordinated: false, relative: false };
      }
      // "The strike, the first in a decade, disrupted": a noun phrase and an appositive that
      // opens with a determiner
      if (nameFirst >= 0 && (nameFirst === clauseFloor || nameFirst === 0) && /^(?:the|a|an)$/.test(toks[appFirst]!.norm) && has(toks[nameFirst], 'Determiner') && !has(toks[nameFirst], 'Pronoun')) {
        return { who: phrase(s, nameFirst, appFirst - 1), coordinated: false, relative: false };
      }
    }
    if (closesQuote(t) || !/,/.test(t.post)) return { who: null, coordinated: false, relative: false };
    if (appFirst >= 0 && (appFirst === clauseFloor || appFirst === 0)) return { who: phrase(s, appFirst, k), coordinated: false, relative: false };
    return { who: null, coordinated: false, relative: false };
  }
  const first = npLeft(toks, k, clauseFloor);
  if (first < 0) return { who: null, coordinated: false, relative: false };
  return { who: phrase(s, first, k), coordinated: false, relative: false };
}

/** Subject after the verb: `"...," said the minister.` */
function subjectAfter(s: AnnotatedSentenceX, v: VerbGroup): Phrase | null {
  const toks = s.tokens;
  const start = v.last + 1;
  if (start >= toks.length) return null;
  let end = start;
  while (end < toks.length && (isNounish(toks[end]!) || isModifier(toks[end]!) || toks[end]!.post === '-') && !/[,;.]/.test(toks[end]!.post)) end++;
  if (end < toks.length && /[,;.]/.test(toks[end]!.post) && (isNounish(toks[end]!) || has(toks[end], 'ProperNoun'))) end++;
  if (end === start) return null;
  return phrase(s, start, end - 1);
}

/** Build the draft claims of one sentence. */
export function buildSentence(s: AnnotatedSentenceX): DraftClaim[] {
  if (s.kind === 'furniture' || s.tokens.length === 0) return [];
  const toks = s.tokens;
  const verbs = [...s.verbs].sort((a, b) => a.first - b.first);
  const basic = verbs.filter((v) => isFinite(s, v, null));
  const finite = basic.filter((v, i) => isFinite(s, v, { prev: basic[i - 1], next: basic[i + 1] }));

  // merge hedge passives with their infinitive: "is said to have left", "is understood to be"
  const hedgedBy = new Map<VerbGroup, VerbGroup>();
  for (const v of finite) {
    if (!v.passive || !HEDGE_PASSIVES.has(v.lemma)) continue;
    if (toks[v.last + 1]?.norm !== 'to') continue;
    const inf = verbs.find((w) => w.first === v.last + 2 || w.first === v.last + 3);
    if (inf) hedgedBy.set(v, inf);
  }

  const drafts: DraftClaim[] = [];
  const list = finite;
  // pass 1: subjects
  const subjects = list.map((v, vi) => {
    const prev = list[vi - 1];
    const floor = prev ? prev.last + 1 : 0;
    const found = findSubject(s, v, floor);
    let who = found.who;
    if (!who && !found.coordinated && SAY_LIKE.has(v.lemma)) {
      const after = subjectAfter(s, v);
      if (after && (after.mention || /^(the|a|an)\b/i.test(after.text))) who = after;
    }
    return { who, coordinated: found.coordinated, relative: found.relative };
  });
  // a relative clause on a clause's subject: "The man who led the raid was arrested", "Residents
  // who fled the area said ...": the verb after the relative clause is the antecedent's, and the
  // words between are the relative verb's object, not the next subject
  for (let vi = 1; vi < list.length; vi++) {
    const p = list[vi - 1]!;
    const ps = subjects[vi - 1]!;
    const cur = subjects[vi]!;
    // "The firm, based in Austin, makes chips": a participle phrase between commas after the subject
    if (!cur.who && !cur.coordinated && ps.who && p.first === p.last && has(toks[p.first], 'PastTense') && ps.who.last === p.first - 1 && /,/.test(toks[p.first - 1]!.post) && /,/.test(toks[list[vi]!.first - 1]!.post)) {
      const inner = toks.slice(p.last + 1, list[vi]!.first);
      if (inner.length <= 8 && inner.slice(0, -1).every((t) => !/[,;:]/.test(t.post))) {
        subjects[vi] = { who: ps.who, coordinated: false, relative: false };
        continue;
      }
    }
    if (!ps.relative || !ps.who || cur.relative || cur.coordinated) continue;
    // "The man, who has not been named, died": a relative clause between commas, then the verb
    if (!cur.who && /,/.test(toks[p.last]!.post) && p.last + 1 === list[vi]!.first) {
      const rel = toks.findIndex((t, i) => i > ps.who!.last && i < p.first && REL.has(t.norm));
      if (rel === ps.who.last + 1 && /,/.test(toks[ps.who.last]!.post)) {
        subjects[vi] = { who: ps.who, coordinated: false, relative: false };
        continue;
      }
    }
    // the antecedent opens its clause: the sentence, a clause after ";", "and", a subordinator, or a
    // verb of saying or thinking ("said the man who ..."); not an object ("has seen results, which offer")
    const b = ps.who.first;
    const before = toks[b - 1];
    const verbBefore = vi >= 2 ? list[vi - 2]! : undefined;
    const complementOf = (w: VerbGroup | undefined, at: number): boolean => Boolean(w && w.last === at && (SAY_LIKE.has(w.lemma) || THAT_CLAUSE.test(w.lemma)));
    const opens =
      b === 0 ||
      (before !== undefined &&
        (/[;:]/.test(before.post) ||
          COORD.has(before.norm) ||
          (SUBORDINATORS.has(before.norm) && before.norm !== 'that') ||
          (/,/.test(before.post) && !verbBefore) ||
          complementOf(verbBefore, b - 1) ||
          (before.norm === 'that' && complementOf(verbBefore, b - 2))));
    if (!opens) continue;
    // verbs that take a clause ("the official who said the raid was illegal") keep theirs
    if (SAY_LIKE.has(p.lemma) || CLAUSE_TAKING.test(p.lemma)) continue;
    const v = list[vi]!;
    // between the two verbs only the relative verb's object, ending in a noun: no clause break, no verb
    if (/[,;:()"“”]|\s[-–—]/.test(toks[p.last]!.post)) continue;
    const between = toks.slice(p.last + 1, v.first);
    if (between.some((t) => /[,;:()"“”]|\s[-–—]/.test(t.post) || COORD.has(t.norm) || REL.has(t.norm) || SUBORDINATORS.has(t.norm) || has(t, 'Verb') || (has(t, 'Pronoun') && !has(t, 'Possessive')))) continue;
    const end = between[between.length - 1];
    if (end && (!isNounish(end) || has(end, 'Determiner') || has(end, 'Adjective'))) continue;
    if (cur.who && cur.who.first <= p.last) continue;
    subjects[vi] = { who: ps.who, coordinated: false, relative: false };
  }
  for (let vi = 0; vi < list.length; vi++) {
    const v = list[vi]!;
    const inf = hedgedBy.get(v);
    const lemmaVerb = inf ?? v;
    const lastTok = inf ? inf.last : v.last;
    let { who } = subjects[vi]!;
    const { coordinated } = subjects[vi]!;
    const nextSubj = subjects[vi + 1];
    // (a relative clause's subject is its antecedent, which is this clause's object: "is developing
    // a laptop that will go on sale" keeps "a laptop")
    const nextStart = nextSubj?.who && !nextSubj.relative && nextSubj.who.first > lastTok && nextSubj.who.first < list[vi + 1]!.first ? nextSubj.who.first : undefined;
    // "said X had made no arrests and said ...": a coordinated speech verb pairs with the last speech verb
    const lastSpeech = SAY_LIKE.has(v.lemma) ? [...drafts].reverse().find((o) => o.speech) : undefined;
    const coordWith = coordinated ? (lastSpeech ?? drafts[drafts.length - 1] ?? null) : null;
    if (coordinated && coordWith) who = coordWith.who;

    // where the clause ends: the next clause's subject, a coordinated verb, a subordinator
    let endTok = toks.length;
    const next = list[vi + 1];
    const speech = SAY_LIKE.has(v.lemma) && !inf;
    for (let k = lastTok + 1; k < toks.length; k++) {
      const tk = toks[k]!;
      if (next && (k >= next.first || (nextStart !== undefined && k >= nextStart))) {
        endTok = k;
        break;
      }
      if (COORD.has(tk.norm) && next) {
        // "X and looted Y" or "X, and Y did Z"
        const between = toks.slice(k + 1, next.first);
        if (between.length <= 6) {
          endTok = k;
          break;
        }
      }
      if (SUBORDINATORS.has(tk.norm) && !(tk.norm === 'that' && !has(toks[k - 1], 'Verb')) && k > lastTok + 1 && (/,/.test(toks[k - 1]!.post) || ['as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'unless', 'whereas'].includes(tk.norm))) {
        if (tk.norm === 'as' && !has(toks[k + 1], 'Determiner') && !has(toks[k + 1], 'Noun') && !has(toks[k + 1], 'Pronoun')) continue;
        if ((tk.norm === 'after' || tk.norm === 'before' || tk.norm === 'since') && !next) continue;
        if (s.times.some((t) => toks[k + 1] && toks[k + 1]!.start >= t.start && toks[k + 1]!.end <= t.end)) continue; // "since 2019"
        if (tk.norm === 'after' || tk.norm === 'before' || tk.norm === 'since' || tk.norm === 'until') {
          // only a clause ("after the government collapsed"), not a phrase ("after his ouster")
          const nv = next;
          if (!nv || nv.first - k > 8) continue;
        }
        endTok = k;
        break;
      }
      if (opensQuote(tk) && k > lastTok + 1 && /[,:]/.test(toks[k - 1]!.post)) {
        endTok = k;
        break;
      }
      if (tk.norm === 'then' && /,/.test(toks[k - 1]!.post) && next) {
        endTok = k;
        break;
      }
    }
    // a trailing ", X said" attribution is not part of the predicate
    // (not when the next verb's subject is this clause's antecedent: "Residents who fled the area said")
    if (next && SAY_LIKE.has(next.lemma) && !(nextSubj?.who && nextSubj.who.first < v.first)) {
      const sub = findSubject(s, next, lastTok + 1).who;
      if (sub && sub.first > lastTok && sub.first < endTok) endTok = sub.first;
    }
    // speech verbs take their whole complement: "said that ...", "told AFP: ..."
    const clauseEndTok = endTok;
    if (speech) {
      endTok = toks.length;
      // "did not say where X was and said Y": the coordinated speech verb starts a clause of its own
      for (let j = vi + 1; j < list.length; j++) {
        const w = list[j]!;
        if (!subjects[j]!.coordinated || !SAY_LIKE.has(w.lemma)) continue;
        let k = w.first - 1;
        while (k > lastTok && has(toks[k], 'Adverb')) k--;
        if (COORD.has(toks[k]!.norm)) endTok = Math.min(endTok, k);
        break;
      }
      // '..., X said.' after this speech verb's complement is not part of it
      for (const w of list.slice(vi + 1)) {
        if (!SAY_LIKE.has(w.lemma)) continue;
        const sub = findSubject(s, w, lastTok + 1).who;
        const lead = sub && sub.first < w.first ? sub.first : w.first;
        const bt = toks[lead - 1];
        const rest = toks.slice(w.last + 1);
        if (bt && (/[,;]/.test(bt.post) || closesQuote(bt)) && rest.length <= 6 && !rest.some((t) => has(t, 'Verb') || t.norm === 'that')) {
          endTok = lead;
          break;
        }
      }
    }
    let whatEndTok = endTok - 1;
    while (whatEndTok > v.first && (COORD.has(toks[whatEndTok]!.norm) || has(toks[whatEndTok], 'Conjunction') || SUBORDINATORS.has(toks[whatEndTok]!.norm))) whatEndTok--;
    let coreEndTok = clauseEndTok - 1;
    while (coreEndTok > v.first && (COORD.has(toks[coreEndTok]!.norm) || has(toks[coreEndTok], 'Conjunction'))) coreEndTok--;
    const coreEnd = toks[Math.max(coreEndTok, lastTok)]!.end;
    const whatStart = toks[v.first]!.start;
    let whatEnd = toks[Math.max(whatEndTok, lastTok)]!.end;
    // trim trailing punctuation and dangling quotes
    const raw = s.text.slice(whatStart - s.start, whatEnd - s.start);
    const trimmed = raw.replace(/[\s,;:.!?—–-]+$/u, '').replace(/^(.*?)["”]$/u, (m, p1: string) => (/["“]/.test(p1) ? m : p1));
    whatEnd = whatStart + trimmed.length;
    // keep brackets balanced: "on Sunday (Dec. 8)"
    const opens = (trimmed.match(/\(/g) ?? []).length - (trimmed.match(/\)/g) ?? []).length;
    if (opens > 0 && s.text[whatEnd - s.start] === ')') whatEnd++;

    const lemma = lemmaVerb.lemma || toks[lemmaVerb.last]!.norm;
    const hedgeWindow = toks.slice(Math.max(0, v.first - 2), lastTok + 2);
    const hedged =
      Boolean(inf) ||
      hedgeWindow.some((t) => HEDGE_ADVERBS.has(t.norm)) ||
      toks.slice(v.first, lastTok + 1).some((t) => MODALS.has(t.norm));
    // "there was no threat", "had made no arrests", "found nothing"
    const copulaNo = ['no', 'never', 'nothing', 'none', 'nobody'].includes(toks[lastTok + 1]?.norm ?? '');
    const negSubject = Boolean(who && /^(no|nobody|none|nothing|neither|no one)\b/i.test(who.text));
    const negated = v.negated || Boolean(inf?.negated) || copulaNo || negSubject;

    drafts.push({
      sentence: s,
      verb: inf ? { ...v, last: inf.last, end: inf.end, lemma } : v,
      lemma,
      who,
      coordinatedWith: coordWith,
      whatStart,
      whatEnd,
      coreEnd: Math.min(coreEnd, whatEnd),
      endToken: endTok,
      where: [],
      when: [],
      source: null,
      negated,
      hedged,
      speech: SAY_LIKE.has(lemma),
    });
  }
  // "there was no threat": expletive subject
  for (const d of drafts) {
    if (d.who && /^there$/i.test(d.who.text)) d.who = null;
  }
  // not asserted: indirect questions ("did not say where he was") and conditions ("until a government is formed")
  const unasserted = (d: DraftClaim): boolean => {
    const firstTok = d.who && !d.coordinatedWith ? d.who.first : d.verb.first;
    const intro = toks[firstTok - 1];
    return Boolean(intro && /^(?:where|what|how|why|whether|if|unless|until|lest|whoever|whatever)$/.test(intro.norm) && !/,/.test(intro.post));
  };
  // a clause needs a subject, its own or a coordinated one; expletive "there" counts
  const expletive = (d: DraftClaim): boolean => toks[d.verb.first - 1]?.norm === 'there';
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const question = unasserted(d);
    if (question || (!d.who && !d.coordinatedWith && !expletive(d))) {
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
  attribute(s, drafts);
  return drafts;
}

/** Claim span in UTF-16: from the subject (when it precedes the verb) to the end of the predicate. */
export function claimSpan(d: DraftClaim): { start: number; end: number } {
  const start = d.who && !d.coordinatedWith && d.who.start < d.verb.start ? d.who.start : d.verb.start;
  return { start, end: Math.max(d.whatEnd, d.verb.end) };
}

/**
 * Places and times of each clause. Runs after alias merging, when every mention has the type
 * of its canonical entity ("Port Elmsworth" is a place even where compromise guessed a person).
 */
export function placesAndTimes(s: AnnotatedSentenceX, drafts: DraftClaim[]): void {
  const toks = s.tokens;
  // a sentence-initial adjunct ("In Damascus, ...", "In cities such as A, B and C, ...") applies to every clause
  let leadEnd = -1;
  const opensWithTime = s.times.some((t) => t.start === s.start || (toks[0] && t.start === toks[1]?.start && /^(?:on|at|by|early|late|earlier|later)$/.test(toks[0].norm)));
  if (toks.length && (opensWithTime || ['in', 'on', 'at', 'across', 'throughout', 'inside', 'outside', 'near', 'early', 'late', 'earlier', 'later', 'by', 'during'].includes(toks[0]!.norm))) {
    const firstWho = drafts.find((d) => d.who && !d.coordinatedWith)?.who;
    const limit = firstWho ? firstWho.first : toks.length;
    let comma = -1;
    for (let i = 0; i < limit; i++) if (/,/.test(toks[i]!.post)) comma = i;
    if (comma >= 0 && !toks.slice(0, comma + 1).some((t) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'PastTense'))) leadEnd = toks[comma]!.end;
  }
  /** A place that is where something happens, not a possessor or a topic: "in Damascus", "entered Syria", not "Syria's future". */
  const verbEnds = new Map(s.verbs.map((v) => [v.last, v]));
  /**
   * A place is where the event happens when it follows a locative preposition ("in Damascus"),
   * is the object of a verb of movement or force ("entered Damascus"), or locates the subject
   * ("videos from Damascus"); not when it is a possessor ("Syria's future"), a topic ("the fall
   * of Homs", "departure from Syria"), the object of another verb ("hope to see Syria") or part
   * of a title ("US President").
   */
  const locative = (m: TypedMention, d: DraftClaim | null): boolean => {
    if (m.type !== 'place' || m.text.length < 2) return false;
    const after = s.text.slice(m.end - s.start, m.end - s.start + 2);
    if (/^['’]s(?!\p{L})/u.test(after) || (/s$/.test(m.text) && /^['’](?:\s|$)/.test(after) && !/['‘]/.test(s.text[m.start - s.start - 1] ?? ''))) return false;
    let ti = toks.findIndex((t) => t.start >= m.start);
    // look past modifiers to the word that governs the name: "of capital Damascus", "at the Presidential Palace"
    for (let n = 0; n < 3 && ti > 0; n++) {
      const p = toks[ti - 1]!;
      if (has(p, 'Preposition') || LOCATIVE_PREPS.has(p.norm) || p.norm === 'on' || p.norm === 'over') break;
      if (!(has(p, 'Determiner') || (has(p, 'Adjective') && !has(p, 'Verb')) || (/^\p{Ll}/u.test(p.text) && has(p, 'Noun') && !has(p, 'Pronoun') && !has(p, 'Preposition') && /^(?:capital|city|town|village|province|region|port|town)$/.test(p.norm)))) break;
      ti--;
    }
    const prev = toks[ti - 1];
    const inSubject = Boolean(d?.who && m.start >= d.who.start && m.end <= d.who.end);
    if (!prev) return !inSubject;
    if (prev.norm === 'of') {
      // "the streets of Damascus", "the city of Hama", but not "the fall of Homs"
      const head = toks[ti - 2];
      return Boolean(head && /^(?:streets?|city|town|village|capital|suburbs?|outskirts|centre|center|heart|province|region|area|parts?|districts?|neighbourhoods?|neighborhoods?|port|island|state|republic|kingdom|county)$/.test(head.norm));
    }
    if (prev.norm === 'from') return inSubject || /^(?:flee|escape|return|withdraw|evacuate|retreat|leave|depart|travel|fly|move|come)$/.test(d?.lemma ?? '');
    if (['about', 'for', 'against', 'with', 'than', 'like', 'toward', 'towards'].includes(prev.norm)) return false;
    // "called for calm in Sudan": a place qualifying the noun that a reaction is about
    const head = toks[ti - 2];
    if (d && ATTITUDE_VERBS.has(d.lemma) && m.start > d.verb.end && head && has(head, 'Noun') && !has(head, 'Pronoun') && !has(head, 'ProperNoun')) return false;
    if (LOCATIVE_PREPS.has(prev.norm) || prev.norm === 'on' || prev.norm === 'over') return true;
    const v = verbEnds.get(ti - 1) ?? (has(prev, 'Determiner') ? verbEnds.get(ti - 2) : undefined);
    if (v) return MOTION_VERBS.has(v.lemma);
    if (inSubject && !LOCATIVE_PREPS.has(prev.norm)) return false;
    return true;
  };
  const leadPlaces = s.mentions.filter((m) => locative(m, null) && m.end <= leadEnd);
  const leadTimes = s.times.filter((t) => t.end <= leadEnd);
  // a caption's places and date describe the whole picture, except what another actor's clause says
  const caption = s.kind === 'caption';
  for (const d of drafts) {
    let span = { start: claimSpan(d).start, end: d.coreEnd };
    if (caption && !d.speech) {
      span = { start: s.start, end: s.end };
    }
    const others = caption
      ? drafts.filter((o) => o !== d && o.who && !o.coordinatedWith && !/^(?:he|she|they|it|we|i)$/i.test(o.who.text) && o.who.text !== d.who?.text && o.verb.start > d.verb.start)
      : [];
    // the caption's closing ", in Paris on December 8, 2024" belongs to every clause
    let tailStart = s.end;
    if (caption) {
      for (let k = toks.length - 1; k > 0; k--) {
        if (s.verbs.some((v) => v.first >= k)) break;
        if (/,/.test(toks[k - 1]!.post) && ['in', 'at', 'on', 'near', 'outside', 'inside'].includes(toks[k]!.norm)) tailStart = toks[k]!.start;
      }
      // "... collapsed in Damascus, Syria, Sunday, Dec. 8, 2024.": a closing run of places and dates
      const inSpan = (t: Token): boolean => s.times.some((x) => t.start >= x.start && t.end <= x.end) || s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end);
      let k = toks.length - 1;
      while (k >= 0 && (inSpan(toks[k]!) || /^\W*$/.test(toks[k]!.text))) k--;
      if (k >= 0 && k < toks.length - 1 && ['in', 'at', 'on', 'near'].includes(toks[k]!.norm) && toks.slice(k + 1).some((t) => s.mentions.some((x) => x.type === 'place' && t.start >= x.start && t.end <= x.end))) {
        tailStart = Math.min(tailStart, toks[k]!.start);
      }
    }
    // ", sending X fleeing and ending rule in Y": a participle clause says where something else happened
    const gerundRanges: { start: number; end: number }[] = [];
    if (caption) {
      toks.forEach((t, k) => {
        if (k === 0 || !/,/.test(toks[k - 1]!.post) || !(has(t, 'Gerund') || /ing$/.test(t.norm))) return;
        let e = k;
        while (e + 1 < toks.length && !/[,;]/.test(toks[e]!.post)) e++;
        gerundRanges.push({ start: t.start, end: toks[e]!.end });
      });
    }
    const inOther = (x: { start: number; end: number }): boolean =>
      x.start < tailStart && (others.some((o) => x.start >= o.who!.start && x.end <= o.coreEnd) || gerundRanges.some((g) => x.start >= g.start && x.end <= g.end && (x.start < d.verb.start || x.start > d.coreEnd)));
    const whoIsPlace = (m: TypedMention): boolean => Boolean(d.who && d.who.mention === m && d.who.text.replace(/^the\s+/i, '').length <= m.text.length + 2);
    d.where = s.mentions.filter((m) => locative(m, d) && m.start >= span.start && m.end <= span.end && !whoIsPlace(m) && !inOther(m));
    d.when = s.times.filter((t) => t.start >= Math.min(span.start, d.verb.start) && t.end <= span.end && !inOther(t));
    // "..., then in the early hours of Dec. 8, they announced": an adjunct just before this clause's subject
    if (d.who && !d.coordinatedWith && d.who.first > 0 && /,/.test(toks[d.who.first - 1]!.post)) {
      let a = d.who.first - 1;
      while (a > 0 && !/[,;]/.test(toks[a - 1]!.post) && !has(toks[a - 1], 'Verb')) a--;
      const seg = toks.slice(a, d.who.first);
      // only an adjunct that opens its own comma-bounded stretch, not the tail of the previous clause
      if (a > 0 && /[,;]/.test(toks[a - 1]!.post) && seg.length <= 10 && !seg.some((t) => has(t, 'Verb'))) {
        for (const t of s.times) if (t.start >= toks[a]!.start && t.end <= toks[d.who.first - 1]!.end && !d.when.includes(t)) d.when.unshift(t);
      }
    }
    for (const m of leadPlaces) if (!d.where.includes(m)) d.where.unshift(m);
    for (const t of leadTimes) if (!d.when.includes(t)) d.when.unshift(t);
  }
  // adjuncts inside a clause nested in this one belong to the nested clause:
  // "The war, which began in 2011, has claimed ..." — 2011 is when it began
  for (const d of drafts) {
    const span = claimSpan(d);
    for (const o of drafts) {
      if (o === d || o.verb.start <= span.start || o.verb.start >= d.verb.start) continue;
      const inner = { start: o.who && o.who.start > span.start ? o.who.start : o.verb.start, end: o.coreEnd };
      d.where = d.where.filter((m) => !(m.start >= inner.start && m.end <= inner.end));
      d.when = d.when.filter((t) => !(t.start >= inner.start && t.end <= inner.end));
    }
  }
  // an embedded post is dated by its signature
  if (s.kind === 'post' && s.postTime) for (const d of drafts) if (d.when.length === 0) d.when = [s.postTime];
  // a clause about the future reads a bare weekday forward: "will reopen on Thursday"
  for (const d of drafts) {
    const vg = s.tokens.slice(d.verb.first, d.verb.last + 1).map((t) => t.norm);
    const future = vg.some((w) => w === 'will' || w === 'shall' || w === "'ll" || w === 'wo') || /^(?:expect|plan|schedule|intend|aim|hope|vow|pledge|promise)$/.test(d.lemma);
    if (future) d.when = d.when.map((t) => (t.future !== undefined ? { ...t, date: t.future } : t));
  }
  // coordinated clauses share their adjuncts: "stormed into X and looted Y on Sunday"
  for (const d of drafts) {
    const c = d.coordinatedWith;
    if (!c) continue;
    // only to a clause that has none of its own: "built in 1962 and expanded in 1998" keep theirs
    if (c.where.length === 0) pushAll(c.where, d.where);
    else if (d.where.length === 0) pushAll(d.where, c.where);
    if (c.when.length === 0) pushAll(c.when, d.when);
    else if (d.when.length === 0) pushAll(d.when, c.when);
  }
  // "As he fled the country, crowds stormed the palace on Sunday": a temporal clause shares the main clause's time
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.when.length) continue;
    const lead = d.who && d.who.first < d.verb.first ? d.who.first : d.verb.first;
    const intro = toks[lead - 1];
    if (!intro || !/^(?:as|when|while|once)$/.test(intro.norm)) continue;
    const dated = (o: DraftClaim): boolean => o.when.some((t) => t.date);
    // the main clause, not a clause reported inside it
    const main = drafts.slice(i + 1).find((o) => dated(o) && !o.coordinatedWith && !o.source) ?? drafts.slice(0, i).reverse().find((o) => dated(o) && !o.source);
    if (main) d.when = [...main.when];
  }
  // "As daylight broke over Damascus, crowds gathered": an opening temporal clause sets the scene
  if (/^(?:as|when|while)$/.test(toks[0]?.norm ?? '') && drafts.length > 1) {
    const sub = drafts[0]!;
    const main = drafts.find((o) => o !== sub && !o.coordinatedWith && !o.source && o.verb.start > sub.coreEnd);
    if (main && main.where.length === 0 && sub.where.length) main.where = [...sub.where];
  }
  // reported speech is dated by its speech act: "a source told media on Sunday that he is in Moscow"
  const inQuoteAt = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  for (const d of drafts) {
    const from = d.source?.from;
    const futureInner = s.tokens.slice(d.verb.first, d.verb.last + 1).some((t) => /^(?:will|would|shall|'ll)$/.test(t.norm));
    if (d.when.length || !from || !from.when.length || inQuoteAt(d.verb.start) || from.sentence !== d.sentence || futureInner) continue;
    d.when = [...from.when];
  }
  // a later clause coordinated with an earlier one whose chain starts further back
  for (const d of drafts) {
    d.where.sort((a, b) => a.start - b.start);
    d.when.sort((a, b) => a.start - b.start);
  }
}

function sourceOf(d: DraftClaim, cue: string): DraftSource | null {
  const who = d.who;
  if (!who) return null;
  return { text: who.text, cue, mention: who.mention, from: d };
}

/**
 * A trailing attribution closes its sentence after a comma or a quote: '"...," the ministry
 * said.', '..., Reuters reported.', '..., officials said on Monday.' Anything after the verb
 * is an adjunct, never an object or a clause.
 */
function isTrailingAttribution(s: AnnotatedSentenceX, sp: DraftClaim): boolean {
  const toks = s.tokens;
  if (!sp.who) return false;
  const lead = sp.who.first < sp.verb.first ? sp.who.first : sp.verb.first;
  const beforeTok = toks[lead - 1];
  if (!beforeTok || !(/[,;:—–]/.test(beforeTok.post) || closesQuote(beforeTok))) return false;
  const rest = toks.slice(sp.verb.last + 1);
  if (rest.length > 6) return false;
  return !rest.some((t) => has(t, 'Verb') || t.norm === 'that');
}

function attribute(s: AnnotatedSentenceX, drafts: DraftClaim[]): void {
  const toks = s.tokens;
  const inQuote = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);

  // 1. speech verbs: their complement clauses are attributed to their subject. The nearest
  //    speaker wins ("A reports that B said C": C is B's, B's statement is A's), so speakers are
  //    taken from the last to the first. A verb coordinated with the speech verb is not part of
  //    its complement ("has claimed lives and displaced millions").
  const chainOf = (d: DraftClaim): DraftClaim => (d.coordinatedWith ? chainOf(d.coordinatedWith) : d);
  const speechClaims = drafts.filter((sp) => sp.speech && sp.who && !inQuote(sp.verb.start));
  // "After rebels took the city, he fled, state media reported": the opening clause is background
  const initialSubordinate = (d: DraftClaim): boolean => {
    if (!/^(?:after|before|as|when|while|since|because|although|though|once)$/.test(toks[0]?.norm ?? '')) return false;
    const firstComma = toks.findIndex((t) => /,/.test(t.post));
    return firstComma >= 0 && d.verb.last <= firstComma;
  };
  for (const sp of [...speechClaims].reverse()) {
    const trailing = isTrailingAttribution(s, sp);
    for (const d of drafts) {
      if (d === sp || d.source || chainOf(d) === chainOf(sp)) continue;
      const after = d.verb.start > sp.verb.end;
      const before = d.verb.end < sp.verb.start;
      if (after && d.verb.start < (sp.whatEnd > sp.verb.end ? sp.whatEnd + 1 : sp.verb.end)) {
        d.source = sourceOf(sp, sp.lemma);
      } else if (before && trailing && !initialSubordinate(d)) {
        // trailing attribution: '"...," the ministry said.' / '..., Reuters reported.'
        d.source = sourceOf(sp, sp.lemma);
      }
    }
  }
  // 2. quotations: clauses inside a quote take the speaker of a speech verb outside it
  const speakers = drafts.filter((d) => !inQuote(d.verb.start) && d.who && (d.speech || /^(share|write|post|chant|caption|tweet)$/.test(d.lemma)));
  for (const d of drafts) {
    if (d.source || !inQuote(d.verb.start)) continue;
    const sp = speakers.sort((a, b) => Math.abs(a.verb.start - d.verb.start) - Math.abs(b.verb.start - d.verb.start))[0];
    if (sp) d.source = sourceOf(sp, 'quote');
  }
  // gerund speakers: "residents celebrated ..., chanting, “...”"
  for (const d of drafts) {
    if (d.source || !inQuote(d.verb.start)) continue;
    const outside = drafts.filter((o) => o !== d && !inQuote(o.verb.start) && o.who && o.verb.start < d.verb.start);
    const o = outside[outside.length - 1];
    if (o) d.source = sourceOf(o, 'quote');
  }
  // 3. "according to X", "citing X"
  for (let i = 0; i < toks.length; i++) {
    const isAcc = toks[i]!.norm === 'according' && toks[i + 1]?.norm === 'to';
    const isCiting = toks[i]!.norm === 'citing';
    if (!isAcc && !isCiting) continue;
    const from = isAcc ? i + 2 : i + 1;
    let to = from;
    while (to < toks.length - 1 && !/[,;.]/.test(toks[to]!.post) && !has(toks[to + 1], 'Verb')) to++;
    if (from >= toks.length) continue;
    const p = phrase(s, from, Math.min(to, toks.length - 1));
    for (const d of drafts) {
      if (d.source) continue;
      if (isCiting && d.verb.start < toks[i]!.start) continue;
      if (d.who && d.who.start >= p.start && d.who.start < p.end) continue;
      d.source = { text: p.text, cue: isAcc ? 'according to' : 'citing', mention: p.mention };
    }
  }
  // 4. an embedded post's claims are its author's
  if (s.kind === 'post' && s.postAuthor) {
    for (const d of drafts) if (!d.source) d.source = { text: s.postAuthor, cue: 'post', mention: null };
  }
  // 5. a headline opening with "Speaker: " or "Speaker - " ("Lopes: talks will resume",
  // "Coach Ruiz - we can win the cup"): the speaker is the source, not part of the subject
  if (s.kind === 'headline') {
    // the speaker may hold hyphens ("Jean-Luc Moreau: ..."), not a colon or a spaced dash
    const m = /^((?:[^:\s]|\s(?![-–—]\s)){2,60}?)(?:\s*:|\s[-–—])\s+\S/.exec(s.text);
    const sepEnd = m ? s.start + m[0].length - 1 : -1;
    const prefixEnd = m ? s.start + m[1]!.length : -1;
    const speaker = m ? (s.mentions.find((x) => x.start < prefixEnd && x.end >= prefixEnd - 1 && x.type !== 'place') ?? null) : null;
    const inPrefix = m ? s.tokens.filter((x) => x.end <= prefixEnd) : [];
    // or a bare surname: "Wood - Ireland can win"
    const nameLike = speaker !== null || (bareName(inPrefix) && !s.mentions.some((x) => x.start < prefixEnd && x.type === 'place'));
    if (m && nameLike && !HEADLINE_LABELS.test(m[1]!.trim()) && !drafts.some((d) => d.verb.start < sepEnd)) {
      const sepTok = s.tokens.findIndex((x) => x.start >= sepEnd);
      for (const d of drafts) {
        if (d.who && d.who.first < sepTok && d.who.last >= sepTok) d.who = phrase(s, sepTok, d.who.last);
        else if (d.who && d.who.last < sepTok && sepTok < d.verb.first) d.who = phrase(s, sepTok, d.verb.first - 1);
        if (!d.source) d.source = { text: s.text.slice(0, m[1]!.length).trim(), cue: 'headline', mention: speaker };
      }
    }
  }
  // 6. a headline ending in ": Source" or " - Source" ("Fear will help the team - coach")
  if (s.kind === 'headline' || s.kind === 'caption') {
    const m = /(?::|\s[-–—]\s)\s*((?:[^:\s]|\s(?![-–—]\s)){2,80})$/.exec(s.text);
    const suffix = m ? s.tokens.filter((x) => x.start >= s.start + m.index + m[0].length - m[1]!.length) : [];
    const speakerLike = m && !/\?\s*$/.test(m[1]!) && m[1]!.trim().split(/\s+/).length <= 6 &&
      (s.mentions.some((x) => x.start >= s.start + m.index) || /\b(?:ministry|police|officials?|minister|spokes(?:man|woman|person)|sources?|media|government|report|agency|army|military|president|court|company)\b/i.test(m[1]!) ||
        bareName(suffix));
    if (m && speakerLike && !drafts.some((d) => d.verb.start >= s.start + m.index)) {
      const text = m[1]!.replace(/[.!?\s]+$/, '');
      const at = s.start + m.index + m[0].length - m[1]!.length;
      const mention = s.mentions.find((x) => x.start >= at) ?? null;
      // the predicate ends before the separator: "Fear will help France - Laporte"
      const sep = s.start + m.index;
      for (const d of drafts) {
        if (!d.source) d.source = { text, cue: 'headline', mention };
        if (d.whatEnd > sep) {
          const whatText = s.text.slice(d.whatStart - s.start, sep - s.start).replace(/\s+$/, '');
          d.whatEnd = d.whatStart + whatText.length;
          d.coreEnd = Math.min(d.coreEnd, d.whatEnd);
        }
      }
    }
  }
}
