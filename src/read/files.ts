/** The I/O edge for input: walk paths, read bytes, hand them to the parsers. */
import { closeSync, lstatSync, openSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { readStdin } from './stdin.js';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic, SourceDocument } from '../types.js';
import { decode, decodeLines } from './decode.js';
import { fromJson, fromJsonLines, fromPlainText, type Parsed } from './article.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.json', '.jsonl']);

export interface InputItem {
  /** Path as it will be shown to the user. */
  path: string;
  id: string;
  /** Size in bytes when known (for progress). */
  size?: number;
  /** For stdin: how to read it (`--stdin-format`); by default JSON only when it parses as JSON. */
  format?: StdinFormat;
}

/** `--stdin-format`: `auto` (the default) reads stdin as JSON or JSON lines only when it parses as such. */
export type StdinFormat = 'auto' | 'text' | 'json' | 'jsonl';
export const STDIN_FORMATS: readonly StdinFormat[] = ['auto', 'text', 'json', 'jsonl'];

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

export interface ListOptions {
  /** How to read stdin (`--stdin-format`). */
  stdinFormat?: StdinFormat;
  /** The `-o` file of this run: never read back as an input when a directory holds it. */
  output?: string;
}

/** The real path of `p`, or of its directory joined with its name when `p` does not exist yet. */
export function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/** `inner` is `outer` or inside it (both real paths). */
const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/** Expand the path arguments into a sorted, de-duplicated list of article files, with unique ids. */
export function listInputs(paths: string[], opts: ListOptions = {}): InputList {
  const items: InputItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const output = opts.output ? realOrResolved(opts.output) : null;

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
      items.push(opts.stdinFormat ? { path: '-', id: 'stdin', format: opts.stdinFormat } : { path: '-', id: 'stdin' });
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
      // a symbolic link whose target is outside the tree given on the command line is not
      // followed: a link to "/" would walk the whole file system
      const top = realOrResolved(arg);
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
          let target: string | null = null;
          try {
            if (lstatSync(p).isSymbolicLink()) target = realpathSync(p);
          } catch {
            target = null;
          }
          if (target !== null && !within(target, top)) {
            if (s.isDirectory() || (s.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))) {
              diagnostics.push({ path: p, level: 'warning', message: `symbolic link to ${target}, outside ${arg}, skipped` });
            }
            continue;
          }
          if (s.isDirectory()) walk(p);
          else if (s.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
            if (output !== null && realOrResolved(p) === output) {
              diagnostics.push({ path: p, level: 'warning', message: 'the output file of this run (-o), not read as an input' });
              continue;
            }
            add(p, stripExt(relative(arg, p)).split(sep).join('/'), s.size);
          }
        }
      };
      walk(arg);
    } else {
      add(arg, stripExt(basename(arg)), st.isFile() ? st.size : undefined);
    }
  }
  uniqueIds(items);
  return { items, diagnostics };
}

/**
 * Document ids are unique in a run. An id is the path relative to its directory argument (or
 * the file's name) without extension; when several inputs get the same one (`x/story.txt`,
 * `y/story.txt`; directories `x` and `y` each holding `story.txt`; `a.txt` and `a.md`), each
 * of them takes the shortest distinguishing form: more of its directories, from the nearest
 * (`x/story`, `y/story`), and its extension when only that differs (`a.txt`, `a.md`). Inputs
 * whose id is unique keep it, so a single directory's ids never change.
 */
function uniqueIds(items: InputItem[]): void {
  const count = (): Map<string, InputItem[]> => {
    const by = new Map<string, InputItem[]>();
    for (const it of items) {
      const list = by.get(it.id);
      if (list) list.push(it);
      else by.set(it.id, [it]);
    }
    return by;
  };
  let groups = [...count().values()].filter((g) => g.length > 1);
  if (groups.length === 0) return;
  // each item's longer names: directories added one at a time, then the same with its extension
  const forms = new Map<InputItem, string[]>();
  const formsOf = (it: InputItem): string[] => {
    let f = forms.get(it);
    if (f) return f;
    f = [it.id];
    if (it.path !== '-') {
      // the path as the user named it (not through symlinks), absolute
      const parts = resolve(it.path).split(sep).filter(Boolean);
      const name = parts.pop()!;
      const ext = extname(name);
      const stem = ext ? name.slice(0, -ext.length) : name;
      const have = it.id.split('/').length;
      const dirs = (k: number): string => parts.slice(parts.length - k).join('/');
      for (let k = have; k <= parts.length; k++) f.push(k ? `${dirs(k)}/${stem}` : stem);
      if (ext) for (let k = have - 1; k <= parts.length; k++) f.push(k > 0 ? `${dirs(k)}/${name}` : name);
      f = [...new Set(f)];
    }
    forms.set(it, f);
    return f;
  };
  const rank = new Map<InputItem, number>();
  for (let round = 0; groups.length && round < 64; round++) {
    for (const g of groups) {
      // the lowest rank at which this item's form differs from every other member's form at that rank
      for (const it of g) {
        const mine = formsOf(it);
        let r = rank.get(it) ?? 0;
        for (; r < mine.length; r++) {
          const form = mine[r]!;
          if (g.every((o) => o === it || formsOf(o)[Math.min(r, formsOf(o).length - 1)] !== form)) break;
        }
        rank.set(it, Math.min(r, mine.length - 1));
      }
      for (const it of g) it.id = formsOf(it)[rank.get(it)!]!;
    }
    groups = [...count().values()].filter((g) => g.length > 1);
    // still equal (a new form met another input's id): those move on a step
    for (const g of groups) for (const it of g) rank.set(it, (rank.get(it) ?? 0) + 1);
  }
  // the same real name cannot reach here (inputs are de-duplicated by real path); for safety:
  for (const g of count().values()) g.forEach((it, i) => i > 0 && (it.id = `${it.id}~${i + 1}`));
}

/**
 * How to read stdin when `--stdin-format` is `auto`: JSON when the whole text parses as JSON
 * (an article or an array), JSON lines when its first non-blank line parses as a JSON object,
 * else text. A text whose first character is "[" or "{" ("[UPDATE] The mayor resigned") is text.
 */
function sniffStdin(text: string): 'text' | 'json' | 'jsonl' {
  if (!/^\s*[[{]/.test(text)) return 'text';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    // not one JSON value: JSON lines?
  }
  const first = /^\s*(.*)$/m.exec(text)?.[1] ?? '';
  try {
    const v: unknown = JSON.parse(first);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}

/** Parse already-read bytes of one input. */
export function parseBytes(bytes: Uint8Array, item: InputItem): Parsed {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return { docs: [], diagnostics: [{ path: item.path, level: 'warning', message: 'binary file, skipped' }] };
  }
  const diagnostics: Diagnostic[] = [];
  const ext = item.path === '-' ? '' : extname(item.path).toLowerCase();
  let kind: 'text' | 'json' | 'jsonl';
  if (item.path === '-') kind = !item.format || item.format === 'auto' ? sniffStdin(decoded.text) : item.format;
  else kind = ext === '.json' ? 'json' : ext === '.jsonl' ? 'jsonl' : 'text';
  let parsed: Parsed;
  if (kind === 'jsonl' && decoded.encoding === 'windows-1252') {
    // each line decoded on its own: one Windows-1252 line does not turn the UTF-8 ones into mojibake
    const { lines, cp1252 } = decodeLines(bytes);
    for (const n of cp1252) diagnostics.push({ path: item.path, level: 'warning', message: `line ${n}: not valid UTF-8, read as Windows-1252` });
    parsed = fromJsonLines(lines, item.id, item.path);
  } else {
    if (decoded.warning) diagnostics.push({ path: item.path, level: 'warning', message: decoded.warning });
    if (kind === 'json') parsed = fromJson(decoded.text, item.id, item.path);
    else if (kind === 'jsonl') parsed = fromJsonLines(decoded.text, item.id, item.path);
    else parsed = fromPlainText(decoded.text, item.id, item.path);
  }
  return { docs: parsed.docs, diagnostics: diagnostics.concat(parsed.diagnostics) };
}

/** Default limit on one input file's size (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const overLimit = (item: InputItem, size: string, maxBytes: number): Parsed => ({
  docs: [],
  diagnostics: [{ path: item.path, level: 'error', message: `${size} bytes is over --max-bytes ${maxBytes}, skipped` }],
});

/**
 * Read one input from disk (or stdin bytes given by the caller). At most `maxBytes + 1` bytes
 * are read, whatever the input claims to be: a device (`/dev/zero`), a FIFO, a file in /proc
 * whose size reads 0, stdin.
 */
export function readInput(item: InputItem, stdin?: (limit: number) => Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Parsed {
  let bytes: Uint8Array;
  try {
    if (item.path === '-') bytes = stdin ? stdin(maxBytes + 1) : readStdin(0, maxBytes + 1);
    else {
      const size = statSync(item.path).size;
      if (size > maxBytes) return overLimit(item, String(size), maxBytes);
      const fd = openSync(item.path, 'r');
      try {
        bytes = readStdin(fd, maxBytes + 1);
      } finally {
        closeSync(fd);
      }
    }
    if (bytes.length > maxBytes) return overLimit(item, `more than ${maxBytes}`, maxBytes);
  } catch (e) {
    return { docs: [], diagnostics: [{ path: item.path, level: 'error', message: errorReason(e) }] };
  }
  return parseBytes(bytes, item);
}

export type { SourceDocument };
