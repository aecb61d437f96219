/**
 * Streaming extraction over many inputs: files are read in order, analysed in parallel
 * (worker threads), refined window by window (see WINDOW in extract.ts) and handed to `emit`
 * in input order as soon as a window and every window before it are done. At most two
 * windows are in memory at once, whatever the size of the corpus; only the entity table
 * grows (one row per distinct entity).
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, Entity, ExtractResult, SourceDocument } from '../types.js';
import type { DocWork, ExtractOptions } from '../analyze.js';
import { EntityTable, referenceYearOf, refineWindow, WINDOW } from '../window.js';
import { readInput, type InputItem } from '../read/index.js';
import { DEFAULT_MAX_BYTES } from '../read/files.js';
import { rulesOff } from '../claims/rules.js';
import { claimKinds } from '../claims/kinds.js';
import { createAnalyzer, type Packed, type WORKER_LIMITS } from './pool.js';
import { pushAll } from '../util/arrays.js';
import type { Parsed } from '../read/article.js';

/**
 * Reads inputs that are not regular files in a worker thread (see reader.ts): a FIFO with no
 * writer or a slow device blocks that thread, not this one, so signals are still handled.
 * Regular files, and stdin (given by the caller), are read here.
 */
class SideReader {
  private worker: Worker | null = null;

  static needed(item: InputItem): boolean {
    if (item.path === '-') return false;
    try {
      return !statSync(item.path).isFile();
    } catch {
      return false; // readInput reports it
    }
  }

  read(item: InputItem, maxBytes: number): Promise<Parsed> {
    let w: Worker;
    try {
      this.worker ??= new Worker(new URL('./reader.js', import.meta.url));
      w = this.worker;
    } catch {
      return Promise.resolve(readInput(item, undefined, maxBytes)); // no worker here (tests from source)
    }
    return new Promise((resolve) => {
      const done = (): void => {
        w.off('message', onMessage);
        w.off('error', onError);
      };
      const onMessage = (r: Parsed): void => {
        done();
        resolve(r);
      };
      // a worker that cannot start (run from source, without dist/): read here after all
      const onError = (): void => {
        done();
        this.worker = null;
        resolve(readInput(item, undefined, maxBytes));
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage({ item, maxBytes });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

export interface Progress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface StreamOptions extends ExtractOptions {
  /** Threads: this one plus `jobs - 1` workers (1: analyse in this thread). */
  jobs?: number;
  /** Heap caps of each worker (tests); the default is `WORKER_LIMITS`. */
  workerLimits?: typeof WORKER_LIMITS;
  maxBytes?: number;
  /** All of stdin, or at least `limit` bytes of it when it is longer. */
  stdin?: (limit: number) => Uint8Array;
  /** Documents refined together (default WINDOW). */
  window?: number;
  onProgress?: (p: Progress) => void;
}

export interface Chunk {
  /** The window's documents, claims and entities (entities as seen in this window). */
  result: ExtractResult;
  diagnostics: Diagnostic[];
}

export interface StreamSummary {
  /** Entities of the whole run, merged across windows. */
  entities: Entity[];
  /** Inputs that could not be read at all. */
  failed: number;

  documents: number;
}

export async function extractStream(items: InputItem[], opts: StreamOptions, emit: (c: Chunk) => void): Promise<StreamSummary> {
  const size = Math.max(1, opts.window ?? WINDOW);
  rulesOff(opts.rulesOff); // an unknown rule name fails here, not once per document
  claimKinds(opts.kinds); // likewise an unknown kind
  const analyzer = await createAnalyzer(opts.jobs ?? 1, opts.workerLimits);
  const table = new EntityTable();
  const progress: Progress = { files: 0, totalFiles: items.length, bytes: 0, totalBytes: items.reduce((a, i) => a + (i.size ?? 0), 0) };
  let failed = 0;
  let documents = 0;
  const side = new SideReader();
  let pending: Promise<void>[] = [];
  let last: Promise<void> = Promise.resolve();
  let buf: SourceDocument[] = [];
  let diags: Diagnostic[] = [];
  // sizes of the files whose documents are in the current buffer: counted done with their window
  let bufFiles: number[] = [];

  const dispatch = async (): Promise<void> => {
    const docs = buf.splice(0, size);
    const d = diags;
    diags = [];
    const files = bufFiles;
    bufFiles = [];
    const referenceYear = opts.referenceYear ?? referenceYearOf(docs);
    const options: ExtractOptions = { date: opts.date ?? null, referenceYear, ...(opts.rulesOff?.length ? { rulesOff: opts.rulesOff } : {}), ...(opts.kinds?.length ? { kinds: opts.kinds } : {}) };
    const works: Promise<Packed>[] = docs.map((doc) => analyzer.analyze(doc, options));
    const before = last;
    const done = (async () => {
      const packed = await Promise.all(works);
      await before;
      const ws = packed.map((unpack) => unpack());
      const r = refineWindow(ws, table);
      documents += ws.length;
      emit({ result: r.result, diagnostics: d.concat(r.diagnostics) });
      for (const bytes of files) {
        progress.files++;
        progress.bytes += bytes;
      }
      opts.onProgress?.({ ...progress });
    })();
    // a window that fails is reported when it is awaited, not as an unhandled rejection meanwhile
    done.catch(() => {});
    last = done;
    pending.push(done);
    // bound memory: no more than two windows in flight
    if (pending.length >= 2) {
      await pending[0];
      pending = pending.slice(1);
    }
  };

  try {
    for (const item of items) {
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
      const r = SideReader.needed(item) ? await side.read(item, maxBytes) : readInput(item, opts.stdin, maxBytes);
      pushAll(diags, r.diagnostics);
      failed += r.diagnostics.filter((x) => x.level === 'error').length;
      pushAll(buf, r.docs);
      bufFiles.push(item.size ?? 0);
      while (buf.length >= size) await dispatch();
    }
    if (buf.length || diags.length || bufFiles.length) await dispatch();
    await last;
  } finally {
    await side.close();
    await analyzer.close();
  }
  return { entities: table.list(), failed, documents };
}
