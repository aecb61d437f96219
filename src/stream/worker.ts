/** Worker thread: the per-document stages (segment → annotate → build claims) for the pool. */
import { serialize } from 'node:v8';
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
    // serialized here (the structured clone postMessage would do anyway) and unpacked by the
    // main thread only when the document's window is refined
    parentPort!.postMessage({ id: t.id, work: serialize(analyzeDocument(t.doc, t.options)) });
  } catch (e) {
    parentPort!.postMessage({ id: t.id, error: `${t.doc.path}: ${(e as Error)?.message ?? String(e)}` });
  }
});
