/**
 * Quotations that run over several sentences: a sentence that starts inside a quotation
 * opened earlier in the paragraph takes the speaker of that quotation.
 */
import type { AnnotatedSentenceX } from '../annotate/index.js';
import type { DraftClaim } from '../claims/draft.js';

export function carryQuoteSpeakers(sentences: AnnotatedSentenceX[], drafts: DraftClaim[]): void {
  const bySentence = new Map<number, DraftClaim[]>();
  for (const d of drafts) bySentence.set(d.sentence.index, [...(bySentence.get(d.sentence.index) ?? []), d]);
  let lastQuoteSource: DraftClaim['source'] = null;
  let lastParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== lastParagraph) {
      lastQuoteSource = null;
      lastParagraph = s.paragraph;
    }
    const claims = bySentence.get(s.index) ?? [];
    const inQuote = (pos: number): boolean => s.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
    if (s.continuesQuote && lastQuoteSource) {
      for (const d of claims) if (!d.source && inQuote(d.verb.start)) d.source = { ...lastQuoteSource, cue: 'quote' };
    }
    const quoted = claims.filter((d) => d.source && inQuote(d.verb.start));
    if (quoted.length) lastQuoteSource = quoted[quoted.length - 1]!.source;
  }
}
