/**
 * `--format table` (default): doc:sentence, who, what, where, when, source, wrapped to the
 * terminal width; colour by field on a TTY, plain when piped. Article text is stripped of
 * terminal control sequences so an article cannot rewrite the user's terminal.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Claim } from '../types.js';
import type { Formatter, FormatContext } from './types.js';
import { maxOf } from '../util/arrays.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Remove ANSI escape sequences and C0/C1 control characters (keeps \t and \n as spaces). */
export function stripControl(s: string): string {
  return s.replace(CONTROL, '').replace(/[\t\n]/g, ' ');
}

/** "1 claim", "2 claims": a count with its noun in agreement. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The line under a table, for stderr (data alone goes to stdout): "1 claim from 1 article",
 * "2 claims from 3 articles"; `what` names the rows ("claim", "event", "entity").
 */
export function tableFooter(rows: number, what: 'claim' | 'event' | 'entity', articles?: number): string {
  const noun = what === 'entity' ? plural(rows, 'entity', 'entities') : plural(rows, what);
  return articles === undefined ? `${noun}\n` : `${noun} from ${plural(articles, 'article')}\n`;
}

/** Rows drawn by one cli-table3 table at a time: its layout takes time quadratic in the rows. */
const BLOCK = 200;

/**
 * A table of fixed column widths, header as the first row, drawn BLOCK rows at a time and joined
 * where one block's bottom border meets the next one's top: the same text as one table of all the
 * rows (cli-table3 rules a line between every two rows), in time linear in the rows. (Its own
 * `head` option adds the rows with `push.apply`, which overflows the stack past ~100,000.)
 */
function drawTable(options: ConstructorParameters<typeof Table>[0] & { colWidths: number[] }, rows: string[][]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += BLOCK) {
    const t = new Table(options);
    for (const r of rows.slice(i, i + BLOCK)) t.push(r);
    const lines = t.toString().split('\n');
    // ┌─┬─┐ becomes ├─┼─┤ between blocks; a block's bottom line is dropped unless it is the last
    if (i > 0) lines[0] = lines[0]!.replace(/^┌/, '├').replace(/┬/g, '┼').replace(/┐$/, '┤');
    if (i + BLOCK < rows.length) lines.pop();
    out.push(lines.join('\n'));
  }
  return out.join('\n');
}

/**
 * An identifier shortened from the left to `width` characters ("…-budget-debate:14"): the end
 * of a document id and the sentence number are what tell rows apart, so they are never cut.
 */
export function fitLeft(id: string, width: number): string {
  const chars = Array.from(id);
  return chars.length <= width ? id : `…${chars.slice(chars.length - Math.max(1, width - 1)).join('')}`;
}

/** The widest the doc:sentence column gets, in characters (without padding). */
const idWidth = (total: number): number => Math.max(8, Math.floor((Math.max(60, total) - 7) * 0.14));

/** Column widths (content + 2 padding) that fit `total` columns: short columns get what they need. */
function widths(total: number, rows: string[][]): number[] {
  const usable = Math.max(60, total) - 7; // 7 borders for 6 columns
  const longest = (i: number): number => maxOf(rows.map((r) => maxOf((r[i] ?? '').split(/\s+/).map((w) => w.length), (r[i] ?? '').length > 0 ? 1 : 0)), 4);
  const want = (i: number, cap: number): number => Math.min(cap, Math.max(longest(i), rows.reduce((a, r) => Math.max(a, (r[i] ?? '').length), 0))) + 2;
  // the id column is at least as wide as its header, "doc:sent"
  const w = [Math.max(10, want(0, idWidth(total))), 0, 0, want(3, Math.floor(usable * 0.14)), want(4, Math.floor(usable * 0.12)), want(5, Math.floor(usable * 0.16))];
  const rest = Math.max(20, usable - w[0]! - w[3]! - w[4]! - w[5]!);
  w[1] = Math.max(8, Math.floor(rest / 3));
  w[2] = Math.max(10, rest - w[1]);
  return w;
}

export const table: Formatter = {
  claims(result, ctx: FormatContext) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const s = (x: string): string => stripControl(x);
    // the doc:sentence label fits its column whole, shortened from the left when it must
    const ids = (result.claims as Claim[]).map((cl) => fitLeft(`${s(cl.doc)}:${cl.sentence}`, idWidth(ctx.width)));
    const plain = (result.claims as Claim[]).map((cl, i) => [
      ids[i]!,
      cl.who ? s(cl.who.text) : '',
      '',
      cl.where.map((w) => s(w.entity ?? w.text)).join('; '),
      cl.when.map((w) => s(w.date ?? w.text)).join('; '),
      cl.source ? s(cl.source.entity ?? cl.source.text) : '',
    ]);
    const options = { colWidths: widths(ctx.width, plain), wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } };
    const rows: string[][] = [['doc:sent', 'who', 'what', 'where', 'when', 'source'].map((h) => c.bold(h))];
    for (const [i, cl] of (result.claims as Claim[]).entries()) {
      const who = cl.who ? (cl.who.entity && !cl.who.text.includes(cl.who.entity) ? `${s(cl.who.text)} [${s(cl.who.entity)}]` : s(cl.who.text)) : c.dim('—');
      const saysNo = /\b(?:not|never|no|nobody|none|nothing)\b|n't\b/i.test(`${cl.who?.text ?? ''} ${cl.what}`);
      const flags = [cl.negated && !saysNo ? c.red('NOT') : '', cl.hedged ? c.yellow('(hedged)') : ''].filter(Boolean).join(' ');
      rows.push([
        c.dim(ids[i]!),
        c.cyan(who),
        `${flags ? `${flags} ` : ''}${s(cl.what)}`,
        c.green(cl.where.map((w) => s(w.entity ?? w.text)).join('; ')),
        c.yellow(cl.when.map((w) => s(w.date ?? w.text)).join('; ')),
        c.magenta(cl.source ? s(cl.source.entity ?? cl.source.text) : ''),
      ]);
    }
    // the count ("9 claims from 1 article", `claimsFooter`) is the caller's, for stderr
    return result.claims.length ? `${drawTable(options, rows)}\n` : '';
  },
  compare(r, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const s = (x: string): string => stripControl(x);
    const lines: string[] = [];
    if (r.conflicts.length) {
      lines.push(c.bold.red('Conflicts'));
      for (const k of r.conflicts) {
        lines.push(c.red(`  ${s(k.about)} (${k.kind})`));
        for (const v of k.values) lines.push(`    ${c.bold(s(v.value))}  ${c.dim([...new Set(v.claims.map((x) => x.doc))].map(s).join(', '))}`);
      }
      lines.push('');
    }
    const width = Math.max(60, ctx.width);
    lines.push(c.bold('Claims by number of independent articles'));
    for (const g of r.groups) {
      const head = `${String(g.sources).padStart(3)}  ${g.who ? `${s(g.who)} ` : ''}[${g.verb}] ${s(g.summary)}`;
      lines.push(g.sources > 1 ? c.cyan(head.slice(0, width)) : c.dim(head.slice(0, width)));
      if (g.sources > 1) for (const x of g.claims) lines.push(c.dim(`       ${s(x.doc)}:${x.sentence}  ${s(x.text)}`.slice(0, width)));
    }
    if (r.copies.length) {
      lines.push('', c.bold('Copies'));
      for (const k of r.copies) lines.push(`  ${k.copies.map(s).join(', ')} copy ${s(k.original)}`);
    }
    return `${lines.join('\n')}\n`;
  },
  diff(d, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const s = (x: string): string => stripControl(x);
    const who = (cl: Claim): string => s(cl.who?.entity ?? cl.who?.text ?? '—');
    const lines: string[] = [];
    for (const cl of d.removed) lines.push(c.red(`- ${s(cl.doc)}:${cl.sentence}  ${who(cl)} | ${cl.verb} | ${s(cl.text)}`));
    for (const cl of d.added) lines.push(c.green(`+ ${s(cl.doc)}:${cl.sentence}  ${who(cl)} | ${cl.verb} | ${s(cl.text)}`));
    for (const ch of d.changed) {
      lines.push(c.yellow(`~ ${s(ch.after.doc)}:${ch.after.sentence}  ${who(ch.after)} | ${ch.after.verb} | ${s(ch.after.text)}`));
      for (const f of ch.fields) lines.push(c.yellow(`    ${f.field}: ${s(f.before) || '—'} → ${s(f.after) || '—'}`));
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
  entities(result, ctx) {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    const usable = Math.max(60, ctx.width) - 6 - 10;
    const w = [0.25, 0.12, 0.33, 0.1, 0.2].map((x) => Math.max(6, Math.floor(usable * x)) + 2);
    const rows: string[][] = [['entity', 'type', 'aliases', 'mentions', 'articles'].map((h) => c.bold(h))];
    for (const e of result.entities) {
      // every alias with one mention of it, so a wrong merge shows: "Johnson — doc-2: “Johnson said he…”"
      const ex = new Map((e.examples ?? []).map((x) => [x.alias, x]));
      const aliases = e.aliases.map((a) => {
        const x = ex.get(a);
        return x ? `${stripControl(a)} ${c.dim(stripControl(`— ${x.doc}: “${x.text}”`))}` : stripControl(a);
      });
      rows.push([c.cyan(stripControl(e.name)), e.type, aliases.join('; '), String(e.mentions), stripControl(e.docs.join(', '))]);
    }
    return result.entities.length ? `${drawTable({ colWidths: w, wordWrap: true, style: { head: [], border: [] } }, rows)}\n` : '';
  },
};
