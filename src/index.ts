/**
 * claims as a library:
 *
 *   import { extract, extractText } from 'claims';
 *   const result = extractText('Police said on Monday that ...', { published: '2025-03-03' });
 *
 * The core is pure: it takes documents in memory and returns plain data. Reading files is
 * in `readPaths` (the only I/O here), formatting in `formatResult`.
 */
import { extract as extractDocs, type ExtractOptions } from './extract.js';
import type { ExtractResult, SourceDocument } from './types.js';

export * from './types.js';
export { extractSchema } from './schema.js';
export { filterClaims, type FilterOptions } from './filter.js';
export { FORMATS, FORMAT_NAMES, type FormatName, type FormatContext, type Formatter } from './format/index.js';
export { readPaths } from './read/index.js';
export { RULES, type RuleInfo } from './claims/rules.js';
export { claimKinds, DEFAULT_KINDS } from './claims/kinds.js';
export type { ExtractOptions };

/** A document as a library caller may give it: only `text` is required. */
export interface DocumentInput {
  text: string;
  id?: string;
  path?: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  source?: string | null;
}

function toSource(d: DocumentInput | SourceDocument, i: number): SourceDocument {
  return {
    id: d.id ?? `doc${i + 1}`,
    path: d.path ?? d.id ?? `doc${i + 1}`,
    text: d.text,
    bodyStart: 'bodyStart' in d && typeof d.bodyStart === 'number' ? d.bodyStart : 0,
    title: d.title ?? null,
    published: d.published ?? null,
    url: d.url ?? null,
    source: d.source ?? null,
  };
}

/** Extract claims from documents held in memory. Deterministic: same input, same output. */
export function extract(docs: (DocumentInput | SourceDocument)[], options: ExtractOptions = {}): ExtractResult {
  return extractDocs(docs.map(toSource), options);
}

/** Extract claims from one text. */
export function extractText(text: string, meta: Omit<DocumentInput, 'text'> = {}, options: ExtractOptions = {}): ExtractResult {
  return extract([{ ...meta, text }], options);
}
