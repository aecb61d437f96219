/** Annotate stage: tokens, verb groups, entity mentions, time expressions and quotes per sentence. */
import type { AnnotatedDocument, AnnotatedSentence, Sentence, SourceDocument } from '../types.js';
import { findTimes, inferPublished } from './dates.js';
import { findMentions, type TypedMention } from './entities.js';
import { findQuotes } from './quotes.js';
import { tag } from './tokens.js';

export interface AnnotatedSentenceX extends AnnotatedSentence {
  mentions: TypedMention[];
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
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
): AnnotatedDocument & { sentences: AnnotatedSentenceX[] } {
  const pub = published ?? doc.published ?? inferPublished(doc.text.slice(doc.bodyStart), referenceYear);
  let insideQuote = false;
  let lastParagraph = -1;
  const out: AnnotatedSentenceX[] = sentences.map((s) => {
    if (s.paragraph !== lastParagraph) {
      insideQuote = false;
      lastParagraph = s.paragraph;
    }
    if (s.kind === 'furniture') {
      return { ...s, tokens: [], mentions: [], times: [], quotes: [], verbs: [] };
    }
    const { tokens, verbs } = tag(s.text, s.start, s.kind === 'headline' || s.kind === 'caption' || (s.index < 4 && !/[.!?]$/.test(s.text)));
    const mentions = findMentions(s.text, s.start, tokens, isTitleCase(s.text));
    const times = findTimes(s.text, pub).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    const scan = findQuotes(s.text, s.start, insideQuote);
    insideQuote = scan.open;
    return { ...s, tokens, mentions, times, quotes: scan.quotes, verbs };
  });
  return { doc, published: pub, sentences: out };
}
