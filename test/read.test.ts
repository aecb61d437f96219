import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/read/decode.js';
import { parseFrontMatter } from '../src/read/frontmatter.js';
import { readPaths } from '../src/read/index.js';

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    const body = Buffer.from('Café opened.', 'utf8');
    expect(decode(body)).toMatchObject({ kind: 'text', text: 'Café opened.', encoding: 'utf-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]))).toMatchObject({ text: 'Café opened.' });
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi ☀', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(le)).toMatchObject({ text: 'Hi ☀', encoding: 'utf-16le' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)]))).toMatchObject({ text: 'Hi ☀', encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 with a warning for invalid UTF-8', () => {
    const d = decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(d).toMatchObject({ kind: 'text', text: 'Café “ok”', encoding: 'windows-1252' });
    expect(d.kind === 'text' && d.warning).toMatch(/Windows-1252/);
  });
  it('detects binary data', () => {
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))).toEqual({ kind: 'binary' });
  });
});

describe('front matter', () => {
  it('parses key: value lines as data', () => {
    const fm = parseFrontMatter('---\ntitle: "Flood: city on alert"\ndate: 2025-02-01\n---\nBody.');
    expect(fm.fields).toEqual({ title: 'Flood: city on alert', date: '2025-02-01' });
    expect('---\ntitle: "Flood: city on alert"\ndate: 2025-02-01\n---\nBody.'.slice(fm.bodyStart)).toBe('Body.');
  });
  it('reports an unclosed block and reads the text as body', () => {
    const fm = parseFrontMatter('---\ntitle: x\nNo end here.');
    expect(fm.problem).toMatch(/no closing/);
    expect(fm.bodyStart).toBe(0);
  });
});

describe('readPaths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-read-'));
  mkdirSync(join(dir, 'politics'));
  writeFileSync(join(dir, 'politics', '001.txt'), '---\ndate: 2025-01-02\nsource: example.com\n---\nThe mayor resigned.');
  writeFileSync(join(dir, 'b.md'), 'Police arrested a man.');
  writeFileSync(join(dir, 'a.json'), JSON.stringify([{ title: 'T1', maintext: 'One.', date_publish: '2025-03-01 10:00:00' }, { title: 'T2', text: 'Two.' }]));
  writeFileSync(join(dir, 'notes.csv'), 'x,y');

  it('walks directories sorted, skips other extensions, and names documents by relative path', () => {
    const r = readPaths([dir]);
    expect(r.docs.map((d) => d.id)).toEqual(['a#1', 'a#2', 'b', 'politics/001']);
    expect(r.failed).toBe(0);
    const p = r.docs.find((d) => d.id === 'politics/001')!;
    expect(p.published).toBe('2025-01-02');
    expect(p.source).toBe('example.com');
    expect(p.text.slice(p.bodyStart)).toBe('The mayor resigned.');
    const a1 = r.docs.find((d) => d.id === 'a#1')!;
    expect(a1.published).toBe('2025-03-01');
    expect(a1.text).toBe('T1\n\nOne.');
  });

  it('reads a named file whatever its extension and reports missing paths', () => {
    const r = readPaths([join(dir, 'notes.csv'), join(dir, 'missing.txt')]);
    expect(r.docs.map((d) => d.id)).toEqual(['notes']);
    expect(r.failed).toBe(1);
    expect(r.diagnostics[0]!.message).toBe('no such file or directory');
  });

  it('reads stdin as a document called stdin', () => {
    const r = readPaths(['-'], () => Buffer.from('Crowds gathered.'));
    expect(r.docs.map((d) => [d.id, d.path, d.text])).toEqual([['stdin', '-', 'Crowds gathered.']]);
  });

  it('reports broken JSON lines by number and keeps the others', () => {
    const f = join(dir, 'feed.jsonl');
    writeFileSync(f, '{"title":"A","maintext":"One."}\n{broken\n{"title":"B","maintext":"Two."}\n');
    const r = readPaths([f]);
    expect(r.docs.map((d) => d.id)).toEqual(['feed#1', 'feed#3']);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['line 2: invalid JSON, skipped']);
  });
});
