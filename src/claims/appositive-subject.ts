/**
 * Subjects past a long appositive chain: obituaries, crime and sports reports name someone, then
 * describe them in one or more appositives set off by commas or dashes (a role, an age, a home
 * town, a relative clause on the role), and only then give the verb. The subject is the name (or
 * the noun phrase) that opens the sentence; the appositives are not part of the clause.
 *
 *   "Ana Lorne, the swimmer turned actress who starred in six musicals, has died."
 *   → has died: "Ana Lorne"
 *   "According to police, Tom Vale, 36, of Dunmore, hit and killed a cyclist."
 *   → hit: "Tom Vale" (killed shares it)
 */
import type { Token } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { FoundSubject } from './draft.js';
import { rules, type RulesOff } from './rule.js';
import { isAside, npLeft, phrase } from './phrase.js';
import { REL, closesQuote, has, isNounish } from './words.js';

/** What the rule sees: the same context as the other subject rules. */
export interface ChainCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  /** The verb's lemma: a speech verb's speaker after appositives is speech-verb-appositive-speaker's. */
  lemma: string;
  floor: number;
  k: number;
  t: Token;
  off: RulesOff;
}

/** A comma or a spaced dash after the token ends a segment of the chain. */
const breaksAfter = (t: Token): boolean => /,|\s[-–—]|^[-–—]\s|^\s*[–—]/.test(t.post);
const RELATIVE = /^(?:who|whose|whom|which|that)$/;
const SPEECH_WORD = /^(?:said|says|say|told|tells|added|adds|reported|reports|announced)$/;

/** A word that is only a verb (not a noun, a participle used as an adjective, or a gerund). */
const finiteLooking = (x: Token, i: number): boolean => has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'Hyphenated') && !has(x, 'PastTense') && !(has(x, 'Gerund') && i > 0) && !has(x, 'Adjective');

/** An appositive: a noun phrase renaming the subject, perhaps with a relative clause or a participle on it ("the swimmer turned actress who starred in ..."). */
function appositive(seg: Token[]): boolean {
  let body = seg;
  // "..., actress, and pin-up icon,": the last item of a list of roles
  if (body.length > 1 && /^(?:and|or)$/.test(body[0]!.norm)) body = body.slice(1);
  const first = body[0]!;
  if (has(first, 'Preposition') || SUBORDINATORS.has(first.norm) || RELATIVE.test(first.norm) || (has(first, 'Pronoun') && !has(first, 'Possessive'))) return false;
  if (has(first, 'Verb') && !has(first, 'Noun') && !has(first, 'Adjective') && !has(first, 'Hyphenated')) return false;
  const rel = body.findIndex((x) => RELATIVE.test(x.norm));
  const head = rel >= 0 ? body.slice(0, rel) : body;
  if (head.length === 0 || !head.some((x) => isNounish(x))) return false;
  return !head.some(finiteLooking);
}

/** The segments between commas or dashes from the sentence's start to token k, or null when there are too many or they are too long. */
function segments(toks: Token[], k: number): [number, number][] | null {
  const segs: [number, number][] = [];
  let end = k;
  for (;;) {
    let st = end;
    while (st > 0 && !breaksAfter(toks[st - 1]!) && !/[;:.!?]/.test(toks[st - 1]!.post)) st--;
    segs.unshift([st, end]);
    if (st === 0) return segs;
    if (/[;:!?]/.test(toks[st - 1]!.post) || segs.length >= 6 || end - st > 30) return null;
    end = st - 1;
  }
}

export const APPOSITIVE_CHAIN_RULES = rules<ChainCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'appositive-chain-subject',
    description: 'after a comma or dash, back over up to four appositives, ages, home towns and relative clauses on them to the name or noun phrase that opens the sentence (past an opening adverbial such as "According to police,"), which is the subject',
    example: 'Ana Lorne, the swimmer turned actress who starred in six musicals, has died; According to police, Tom Vale, 36, of Dunmore, hit a cyclist',
    apply: ({ s, toks, lemma, floor, k, t, off }) => {
      if (!breaksAfter(t) || closesQuote(t) || SAY_LIKE.has(lemma)) return undefined;
      // the phrase before the comma opens the clause: the ordinary reading decides
      const near = npLeft(toks, k, floor, off);
      if (near >= 0 && (near === floor || near === 0)) return undefined;
      const segs = segments(toks, k);
      if (!segs || segs.length < 2) return undefined;
      // an opening adverbial: "According to police,", "On Saturday,", "At 5:30 p.m.,", "Today,"
      const [o0, o1] = segs[0]!;
      const opening = toks.slice(o0, o1 + 1);
      if (segs.length >= 3 && (has(opening[0], 'Preposition') || opening[0]!.norm === 'according' || opening.every((x) => has(x, 'Date') || has(x, 'Adverb') || has(x, 'Value')))) segs.shift();
      const [a0, b0] = segs[0]!;
      const name = toks.slice(a0, b0 + 1);
      if (name.length > 12 || name.some((x, i) => finiteLooking(x, i) || (has(x, 'Verb') && i === name.length - 1)) || !isNounish(toks[b0]!) || npLeft(toks, b0, a0, off) !== a0) return undefined;
      if (has(toks[a0], 'Pronoun') && !has(toks[a0], 'Possessive')) return undefined;
      // a name, or a determined noun phrase ("The four robbers", "The head of the crime family")
      const named = s.mentions.some((m) => m.first >= a0 && m.last <= b0);
      if (!named && !has(toks[a0], 'Determiner') && !has(toks[a0], 'Possessive')) return undefined;
      let total = 0;
      for (const [a, b] of segs.slice(1)) {
        const seg = toks.slice(a, b + 1);
        total += seg.length;
        if (total > 60 || seg.some((x) => SPEECH_WORD.test(x.norm) || SAY_LIKE.has(x.norm))) return undefined;
        if (!(isAside(seg, off) || appositive(seg))) return undefined;
      }
      return { who: phrase(s, a0, b0), coordinated: false, relative: false };
    },
  },
]);

/**
 * "The head of the crime family, who had suffered from heart disease, died at the prison": the
 * past verb right after a relative clause set off by commas is the main verb, not a participle on
 * the relative clause's last noun. Read by the finite rules participle-on-object and reduced-relative.
 */
export function afterRelativeAside(toks: Token[], first: number): boolean {
  const j = first - 1;
  if (j < 2 || !/,\s*$/.test(toks[j]!.post)) return false;
  for (let i = j - 1; i >= 0 && j - i < 25; i--) {
    if (/[;:.!?]/.test(toks[i]!.post)) return false;
    if (!/,/.test(toks[i]!.post)) continue;
    return /^(?:who|which)$/.test(toks[i + 1]!.norm) && (isNounish(toks[i]!) || has(toks[i], 'ProperNoun'));
  }
  return false;
}

/** A switch (no veto of its own) read by participle-on-object, so its worth can be measured. */
export const AFTER_RELATIVE_RULES = rules<unknown, boolean>('finite', [
  {
    name: 'verb-after-relative-aside',
    description: 'a past verb right after a relative clause set off by commas is the main verb, not a participle modifying the clause\'s last noun (a switch read by participle-on-object and reduced-relative)',
    example: 'The head of the crime family, who had suffered from heart disease, died at the prison',
    apply: () => false,
  },
]);
