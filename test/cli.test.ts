import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { spawnSync } from 'node:child_process';
import { cli, cpSlice, fixtures, hasSeeds, root, seeds } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(cli(['schema']).stdout) as object);

function checkSpans(result: ExtractResult, dir: string, ext: (id: string) => string): void {
  for (const d of result.documents) {
    const text = readFileSync(ext(d.id) === '' ? d.path : join(dir, ext(d.id)), 'utf8').replace(/^\uFEFF/, '');
    for (const c of result.claims.filter((x) => x.doc === d.id)) expect(cpSlice(text, c.start, c.end)).toBe(c.text);
  }
}

describe('claims extract (CLI)', () => {
  it('prints JSON that validates against `claims schema` and round-trips spans', () => {
    const r = cli(['extract', join(fixtures, 'harbor-fire.txt'), join(fixtures, 'world'), '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.schemaVersion).toBe(1);
    checkSpans(out, fixtures, () => '');
  });

  it('is byte-identical across runs', () => {
    const a = cli(['extract', fixtures, '--format', 'json']).stdout;
    const b = cli(['extract', fixtures, '--format', 'json']).stdout;
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toBe(b);
  });

  it('prints one parseable claim per JSONL line, with its path', () => {
    const r = cli(['extract', fixtures, '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('path');
  });

  it('prints a rectangular CSV with the documented header and neutralises formulas', () => {
    const r = cli(['extract', '-', '--format', 'csv', '--date', '2025-01-01'], { input: '=HYPERLINK("x") said the man. Police arrested him on Monday, "officials" said.' });
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'doc', 'sentence', 'start', 'end', 'who', 'who_entity', 'verb', 'what', 'where', 'when', 'when_date', 'when_start', 'when_end', 'source', 'negated', 'hedged', 'salience', 'text', 'published', 'outlet', 'source_text', 'source_cue', 'who_type', 'where_entity', 'kind']);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBe(26);
    expect(r.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('prints markdown and a plain table when piped', () => {
    const md = cli(['extract', join(fixtures, 'transit.json'), '--format', 'markdown']).stdout;
    expect(md).toMatch(/^## Metro strike halts trains in Corvane/m);
    expect(md).toContain('| # | who | what | where | when | source |');
    const t = cli(['extract', join(fixtures, 'transit.json')], { env: { COLUMNS: '220' } }).stdout;
    expect(t).toContain('Corvane Transit Union');
    expect(t).not.toMatch(/\u001b\[/);
  });

  it('reads stdin when no path is given', () => {
    const r = cli(['extract', '--json', '--date', '2025-05-05'], { input: 'The council approved the budget on Friday.' });
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(out.documents[0]).toMatchObject({ id: 'stdin', path: '-', published: '2025-05-05' });
    expect(out.claims[0]).toMatchObject({ verb: 'approve', when: [{ text: 'Friday', date: '2025-05-02', start: '2025-05-02', end: '2025-05-02' }] });
  });

  it('waits for stdin from a slow writer (`slow-command | claims extract`)', () => {
    // the pipe is empty when claims first reads it: a plain readFileSync(0) fails with EAGAIN
    const bin = join(root, 'bin', 'claims.js');
    const r = spawnSync('sh', ['-c', `(sleep 1; printf 'The council approved the budget on Friday.') | "${process.execPath}" "${bin}" extract --format jsonl --date 2025-05-05`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ doc: 'stdin', verb: 'approve' });
  });

  it('exits 2 naming a missing path, and still prints the good input', () => {
    const r = cli(['extract', '/nonexistent/x', join(fixtures, 'transit.json'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('claims: /nonexistent/x: no such file or directory');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect((JSON.parse(r.stdout) as ExtractResult).documents).toHaveLength(1);
  });

  it('exits 2 with a hint on usage errors', () => {
    const bad = cli(['extract', '--date', 'yesterday', fixtures]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--date must be a date/);
    const unknown = cli(['extract', '--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/);
    expect(cli(['extract', '--help']).status).toBe(0);
    expect(cli(['extract', '--help']).stdout).toMatch(/Examples:/);
  });

  it('writes -o only when the run completes, and refuses a missing directory before work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-o-'));
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    expect(cli(['extract', fixtures, '--json', '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('schemaVersion', 1);
    const missing = cli(['extract', fixtures, '-o', join(dir, 'nope', 'x.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('filters: --top 1 gives one claim per article, --entity and --since select', () => {
    const top = JSON.parse(cli(['extract', fixtures, '--json', '--top', '1']).stdout) as ExtractResult;
    expect(top.claims.length).toBe(top.documents.length);
    const ent = JSON.parse(cli(['extract', fixtures, '--json', '--entity', 'PEA']).stdout) as ExtractResult;
    expect(ent.claims.length).toBeGreaterThan(0);
    // a whole word: "PEA" does not match "speaking" in world/acronyms
    expect(ent.claims.every((c) => c.doc === 'harbor-fire')).toBe(true);
    const since = JSON.parse(cli(['extract', fixtures, '--json', '--since', '2025-06']).stdout) as ExtractResult;
    expect(since.claims.length).toBeGreaterThan(0);
    // a partial date counts when it overlaps the bound ("2025" overlaps June 2025)
    expect(since.claims.every((c) => c.when.some((w) => (w.date ?? '') >= '2025-06' || (w.date ?? '').length === 4))).toBe(true);
    expect(since.claims.some((c) => c.doc === 'wire#1')).toBe(false);
  });

  it('lists canonical entities', () => {
    const r = cli(['entities', fixtures, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { entities: { name: string; aliases: string[]; docs: string[] }[] };
    expect(out.entities.find((e) => e.name === 'Maria Okafor')).toMatchObject({ aliases: ['Okafor'], docs: ['harbor-fire'] });
  });
});

describe('as a library', () => {
  it("imports as 'claims' with typed extract/extractText", () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { extractText } from 'claims'; process.stdout.write(JSON.stringify(extractText('Police arrested two men on Monday, officials said.', { published: '2025-03-05' }).claims.map((c) => [c.verb, c.when.map((w) => w.date)])))"], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual([['arrest', ['2025-03-03']], ['say', []]]);
  });
});

describe.skipIf(!hasSeeds)('on ../shared/seeds', () => {
  it('extracts claims from all five articles, valid against the schema, spans exact, dates resolved', () => {
    const r = cli(['extract', seeds, '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.documents).toHaveLength(5);
    for (const d of out.documents) expect(out.claims.filter((c) => c.doc === d.id).length, d.id).toBeGreaterThan(10);
    checkSpans(out, seeds, (id) => `${id}.txt`);
    expect(out.claims.some((c) => c.when.some((w) => w.date === '2024-12-08'))).toBe(true);
  });
});

/** A small RFC 4180 reader for the test. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
