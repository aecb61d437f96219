/**
 * `claims events`: one row per article, its main event (`documents[].event`): doc, title, outlet,
 * published, who, what, where, when, source. In every output format; the table is the
 * one-line-per-outlet view of a story.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { DocumentInfo, ExtractResult } from '../types.js';
import type { FormatContext } from './types.js';
import type { FormatName } from './index.js';
import { fitLeft, stripControl } from './table.js';
import { neutralize } from './csv.js';

export interface EventRow {
  doc: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  who: string | null;
  what: string | null;
  verb: string | null;
  where: string | null;
  when: string | null;
  /** The event's date (YYYY[-MM[-DD]]), when its time resolves to one. */
  when_date: string | null;
  source: string | null;
  /** Ids of the claims the event was composed from, the main one first. */
  claims: string[];
}

export const EVENT_COLUMNS = ['doc', 'title', 'outlet', 'published', 'who', 'what', 'verb', 'where', 'when', 'when_date', 'source', 'claims'] as const;

/** The event row of one document. */
export function eventRow(d: DocumentInfo): EventRow {
  const e = d.event ?? null;
  const who = e?.who ? (e.who.entity && !e.who.text.includes(e.who.entity) ? `${e.who.text} (${e.who.entity})` : e.who.text) : null;
  const when = e?.when[0] ?? null;
  return {
    doc: d.id,
    title: d.title,
    outlet: d.outlet ?? null,
    published: d.published,
    who,
    what: e ? e.what : null,
    verb: e ? e.verb : null,
    where: e && e.where.length ? e.where.map((w) => w.entity ?? w.text).join('; ') : null,
    when: when ? when.text || when.date : null,
    when_date: when?.date ?? null,
    source: e?.source ? (e.source.entity ?? e.source.text) : null,
    claims: e ? e.claims : [],
  };
}

export const eventRows = (result: ExtractResult): EventRow[] => result.documents.map(eventRow);

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function table(rows: EventRow[], ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const s = (x: string | null): string => stripControl(x ?? '');
  // dates get the width of a date; the other columns share the rest
  const usable = Math.max(80, ctx.width) - 10 - 2 * 12;
  const share: (number | null)[] = [0.1, 0.14, 0.09, null, 0.15, 0.3, 0.12, null, 0.1];
  const colWidths = share.map((x) => (x === null ? 12 : Math.max(6, Math.floor(usable * x))));
  const t = new Table({
    head: ['doc', 'title', 'outlet', 'published', 'who', 'what', 'where', 'when', 'source'].map((h) => c.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    t.push([
      c.dim(fitLeft(s(r.doc), colWidths[0]! - 2)),
      s(r.title),
      s(r.outlet),
      s(r.published),
      r.who ? c.cyan(s(r.who)) : c.dim('—'),
      r.what === null ? c.dim('no event') : s(r.what),
      c.green(s(r.where)),
      c.yellow(s(r.when_date ?? r.when)),
      c.magenta(s(r.source)),
    ]);
  }
  // the count ("1 event from 2 articles", `tableFooter`) is the caller's, for stderr
  return rows.length ? `${t.toString()}\n` : '';
}

function csv(rows: EventRow[], ctx: FormatContext): string {
  const safe = ctx.csvSafe !== false;
  const cells = rows.map((r) => EVENT_COLUMNS.map((k) => {
    const v = k === 'claims' ? r.claims.join('; ') : (r[k] ?? '');
    return safe ? neutralize(v) : v;
  }));
  return stringify([[...EVENT_COLUMNS], ...cells], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}

function markdown(rows: EventRow[]): string {
  const out = ['| doc | title | outlet | published | who | what | where | when | source |', '|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const when = r.when_date && r.when && r.when !== r.when_date ? `${r.when} (${r.when_date})` : (r.when_date ?? r.when ?? '');
    out.push(`| ${[r.doc, r.title ?? '', r.outlet ?? '', r.published ?? '', r.who ?? '', r.what ?? '_(no event)_', r.where ?? '', when, r.source ?? ''].map(cell).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The event rows in one of the output formats. */
export function formatEvents(format: FormatName, rows: EventRow[], ctx: FormatContext): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ schemaVersion: 1, events: rows }, null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return csv(rows, ctx);
    case 'markdown':
      return markdown(rows);
    default:
      return table(rows, ctx);
  }
}
