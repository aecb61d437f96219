/**
 * Issue 18 (sixth session): the speaker of a speech verb, where the subject walk of subjects.ts
 * stops short or goes too far. Each rule sees the verb and the word before it (past adverbs) and
 * gives the whole speaker, or nothing (then the usual subject rules run).
 *
 *   '"We will win," Tom Hale, 61, of Springfield, Ill., a planner at the port, said.'
 *   → said: "Tom Hale" (not "Ill" nor nothing)
 */
import type { SourceKind, Token, VerbGroup } from '../types.js';
import type { AnnotatedSentenceX } from '../annotate/index.js';
import { SAY_LIKE } from '../annotate/lexicon.js';
import type { DraftClaim, DraftSource, FoundSubject, Phrase } from './draft.js';
import { isOn, rules, type Rule, type RulesOff } from './rule.js';
import { isAside, npLeft, phrase } from './phrase.js';
import { REL, closesQuote, has, isNounish } from './words.js';
import type { SubjectCtx } from './subjects.js';

/** What a speaker rule sees: subjects.ts's subject rules' context. */
export type SpeakerCtx = SubjectCtx;

/** Verbs of saying whose subject these rules look for (the speech verbs and a few more that take a clause). */
const SPEAKING = /^(?:say|tell|report|announce|confirm|declare|state|add|insist|deny|warn|write|tweet|post|reveal|explain|note|allege|argue|acknowledge|admit|assert|maintain|stress|remark|indicate|claim|contend|suggest|agree|believe|think|caution|complain|concede|recall|reply|respond|testify|predict|estimate|conclude|ask|find|show)$/;
const speaking = (v: VerbGroup): boolean => SAY_LIKE.has(v.lemma) || SPEAKING.test(v.lemma);

const subject = (s: AnnotatedSentenceX, first: number, last: number): FoundSubject => ({ who: phrase(s, first, last), coordinated: false, relative: false });
const isComma = (t: Token | undefined): boolean => Boolean(t && /^[.)]*\s*,\s*$/.test(t.post));
/** Words that may open a sentence before its subject with no comma: "But", "And", "Even", "Yet", "So", "Still", "Now". */
const OPENER = /^(?:but|and|even|yet|so|still|now|meanwhile|instead|also)$/;
/** A personal pronoun that may be a relative clause's subject or a complement's object. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|it|you)$/;
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|they)$/;

/**
 * Where the speaker may start: the sentence's first word (after an opener word: "But", "Even"),
 * or the word after a quotation that closes with a comma ('"...," Tom Hale, a planner, said').
 */
function startsSpeaker(toks: Token[], a: number): boolean {
  if (a === 0 || datelineEnd(toks) === a - 1) return true;
  const b = toks[a - 1]!;
  if (closesQuote(b) && /,/.test(b.post)) return true;
  return a === 1 && OPENER.test(b.norm) && !/[,;:]/.test(b.post);
}

/** A dateline opening the sentence ("WESTPORT -- ", "NEW HAVEN, Conn. — "): the index of its last word, or -1. */
function datelineEnd(toks: Token[]): number {
  for (let j = 0; j < toks.length && j < 5; j++) {
    const t = toks[j]!;
    if (!/^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text) && !(j > 0 && /^\p{Lu}[\p{L}]*\.$/u.test(t.text))) return -1;
    if (/^[\s,]*(?:--|[—–])\s*$/.test(t.post)) return toks.slice(0, j + 1).some((x) => /^\p{Lu}{2}/u.test(x.text)) ? j : -1;
    if (/[;:.!?()"“”]/.test(t.post)) return -1;
  }
  return -1;
}

/**
 * "NAME, APPOSITIVE, ..., said": from the comma before the verb back over comma-set pieces to the
 * name that starts the speaker; each piece after the name is an aside (an age, a home town and its
 * state's abbreviation, a relative clause) or a noun phrase (a role, perhaps with prepositions and
 * "and"). The name is the speaker.
 */
function appositiveSpeaker(s: AnnotatedSentenceX, toks: Token[], k: number, off: RulesOff): FoundSubject | undefined {
  if (!isComma(toks[k])) return undefined;
  const segs: [number, number][] = [];
  let end = k;
  for (let n = 0; n < 7; n++) {
    let st = end;
    while (st > 0 && !/[,;:.!?]|\s[-–—]/.test(toks[st - 1]!.post.replace(/^\)/, '').replace(/^\(/, '')) && !closesQuote(toks[st - 1]!) && !/["“]/.test(toks[st]!.pre)) st--;
    // a period inside the piece is an abbreviation's ("Md.", "Del.", "E."), not the sentence's
    segs.unshift([st, end]);
    if (startsSpeaker(toks, st)) break;
    if (!isComma(toks[st - 1]) || st - 1 < 0) return undefined;
    end = st - 1;
  }
  // an opening adverbial before the name: "In a panel discussion on Monday, Ana Ruiz, the chief of X, said"
  if (segs.length >= 3 && segs[0]![0] === 0 && (has(toks[0], 'Preposition') && !/^(?:of|that|as|like)$/.test(toks[0]!.norm)) && !toks.slice(0, segs[0]![1] + 1).some((x) => has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'Gerund'))) segs.shift();
  const [a0, b0] = segs[0]!;
  if (!(startsSpeaker(toks, a0) || (a0 > 0 && segs.length >= 2 && toks.slice(0, a0).every((x) => !/[;:"“”]/.test(x.post)) && has(toks[0], 'Preposition') && isComma(toks[a0 - 1]))) || segs.length < 2) return undefined;
  // "But Ana Ruiz, ...": the opener is no part of the name
  const first = a0 === 0 && OPENER.test(toks[0]!.norm) && b0 > 0 ? 1 : a0;
  const name = toks.slice(first, b0 + 1);
  // "as Eric Marlow said": a subordinate clause's subject, not a speaker of the sentence
  if (has(name[0], 'Preposition') || has(name[0], 'Conjunction') || /^(?:as|when|while|if|because|since|after|before|although|though)$/.test(name[0]?.norm ?? '')) return undefined;
  if (name.length > 8 || name.some((x) => has(x, 'Verb') && !has(x, 'Noun')) || !isNounish(toks[b0]!) || has(toks[first], 'Pronoun')) return undefined;
  if (!s.mentions.some((m) => m.first >= first && m.last <= b0 && (m.type === 'person' || m.type === 'organization' || m.type === 'place'))) return undefined;
  for (const [a, b] of segs.slice(1)) {
    const seg = toks.slice(a, b + 1);
    if (seg.length > (REL.has(seg[0]!.norm) ? 40 : 25)) return undefined;
    // an aside, or a state's abbreviation after a home town ("of Springfield, Ill.,"): a noun phrase below
    if (isAside(seg, off) || /^(?:who|whose)$/.test(seg[0]!.norm)) continue;
    // a noun phrase: a role, perhaps with its prepositions and "and" ("director of X and a professor at Y")
    const rel = seg.findIndex((x) => REL.has(x.norm) || x.norm === 'whose');
    // compromise splits "Norland's only ally" into "Norland's", an empty "is": no verb of the piece
    const head = (rel >= 0 ? seg.slice(0, rel) : seg).filter((x) => x.text !== '');
    if (head.length === 0 || has(head[0], 'Preposition') || head.some((x) => has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'Gerund') && !has(x, 'PastTense')) || !head.some((x) => isNounish(x))) return undefined;
    if (seg.some((x) => /^(?:said|says|told|tells)$/.test(x.norm))) return undefined;
  }
  return subject(s, first, b0);
}

export const SPEAKER_SUBJECT_RULES_6 = rules<SpeakerCtx, FoundSubject | undefined>('subjects', [
  {
    name: 'speaker-before-long-appositive',
    description: 'a speech verb after a comma, when the words before it are a name and up to six pieces set off by commas (roles, an age, a home town and its state\'s abbreviation, a relative clause), after a closing quotation, an opening "But" or an opening prepositional phrase: the name alone is the speaker',
    example: '"The ferry will close," Tom Harlan, director of the Dunmore Ferry Center and a professor at Wexley College, said',
    apply: ({ s, toks, v, k, off }) => (speaking(v) ? appositiveSpeaker(s, toks, k, off) : undefined),
  },
  {
    name: 'speaker-near-complement',
    description: 'a speaker that is a noun phrase with its complement ("Those close to him", "advisers to the mayor", "her letter to the court"): the whole phrase is the speaker, not its tail',
    example: 'Those close to him say the mayor is tired; Advisers to the mayor say the council has grown tired',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v) || /[,;:()"“”]/.test(toks[k]!.post)) return undefined;
      const f = OBJECT_PRONOUN.test(toks[k]!.norm) ? k : npLeft(toks, k, 0, off);
      if (f < 2) return undefined;
      const prep = toks[f - 1]!;
      if (!/^(?:to|with|for|by)$/.test(prep.norm) || /[,;:()"“”]/.test(prep.post) || /[,;:()"“”]/.test(toks[f - 2]!.post)) return undefined;
      const before = toks[f - 2]!;
      // "those close to", "someone familiar with", "advisers to", "aides to", "a letter to"
      let start: number;
      if (/^(?:close|closest|familiar|loyal|near|nearest)$/.test(before.norm)) {
        start = f - 3;
        if (start < 0 || !(/^(?:those|people|someone|somebody|one|sources|officials|aides|advisers|allies|friends|others|a|an|the)$/.test(toks[start]!.norm) || isNounish(toks[start]!))) return undefined;
        start = npLeft(toks, start, 0, off) >= 0 ? Math.min(start, npLeft(toks, start, 0, off)) : start;
      } else if (isNounish(before) && !has(before, 'Pronoun') && !has(before, 'Date') && (prep.norm === 'to' || (prep.norm === 'by' && /^(?:study|report|analysis|survey|poll|review|audit|investigation|statement|letter|paper|memo|complaint|filing|ruling|op-ed|essay|article)s?$/.test(before.norm)))) {
        start = npLeft(toks, f - 2, 0, off);
        if (start < 0) return undefined;
      } else return undefined;
      if (start < 0 || !(startsSpeaker(toks, start) || /[,;:]/.test(toks[start - 1]!.post) || has(toks[start - 1], 'Conjunction'))) return undefined;
      return subject(s, start, k);
    },
  },
  {
    name: 'speaker-before-dash-aside',
    description: 'a speech verb right after an aside between dashes ("X -- who ... --", "X -- co-editor of ... --"): the speaker is the noun phrase before the first dash',
    example: 'Tom Hale -- who ran the port for a decade -- said the ferry would close',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v) || !/\s[-–—]+\s*$|^[-–—]{1,2}\s*$/.test(toks[k]!.post)) return undefined;
      for (let r = k - 1; r >= 0 && k - r < 40; r--) {
        const tr = toks[r]!;
        if (/[;.!?]/.test(tr.post) && !/^\s*[-–—]/.test(tr.post)) return undefined;
        if (!/[-–—]/.test(tr.post) || tr.post === '-') continue;
        let f = npLeft(toks, r, 0, off);
        let last = r;
        // "Tom Dorn, the chief executive of Orla Media -- the company that ... -- told": the name before the role
        if (f > 0 && isComma(toks[f - 1])) {
          const g = npLeft(toks, f - 1, 0, off);
          if (g >= 0 && s.mentions.some((m) => m.first >= g && m.last <= f - 1 && m.type === 'person')) {
            last = f - 1;
            f = g;
          }
        }
        if (f < 0 || !startsSpeaker(toks, f)) return undefined;
        if (!s.mentions.some((m) => m.first >= f && m.last <= last) && !has(toks[f], 'Determiner') && !/^\p{Lu}/u.test(toks[last]!.text)) return undefined;
        return subject(s, f, last);
      }
      return undefined;
    },
  },
  {
    name: 'speaker-after-object-relative',
    description: 'a speech verb right after "NOUN PRONOUN VERB" ("all the experts I interviewed said"): an object relative clause with no "that"; the whole phrase is the speaker',
    example: 'All the planners I interviewed said the ferry would close',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v) || !objectRelativeBefore(toks, v.first)) return undefined;
      const f = npLeft(toks, k - 2, 0, off);
      if (f < 0 || !(startsSpeaker(toks, f) || (f > 0 && /,/.test(toks[f - 1]!.post)))) return undefined;
      return subject(s, f, k);
    },
  },
  {
    name: 'speaker-relative-past-time',
    description: '"who in 2010 said", "who on Monday told": a time phrase between a relative pronoun and the speech verb is no speaker; the speaker is the pronoun\'s antecedent',
    example: 'Tom Hale, the port chairman, who in 2010 said the ferry would close, resigned',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v)) return undefined;
      let r = k;
      while (r > 0 && k - r < 5 && !/[,;:()"“”]/.test(toks[r]!.post) && (has(toks[r], 'Date') || /^(?:in|on|last|this|earlier|later|\d{4})$/.test(toks[r]!.norm) || s.times.some((x) => toks[r]!.start >= x.start && toks[r]!.end <= x.end))) r--;
      if (r === k || !/^(?:who|which)$/.test(toks[r]!.norm) || r < 1 || /[,;:]/.test(toks[r]!.post)) return undefined;
      const f = npLeft(toks, r - 1, 0, off);
      return f >= 0 ? { who: phrase(s, f, r - 1), coordinated: false, relative: true } : undefined;
    },
  },
  {
    name: 'speaker-not-inside-quote',
    description: 'a speech verb right after a quotation that closes with a comma (\'"...," said X\'): its speaker is never a phrase inside the quotation; the subject rules after the verb give it',
    example: '"Hale has a pulpit, with the board behind him," said Tom Gorsk, a professor',
    apply: ({ s, toks, v, k }) => {
      const t = toks[k]!;
      if (!speaking(v) || k !== v.first - 1 || !closesQuote(t) || !/^[,!?]/.test(t.post.trim()) || !s.quotes.some((q) => q.innerStart <= t.start && q.end <= toks[v.first]!.start)) return undefined;
      const nx = toks[v.last + 1];
      return nx && (/^\p{Lu}/u.test(nx.text) || /^(?:the|a|an|one|two|three|several|some)$/.test(nx.norm)) && !has(nx, 'Pronoun') ? { who: null, coordinated: false, relative: false } : undefined;
    },
  },
  {
    name: 'speaker-before-later',
    description: '"X later told", "X earlier said": "later" and "earlier" before a speech verb are adverbs of time, not adjectives making the verb a participle; the speaker is the noun phrase before them (with a hook in finite.ts)',
    example: 'Chief Tom Hale later told reporters that the pier was unsafe',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v) || !/^(?:later|earlier)$/.test(toks[k]!.norm) || k < 1 || /[,;:()"“”]/.test(toks[k - 1]!.post)) return undefined;
      const f = npLeft(toks, k - 1, 0, off);
      return f >= 0 && !(has(toks[f], 'Pronoun') && !/^(?:he|she|they|we|i|it)$/.test(toks[f]!.norm)) ? subject(s, f, k - 1) : undefined;
    },
  },
  {
    name: 'speaker-reduced-relative',
    description: 'a speaker with a participle phrase ("A study released last year found", "an analysis published by the ministry last month shows"): the speaker runs from the noun over the participle phrase, not from its last words',
    example: 'A harbour board report released last year found that the pier was unsafe',
    apply: ({ s, toks, v, k, off }) => {
      if (!speaking(v) || /[,;:()"“”]/.test(toks[k]!.post)) return undefined;
      for (let r = k; r >= 2 && k - r <= 10; r--) {
        const tr = toks[r]!;
        if (r < k && /[,;:()"“”]|\s[-–—]/.test(tr.post)) return undefined;
        if (r < k && has(tr, 'Verb') && !has(tr, 'PastTense') && !has(tr, 'Noun')) return undefined;
        if (!has(tr, 'PastTense') || !/(?:ed|en|wn|ne)$/.test(tr.norm) || !/^(?:released|published|issued|conducted|commissioned|prepared|compiled|obtained|filed|posted|written|produced|carried|seen|reviewed|unveiled|circulated|sent|distributed|presented|submitted|completed)$/.test(tr.norm)) continue;
        const n = toks[r - 1]!;
        if (!isNounish(n) || has(n, 'Pronoun') || /[,;:()"“”]/.test(n.post)) return undefined;
        const rest = toks.slice(r + 1, k + 1);
        if (rest.length === 0 || rest.some((x) => has(x, 'Verb') && !has(x, 'Noun') && !has(x, 'PastTense'))) return undefined;
        const f = npLeft(toks, r - 1, 0, off);
        if (f < 0 || !(startsSpeaker(toks, f) || /[,;:]/.test(toks[f - 1]!.post) || has(toks[f - 1], 'Conjunction'))) return undefined;
        return subject(s, f, k);
      }
      return undefined;
    },
  },
]);

/**
 * The speech verb at token `at` follows "NOUN PRONOUN VERB" with no punctuation: "the experts I
 * interviewed said", "the officials we spoke to said".
 */
export function objectRelativeBefore(toks: Token[], at: number): boolean {
  const vb = toks[at - 1];
  const pr = toks[at - 2];
  const n = toks[at - 3];
  if (!vb || !pr || !n || !has(vb, 'PastTense') && !has(vb, 'Verb')) return false;
  if (!SUBJECT_PRONOUN.test(pr.norm) || !isNounish(n) || has(n, 'Pronoun') || !has(n, 'Plural') && !/^(?:everyone|everybody|anyone|someone|no one)$/.test(n.norm)) return false;
  return [vb, pr, n].every((x) => !/[,;:()"“”]/.test(x.post));
}

/** Is the rule on? For the hook in finite.ts (a speech verb after an object relative clause is finite). */
export const objectRelativeSpeech = (toks: Token[], v: VerbGroup, off: RulesOff): boolean =>
  isOn({ name: 'speaker-after-object-relative' }, off) && v.first === v.last && speaking(v) && objectRelativeBefore(toks, v.first);

/** A speaker after its verb, when the subject rules found none before it. */
export interface SpeakerAfterCtx {
  s: AnnotatedSentenceX;
  v: VerbGroup;
  found: FoundSubject;
  off: RulesOff;
}
export const SPEAKER_AFTER_RULES_6 = rules<SpeakerAfterCtx, Phrase | undefined>('subjects', [
  {
    name: 'speaker-after-verb-quantity',
    description: 'after a closing quotation, "said one official", "said two people on the panel": a number or quantity word and its noun phrase (with its prepositions) after the speech verb is the speaker',
    example: '"It is a waste of time," said one council source on the panel',
    apply: ({ s, v, found }) => {
      const toks = s.tokens;
      if (found.who || found.coordinated || !speaking(v) || v.first === 0 || !(closesQuote(toks[v.first - 1]!) || /,\s*$/.test(toks[v.first - 1]!.post))) return undefined;
      const a = v.last + 1;
      if (!toks[a] || !/^(?:one|two|three|four|five|six|several|some|many|another|both)$/.test(toks[a]!.norm) || /[,;:.]/.test(toks[v.last]!.post)) return undefined;
      let e = a;
      while (e + 1 < toks.length && e - a < 9 && !/[,;:.!?()"“”]/.test(toks[e]!.post) && (isNounish(toks[e + 1]!) || has(toks[e + 1], 'Adjective') || has(toks[e + 1], 'Determiner') || /^(?:of|on|in|at|for|from|with|close|familiar)$/.test(toks[e + 1]!.norm)) && !(has(toks[e + 1], 'Verb') && !has(toks[e + 1], 'Noun'))) e++;
      if (e === a || !isNounish(toks[e]!) || !(e === toks.length - 1 || /[,.;!?]/.test(toks[e]!.post))) return undefined;
      return phrase(s, a, e);
    },
  },
]);

/** A sentence's drafts after the speech and cue verbs have attributed their clauses (attribution.ts, attribute). */
export interface SpeakerSentenceCtx {
  s: AnnotatedSentenceX;
  drafts: DraftClaim[];
  inQuote: (pos: number) => boolean;
}
/** Cue verbs whose subject says, finds or believes the "that" clause after them. */
const THAT_CUES = /^(?:contend|claim|argue|insist|caution|warn|suggest|note|say|add|tell|state|stress|acknowledge|admit|concede|maintain|assert|find|show|conclude|believe|think|agree|explain|report|write|predict|allege|emphasize|emphasise|point|recall|testify|indicate|announce|declare|confirm|reveal|know|fear|expect|hope)$/;
/** The kind of attribution a cue verb gives that is not speech. */
const KIND_OF: ReadonlyMap<string, SourceKind> = new Map([
  ...'believe think know fear expect hope agree conclude'.split(' ').map((w) => [w, 'belief'] as const),
  ...'find show suggest indicate'.split(' ').map((w) => [w, 'evidence'] as const),
]);
const OPENING_SUB = /^(?:since|if|when|because|although|though|while|as|after|before|unless|once|until|whereas)$/;
export const SPEAKER_SENTENCE_RULES_6 = rules<SpeakerSentenceCtx, void>('attribution', [
  {
    name: 'that-clause-past-opening-subordinate',
    description: '"X contended that since she is not running, she should not ...": after "VERB that", an opening subordinate clause and its comma; the main clause after the comma and the subordinate clause are X\'s words',
    example: 'The mayor argued that because the pier is old, the council should close it',
    apply: ({ s, drafts, inQuote }) => {
      const toks = s.tokens;
      for (const sp of drafts) {
        if (!sp.who || sp.verb.passive || inQuote(sp.verb.start) || !THAT_CUES.test(sp.lemma)) continue;
        let k = sp.verb.last + 1;
        while (k < toks.length && k - sp.verb.last <= 3 && (has(toks[k], 'Adverb') || has(toks[k], 'Date')) && toks[k]!.norm !== 'that' && !/[,;:]/.test(toks[k]!.post)) k++;
        if (toks[k]?.norm !== 'that' || /[,;:()"“”]/.test(toks[k - 1]!.post) || /[,;:]/.test(toks[k]!.post)) continue;
        const sub = toks[k + 1];
        if (!sub || !OPENING_SUB.test(sub.norm)) continue;
        // the subordinate clause ends at the first comma (no other punctuation, at most 20 words)
        let c = k + 1;
        while (c < toks.length && c - k <= 20 && !/[,;:()"“”]/.test(toks[c]!.post)) c++;
        if (c >= toks.length - 1 || !/^,\s*$/.test(toks[c]!.post) || c - k > 20) continue;
        const main = drafts.find((d) => d.verb.first > c && d.who !== null && d.who.first > c);
        if (!main || drafts.some((o) => o !== main && o.verb.first > c && o.verb.first < main.verb.first)) continue;
        const src: DraftSource = { text: sp.who.text, cue: sp.lemma, mention: sp.who.mention, from: sp };
        const kind = KIND_OF.get(sp.lemma);
        for (const d of drafts) {
          if (d.source || d === sp) continue;
          const inSub = d.verb.first > k + 1 && d.verb.first < c;
          const inMain = d === main || (d.coordinatedWith === main);
          if (inSub || inMain) d.source = kind ? { ...src, kind } : { ...src };
        }
      }
    },
  },
]);

/** For the hook in finite.ts: a one-word speech verb after "later" or "earlier" is finite, not a participle those adjectives modify. */
export const speechAfterLater = (toks: Token[], v: VerbGroup, off: RulesOff): boolean =>
  isOn({ name: 'speaker-before-later' }, off) && v.first === v.last && speaking(v) && /^(?:later|earlier)$/.test(toks[v.first - 1]?.norm ?? '') && v.first >= 2 && isNounish(toks[v.first - 2]!);

/** Every rule of this file, for rules.ts. */
export const SPEAKER_RULES_6 = [...SPEAKER_SUBJECT_RULES_6, ...SPEAKER_AFTER_RULES_6, ...SPEAKER_SENTENCE_RULES_6] as readonly Rule<never, unknown>[];
