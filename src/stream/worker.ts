/** Worker thread: the per-document stages (segment → annotate → build claims) for the pool. */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, type ExtractOptions } from '../analyze.js';
import type { SourceDocument } from '../types.js';

interface Task {
  id: number;
  doc: SourceDocument;
  options: ExtractOptions;
}

parentPort?.on('message', (t: Task) => {
  try {
    parentPort!.postMessage({ id: t.id, work: analyzeDocument(t.doc, t.options) });
  } catch (e) {
    parentPort!.postMessage({ id: t.id, error: `${t.doc.path}: ${(e as Error)?.message ?? String(e)}` });
  }
});
