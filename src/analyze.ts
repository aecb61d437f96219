/**
 * The per-document stages: segment → annotate → build claims. Everything here needs only the
 * one document, so it runs in worker threads; it is the only part of the pipeline that loads
 * compromise and chrono's parsers.
 */
import type { SourceDocument } from './types.js';
import { segment } from './segment/index.js';
import { annotate, type AnnotatedSentenceX } from './annotate/index.js';
import { buildSentence } from './claims/build.js';
import type { DraftClaim } from './claims/draft.js';

export interface ExtractOptions {
  /** Published date for every document (`--date`), overriding metadata. */
  date?: string | null;
  /**
   * The latest year stated in the batch of articles; pins the year of "Sunday, Dec. 8" in
   * articles that give none. `extract` computes it over its input.
   */
  referenceYear?: number | null;
}

/** One document carried through the stages. */
export interface DocWork {
  doc: SourceDocument;
  published: string | null;
  sentences: AnnotatedSentenceX[];
  drafts: DraftClaim[];
}

/** Per-document stages (everything that does not need the other documents). */
export function analyzeDocument(doc: SourceDocument, options: ExtractOptions = {}): DocWork {
  const sentences = segment(doc.text, doc.bodyStart);
  const annotated = annotate(doc, sentences, options.date ?? null, options.referenceYear ?? null);
  // a sentence repeated verbatim is left untagged by annotate, so it yields no second set of claims
  const sentencesX: AnnotatedSentenceX[] = annotated.sentences;
  const drafts: DraftClaim[] = sentencesX.flatMap((s) => buildSentence(s));
  return { doc, published: annotated.published, sentences: annotated.sentences, drafts };
}
