/** Annotate stage: tokens, verb groups, entity mentions, time expressions and quotes per sentence. */
import type { AnnotatedDocument, AnnotatedSentence, Sentence, SourceDocument, TimeMention } from '../types.js';
import { findAnaphoricDays, findTimes, inferPublished } from './dates.js';
import { creditMentions, findMentions, signatureMention, type TypedMention } from './entities.js';
import { applyDocumentNameRules } from './name-rules.js';
import { findQuotes } from './quotes.js';
import { tagMany, type Tagged, type TagItem } from './tokens.js';
import { pushAll } from '../util/arrays.js';
import { ALL_ON, type RulesOff } from '../claims/rule.js';

export interface AnnotatedSentenceX extends AnnotatedSentence {
  mentions: TypedMention[];
  /** The sentence starts inside a quotation opened in an earlier sentence. */
  continuesQuote: boolean;
  /** For an embedded post: the date of its signature line. */
  postTime?: TimeMention;
}

/** Sentences longer than this (UTF-16 units) are not tagged: no prose sentence is this long. */
export const MAX_SENTENCE = 5000;

function isTitleCase(s: string): boolean {
  // only words of a script with case count: Arabic or Chinese words are neither upper nor lower
  const words = s.split(/\s+/).filter((w) => /[\p{Lu}\p{Ll}]/u.test(w));
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** Annotate the sentences of one document. `published` overrides the document's own date. */
export function annotate(
  doc: SourceDocument,
  sentences: Sentence[],
  published: string | null,
  referenceYear: number | null = null,
  off: RulesOff = ALL_ON,
): AnnotatedDocument & { sentences: AnnotatedSentenceX[] } {
  const pub = published ?? doc.published ?? inferPublished(doc.text.slice(doc.bodyStart), referenceYear);
  let insideQuote = false;
  let lastDay: string | null = null;
  let lastParagraph = -1;
  // a sentence repeated verbatim (a caption printed twice, boilerplate) is analysed once;
  // too long: not prose (a data blob, a run-on list)
  const seen = new Set<string>();
  const skip = new Set<number>();
  const items: TagItem[] = [];
  const itemOf = new Map<number, number>();
  sentences.forEach((s, i) => {
    if (s.kind === 'furniture') return;
    const key = s.text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (seen.has(key) || s.text.length > MAX_SENTENCE) {
      skip.add(i);
      return;
    }
    seen.add(key);
    itemOf.set(i, items.length);
    items.push({ text: s.text, base: s.start, headline: s.kind === 'headline' || s.kind === 'caption' || (s.index < 4 && !/[.!?]$/.test(s.text)), titleCase: isTitleCase(s.text) });
  });
  const tagged: Tagged[] = tagMany(items, off);
  const out: AnnotatedSentenceX[] = sentences.map((s, i) => {
    if (s.paragraph !== lastParagraph) {
      // a quotation left open at a paragraph's end goes on only in a paragraph that opens with a quote mark
      insideQuote = insideQuote && /^["“]|^''/.test(s.text);
      lastParagraph = s.paragraph;
    }
    if (s.kind === 'furniture') {
      // credits and post signatures name people and agencies, though they make no claims
      const mentions: TypedMention[] = [];
      if (/^[(©]/.test(s.text)) {
        pushAll(mentions, creditMentions(s.text, s.start));
      } else if (s.byline && /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+$/u.test(s.text)) {
        mentions.push({ start: s.start, end: s.end, text: s.text, type: 'person', entity: null, first: -1, last: -1, confidence: 1 });
      } else if (s.postAuthor) {
        const m = signatureMention(s.text, s.start, s.postAuthor);
        if (m) mentions.push(m);
      }
      return { ...s, tokens: [], mentions, times: [], quotes: [], verbs: [], continuesQuote: false };
    }
    const continuesQuote = insideQuote;
    if (skip.has(i)) {
      // repeated: its claims are the first copy's
      return { ...s, tokens: [], mentions: [], times: [], quotes: [], verbs: [], continuesQuote };
    }
    const k = itemOf.get(i)!;
    const titleCase = Boolean(items[k]!.titleCase);
    const { tokens, verbs } = tagged[k]!;
    const verbTokens = new Set(verbs.flatMap((v) => Array.from({ length: v.last - v.first + 1 }, (_, k) => v.first + k)));
    const mentions = findMentions(s.text, s.start, tokens, titleCase, verbTokens);
    const found = findTimes(s.text, pub);
    for (const a of findAnaphoricDays(s.text, lastDay)) if (!found.some((t) => t.start < a.end && a.start < t.end)) found.push(a);
    found.sort((x, y) => x.start - y.start);
    const times = found.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    for (const t of times) if (t.date && t.date.length === 10) lastDay = t.date;
    const scan = findQuotes(s.text, s.start, insideQuote);
    insideQuote = scan.open;
    const out: AnnotatedSentenceX = { ...s, tokens, mentions, times, quotes: scan.quotes, verbs, continuesQuote };
    if (s.postDate) {
      const t = findTimes(s.postDate, pub)[0];
      if (t) out.postTime = { ...t, start: s.end, end: s.end };
    }
    return out;
  });
  applyDocumentNameRules(out);
  return { doc, published: pub, sentences: out };
}
