/**
 * The per-document stages: segment → annotate → build claims. Everything here needs only the
 * one document, so it runs in worker threads; it is the only part of the pipeline that loads
 * compromise and chrono's parsers.
 */
import type { SourceDocument } from './types.js';
import { segment } from './segment/index.js';
import { annotate, type AnnotatedSentenceX } from './annotate/index.js';
import { buildSentence } from './claims/build.js';
import { attributeAcross } from './claims/attribution.js';
import type { DraftClaim } from './claims/draft.js';
import { rulesOff } from './claims/rules.js';

export interface ExtractOptions {
  /** Published date for every document (`--date`), overriding metadata. */
  date?: string | null;
  /**
   * The latest year stated in the batch of articles; pins the year of "Sunday, Dec. 8" in
   * articles that give none. `extract` computes it over its input.
   */
  referenceYear?: number | null;
  /**
   * Rules of the claim builder to switch off, by name (see `RULES`): for measuring what each
   * rule is worth. Default: none; every rule on.
   */
  rulesOff?: readonly string[];
}

/** One document carried through the stages. */
export interface DocWork {
  doc: SourceDocument;
  published: string | null;
  sentences: AnnotatedSentenceX[];
  drafts: DraftClaim[];
  /** The rules switched off (ExtractOptions.rulesOff), for the passes that run after alias merging. */
  rulesOff?: readonly string[];
}

/** Per-document stages (everything that does not need the other documents). */
export function analyzeDocument(doc: SourceDocument, options: ExtractOptions = {}): DocWork {
  return buildDrafts(annotateDocument(doc, options), options.rulesOff);
}

/** Segment and annotate one document: its DocWork without drafts (the part no claim rule changes). */
export function annotateDocument(doc: SourceDocument, options: ExtractOptions = {}): DocWork {
  const sentences = segment(doc.text, doc.bodyStart);
  const annotated = annotate(doc, sentences, options.date ?? null, options.referenceYear ?? null);
  return { doc, published: annotated.published, sentences: annotated.sentences, drafts: [] };
}

/** Build the draft claims of an annotated document, with the named rules switched off. */
export function buildDrafts(work: DocWork, off?: readonly string[]): DocWork {
  const rules = rulesOff(off);
  // a sentence repeated verbatim is left untagged by annotate, so it yields no second set of claims
  const sentencesX: AnnotatedSentenceX[] = work.sentences;
  work.drafts = sentencesX.flatMap((s) => buildSentence(s, rules));
  attributeAcross(work.drafts, rules);
  if (rules.size) work.rulesOff = [...rules];
  return work;
}
