/**
 * Pass 2, subjects: who or what each finite verb is about. The subject is the noun phrase
 * before the verb, walked left over its modifiers (phrase.ts), past asides set off by commas
 * or dashes; a verb after "and" inherits the subject of the verb it is coordinated with; a
 * relative clause's verb takes its antecedent; a speech verb may have its subject after it.
 *
 *   "Ana Ruiz, 45, of Leeds, who owns a bakery, said the council had failed and resigned."
 *   → said: "Ana Ruiz"; failed: "the council"; resigned: "the council" (coordinated with "had failed")
 */
import type { Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE, SUBORDINATORS } from '../annotate/lexicon.js';
import type { Clause, DraftClaim, FoundSubject, Phrase } from './draft.js';
import { firstRule, isOn, rules, type RulesOff } from './rule.js';
import { LINKING, isAside, npLeft, phrase } from './phrase.js';
import { CLAUSE_TAKING, COORD, REL, THAT_CLAUSE, closesQuote, has, isAbbreviation, isModifier, isNounish, opensQuote } from './words.js';
import { APPOSITIVE_CHAIN_RULES } from './appositive-subject.js';
import { SERIES_RULES } from './series.js';
import { SPEAKER_AFTER_RULES_6, SPEAKER_SUBJECT_RULES_6 } from './speakers-6.js';
import { SUBJECT_BEFORE_VERB_6 } from './subjects-6.js';
import { SUBJECT_RULES_7 } from './tuples-7.js';
import { RESCUE_SUBJECT_RULES_9 } from './recall-9.js';
import { SUBJECT_RULES_10 } from './recall-10.js';

/** What a subject rule sees: the verb, the floor of its clause, and `t` = toks[k], the word before the verb (past adverbs). */
export interface SubjectCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  v: VerbGroup;
  floor: number;
  k: number;
  t: Token;
  off: RulesOff;
}

const none: FoundSubject = { who: null, coordinated: false, relative: false };
const subject = (who: Phrase): FoundSubject => ({ who, coordinated: false, relative: false });
/**
 * The phrase starts its clause: at the clause's floor or at the start of the sentence, or right
 * after an opening phrase set off by a comma ("In 1990, the firm, based in Austin, made";
 * "During the shift, however, the language"; see subject-after-opener).
 */
const opensClause = (toks: Token[], f: number, floor: number, off: RulesOff): boolean => f >= 0 && (f === floor || f === 0 || (isOn(SUBJECT_AFTER_OPENER, off) && afterOpener(toks, f, floor)));

const OPENING_SUBORDINATORS = /^(?:when|while|after|before|because|although|though|since|until|if|unless|once|as|whereas)$/;
/** One comma-separated piece of an opening phrase: a prepositional phrase, a time, a linking adverb. */
function openerPiece(seg: Token[]): boolean {
  const first = seg[0];
  if (!first || seg.length > 12) return false;
  if (LINKING.test(seg.map((x) => x.norm).join(' '))) return true;
  if (seg.some((x) => has(x, 'Copula') || has(x, 'Modal') || has(x, 'Auxiliary') || REL.has(x.norm) || (has(x, 'Pronoun') && !has(x, 'Possessive')))) return false;
  if (has(first, 'Preposition') && !['that', 'as', 'than', 'like'].includes(first.norm)) return true;
  return seg.length <= 4 && seg.some((x) => has(x, 'Date') || has(x, 'Adverb')) && seg.every((x) => has(x, 'Date') || has(x, 'Adverb') || (has(x, 'Determiner') && !has(x, 'Pronoun')) || has(x, 'Value') || has(x, 'Adjective'));
}
/** Tokens floor..f-1 are an opening phrase ending in a comma, in a clause that opens the sentence or a subordinate clause's main clause. */
function afterOpener(toks: Token[], f: number, floor: number): boolean {
  if (f <= floor || !/^\s*,\s*$/.test(toks[f - 1]!.post)) return false;
  if (floor > 0 && !(OPENING_SUBORDINATORS.test(toks[0]!.norm) && toks.slice(0, floor).every((x) => !/[;:]/.test(x.post)))) return false;
  let a = floor;
  for (let i = floor; i < f; i++) {
    const post = toks[i]!.post;
    if (/[;:.!?()"“”]|\s[-–—]/.test(post)) return false;
    if (!/,/.test(post)) continue;
    if (!openerPiece(toks.slice(a, i + 1))) return false;
    a = i + 1;
  }
  return a === f;
}
const SUBJECT_AFTER_OPENER = { name: 'subject-after-opener' };


/**
 * "NP, APPOSITIVE[, APPOSITIVE], said": the segments between commas from the sentence's start to
 * the speech verb. The first is a noun phrase (after an optional opening adverbial, "On Monday,");
 * each later one is a noun phrase, possibly with prepositions and a relative clause, or an aside
 * (an age, a home town). The speaker runs over the appositives up to the first that holds a verb.
 */
function speechAppositiveSpeaker(s: AnnotatedSentenceX, toks: Token[], v: VerbGroup, k: number, t: Token, off: RulesOff): FoundSubject | undefined {
  if (!SAY_LIKE.has(v.lemma) || !/^\s*,\s*$/.test(t.post)) return undefined;
  const segs: [number, number][] = [];
  let end = k;
  for (;;) {
    let st = end;
    while (st > 0 && !/[,;:.!?()]|\s[-–—]/.test(toks[st - 1]!.post) && !closesQuote(toks[st - 1]!) && !/["“(]/.test(toks[st]!.pre)) st--;
    segs.unshift([st, end]);
    if (st === 0) break;
    if (!/^\s*,\s*$/.test(toks[st - 1]!.post) || segs.length >= 4) return undefined;
    end = st - 1;
  }
  // an opening adverbial: "On Monday," "In a statement,"
  if (segs.length >= 3 && (has(toks[segs[0]![0]], 'Preposition') || toks.slice(segs[0]![0], segs[0]![1] + 1).every((x) => has(x, 'Date') || has(x, 'Adverb')))) segs.shift();
  if (segs.length < 2) return undefined;
  const [a0, b0] = segs[0]!;
  const nameSeg = toks.slice(a0, b0 + 1);
  if (nameSeg.length > 12 || nameSeg.some((x) => has(x, 'Verb') && !has(x, 'Noun')) || !isNounish(toks[b0]!) || npLeft(toks, b0, a0, off) !== a0) return undefined;
  if (has(toks[a0], 'Pronoun') && !has(toks[a0], 'Possessive')) return undefined;
  let last = b0;
  let verbSeen = false;
  for (const [a, b] of segs.slice(1)) {
    const seg = toks.slice(a, b + 1);
    if (seg.length > 22 || COORD.has(seg[0]!.norm) || (SUBORDINATORS.has(seg[0]!.norm) && !REL.has(seg[0]!.norm))) return undefined;
    // an age, a home town, a relative clause: not part of the speaker's name, nor are later appositives
    if (isAside(seg, off)) {
      verbSeen = true;
      continue;
    }
    // a noun phrase, perhaps with a relative clause: no verb before a relative word, no speech verb
    const rel = seg.findIndex((x) => REL.has(x.norm));
    const head = rel >= 0 ? seg.slice(0, rel) : seg;
    if (has(seg[0], 'Preposition') || head.length === 0 || head.some((x, i) => has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'PastTense') && !(has(x, 'Gerund') && i > 0)) || !head.some((x) => isNounish(x))) return undefined;
    if (has(seg[0], 'Verb') && !has(seg[0], 'Noun')) return undefined;
    if (seg.some((x) => SAY_LIKE.has(x.norm) || /^(?:said|says|told)$/.test(x.norm))) return undefined;
    if (rel >= 0) verbSeen = true;
    if (!verbSeen) last = b;
  }
  // "The union's leader, Rosa Mendel, ... said": a role, then the name alone; the name is the speaker
  if (!s.mentions.some((m) => m.first >= a0 && m.last <= b0)) {
    const named = segs.slice(1).find(([a, b]) => s.mentions.some((m) => m.type === 'person' && m.first <= a + 1 && m.last === b));
    if (named) return subject(phrase(s, named[0], named[1]));
  }
  return subject(phrase(s, a0, last));
}

/**
 * A speech verb set off between commas inside a clause, "Acts of protest, the mayor said, are
 * acts of patriotism": its group's first and last token, its subject's first token, and the
 * interrupted clause's subject (the noun phrase that opens the sentence, before the comma).
 */
export interface ParentheticalSpeech {
  verb: VerbGroup;
  speakerFirst: number;
  subjectFirst: number;
  subjectLast: number;
}
export function parentheticalSpeech(s: AnnotatedSentenceX, vg: VerbGroup, off: RulesOff): ParentheticalSpeech | null {
  const toks = s.tokens;
  if (!SAY_LIKE.has(vg.lemma) || !/^\s*,\s*$/.test(toks[vg.last]!.post) || vg.last + 1 >= toks.length) return null;
  let k = vg.first - 1;
  while (k >= 0 && has(toks[k], 'Adverb') && !/[,;]/.test(toks[k]!.post)) k--;
  if (k < 1 || /[,;:]/.test(toks[k]!.post)) return null;
  let sf = npLeft(toks, k, 0, off);
  while (sf > 0 && isAbbreviation(toks[sf - 1])) sf--;
  if (sf < 1 || k - sf > 5 || !/^\s*,\s*$/.test(toks[sf - 1]!.post)) return null;
  const speaker = toks.slice(sf, k + 1);
  if (!(s.mentions.some((m) => m.first >= sf && m.last <= k) || has(toks[sf], 'Pronoun') || /^(?:the|a|an)$/.test(toks[sf]!.norm))) return null;
  if (speaker.some((x) => has(x, 'Verb') && !has(x, 'Noun'))) return null;
  if (!isNounish(toks[sf - 1]!) || toks.slice(0, sf).some((x) => (has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'Gerund') && !has(x, 'PastTense')) || /[;:]/.test(x.post))) return null;
  // the clause goes on with its verb: "..., the mayor said, are ..."
  const next = toks[vg.last + 1]!;
  if (!has(next, 'Verb') && !has(next, 'Adverb') && !has(next, 'Modal') && !has(next, 'Auxiliary')) return null;
  return { verb: vg, speakerFirst: sf, subjectFirst: 0, subjectLast: sf - 1 };
}

/** Where to look for the subject before the verb; the first rule that decides wins. */
export const SUBJECT_RULES = rules<SubjectCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'quoted-title-subject',
    description: 'a short title in quotation marks that opens its clause, right before a verb that is not a speech verb, is the subject',
    example: '"Harbour Lights" ran for six years on national radio',
    apply: ({ s, toks, v, floor, k, t }) => {
      if (!closesQuote(t) || /[,;:.!?]/.test(t.post) || SAY_LIKE.has(v.lemma)) return undefined;
      for (let r = k; r >= floor && k - r < 8; r--) {
        const tr = toks[r]!;
        if (r < k && (/[,;:.!?]/.test(tr.post) || closesQuote(tr))) return undefined;
        if (!opensQuote(tr)) continue;
        // the title opens the clause, or follows an article or demonstrative that does ("This "1-in-200 year event" flooded")
        const b = toks[r - 1];
        const det = b && r - 1 >= floor && /^(?:the|this|that|a|an)$/.test(b.norm) && !/[,;:]/.test(b.post);
        const first = det ? r - 1 : r;
        const opens = first === floor || first === 0 || /[;:]/.test(toks[first - 1]!.post) || SUBORDINATORS.has(toks[first - 1]!.norm) || COORD.has(toks[first - 1]!.norm);
        return opens ? subject(phrase(s, first, k)) : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'coordinated-verb',
    description: 'a verb after "and", "or", "but" has no subject of its own: it shares the previous clause\'s',
    example: 'Crowds stormed the palace and looted it',
    apply: ({ t }) => (COORD.has(t.norm) ? { who: null, coordinated: true, relative: false } : undefined),
  },
  {
    name: 'demonstrative-subject',
    description: '"this", "these", "those" right before the verb, or "that" opening the sentence, stand for a noun: they are the subject',
    example: 'This raised the river; That amounts to $5m a year',
    apply: ({ s, toks, k, t, floor }) => {
      if (/\S/.test(t.post) || k < floor) return undefined;
      const opens = k === 0 || /[;:]/.test(toks[k - 1]!.post);
      if (!(/^(?:this|these|those)$/.test(t.norm) || (t.norm === 'that' && opens))) return undefined;
      return subject(phrase(s, k, k));
    },
  },
  {
    name: 'relative-pronoun',
    description: 'after "who", "which", "that", the subject is the noun phrase before the pronoun',
    example: 'the man who led the raid',
    apply: ({ s, toks, k, t, off }) => {
      if (!REL.has(t.norm) || /[,]/.test(t.post)) return undefined;
      const a = k - 1;
      const first = npLeft(toks, a, 0, off);
      return first >= 0 ? { who: phrase(s, first, a), coordinated: false, relative: true } : { who: null, coordinated: false, relative: true };
    },
  },
  {
    name: 'subordinator-no-subject',
    description: 'a verb right after a subordinator ("as", "when", "because") has no subject here',
    example: 'as fled the city',
    // not "though" or "so" set off by commas before the verb: "The supply, though, is tighter" (a linking adverb, see comma-asides)
    apply: ({ t, toks, k }) => (SUBORDINATORS.has(t.norm) && !REL.has(t.norm) && !(/,/.test(t.post) && k > 0 && /,\s*$/.test(toks[k - 1]!.post)) ? none : undefined),
  },
  {
    name: 'speech-verb-appositive-speaker',
    description: 'a speech verb after a comma: back over one to three appositives (a name, a role, an institution, a relative clause) to the noun phrase that opens the sentence, which is the speaker',
    example: 'The port chairman, Olav Brenner, said; Mara Quell, senior planner at the Dunmore Institute, said; The Licensing Service, the agency that oversees ferries, said',
    apply: ({ s, toks, v, k, t, off }) => speechAppositiveSpeaker(s, toks, v, k, t, off),
  },
  {
    name: 'skip-relative-aside',
    description: 'after a comma, skip back over a relative clause or an "including" list to the name',
    example: 'Ana Ruiz, who owns a bakery, said; Four players, including Lopes, are injured',
    apply: ({ s, toks, k, t, off }) => {
      if (!/,/.test(t.post)) return undefined;
      for (let r = k; r > 0 && k - r < 25; r--) {
        const tr = toks[r]!;
        if (r < k && /[,;]/.test(tr.post)) break;
        if ((tr.norm === 'who' || tr.norm === 'which' || tr.norm === 'including' || tr.norm === 'notably' || tr.norm === 'especially' || (tr.norm === 'such' && toks[r + 1]?.norm === 'as')) && /,/.test(toks[r - 1]!.post)) {
          const f = npLeft(toks, r - 1, 0, off);
          if (f >= 0) return subject(phrase(s, f, r - 1));
          break;
        }
      }
      return undefined;
    },
  },
  {
    name: 'participle-phrase-subject',
    description: 'after a comma, back over a participle phrase to its noun',
    example: 'Footage shared across platforms, particularly on X, showed',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!/,/.test(t.post)) return undefined;
      for (let r = k; r > floor && k - r < 15; r--) {
        const tr = toks[r]!;
        if (has(tr, 'PastTense') && !has(tr, 'Auxiliary') && r - 1 >= floor && isNounish(toks[r - 1]!) && !has(toks[r - 1], 'Pronoun') && !/[,;]/.test(toks[r - 1]!.post)) {
          if (toks.slice(r + 1, k + 1).some((x) => has(x, 'Verb') || REL.has(x.norm))) break;
          const f = npLeft(toks, r - 1, floor, off);
          if (opensClause(toks, f, floor, off)) return subject(phrase(s, f, k));
          break;
        }
      }
      return undefined;
    },
  },
  {
    name: 'dash-aside',
    description: 'an aside between dashes after a name: the subject is the name before it',
    example: 'Actor Ana Ruiz - star of the film Blue - has won',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!/\s[-–—]\s*$/.test(t.post)) return undefined;
      for (let r = k - 1; r >= floor && k - r < 25; r--) {
        const tr = toks[r]!;
        if (/[;.!?]/.test(tr.post)) break;
        if (!/\s[-–—]\s/.test(tr.post)) continue;
        const f = npLeft(toks, r, floor, off);
        if (opensClause(toks, f, floor, off) && s.mentions.some((m) => m.first >= f && m.last <= r)) return subject(phrase(s, f, r));
        break;
      }
      return undefined;
    },
  },
  {
    name: 'linking-adverb-before-verb',
    description: 'a linking adverb with only its closing comma ("however,") between the subject and the verb: the subject is the phrase before it',
    example: 'The University of Varnholt however, refused the request',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!/,/.test(t.post) || !LINKING.test(t.norm) || k - 1 < floor || /[,;:]/.test(toks[k - 1]!.post)) return undefined;
      const f = npLeft(toks, k - 1, floor, off);
      return opensClause(toks, f, floor, off) ? subject(phrase(s, f, k - 1)) : undefined;
    },
  },
  {
    name: 'comma-asides',
    description: 'up to three asides between commas after a name (age, home town, participle): the subject is the name',
    example: 'Ana Ruiz, 45, of Leeds, said',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!/,/.test(t.post)) return undefined;
      let r = k;
      for (let hop = 0; hop < 3; hop++) {
        let segStart = r;
        while (segStart > floor && !/,/.test(toks[segStart - 1]!.post)) segStart--;
        if (segStart <= floor) break;
        if (!isAside(toks.slice(segStart, r + 1), off)) {
          // "the term cob, defined as a short-legged, stout horse, is": a participle phrase with a comma of its own
          let joined = -1;
          if (isOn({ name: 'aside-participle-with-comma' }, off)) {
            let a = segStart;
            for (let more = 0; more < 2 && joined < 0; more++) {
              let b = a - 1;
              while (b > floor && !/,/.test(toks[b - 1]!.post)) b--;
              if (b <= floor) break;
              const seg = toks.slice(b, r + 1);
              const head = seg[0]!;
              if ((has(head, 'PastTense') || has(head, 'Gerund')) && seg.length <= 12 && isAside(seg, off)) joined = b;
              a = b;
            }
          }
          if (joined < 0) break;
          segStart = joined;
        }
        r = segStart - 1;
        const nameFirst = npLeft(toks, r, floor, off);
        if (opensClause(toks, nameFirst, floor, off)) return subject(phrase(s, nameFirst, r));
      }
      return undefined;
    },
  },
  {
    name: 'appositive-name',
    description: 'a name, then an appositive between commas: the subject runs from the name',
    example: 'Ana Ruiz, the leader of the union, declared',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!(/[,;:]/.test(t.post) || closesQuote(t))) return undefined;
      const appFirst = npLeft(toks, k, floor, off);
      if (!(appFirst > floor && /,/.test(toks[appFirst - 1]!.post))) return undefined;
      const nameFirst = npLeft(toks, appFirst - 1, floor, off);
      return nameFirst >= 0 && s.mentions.some((m) => m.first >= nameFirst && m.last <= appFirst - 1) && opensClause(toks, nameFirst, floor, off) ? subject(phrase(s, nameFirst, k)) : undefined;
    },
  },
  {
    name: 'subject-after-opener',
    description: 'an opening phrase set off by a comma (a prepositional phrase, a time, a linking adverb) does not keep the subject after it from opening its clause; a switch read wherever a subject must open its clause',
    example: 'In 1990, the firm, based in Austin, made chips; Last year, Ana Ruiz, leader of the dockers, had a free hand',
    apply: () => undefined,
  },
  {
    name: 'aside-participle-with-comma',
    description: 'a participle phrase between commas may hold a comma of its own (a list of adjectives): the subject is the noun before it (a switch read by comma-asides)',
    example: 'The term cob, defined as a short-legged, stout horse, is a body type',
    apply: () => undefined,
  },
  {
    name: 'appositive-noun-phrase',
    description: 'a noun phrase, then an appositive opening with an article: the subject is the first noun phrase',
    example: 'The strike, the first in a decade, disrupted flights',
    apply: ({ s, toks, k, t, floor, off }) => {
      if (!(/[,;:]/.test(t.post) || closesQuote(t))) return undefined;
      const appFirst = npLeft(toks, k, floor, off);
      if (!(appFirst > floor && /,/.test(toks[appFirst - 1]!.post))) return undefined;
      const nameFirst = npLeft(toks, appFirst - 1, floor, off);
      return opensClause(toks, nameFirst, floor, off) && /^(?:the|a|an)$/.test(toks[appFirst]!.norm) && has(toks[nameFirst], 'Determiner') && !has(toks[nameFirst], 'Pronoun') ? subject(phrase(s, nameFirst, appFirst - 1)) : undefined;
    },
  },
]);

/** The subject of verb group v, or how it inherits one. */
export function findSubject(s: AnnotatedSentenceX, v: VerbGroup, clauseFloor: number, off: RulesOff): FoundSubject {
  const toks = s.tokens;
  let k = v.first - 1;
  while (k >= clauseFloor && has(toks[k], 'Adverb') && !/[,;]/.test(toks[k]!.post) && !COORD.has(toks[k]!.norm)) k--;
  // a speaker's rules may reach past the floor: "the experts I interviewed said", "X, who ..., said"
  const speaker = k >= 0 ? firstRule(SPEAKER_SUBJECT_RULES_6, { s, toks, v, floor: clauseFloor, k, t: toks[k]!, off }, off) : undefined;
  if (speaker) return speaker;
  if (k < clauseFloor) return none;
  const t = toks[k]!;
  const ruled = firstRule(SUBJECT_RULES_10, { s, toks, v, floor: clauseFloor, k, t, off }, off) ?? firstRule(SUBJECT_RULES_7, { s, toks, v, floor: clauseFloor, k, t, off }, off) ?? firstRule(SUBJECT_RULES, { s, toks, v, floor: clauseFloor, k, t, off }, off) ?? firstRule(SUBJECT_BEFORE_VERB_6, { s, toks, v, floor: clauseFloor, k, t, off }, off) ?? firstRule(APPOSITIVE_CHAIN_RULES, { s, toks, lemma: v.lemma, floor: clauseFloor, k, t, off }, off) ?? firstRule(SERIES_RULES, { s, toks, v, k, t }, off);
  if (ruled) return ruled;
  if (/[,;:]/.test(t.post) || closesQuote(t)) {
    // after a comma the subject is the phrase before it, when that phrase opens the clause; after a quote, none
    if (closesQuote(t) || !/,/.test(t.post)) return none;
    const appFirst = npLeft(toks, k, clauseFloor, off);
    return opensClause(toks, appFirst, clauseFloor, off) ? subject(phrase(s, appFirst, k)) : none;
  }
  const first = npLeft(toks, k, clauseFloor, off);
  return first < 0 ? none : subject(phrase(s, first, k));
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

/** A subject found after the verb, or none. */
interface AfterCtx {
  s: AnnotatedSentenceX;
  v: VerbGroup;
  found: FoundSubject;
  off: RulesOff;
}
export const SUBJECT_AFTER_RULES = rules<AfterCtx, Phrase | undefined>('subjects', [
  {
    name: 'subject-after-speech-verb-name',
    description: 'a speech verb\'s subject after it may be a capitalised name with no entity of its own (the entity finder read it longer: "Rep. Ana Ruiz of Ohio"); a switch read by subject-after-speech-verb',
    example: '"We will not back down," said Rep. Ana Ruiz of Ohio',
    apply: () => undefined,
  },
  {
    name: 'subject-before-parenthetical-speech',
    description: 'a verb right after a speech verb set off by commas ("X, the mayor said, is ...") takes the noun phrase that opens the sentence',
    example: 'The bridge, the mayor said, is unsafe',
    apply: ({ s, v, found, off }) => {
      if (found.who || found.coordinated) return undefined;
      const toks = s.tokens;
      let k = v.first - 1;
      while (k >= 0 && has(toks[k], 'Adverb') && !/[,;]/.test(toks[k]!.post)) k--;
      const vg = s.verbs.find((g) => g.last === k);
      const p = vg ? parentheticalSpeech(s, vg, off) : null;
      return p ? phrase(s, p.subjectFirst, p.subjectLast) : undefined;
    },
  },
  {
    name: 'subject-after-speech-verb',
    description: 'a speech verb with no subject before it takes a name or a "the" phrase after it',
    example: '"We will not back down," said the union leader',
    apply: ({ s, v, found, off }) => {
      if (found.who || found.coordinated || !SAY_LIKE.has(v.lemma)) return undefined;
      const after = subjectAfter(s, v);
      if (!after) return undefined;
      // a name the entity finder read longer ("Rep. Ana Ruiz of Ohio") is still a name
      const nameLike = isOn({ name: 'subject-after-speech-verb-name' }, off) && s.tokens.slice(after.first, after.last + 1).every((t) => /^\p{Lu}/u.test(t.text)) && s.tokens.slice(after.first, after.last + 1).some((t) => has(t, 'Person'));
      return after.mention || nameLike || /^(the|a|an)\b/i.test(after.text) ? after : undefined;
    },
  },
]);

/** A later verb that takes an earlier clause's subject: pairs of neighbouring finite verbs. */
interface PairCtx {
  s: AnnotatedSentenceX;
  toks: Token[];
  list: VerbGroup[];
  vi: number;
  /** The previous verb and what was found for it. */
  p: VerbGroup;
  ps: FoundSubject;
  cur: FoundSubject;
  off: RulesOff;
}
export const SUBJECT_PAIR_RULES = rules<PairCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'participle-aside-subject',
    description: 'a one-word participle phrase between commas after the subject: the next verb is the subject\'s',
    example: 'The firm, based in Austin, makes chips',
    apply: ({ toks, list, vi, p, ps, cur }) => {
      if (cur.who || cur.coordinated || !ps.who || p.first !== p.last || !has(toks[p.first], 'PastTense') || ps.who.last !== p.first - 1 || !/,/.test(toks[p.first - 1]!.post) || !/,/.test(toks[list[vi]!.first - 1]!.post)) return undefined;
      const inner = toks.slice(p.last + 1, list[vi]!.first);
      return inner.length <= 8 && inner.slice(0, -1).every((t) => !/[,;:]/.test(t.post)) ? subject(ps.who) : undefined;
    },
  },
  {
    name: 'relative-aside-subject',
    description: 'a relative clause between commas, then the verb: the verb is the antecedent\'s',
    example: 'The man, who has not been named, died',
    apply: ({ toks, list, vi, p, ps, cur }) => {
      if (!ps.relative || !ps.who || cur.relative || cur.coordinated) return undefined;
      if (cur.who || !/,/.test(toks[p.last]!.post) || p.last + 1 !== list[vi]!.first) return undefined;
      const rel = toks.findIndex((t, i) => i > ps.who!.last && i < p.first && REL.has(t.norm));
      return rel === ps.who.last + 1 && /,/.test(toks[ps.who.last]!.post) ? subject(ps.who) : undefined;
    },
  },
  {
    name: 'relative-clause-on-subject',
    description: 'the verb after a relative clause on a clause-opening subject is the antecedent\'s; the words between are the relative verb\'s object',
    example: 'Residents who fled the area said; The man who led the raid was arrested',
    apply: ({ toks, list, vi, p, ps, cur, off }) => {
      if (!ps.relative || !ps.who || cur.relative || cur.coordinated) return undefined;
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
      if (!opens) return undefined;
      // verbs that take a clause ("the official who said the raid was illegal") keep theirs
      if (SAY_LIKE.has(p.lemma) || CLAUSE_TAKING.test(p.lemma)) return undefined;
      const v = list[vi]!;
      // between the two verbs only the relative verb's object, ending in a noun: no clause break, no verb
      if (/[,;:()"“”]|\s[-–—]/.test(toks[p.last]!.post)) return undefined;
      let upto = v.first;
      // "many residents who had fled the war now hope": adverbs before the verb are the main clause's
      while (isOn({ name: 'relative-clause-adverb-before-verb' }, off) && upto - 1 > p.last + 1 && has(toks[upto - 1], 'Adverb') && !/\S/.test(toks[upto - 1]!.post) && !/\S/.test(toks[upto - 2]!.post)) upto--;
      const between = toks.slice(p.last + 1, upto);
      if (between.some((t) => /[,;:()"“”]|\s[-–—]/.test(t.post) || COORD.has(t.norm) || REL.has(t.norm) || SUBORDINATORS.has(t.norm) || has(t, 'Verb') || (has(t, 'Pronoun') && !has(t, 'Possessive')))) return undefined;
      const end = between[between.length - 1];
      if (end && (!isNounish(end) || has(end, 'Determiner') || has(end, 'Adjective'))) return undefined;
      if (cur.who && cur.who.first <= p.last) return undefined;
      return subject(ps.who);
    },
  },
  {
    name: 'relative-clause-adverb-before-verb',
    description: 'adverbs right before the main verb after a relative clause belong to the main clause, not to the relative verb\'s object (a switch read by relative-clause-on-subject)',
    example: 'Many residents who had fled the war now hope to return',
    apply: () => undefined,
  },
  {
    name: 'relative-clause-comma-subject',
    description: 'a relative clause on a clause-opening subject that a comma closes: the verb after the comma is the antecedent\'s',
    example: 'The single that holds the album\'s name, is a slow ballad',
    apply: (c) => relativeCommaSubject(c, c.off),
  },
]);

/** Which earlier clause a coordinated verb shares its subject with. */
function relativeCommaSubject({ toks, list, vi, p, ps, cur }: PairCtx, off: RulesOff): FoundSubject | undefined {
  if (!ps.relative || !ps.who || cur.relative || cur.coordinated) return undefined;
  const v = list[vi]!;
  if (cur.who && cur.who.first <= p.last) return undefined;
  if (!opensClause(toks, ps.who.first, 0, off) || SAY_LIKE.has(p.lemma) || CLAUSE_TAKING.test(p.lemma)) return undefined;
  // "The single that holds the same name, is a ballad": the relative clause ends at the comma right before the verb
  if (!/^\s*,\s*$/.test(toks[v.first - 1]!.post)) return undefined;
  const between = toks.slice(p.last + 1, v.first);
  if (between.length > 10 || between.slice(0, -1).some((t) => /[,;:()"“”]|\s[-–—]/.test(t.post) || COORD.has(t.norm) || REL.has(t.norm) || SUBORDINATORS.has(t.norm) || has(t, 'Verb'))) return undefined;
  return subject(ps.who);
}

interface CoordCtx {
  clauses: Clause[];
  vi: number;
}
export const COORDINATION_RULES = rules<CoordCtx, number | undefined>('subjects', [
  {
    name: 'coordinated-speech-verbs',
    description: 'a coordinated speech verb pairs with the last speech verb, not the verb just before',
    example: 'Police said they had made no arrests and said the inquiry continued',
    apply: ({ clauses, vi }) => {
      if (!SAY_LIKE.has(clauses[vi]!.v.lemma)) return undefined;
      for (let j = vi - 1; j >= 0; j--) if (SAY_LIKE.has(clauses[j]!.lemma)) return j;
      return undefined;
    },
  },
]);

/** Pass 2 over a sentence's finite clauses: fills `found`, `who` and `coordWith`. */
export function subjects(s: AnnotatedSentenceX, clauses: Clause[], off: RulesOff): void {
  const toks = s.tokens;
  const list = clauses.map((c) => c.v);
  const found = list.map((v, vi) => {
    const prev = list[vi - 1];
    const f = findSubject(s, v, prev ? prev.last + 1 : 0, off);
    const after = firstRule(SUBJECT_AFTER_RULES, { s, v, found: f, off }, off) ?? firstRule(SPEAKER_AFTER_RULES_6, { s, v, found: f, off }, off);
    return after ? { ...f, who: after } : f;
  });
  for (let vi = 1; vi < list.length; vi++) {
    const pair = firstRule(SUBJECT_PAIR_RULES, { s, toks, list, vi, p: list[vi - 1]!, ps: found[vi - 1]!, cur: found[vi]!, off }, off);
    if (pair) found[vi] = pair;
  }
  // verbs still without a subject, or with one taken from a relative clause (recall-9.ts)
  for (let vi = 0; vi < list.length; vi++) {
    const rescued = firstRule(RESCUE_SUBJECT_RULES_9, { s, toks, list, found, vi, off }, off);
    if (rescued) found[vi] = rescued;
  }
  clauses.forEach((c, vi) => {
    c.found = found[vi]!;
    c.who = c.found.who;
    c.coordWith = -1;
    if (!c.found.coordinated) return;
    c.coordWith = firstRule(COORDINATION_RULES, { clauses, vi }, off) ?? vi - 1;
    if (c.coordWith >= 0) c.who = clauses[c.coordWith]!.who;
  });
}

/** Subjects fixed once the drafts exist. */
export const DRAFT_SUBJECT_RULES = rules<DraftClaim, void>('subjects', [
  {
    name: 'expletive-there',
    description: '"there" is not a subject',
    example: 'There was no threat to the public',
    apply: (d) => {
      if (d.who && /^there$/i.test(d.who.text)) d.who = null;
    },
  },
]);
