/**
 * Issue 20 (tenth session): reading tokenised text. Text pasted from wire feeds, PDFs and NLP
 * pipelines is often Penn-Treebank tokenised: "Flanders , the", "Italy 's largest bank",
 * "ca n't", "State - owned", "$ 4.25", "11\/32". The tagger reads such a spaced
 * mark as a word of its own (a loose comma tagged as a noun or a verb, "ca" as a noun), so the
 * clause around it was cut or lost. Each rule here names one such pattern; the
 * tagger is given a copy of the sentence with the pattern written as ordinary text, and every
 * term it finds is mapped back onto the original characters (tokens.ts), so that every span keeps
 * its exact offsets into the text as given. Ordinary text has none of these patterns and is
 * tagged as before.
 */
import { rules, type Rule, type RulesOff } from '../claims/rule.js';

/** Replace original characters [from, to) with `text` in the copy the tagger reads. */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * Does the sentence show tokenisation: a closing full stop set off by a space, a split clitic
 * ("Italy 's", "do n't"), `` quotes, or two commas set off by spaces (one spaced comma is a typo
 * ordinary text has: "at PwC , the trend")?
 */
export function tokenised(text: string): boolean {
  return /\S\s+[.?!]\s*$|\w\s+(?:'s|n't)(?:\s|$)|``/i.test(text) || (text.match(/\S\s+,(?=\s)/g) ?? []).length >= 2;
}

/** Deletions of the spaces that `re`'s group 1 matches. */
function deleteGroup(text: string, re: RegExp): Edit[] {
  const out: Edit[] = [];
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags}d`))) {
    const [from, to] = m.indices![1]!;
    out.push({ from, to, text: '' });
  }
  return out;
}

/** Pronouns whose split contraction ("It 's", "they 're") contractions-7's split-contraction-verb reads. */
const PRONOUN = /^(?:it|he|she|that|this|what|there|here|i|you|we|they|who|let)$/i;

export const PTB_RULES_10: Rule<string, Edit[]>[] = rules<string, Edit[]>('finite', [
  {
    name: 'tokenised-punctuation-against-word',
    description: 'a comma, semicolon, colon or closing full stop set off by spaces ("Flanders , the Flemish Region", "the viewer .") is read as written against the word before it, not as a word of its own the tagger tags as a noun or a verb',
    example: 'Ana Brill , the mayor of Tarvel , opened the bridge , the road and the station .',
    apply: (text) => deleteGroup(text, /[\p{L}\p{N})"'%]( +)[,;:](?= |$)/gu).concat(deleteGroup(text, /[\p{L}\p{N})"'%]( +)[.?!] *$/gu)),
  },
  {
    name: 'tokenised-possessive',
    description: 'a possessive \'s set off from its noun ("Italy \'s largest bank", "the company \'s ads") is read against the noun, so that the noun is a possessive, not a noun followed by a word "s"',
    example: "Tarvel 's largest bank has filed charges against the branch 's former manager .",
    apply: (text) => {
      const out: Edit[] = [];
      for (const m of text.matchAll(/([\p{L}\p{N}.&]+)( +)'s(?= |$)/giu)) {
        if (PRONOUN.test(m[1]!)) continue;
        const lead = m.index + m[1]!.length;
        out.push({ from: lead, to: lead + m[2]!.length, text: '' });
      }
      return out;
    },
  },
  {
    name: 'tokenised-negation',
    description: 'a negation set off from its auxiliary ("ca n\'t", "wo n\'t", "does n\'t") is read as the contraction it was ("can\'t", "won\'t"), so that "ca" and "wo" are not read as nouns and the clause keeps its subject',
    example: "Tarvel Mills wo n't show profits for years , and I ca n't do anything .",
    apply: (text) => deleteGroup(text, /[a-z]( +)n't(?= |$)/gi),
  },
  {
    name: 'tokenised-spaced-hyphen',
    description: 'in tokenised text, a hyphen set off by spaces between two words ("State - owned", "Coca - Cola", "47 - year - old") is the hyphen of a compound written as one word, not a dash',
    example: 'The state - owned Tarvel Bank , a Coca - Cola bottler , has filed charges .',
    apply: (text) => {
      if (!tokenised(text)) return [];
      const out: Edit[] = [];
      for (const m of text.matchAll(/(?<=[\p{L}\p{N}])( +)-( +)(?=[\p{L}\p{N}])/gu)) out.push({ from: m.index, to: m.index + m[0].length, text: '-' });
      return out;
    },
  },
  {
    name: 'tokenised-amounts',
    description: 'an amount split by tokenisation is read as written: a currency sign set off from its number ("$ 4.25"), a per cent sign set off from it ("19 %"), an escaped slash in a fraction ("11\\/32")',
    example: 'Tarvel Bank offered a $ 500 reward , bonds rose 1\\/2 point and sales fell 19 % .',
    apply: (text) => {
      const out = deleteGroup(text, /(?:^|[\s(])(?:US|A|C|HK|NZ)?[$£€¥]( +)(?=\d)/g).concat(deleteGroup(text, /\d( +)%/g));
      for (const m of text.matchAll(/(?<=\d)\\\/(?=\d)/g)) out.push({ from: m.index, to: m.index + 2, text: '/' });
      return out;
    },
  },
]);

/**
 * Speaker prefixes ("Coach Ruiz - we can win", attribution.ts's headline-speaker-prefix) are set
 * off by a dash; tokenised text writes a dash "--", so its spaced hyphen joins a compound.
 */
export const PTB_SPEAKER_RULES_10: Rule<{ text: string; separator: string }, boolean>[] = rules<{ text: string; separator: string }, boolean>('attribution', [
  {
    name: 'tokenised-hyphen-is-no-speaker-dash',
    description: 'in tokenised text, a spaced hyphen after the first words of an article ("A Coca - Cola spokesman said", "Gen - Probe Inc. said") joins a compound; it does not set off a speaker prefix, so the subject keeps its first word',
    example: 'A Tarvel - Orla spokesman said the line is shut .',
    apply: ({ text, separator }) => /^\s-$/.test(separator) && tokenised(text),
  },
]);

/** What an object rule sees: the sentence, where the predicate starts, and its text so far. */
export interface PredicateCtx10 {
  s: { text: string; start: number };
  c: { whatStart: number };
  text: string;
}

/** Opening quotation marks in a text that no mark closes within it. */
function unclosed(text: string): number {
  const straight = (text.match(/"/g) ?? []).length % 2;
  return (text.match(/``|“/g) ?? []).length + straight - (text.match(/''|”/g) ?? []).length;
}

export const PTB_OBJECT_RULES_10: Rule<PredicateCtx10, string>[] = rules<PredicateCtx10, string>('objects', [
  {
    name: 'object-closes-its-quote',
    description: 'a predicate that ends on a quoted title or phrase it opened ("released `` Sahara \'\'", "released \"Sahara\"") keeps the closing quotation mark right after it, so its quotation marks are balanced',
    example: "The band released `` Orla Nights '' .",
    apply: ({ s, c, text }) => {
      if (unclosed(text) <= 0) return text;
      const from = c.whatStart - s.start + text.length;
      const m = /^\s*(?:''|”|")/.exec(s.text.slice(from));
      return m ? s.text.slice(c.whatStart - s.start, from + m[0].length) : text;
    },
  },
]);

/** Every rule of this file, for rules.ts. */
export const PTB_ALL_RULES_10 = [...PTB_RULES_10, ...PTB_SPEAKER_RULES_10, ...PTB_OBJECT_RULES_10] as readonly Rule<never, unknown>[];

/** The copy of a sentence the tagger reads, and for each of its characters the original span. */
export interface Detokenised {
  text: string;
  /** start[k]: original offset where copy character k begins; start[text.length] = original length */
  start: number[];
  /** end[k]: original offset where copy character k ends */
  end: number[];
}

/** The sentence with the rules that are on applied (the same string, when none applies). */
export function detokenise(text: string, off: RulesOff): Detokenised | undefined {
  const edits = PTB_RULES_10.filter((r) => !off.has(r.name))
    .flatMap((r) => r.apply(text))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  if (edits.length === 0) return undefined;
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    for (; at < to; at++) {
      out += text[at]!;
      start.push(at);
      end.push(at + 1);
    }
  };
  for (const e of edits) {
    if (e.from < at) continue; // overlaps an edit already made
    copy(e.from);
    for (let k = 0; k < e.text.length; k++) {
      out += e.text[k]!;
      start.push(k === 0 ? e.from : Math.min(e.from + k, e.to - 1));
      end.push(k === e.text.length - 1 ? e.to : Math.min(e.from + k + 1, e.to));
    }
    at = e.to;
  }
  copy(text.length);
  start.push(text.length);
  return { text: out, start, end };
}

/** A term as the tagger gives it: its text around it and its offsets, in the copy. */
interface CopyTerm {
  pre: string;
  post: string;
  offset: { start: number; length: number };
}

/**
 * A term of the copy mapped back onto the original sentence: its offsets, and the text around it
 * as the original has it (so that rules reading the marks around a word measure them in the
 * original). A spaced comma is read against the word
 * (", "), as tokens.ts's attachLoosePunctuation reads it, and a spaced hyphen the copy joins reads "-".
 */
export function mapTerm<T extends CopyTerm>(d: Detokenised, original: string, t: T): T {
  const last = d.start.length - 1;
  const at = (k: number): number => d.start[Math.max(0, Math.min(k, last))]!;
  const s = t.offset.start;
  const a = at(s);
  const b = t.offset.length > 0 ? d.end[s + t.offset.length - 1]! : a;
  const pre = original.slice(at(s - t.pre.length), a);
  let post = original.slice(b, Math.max(b, at(s + t.offset.length + t.post.length)));
  if (/^\s+[,;:.!?]/.test(post) && !/^\s/.test(t.post)) post = post.replace(/^\s+/, '');
  // "State - owned": the hyphen joins the compound, as when written against both words
  if (t.post === '-' && /^ +- +$/.test(post)) post = '-';
  return { ...t, pre, post, offset: { start: a, length: b - a } };
}
