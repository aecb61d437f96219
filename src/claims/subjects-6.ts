/**
 * Issue 20 (sixth session): subjects. The steps of the noun-phrase walk are in np-6.ts, the
 * tagging repairs in ../annotate/verb-repairs-6.ts, the "as"-phrase extent in extents-6.ts and
 * the bare-predicate salience in ../refine/salience-6.ts; here the reduced relative before a
 * time ("The money raised last year went to ..."), a two-word adverb phrase before the verb
 * ("so far"), a prepositional object that is not the next clause's subject, and a quoted
 * subject that keeps its quotation marks. Each rule is listed (SUBJECT_RULES_6, rules.ts) and
 * can be switched off by name; the passes read them through one hook line each.
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import type { DraftClaim, FoundSubject } from './draft.js';
import { isOn, rules, type RulesOff } from './rule.js';
import { npLeft, phrase } from './phrase.js';
import { COORD, has, isNounish, opensQuote, closesQuote } from './words.js';
import { NP_RULES_6 } from './np-6.js';
import type { SubjectCtx } from './subjects.js';
import { EXTENT_RULES_6 } from './extents-6.js';
import { SALIENCE_RULES_6 } from '../refine/salience-6.js';
import { VERB_REPAIR_RULES_6 } from '../annotate/verb-repairs-6.js';

const REDUCED_RELATIVE = { name: 'subject-reduced-relative-head' };

/** A token inside a time expression, or tagged as a date word. */
const inTime = (s: AnnotatedSentenceX, t: Token): boolean => has(t, 'Date') || s.times.some((x) => t.start >= x.start && t.end <= x.end);

/**
 * "The money raised last year went to ...": a one-word past participle right after the noun
 * phrase that opens the sentence, then only a time (and adverbs), then the next verb: the
 * participle is a reduced relative on the subject, not a finite verb.
 */
export function reducedRelativeBeforeTime(s: AnnotatedSentenceX, v: VerbGroup, next: VerbGroup | undefined, off: RulesOff): boolean {
  if (!isOn(REDUCED_RELATIVE, off) || !next || v.first !== v.last) return false;
  const toks = s.tokens;
  const head = toks[v.first]!;
  const before = toks[v.first - 1];
  if (!has(head, 'PastTense') || has(head, 'Auxiliary') || has(head, 'Copula') || SAY_LIKE.has(v.lemma) || !before || !isNounish(before) || has(before, 'Pronoun') || /\S/.test(before.post + head.post)) return false;
  const f = npLeft(toks, v.first - 1, 0, off);
  if (!(f === 0 || (f === 1 && COORD.has(toks[0]!.norm)))) return false;
  const between = toks.slice(v.last + 1, next.first);
  if (between.length === 0 || between.length > 5 || !inTime(s, between[0]!)) return false;
  return between.every((t) => (inTime(s, t) || has(t, 'Adverb')) && !/[,;:()"“”]|\s[-–—]/.test(t.post) && !has(t, 'Verb'));
}


const SUBJECT_RULES_BEFORE_VERB_6 = rules<SubjectCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'subject-reduced-relative-head',
    description: 'a past participle right after the noun phrase opening the sentence, then a time, then a verb, is a reduced relative: not a finite verb, and the subject of the verb after it runs from the noun phrase over the participle and the time',
    example: 'The money raised last year went to the Tarvel school',
    apply: ({ s, toks, v, off }) => {
      // the verb before: a participle ruled out as a finite verb by this rule
      const last = v.first - 1;
      let p = last;
      while (p >= 0 && (inTime(s, toks[p]!) || has(toks[p], 'Adverb'))) p--;
      if (p === last || p < 1) return undefined;
      const g = s.verbs.find((w) => w.first === p && w.last === p);
      if (!g || !reducedRelativeBeforeTime(s, g, v, off)) return undefined;
      const f = npLeft(toks, p - 1, 0, off);
      return f >= 0 ? { who: { ...phrase(s, f, last), keepsTime: true }, coordinated: false, relative: false } : undefined;
    },
  },
  {
    name: 'subject-before-adverb-phrase',
    description: 'a two-word adverb phrase between the subject and its verb, with no commas ("so far", "at least", "in turn", "by then"), is not the subject: the subject is the noun phrase before it',
    example: 'The Tarvel council so far has failed to act',
    apply: ({ s, toks, k, floor, off }) => {
      if (k - 2 < floor || !ADVERB_PHRASE.test(`${toks[k - 1]!.norm} ${toks[k]!.norm}`) || /\S/.test(toks[k - 1]!.post + toks[k]!.post)) return undefined;
      const b = toks[k - 2]!;
      if (/[,;:()"“”]/.test(b.post) || !isNounish(b)) return undefined;
      const f = npLeft(toks, k - 2, floor, off);
      return f >= 0 ? { who: phrase(s, f, k - 2), coordinated: false, relative: false } : undefined;
    },
  },
  {
    name: 'subject-not-prepositional-object',
    description: 'a noun phrase after a preposition, "and", then a determiner or possessive and a noun before the verb: the first noun phrase is the earlier clause\'s prepositional object, the subject is the phrase after "and"',
    example: 'Ana Vell was reunited with her family in Orlen and her father opened a shop',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (/[,;:()"“”]/.test(t.post) || !isNounish(t) || has(t, 'Pronoun')) return undefined;
      const f = npLeft(toks, k, floor, off);
      if (f <= floor || !has(toks[f - 1], 'Preposition') || /^(?:that|as|than)$/.test(toks[f - 1]!.norm)) return undefined;
      for (let j = k - 1; j > f; j--) {
        if (toks[j]!.norm !== 'and') continue;
        const d = toks[j + 1]!;
        if (!(/^(?:the|a|an|his|her|their|its|our|my|this|these|those)$/.test(d.norm)) || !isNounish(toks[j - 1]!) || /[,;:]/.test(toks[j - 1]!.post)) return undefined;
        // "both X and Y", "either X or Y": one coordinated subject
        if (toks.slice(Math.max(floor, f - 1), j).some((x) => /^(?:both|either|neither)$/.test(x.norm))) return undefined;
        return { who: phrase(s, j + 1, k), coordinated: false, relative: false };
      }
      return undefined;
    },
  },
]);
/** Adverb phrases of two words that stand between a subject and its verb. */
const ADVERB_PHRASE = /^(?:so far|at least|in turn|by then|until now|for now|as yet|of course|in fact)$/;

/** The subject rules of this file, tried after subjects.ts's own (SUBJECT_RULES). */
export const SUBJECT_BEFORE_VERB_6 = SUBJECT_RULES_BEFORE_VERB_6;

/** Subjects fixed once the drafts exist. */
export const DRAFT_SUBJECT_RULES_6 = rules<DraftClaim, void>('subjects', [
  {
    name: 'subject-closes-its-quote',
    description: 'a subject that is a whole quotation (a title, a ship\'s name) keeps its quotation marks',
    example: '"Vessko" was the only ship to survive the storm',
    apply: (d) => {
      const w = d.who;
      if (!w) return;
      const toks = d.sentence.tokens;
      const a = toks[w.first]!;
      const b = toks[w.last]!;
      if (!opensQuote(a) || !closesQuote(b)) return;
      // only one quotation: no quote closes or opens inside
      for (let i = w.first; i <= w.last; i++) if ((i < w.last && closesQuote(toks[i]!)) || (i > w.first && opensQuote(toks[i]!))) return;
      const s = d.sentence;
      const pre = /(["“‘«]|``|'')\s*$/u.exec(a.pre);
      const post = /^\s*(["”’»]|'')/u.exec(b.post);
      if (!pre || !post) return;
      const start = a.start - (a.pre.length - pre.index);
      const end = b.end + post[0].length;
      if (start < s.start || end > s.start + s.text.length || start > w.start || end < w.end) return;
      d.who = { ...w, start, end, text: s.text.slice(start - s.start, end - s.start) };
    },
  },
]);

/** Every rule of the sixth session's subjects work, for rules.ts. */
export const SUBJECT_RULES_6 = [...VERB_REPAIR_RULES_6, ...NP_RULES_6, ...SUBJECT_RULES_BEFORE_VERB_6, ...DRAFT_SUBJECT_RULES_6, ...EXTENT_RULES_6, ...SALIENCE_RULES_6];
