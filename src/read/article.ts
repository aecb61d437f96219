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

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** One news-please record → document. The text is title, description and body joined by blank lines. */
function fromRecord(rec: JsonRecord, id: string, path: string): SourceDocument | null {
  const title = str(rec['title']);
  const description = str(rec['description']);
  const body = str(rec['maintext']) ?? str(rec['text']) ?? str(rec['body']);
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
    published: isoDate(String(rec['date_publish'] ?? rec['date'] ?? rec['published'] ?? '')),
    url: str(rec['url']),
    source: str(rec['source_domain']) ?? str(rec['source']),
  };
}

function idFor(base: string, index: number, count: number): string {
  return count > 1 ? `${base}#${index + 1}` : base;
}

export function fromJson(text: string, id: string, path: string): Parsed {
  const diagnostics: Diagnostic[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { docs: [], diagnostics: [{ path, level: 'error', message: `invalid JSON: ${(e as Error).message}` }] };
  }
  const records = Array.isArray(value) ? value : [value];
  const docs: SourceDocument[] = [];
  records.forEach((rec, i) => {
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      diagnostics.push({ path, level: 'warning', message: `item ${i + 1} is not an article object, skipped` });
      return;
    }
    const doc = fromRecord(rec as JsonRecord, idFor(id, i, records.length), path);
    if (doc) docs.push(doc);
    else diagnostics.push({ path, level: 'warning', message: `item ${i + 1} has no title or text, skipped` });
  });
  return { docs, diagnostics };
}

export function fromJsonLines(text: string, id: string, path: string): Parsed {
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  const recs: { rec: JsonRecord; line: number }[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v: unknown = JSON.parse(line);
      if (v && typeof v === 'object' && !Array.isArray(v)) recs.push({ rec: v as JsonRecord, line: i + 1 });
      else diagnostics.push({ path, level: 'warning', message: `line ${i + 1}: not an article object, skipped` });
    } catch {
      diagnostics.push({ path, level: 'warning', message: `line ${i + 1}: invalid JSON, skipped` });
    }
  });
  const docs: SourceDocument[] = [];
  for (const { rec, line } of recs) {
    const doc = fromRecord(rec, recs.length > 1 ? `${id}#${line}` : id, path);
    if (doc) docs.push(doc);
    else diagnostics.push({ path, level: 'warning', message: `line ${line}: no title or text, skipped` });
  }
  return { docs, diagnostics };
}
