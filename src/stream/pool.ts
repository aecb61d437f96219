/**
 * A pool of worker threads running `analyzeDocument`. Tasks are handed out as workers free
 * up (at most two queued per worker); results come back as promises, so the caller decides
 * the order (input order). With one job there are no threads: the same function runs inline,
 * which is why `--jobs 1` and `--jobs N` give the same bytes.
 */
import { Worker } from 'node:worker_threads';
import type { DocWork, ExtractOptions } from '../analyze.js';
import type { SourceDocument } from '../types.js';

interface Pending {
  id: number;
  doc: SourceDocument;
  options: ExtractOptions;
  resolve: (w: DocWork) => void;
  reject: (e: Error) => void;
}

export interface Analyzer {
  analyze(doc: SourceDocument, options: ExtractOptions): Promise<DocWork>;
  close(): Promise<void>;
}

type AnalyzeFn = (doc: SourceDocument, options: ExtractOptions) => DocWork;

class InlineAnalyzer implements Analyzer {
  constructor(private readonly analyzeDocument: AnalyzeFn) {}

  analyze(doc: SourceDocument, options: ExtractOptions): Promise<DocWork> {
    return new Promise((resolve, reject) => {
      // yield to the event loop between documents so output and progress flow
      setImmediate(() => {
        try {
          resolve(this.analyzeDocument(doc, options));
        } catch (e) {
          reject(e as Error);
        }
      });
    });
  }
  async close(): Promise<void> {}
}

class WorkerPool implements Analyzer {
  private workers: { w: Worker; busy: number }[] = [];
  private queue: Pending[] = [];
  private inFlight = new Map<number, Pending & { worker: number }>();
  private nextId = 0;

  constructor(size: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url);
      w.unref();
      w.on('message', (m: { id: number; work?: DocWork; error?: string }) => {
        const p = this.inFlight.get(m.id);
        if (!p) return;
        this.inFlight.delete(m.id);
        this.workers[p.worker]!.busy--;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.work!);
        this.pump();
      });
      w.on('error', (e) => {
        for (const p of [...this.inFlight.values(), ...this.queue]) p.reject(e);
        this.inFlight.clear();
        this.queue = [];
      });
      this.workers.push({ w, busy: 0 });
    }
  }

  analyze(doc: SourceDocument, options: ExtractOptions): Promise<DocWork> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, options, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let best = -1;
      for (let i = 0; i < this.workers.length; i++) if (this.workers[i]!.busy < 2 && (best < 0 || this.workers[i]!.busy < this.workers[best]!.busy)) best = i;
      if (best < 0) return;
      const p = this.queue.shift()!;
      this.workers[best]!.busy++;
      this.inFlight.set(p.id, { ...p, worker: best });
      this.workers[best]!.w.postMessage({ id: p.id, doc: p.doc, options: p.options });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((x) => x.w.terminate()));
  }
}

/**
 * The tagger is loaded where the tagging happens: in the workers, or here for one job (the
 * main thread of a multi-job run never loads compromise).
 */
export async function createAnalyzer(jobs: number): Promise<Analyzer> {
  if (jobs > 1) return new WorkerPool(jobs);
  const { analyzeDocument } = await import('../analyze.js');
  return new InlineAnalyzer(analyzeDocument);
}
