/**
 * A pool of worker threads running `analyzeDocument`. Tasks are handed out as workers free
 * up (at most QUEUED per worker); results come back as promises, so the caller decides
 * the order (input order). With one job there are no workers: the same function runs inline,
 * which is why `--jobs 1` and `--jobs N` give the same bytes.
 */
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DocWork, ExtractOptions } from '../analyze.js';
import type { SourceDocument } from '../types.js';

interface Pending {
  id: number;
  doc: SourceDocument;
  options: ExtractOptions;
  resolve: (w: Packed) => void;
  reject: (e: Error) => void;
}

export interface Analyzer {
  /**
   * The analysis of one document, to be unpacked when its window is refined: a worker's result
   * stays a compact serialized buffer until then, so the window still being analysed holds
   * bytes, not object graphs, in the main thread.
   */
  analyze(doc: SourceDocument, options: ExtractOptions): Promise<Packed>;
  close(): Promise<void>;
}

export type Packed = () => DocWork;

type AnalyzeFn = (doc: SourceDocument, options: ExtractOptions) => DocWork;

/**
 * Runs FN for each queued task in order, one per turn of the event loop. Tasks scheduled with
 * one `setImmediate` each would all run in the same turn (a whole window, seconds of work),
 * and a signal or an output error would wait for them; one at a time, the loop sees them
 * between documents.
 */
class Turns {
  private queue: (() => void)[] = [];
  private scheduled = false;

  add(task: () => void): void {
    this.queue.push(task);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const task = this.queue.shift();
      try {
        task?.();
      } finally {
        this.schedule();
      }
    });
  }
}

class InlineAnalyzer implements Analyzer {
  private turns = new Turns();
  constructor(private readonly analyzeDocument: AnalyzeFn) {}

  analyze(doc: SourceDocument, options: ExtractOptions): Promise<Packed> {
    return new Promise((resolve, reject) => {
      // yield to the event loop between documents so output, progress and signals flow
      this.turns.add(() => {
        try {
          const work = this.analyzeDocument(doc, options);
          resolve(() => work);
        } catch (e) {
          reject(e as Error);
        }
      });
    });
  }
  async close(): Promise<void> {}
}

/**
 * Each worker's heap is capped, so that memory stays bounded whatever the corpus; V8 would
 * otherwise let every thread's heap grow to gigabytes of garbage before collecting. The cap
 * is far above what one news article needs (the tagger's model is ~25 MB); a document that
 * does not fit (a multi-megabyte file) is analysed in the main thread instead, uncapped.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 256 };

/**
 * Documents handed to a worker ahead of time. The main thread is busy for a while when it
 * refines a window (~150 ms for 64 articles) and cannot pass out work meanwhile; with only two
 * queued a worker ran dry and idled for 13% of a run.
 */
const QUEUED = 8;

interface Slot {
  w: Worker;
  busy: number;
  done: number;
}

class WorkerPool implements Analyzer {
  private workers: (Slot | null)[] = [];
  private queue: Pending[] = [];
  private inFlight = new Map<number, Pending & { worker: number }>();
  private nextId = 0;
  private inline: Promise<AnalyzeFn> | null = null;
  private turns = new Turns();
  private closing = false;

  constructor(
    size: number,
    private readonly limits: typeof WORKER_LIMITS = WORKER_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn(i));
  }

  private spawn(i: number): Slot {
    const w = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: this.limits });
    const slot: Slot = { w, busy: 0, done: 0 };
    // kept referenced: close() ends the workers (run.ts calls it in a finally)
    w.on('message', (m: { id: number; work?: Uint8Array; error?: string }) => {
      const p = this.inFlight.get(m.id);
      if (!p) return;
      this.inFlight.delete(m.id);
      slot.busy--;
      slot.done++;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else {
        const bytes = m.work!;
        p.resolve(() => deserialize(bytes) as DocWork);
      }
      this.pump();
    });
    let failed = false;
    w.on('error', (e: Error & { code?: string }) => {
      // out of memory: recovered on 'exit' below; anything else is a bug and fails the run
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return;
      failed = true;
      for (const p of [...this.inFlight.values(), ...this.queue]) p.reject(e);
      this.inFlight.clear();
      this.queue = [];
    });
    w.on('exit', () => {
      if (failed || this.closing) return;
      // a worker gone with documents in hand (its heap cap was hit, even while loading):
      // they are analysed here, and the worker is replaced if it had ever finished one
      for (const [id, p] of [...this.inFlight]) {
        if (p.worker !== i) continue;
        this.inFlight.delete(id);
        this.runInline(p);
      }
      this.workers[i] = slot.done > 0 ? this.spawn(i) : null;
      this.pump();
    });
    return slot;
  }

  private runInline(p: Pending): void {
    this.inline ??= import('../analyze.js').then((m) => m.analyzeDocument);
    this.inline
      .then((analyze) =>
        this.turns.add(() => {
          try {
            const work = analyze(p.doc, p.options);
            p.resolve(() => work);
          } catch (e) {
            p.reject(e as Error);
          }
        }),
      )
      .catch((e: Error) => p.reject(e));
  }

  analyze(doc: SourceDocument, options: ExtractOptions): Promise<Packed> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, options, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    // no worker left (each ran out of memory before finishing a document): the rest runs here
    if (this.workers.every((s) => s === null)) {
      for (const p of this.queue.splice(0)) this.runInline(p);
      return;
    }
    while (this.queue.length) {
      let best = -1;
      for (let i = 0; i < this.workers.length; i++) {
        const s = this.workers[i];
        if (s && s.busy < QUEUED && (best < 0 || s.busy < this.workers[best]!.busy)) best = i;
      }
      if (best < 0) return;
      const p = this.queue.shift()!;
      this.workers[best]!.busy++;
      this.inFlight.set(p.id, { ...p, worker: best });
      this.workers[best]!.w.postMessage({ id: p.id, doc: p.doc, options: p.options });
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((s) => s?.w.terminate()));
  }
}

/**
 * `jobs` threads in all: the calling thread (reading, refining windows, writing) and
 * `jobs - 1` workers analysing articles; one job analyses here too. The tagger is loaded where
 * the tagging happens: the main thread of a multi-job run never loads compromise.
 */
export async function createAnalyzer(jobs: number, limits?: typeof WORKER_LIMITS): Promise<Analyzer> {
  if (jobs > 1) return new WorkerPool(jobs - 1, limits);
  const { analyzeDocument } = await import('../analyze.js');
  return new InlineAnalyzer(analyzeDocument);
}
