/**
 * The pipeline: read documents (already in memory) → segment → annotate → build claims →
 * refine (aliases across documents, coreference, salience) → the public result.
 * Pure and deterministic: the same documents give byte-identical results.
 */
import type { Diagnostic, ExtractResult, SourceDocument } from './types.js';
import { SCHEMA_VERSION } from './types.js';
import { analyzeDocument, type ExtractOptions } from './analyze.js';
import { EntityTable, referenceYearOf, refineWindow, WINDOW } from './window.js';
import { pushAll } from './util/arrays.js';
import { rulesOff } from './claims/rules.js';
import { claimKinds } from './claims/kinds.js';

export { analyzeDocument, type DocWork, type ExtractOptions } from './analyze.js';
export { EntityTable, finalize, notesFor, referenceYearOf, refineWindow, WINDOW } from './window.js';
export type { TypedMention } from './annotate/entities.js';
export { RULES, type RuleInfo } from './claims/rules.js';

/** Extract claims, with notes on what could not be resolved. */
export function extractDetailed(docs: SourceDocument[], options: ExtractOptions = {}): { result: ExtractResult; diagnostics: Diagnostic[] } {
  const result: ExtractResult = { schemaVersion: SCHEMA_VERSION, documents: [], claims: [], entities: [] };
  const diagnostics: Diagnostic[] = [];
  rulesOff(options.rulesOff); // an unknown rule name fails here, not once per document
  claimKinds(options.kinds); // likewise an unknown kind
  const table = new EntityTable();
  for (let i = 0; i < docs.length; i += WINDOW) {
    const win = docs.slice(i, i + WINDOW);
    const referenceYear = options.referenceYear ?? referenceYearOf(win);
    const r = refineWindow(
      win.map((d) => analyzeDocument(d, { ...options, referenceYear })),
      table,
    );
    for (const d of r.result.documents) result.documents.push(d);
    for (const c of r.result.claims) result.claims.push(c);
    pushAll(diagnostics, r.diagnostics);
  }
  result.entities = table.list();
  return { result, diagnostics };
}

/** Extract claims from documents already read into memory. */
export function extract(docs: SourceDocument[], options: ExtractOptions = {}): ExtractResult {
  return extractDetailed(docs, options).result;
}
