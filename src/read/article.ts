/** Turn decoded text into SourceDocuments: plain text / Markdown with front matter, news-please JSON. */
import type { Diagnostic, SourceDocument } from '../types.js';
import { parseFrontMatter } from './frontmatter.js';
import { isoDate } from '../util/isodate.js';

export interface Parsed {
  docs: SourceDocument[];
  diagnostics: Diagnostic[];
}

export function fromPlainText(text: string, id: string, path: string): Parsed {
  const fm = parseFrontMatter(text);
  const diagnostics: Diagnostic[] = [];
  if (fm.problem) diagnostics.push({ path, level: 'warning', message: fm.problem });
  const f = fm.fields;
  return {
    docs: [
      {
        id,
        path,
        text,
        bodyStart: fm.bodyStart,
        title: f['title'] ?? null,
        published: isoDate(f['date'] ?? f['published'] ?? f['date_publish'] ?? ''),
        url: f['url'] ?? null,
        source: f['source'] ?? f['source_domain'] ?? null,
      },
    ],
    diagnostics,
  };
}

type JsonRecord = Record<string, unknown>;

/** The fields read from a news-please record, each a string or absent (or null). */
const TEXT_FIELDS = ['title', 'description', 'maintext', 'text', 'body', 'date_publish', 'date', 'published', 'url', 'source_domain', 'source'] as const;

const kindOf = (v: unknown): string => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/**
 * The record's fields that are strings. Any other value (an object such as `{"toString": 1}`,
 * a number, an array) is a warning `WHERE: field "F" is an object, not text; ignored`: no field
 * is converted, so nothing in the input runs or throws.
 */
function textFields(rec: JsonRecord, where: string, path: string, diagnostics: Diagnostic[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of TEXT_FIELDS) {
    if (!Object.hasOwn(rec, f)) continue;
    const v = rec[f];
    if (typeof v === 'string') out.set(f, v);
    else if (v !== null && v !== undefined) diagnostics.push({ path, level: 'warning', message: `${where}: field "${f}" is ${kindOf(v)}, not text; ignored` });
  }
  return out;
}

const nonBlank = (v: string | undefined): string | null => (v !== undefined && v.trim() ? v : null);

/** One news-please record → document. The text is title, description and body joined by blank lines. */
function fromRecord(rec: JsonRecord, id: string, path: string, where: string, diagnostics: Diagnostic[]): SourceDocument | null {
  const f = textFields(rec, where, path, diagnostics);
  const title = nonBlank(f.get('title'));
  const description = nonBlank(f.get('description'));
  const body = nonBlank(f.get('maintext')) ?? nonBlank(f.get('text')) ?? nonBlank(f.get('body'));
  const parts = [title, description && description !== body?.slice(0, description.length) ? description : null, body].filter(
    (x): x is string => x !== null,
  );
  if (parts.length === 0) return null;
  return {
    id,
    path,
    text: parts.join('\n\n'),
    bodyStart: 0,
    title,
    published: isoDate(f.get('date_publish') ?? f.get('date') ?? f.get('published') ?? ''),
    url: nonBlank(f.get('url')),
    source: nonBlank(f.get('source_domain')) ?? nonBlank(f.get('source')),
  };
}

function idFor(base: string, index: number, count: number): string {
  return count > 1 ? `${base}#${index + 1}` : base;
}

/**
 * The line on which each element of a top-level JSON array starts (1-based), found by a scan
 * that skips strings: for messages only, so it runs only when there is something to report.
 */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      if (depth === 1 && expectValue) lines.push(line);
      expectValue = false;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (depth === 1 && expectValue) lines.push(line);
      depth++;
      expectValue = depth === 1 && c === 91;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44) expectValue = depth === 1;
    else if (depth === 1 && expectValue && c > 32) {
      lines.push(line);
      expectValue = false;
    }
  }
  return lines;
}

const has = (v: object, keys: string[]): boolean => keys.every((k) => Object.hasOwn(v, k));

/**
 * The tool's own JSON output (`extract`, `entities`, `compare`, `diff` with `--format json`):
 * an object with `schemaVersion` and the result's arrays. Read back as an article it would
 * turn a run's output into the next run's input.
 */
export function isClaimsOutput(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, 'schemaVersion')) return false;
  const o = v as Record<string, unknown>;
  return ['documents', 'claims', 'entities', 'groups', 'conflicts', 'copies', 'removed', 'added', 'changed'].some((k) => Array.isArray(o[k]));
}

/** One line of the tool's own JSONL output: a claim, an entity, a diff or a compare line. */
export function isClaimsOutputLine(v: object): boolean {
  const o = v as Record<string, unknown>;
  if (has(v, ['id', 'doc', 'sentence', 'start', 'end', 'verb', 'what']) && typeof o['sentence'] === 'number' && typeof o['start'] === 'number') return true;
  if (has(v, ['id', 'name', 'type', 'aliases', 'mentions', 'docs']) && Array.isArray(o['aliases'])) return true;
  if (typeof o['change'] === 'string' && (has(v, ['claim']) || has(v, ['before', 'after']))) return true;
  return (o['type'] === 'group' || o['type'] === 'conflict' || o['type'] === 'copies') && (has(v, ['claims']) || has(v, ['values']) || has(v, ['copies']));
}

const OWN_OUTPUT = 'the output of claims (schemaVersion), not an article; skipped';

export function fromJson(text: string, id: string, path: string): Parsed {
  const diagnostics: Diagnostic[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { docs: [], diagnostics: [{ path, level: 'error', message: `invalid JSON: ${(e as Error).message}` }] };
  }
  if (isClaimsOutput(value)) return { docs: [], diagnostics: [{ path, level: 'warning', message: OWN_OUTPUT }] };
  const isArray = Array.isArray(value);
  const records: unknown[] = isArray ? (value as unknown[]) : [value];
  let lines: number[] | null = null;
  const where = (i: number): string => {
    if (!isArray) return `item 1`;
    lines ??= itemLines(text);
    return lines[i] !== undefined ? `item ${i + 1} (line ${lines[i]})` : `item ${i + 1}`;
  };
  const docs: SourceDocument[] = [];
  records.forEach((rec, i) => {
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      diagnostics.push({ path, level: 'warning', message: `${where(i)} is not an article object, skipped` });
      return;
    }
    const doc = fromRecord(rec as JsonRecord, idFor(id, i, records.length), path, where(i), diagnostics);
    if (doc) docs.push(doc);
    else diagnostics.push({ path, level: 'warning', message: `${where(i)} has no title or text, skipped` });
  });
  return { docs, diagnostics };
}

/** JSON lines, given as text lines (each decoded on its own by the caller when it must be). */
export function fromJsonLines(text: string | string[], id: string, path: string): Parsed {
  const diagnostics: Diagnostic[] = [];
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : text;
  const recs: { rec: JsonRecord; line: number }[] = [];
  let own = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v: unknown = JSON.parse(line);
      if (v && typeof v === 'object' && !Array.isArray(v) && isClaimsOutputLine(v)) own++;
      else if (v && typeof v === 'object' && !Array.isArray(v)) recs.push({ rec: v as JsonRecord, line: i + 1 });
      else diagnostics.push({ path, level: 'warning', message: `line ${i + 1}: not an article object, skipped` });
    } catch {
      diagnostics.push({ path, level: 'warning', message: `line ${i + 1}: invalid JSON, skipped` });
    }
  });
  if (own) diagnostics.push({ path, level: 'warning', message: `${own} line${own === 1 ? ' is' : 's are'} the output of claims (claims, entities, diff or compare lines), not articles; skipped` });
  const docs: SourceDocument[] = [];
  for (const { rec, line } of recs) {
    const doc = fromRecord(rec, recs.length > 1 ? `${id}#${line}` : id, path, `line ${line}`, diagnostics);
    if (doc) docs.push(doc);
    else diagnostics.push({ path, level: 'warning', message: `line ${line}: no title or text, skipped` });
  }
  return { docs, diagnostics };
}
