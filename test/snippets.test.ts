// The README's DuckDB and pandas snippets (issue 22, item 10) run as written on the output of
// fixture articles, when Python has duckdb and pandas; otherwise the test is skipped, saying why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippet = (name: string, lang: string): string => {
  const m = new RegExp(`<!-- snippet: ${name} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!m) throw new Error(`README has no ${name} snippet`);
  return m[1]!;
};
const python = (code: string, cwd: string) => spawnSync('python3', ['-c', code], { cwd, encoding: 'utf8' });
const has = (module: string): boolean => spawnSync('python3', ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;
const hasDuckdb = has('duckdb');
const hasPandas = has('pandas');
if (!hasDuckdb) console.warn('snippets.test: skipping the DuckDB snippet: python3 cannot import duckdb (pip install duckdb)');
if (!hasPandas) console.warn('snippets.test: skipping the pandas snippet: python3 cannot import pandas (pip install pandas)');

/** claims.jsonl and claims.csv of fixtures/day, as the snippets' comment makes them. */
function outputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-snippets-'));
  const day = join(root, 'fixtures', 'day');
  expect(cli(['extract', day, '--format', 'jsonl', '-o', join(dir, 'claims.jsonl')]).status).toBe(0);
  expect(cli(['extract', day, '--format', 'csv', '-o', join(dir, 'claims.csv')]).status).toBe(0);
  return dir;
}

describe('README snippets', () => {
  it.skipIf(!hasDuckdb)('the DuckDB queries run, with "where", "when" and "end" quoted', () => {
    const sql = snippet('duckdb', 'sql');
    const dir = outputs();
    // each statement in turn, as the DuckDB shell would run the snippet pasted into it
    const r = python(`import duckdb\nfor q in ${JSON.stringify(sql)}.split(';'):\n    if q.strip():\n        print(duckdb.sql(q).fetchall())\n`, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("'Lakeside Wire'");
    expect(r.stdout).toContain('datetime.date(2031, 3, 4)');
    expect(r.stdout).toContain("('Tarrow', 'Tuesday', datetime.date(2031, 3, 4))");
  });
  it.skipIf(!hasPandas)('the pandas lines run, reading the where column as a column', () => {
    const r = python(snippet('pandas', 'python'), outputs());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/harbourpost\.example\s+7/);
    expect(r.stdout).toContain('Tarrow');
  });
});
