/** `--format markdown`: a section per document with a table of its claims. */
import type { Claim } from '../types.js';
import type { Formatter } from './types.js';
import { pushAll } from '../util/arrays.js';

/**
 * Article text as inert Markdown: HTML is escaped (a `<script>` in an article must not run in a
 * Markdown viewer), as are the characters that would make a link, a code span or a new cell.
 */
const cell = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`[\]|]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
/** A document id as a code span, unless it holds what a code span cannot. */
const code = (s: string): string => (/^[^`\r\n]*$/.test(s) ? `\`${s}\`` : cell(s));

function row(c: Claim): string {
  const who = c.who ? (c.who.entity && c.who.entity !== c.who.text ? `${c.who.text} (${c.who.entity})` : c.who.text) : '';
  const flags = [c.negated ? 'negated' : '', c.hedged ? 'hedged' : ''].filter(Boolean).join(', ');
  const what = flags ? `${c.what} _(${flags})_` : c.what;
  const where = c.where.map((w) => w.entity ?? w.text).join('; ');
  const when = c.when.map((w) => (w.date ? `${w.text} (${w.date})` : w.text)).join('; ');
  const source = c.source ? (c.source.entity ?? c.source.text) : '';
  return `| ${c.sentence} | ${cell(who)} | ${cell(what)} | ${cell(where)} | ${cell(when)} | ${cell(source)} |`;
}

export const markdown: Formatter = {
  claims(result) {
    const out: string[] = [];
    for (const d of result.documents) {
      const claims = result.claims.filter((c) => c.doc === d.id);
      out.push(`## ${cell(d.title ?? d.id)}`, '');
      out.push(`${code(d.id)}${d.published ? ` · published ${d.published}` : ''} · ${claims.length} claims`, '');
      if (claims.length) {
        out.push('| # | who | what | where | when | source |', '|---|---|---|---|---|---|');
        for (const c of claims) out.push(row(c));
        out.push('');
      }
    }
    return `${out.join('\n')}\n`;
  },
  compare(r) {
    const out: string[] = [];
    if (r.conflicts.length) {
      out.push('## Conflicts', '');
      for (const c of r.conflicts) {
        out.push(`- **${cell(c.about)}** (${c.kind}): ${c.values.map((v) => `${cell(v.value)} — ${[...new Set(v.claims.map((x) => x.doc))].join(', ')}`).join('; ')}`);
      }
      out.push('');
    }
    out.push('## Claims by number of independent articles', '', '| articles | who | verb | claim | in |', '|---|---|---|---|---|');
    for (const g of r.groups) out.push(`| ${g.sources} | ${cell(g.who ?? '')} | ${cell(g.verb)} | ${cell(g.summary)} | ${cell(g.docs.join(', '))} |`);
    if (r.copies.length) pushAll(out, ['', '## Copies', '', ...r.copies.map((c) => `- ${cell(c.copies.join(', '))} copy ${cell(c.original)}`)]);
    return `${out.join('\n')}\n`;
  },
  diff(d) {
    const out = [`**${d.removed.length} removed, ${d.added.length} added, ${d.changed.length} changed**`, ''];
    if (d.removed.length + d.added.length + d.changed.length) {
      out.push('| | doc | who | claim | change |', '|---|---|---|---|---|');
      for (const c of d.removed) out.push(`| − | ${cell(c.doc)} | ${cell(c.who?.entity ?? c.who?.text ?? '')} | ${cell(c.text)} | removed |`);
      for (const c of d.added) out.push(`| + | ${cell(c.doc)} | ${cell(c.who?.entity ?? c.who?.text ?? '')} | ${cell(c.text)} | added |`);
      for (const c of d.changed) {
        const f = c.fields.map((x) => `${x.field}: ${x.before || '—'} → ${x.after || '—'}`).join('; ');
        out.push(`| ~ | ${cell(c.after.doc)} | ${cell(c.after.who?.entity ?? c.after.who?.text ?? '')} | ${cell(c.after.text)} | ${cell(f)} |`);
      }
    }
    return `${out.join('\n')}\n`;
  },
  entities(result) {
    const out = ['| entity | type | aliases | mentions | articles |', '|---|---|---|---|---|'];
    for (const e of result.entities) {
      const ex = new Map((e.examples ?? []).map((x) => [x.alias, x]));
      const aliases = e.aliases.map((a) => (ex.has(a) ? `${a} (${ex.get(a)!.doc}: “${ex.get(a)!.text}”)` : a)).join('; ');
      out.push(`| ${cell(e.name)} | ${e.type} | ${cell(aliases)} | ${e.mentions} | ${cell(e.docs.join(', '))} |`);
    }
    return `${out.join('\n')}\n`;
  },
};
