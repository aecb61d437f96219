/** The I/O edge for input: walk paths, read bytes, hand them to the parsers. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readStdin } from './stdin.js';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Diagnostic, SourceDocument } from '../types.js';
import { decode } from './decode.js';
import { fromJson, fromJsonLines, fromPlainText, type Parsed } from './article.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.json', '.jsonl']);

export interface InputItem {
  /** Path as it will be shown to the user. */
  path: string;
  id: string;
  /** Size in bytes when known (for progress). */
  size?: number;
}

export interface InputList {
  items: InputItem[];
  diagnostics: Diagnostic[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function stripExt(p: string): string {
  const e = extname(p);
  return e ? p.slice(0, -e.length) : p;
}

function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message ?? String(e);
}

/** Expand the path arguments into a sorted, de-duplicated list of article files. */
export function listInputs(paths: string[]): InputList {
  const items: InputItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();

  const add = (path: string, id: string, size?: number): void => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (seen.has(real)) return;
    seen.add(real);
    items.push(size === undefined ? { path, id } : { path, id, size });
  };

  for (const arg of paths) {
    if (arg === '-') {
      items.push({ path: '-', id: 'stdin' });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      diagnostics.push({ path: arg, level: 'error', message: errorReason(e) });
      continue;
    }
    if (st.isDirectory()) {
      const visited = new Set<string>();
      const walk = (dir: string): void => {
        let real: string;
        try {
          real = realpathSync(dir);
        } catch (e) {
          diagnostics.push({ path: dir, level: 'error', message: errorReason(e) });
          return;
        }
        if (visited.has(real)) return; // symlink loop
        visited.add(real);
        let names: string[];
        try {
          names = readdirSync(dir).sort(byCodeUnit);
        } catch (e) {
          diagnostics.push({ path: dir, level: 'error', message: errorReason(e) });
          return;
        }
        for (const name of names) {
          if (name.startsWith('.')) continue;
          const p = join(dir, name);
          let s;
          try {
            s = statSync(p);
          } catch (e) {
            diagnostics.push({ path: p, level: 'error', message: errorReason(e) });
            continue;
          }
          if (s.isDirectory()) walk(p);
          else if (s.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
            add(p, stripExt(relative(arg, p)).split(sep).join('/'), s.size);
          }
        }
      };
      walk(arg);
    } else {
      add(arg, stripExt(basename(arg)), st.isFile() ? st.size : undefined);
    }
  }
  return { items, diagnostics };
}

/** Parse already-read bytes of one input. */
export function parseBytes(bytes: Uint8Array, item: InputItem): Parsed {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return { docs: [], diagnostics: [{ path: item.path, level: 'warning', message: 'binary file, skipped' }] };
  }
  const diagnostics: Diagnostic[] = [];
  if (decoded.warning) diagnostics.push({ path: item.path, level: 'warning', message: decoded.warning });
  const ext = item.path === '-' ? '' : extname(item.path).toLowerCase();
  let parsed: Parsed;
  if (ext === '.json') parsed = fromJson(decoded.text, item.id, item.path);
  else if (ext === '.jsonl') parsed = fromJsonLines(decoded.text, item.id, item.path);
  else if (ext === '' && item.path === '-' && /^\s*[[{]/.test(decoded.text)) {
    // stdin holding JSON: one article, an array, or JSON lines.
    const one = fromJson(decoded.text, item.id, item.path);
    parsed = one.docs.length ? one : fromJsonLines(decoded.text, item.id, item.path);
  } else parsed = fromPlainText(decoded.text, item.id, item.path);
  return { docs: parsed.docs, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}

/** Default limit on one input file's size (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Read one input from disk (or stdin bytes given by the caller). */
export function readInput(item: InputItem, stdin?: () => Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Parsed {
  let bytes: Uint8Array;
  try {
    if (item.path !== '-') {
      const size = statSync(item.path).size;
      if (size > maxBytes) {
        return { docs: [], diagnostics: [{ path: item.path, level: 'error', message: `${size} bytes is over --max-bytes ${maxBytes}, skipped` }] };
      }
    }
    bytes = item.path === '-' ? (stdin ? stdin() : readStdin()) : readFileSync(item.path);
    if (bytes.length > maxBytes) {
      return { docs: [], diagnostics: [{ path: item.path, level: 'error', message: `${bytes.length} bytes is over --max-bytes ${maxBytes}, skipped` }] };
    }
  } catch (e) {
    return { docs: [], diagnostics: [{ path: item.path, level: 'error', message: errorReason(e) }] };
  }
  return parseBytes(bytes, item);
}

export type { SourceDocument };
