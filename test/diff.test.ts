import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../src/compare/diff.js';
import { cli, root } from './helpers.js';

const before = join(root, 'fixtures', 'diff', 'before');
const after = join(root, 'fixtures', 'diff', 'after');

describe('claims diff', () => {
  const r = cli(['diff', before, after, '--format', 'json']);
  const d = JSON.parse(r.stdout) as DiffResult;

  it('exits 1 when the sets differ and says how on stderr', () => {
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`claims diff: ${d.removed.length} removed, ${d.added.length} added, ${d.changed.length} changed`);
  });

  it('matches claims by content: a claim moved to another file is not a change', () => {
    const all = [...d.removed, ...d.added, ...d.changed.flatMap((c) => [c.before, c.after])];
    expect(all.some((c) => c.verb === 'move' && c.text.includes('town hall'))).toBe(false);
  });

  it('reports a changed date and a changed number field by field', () => {
    const when = d.changed.find((c) => c.after.verb === 'close');
    expect(when?.fields).toEqual([{ field: 'when', before: '2025-05-01', after: '2025-04-30' }]);
    const num = d.changed.find((c) => c.fields.some((f) => f.field === 'numbers'));
    expect(num?.fields.find((f) => f.field === 'numbers')).toEqual({ field: 'numbers', before: '40,000', after: '65,000' });
  });

  it('reports removed and added claims', () => {
    expect(d.removed.map((c) => c.text)).toContain('Ferry operators added extra crossings');
    expect(d.added.map((c) => c.verb)).toEqual(expect.arrayContaining(['say', 'reopen']));
  });

  it('a set against itself: exit 0, nothing on stdout, one summary line on stderr', () => {
    const same = cli(['diff', before, before]);
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('');
    expect(same.stderr).toBe('claims diff: 0 removed, 0 added, 0 changed\n');
  });

  it('a set against its saved JSON output gives the same result as against the set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-diff-'));
    const saved = join(dir, 'before.json');
    expect(cli(['extract', before, '--json', '-o', saved]).status).toBe(0);
    expect(cli(['diff', saved, before]).status).toBe(0);
    const viaSaved = cli(['diff', saved, after, '--format', 'json']);
    expect(viaSaved.status).toBe(1);
    expect(viaSaved.stdout).toBe(r.stdout);
  });

  it('is deterministic and prints every format', () => {
    expect(cli(['diff', before, after, '--format', 'json']).stdout).toBe(r.stdout);
    const table = cli(['diff', before, after]).stdout;
    expect(table).toMatch(/^- /m);
    expect(table).toMatch(/^\+ /m);
    expect(table).toMatch(/^~ /m);
    expect(table).toMatch(/when: 2025-05-01 → 2025-04-30/);
    const jsonl = cli(['diff', before, after, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { change: string });
    expect(jsonl.map((x) => x.change)).toEqual(expect.arrayContaining(['removed', 'added', 'changed']));
    expect(cli(['diff', before, after, '--format', 'csv']).stdout.split('\r\n')[0]).toBe('change,field,before,after,doc_before,doc_after,who,verb,text_before,text_after');
    expect(cli(['diff', before, after, '--format', 'markdown']).stdout).toMatch(/removed, \d+ added, \d+ changed/);
  });

  it('exits 2 on trouble', () => {
    const bad = cli(['diff', join(root, 'nope'), after]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no such file or directory');
    const dir = mkdtempSync(join(tmpdir(), 'claims-diff-'));
    writeFileSync(join(dir, 'v9.json'), JSON.stringify({ schemaVersion: 9, documents: [], claims: [] }));
    expect(cli(['diff', join(dir, 'v9.json'), after]).status).toBe(2);
  });
});
