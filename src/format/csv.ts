/**
 * `--format csv`: RFC 4180 with a header row; several values in one cell are joined with "; "
 * (empty values left out). `source` is the source's canonical entity when it has one, else its
 * text as written (`source_text`); `where` likewise, each place's entity else its text.
 * Columns are only ever added at the end, so that a reader by position keeps working.
 * Cells that a spreadsheet would run as a formula (leading =, +, -, @, tab, CR) are prefixed
 * with a single quote, as OWASP recommends, unless the caller turns that off.
 */
import { stringify } from 'csv-stringify/sync';
import type { Formatter, FormatContext } from './types.js';

export const CLAIM_COLUMNS = ['id', 'doc', 'sentence', 'start', 'end', 'who', 'who_entity', 'verb', 'what', 'where', 'when', 'when_date', 'when_start', 'when_end', 'source', 'negated', 'hedged', 'salience', 'text', 'published', 'outlet', 'source_text', 'source_cue', 'who_type', 'where_entity', 'kind'] as const;
export const DIFF_COLUMNS = ['change', 'field', 'before', 'after', 'doc_before', 'doc_after', 'who', 'verb', 'text_before', 'text_after'] as const;
export const COMPARE_COLUMNS = ['group', 'sources', 'who', 'verb', 'summary', 'doc', 'sentence', 'source', 'text'] as const;
export const ENTITY_COLUMNS = ['id', 'name', 'type', 'aliases', 'mentions', 'docs', 'alias_examples'] as const;

export function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function write(header: readonly string[], rows: (string | number | boolean)[][], ctx: FormatContext): string {
  const safe = ctx.csvSafe !== false;
  const cells = rows.map((r) => r.map((v) => (typeof v === 'string' && safe ? neutralize(v) : String(v))));
  return stringify([header as unknown as string[], ...cells], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}

const join = (xs: (string | null)[]): string => xs.filter((x): x is string => x !== null && x !== '').join('; ');

export const csv: Formatter = {
  claims(result, ctx) {
    const docOf = new Map(result.documents.map((d) => [d.id, d]));
    const rows = result.claims.map((c) => [
      c.id,
      c.doc,
      c.sentence,
      c.start,
      c.end,
      c.who?.text ?? '',
      c.who?.entity ?? '',
      c.verb,
      c.what,
      join(c.where.map((w) => w.entity ?? w.text)),
      join(c.when.map((w) => w.text)),
      join(c.when.map((w) => w.date)),
      // one castable day each: the first and last day any of the claim's times covers
      c.when.map((w) => w.start).filter((x): x is string => Boolean(x)).sort()[0] ?? '',
      c.when.map((w) => w.end).filter((x): x is string => Boolean(x)).sort().pop() ?? '',
      c.source ? (c.source.entity ?? c.source.text) : '',
      c.negated,
      c.hedged,
      c.salience,
      c.text,
      docOf.get(c.doc)?.published ?? '',
      docOf.get(c.doc)?.outlet ?? '',
      c.source?.text ?? '',
      c.source?.cue ?? '',
      c.who?.type ?? '',
      join(c.where.map((w) => w.entity)),
      c.kind ?? 'clause',
    ]);
    return write(CLAIM_COLUMNS, rows, ctx);
  },
  entities(result, ctx) {
    // every alias with one mention of it, as in the table: "Johnson (wire-2: “Johnson said …”)"
    const rows = result.entities.map((e) => [e.id, e.name, e.type, join(e.aliases), e.mentions, join(e.docs), join((e.examples ?? []).map((x) => `${x.alias} (${x.doc}: “${x.text}”)`))]);
    return write(ENTITY_COLUMNS, rows, ctx);
  },
  compare(r, ctx) {
    const rows = r.groups.flatMap((g) => g.claims.map((c) => [g.id, g.sources, g.who ?? '', g.verb, g.summary, c.doc, c.sentence, c.source ?? '', c.text]));
    return write(COMPARE_COLUMNS, rows, ctx);
  },
  diff(d, ctx) {
    const who = (c: { who: { text: string; entity: string | null } | null }): string => c.who?.entity ?? c.who?.text ?? '';
    const rows: (string | number | boolean)[][] = [
      ...d.removed.map((c) => ['removed', '', '', '', c.doc, '', who(c), c.verb, c.text, '']),
      ...d.added.map((c) => ['added', '', '', '', '', c.doc, who(c), c.verb, '', c.text]),
      ...d.changed.flatMap((c) => c.fields.map((f) => ['changed', f.field, f.before, f.after, c.before.doc, c.after.doc, who(c.before), c.before.verb, c.before.text, c.after.text])),
    ];
    return write(DIFF_COLUMNS, rows, ctx);
  },
};
