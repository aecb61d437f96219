/**
 * The per-document stages: segment → annotate → build claims. Everything here needs only the
 * one document, so it runs in worker threads; it is the only part of the pipeline that loads
 * compromise and chrono's parsers.
 */
import type { ClaimKind, SourceDocument } from './types.js';
import { segment } from './segment/index.js';
import { annotate, type AnnotatedSentenceX } from './annotate/index.js';
import { buildSentence } from './claims/build.js';
import { attributeAcross } from './claims/attribution.js';
import type { DraftClaim } from './claims/draft.js';
import { rulesOff } from './claims/rules.js';
import { claimKinds, isDefaultKinds } from './claims/kinds.js';

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
  /**
   * The kinds of claim to make (see `ClaimKind`): `clause` (finite clauses), `apposition`,
   * `participle`. Default: `['clause']`. Check a list from a user with `claimKinds`.
   */
  kinds?: readonly ClaimKind[];
}

/** One document carried through the stages. */
export interface DocWork {
  doc: SourceDocument;
  published: string | null;
  sentences: AnnotatedSentenceX[];
  drafts: DraftClaim[];
  /** The rules switched off (ExtractOptions.rulesOff), for the passes that run after alias merging. */
  rulesOff?: readonly string[];
  /** The kinds of claim asked for (ExtractOptions.kinds), when not the default. */
  kinds?: readonly ClaimKind[];
}

/** Per-document stages (everything that does not need the other documents). */
export function analyzeDocument(doc: SourceDocument, options: ExtractOptions = {}): DocWork {
  return buildDrafts(annotateDocument(doc, options), options.rulesOff, options.kinds);
}

/** Segment and annotate one document: its DocWork without drafts (only the tagging repairs registered as rules heed `rulesOff`). */
export function annotateDocument(doc: SourceDocument, options: ExtractOptions = {}): DocWork {
  const sentences = segment(doc.text, doc.bodyStart);
  const annotated = annotate(doc, sentences, options.date ?? null, options.referenceYear ?? null, rulesOff(options.rulesOff));
  return { doc, published: annotated.published, sentences: annotated.sentences, drafts: [] };
}

/** Build the draft claims of an annotated document, with the named rules switched off. */
export function buildDrafts(work: DocWork, off?: readonly string[], kinds?: readonly ClaimKind[]): DocWork {
  const rules = rulesOff(off);
  const wanted = claimKinds(kinds);
  // a sentence repeated verbatim is left untagged by annotate, so it yields no second set of claims
  const sentencesX: AnnotatedSentenceX[] = work.sentences;
  work.drafts = sentencesX.flatMap((s) => buildSentence(s, rules, wanted));
  // attribution across sentences reads finite clauses only; the other kinds take their host's source (window.ts)
  attributeAcross(isDefaultKinds(wanted) ? work.drafts : work.drafts.filter((d) => !d.kind), rules, sentencesX);
  if (rules.size) work.rulesOff = [...rules];
  if (!isDefaultKinds(wanted)) work.kinds = [...wanted];
  return work;
}
