/** Read stage: paths (files, directories, "-" for stdin) → documents, with diagnostics. */
import type { Diagnostic, SourceDocument } from '../types.js';
import { DEFAULT_MAX_BYTES, listInputs, readInput, type InputItem, type ListOptions } from './files.js';
import { pushAll } from '../util/arrays.js';

export { listInputs, readInput, parseBytes, realOrResolved, ARTICLE_EXTENSIONS, DEFAULT_MAX_BYTES, STDIN_FORMATS, type InputItem, type ListOptions, type StdinFormat } from './files.js';
export { decode } from './decode.js';
export { parseFrontMatter } from './frontmatter.js';

export interface ReadResult {
  docs: SourceDocument[];
  diagnostics: Diagnostic[];
  /** Inputs that could not be read at all (missing, unreadable). */
  failed: number;
}

/** Read every input; bad inputs become diagnostics, never exceptions. */
export function readPaths(paths: string[], stdin?: (limit: number) => Uint8Array, maxBytes = DEFAULT_MAX_BYTES, opts: ListOptions = {}): ReadResult {
  const list = listInputs(paths, opts);
  const docs: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = list.diagnostics.slice();
  let failed = list.diagnostics.filter((d) => d.level === 'error').length;
  for (const item of list.items as InputItem[]) {
    const r = readInput(item, stdin, maxBytes);
    pushAll(docs, r.docs);
    pushAll(diagnostics, r.diagnostics);
    failed += r.diagnostics.filter((d) => d.level === 'error').length;
  }
  return { docs, diagnostics, failed };
}
