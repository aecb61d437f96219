// The document fields each output line carries (issue 22, items 8 and 9): documents[] with
// url and outlet, every JSONL line and CSV row with published and outlet, and the CSV columns a
// pipeline needs. Articles are fixtures/day/, written for these tests.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { cli, root } from './helpers.js';

const day = join(root, 'fixtures', 'day');
const LONG_ID = '2031-harbour-council-approves-budget-after-long-debate';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('document fields in every output (items 8 and 9)', () => {
  it('documents[] have url and outlet: front matter source, news-please source_domain, else the URL host', () => {
    const out = JSON.parse(cli(['extract', day, '--json']).stdout) as ExtractResult;
    const doc = (id: string): Record<string, unknown> => out.documents.find((d) => d.id === id) as unknown as Record<string, unknown>;
    expect(doc(LONG_ID)).toMatchObject({ url: 'https://www.harbourpost.example/news/budget', outlet: 'harbourpost.example' });
    expect(doc('wire')).toMatchObject({ outlet: 'Lakeside Wire' });
    expect(doc('wire')).not.toHaveProperty('url');
    expect(doc('crawl')).toMatchObject({ url: 'https://news.example.org/kelby/dock', outlet: 'kelbytimes.example' });
  });
  it('every JSONL line has its document published and outlet', () => {
    const lines = cli(['extract', day, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) {
      expect(Object.keys(l).slice(0, 5)).toEqual(['id', 'doc', 'path', 'published', 'outlet']);
      expect(l['outlet']).toBe({ [LONG_ID]: 'harbourpost.example', wire: 'Lakeside Wire', crawl: 'kelbytimes.example' }[l['doc'] as string]);
    }
    expect(lines.find((l) => l['doc'] === 'wire')?.['published']).toBe('2031-03-05');
  });
  it('every CSV row has published, outlet, source_text, source_cue, who_type and where_entity', () => {
    const rows = parseCsv(cli(['extract', day, '--format', 'csv']).stdout);
    const head = rows[0]!;
    expect(head.slice(19)).toEqual(['published', 'outlet', 'source_text', 'source_cue', 'who_type', 'where_entity', 'kind']);
    for (const r of rows.slice(1)) expect(r[head.indexOf('kind')]).toBe('clause');
    const at = (r: string[], k: string): string => r[head.indexOf(k)]!;
    for (const r of rows.slice(1)) expect(r).toHaveLength(head.length);
    const budget = rows.find((r) => at(r, 'text') === 'The Tarrow harbour council approved the budget on Monday')!;
    expect(at(budget, 'source')).toBe('Zoé Lemaître');
    expect(at(budget, 'source_text')).toBe('Mayor Zoé Lemaître');
    expect(at(budget, 'source_cue')).toBe('say');
    expect(at(budget, 'published')).toBe('2031-03-04');
    expect(at(budget, 'outlet')).toBe('harbourpost.example');
    const council = rows.find((r) => at(r, 'who') === 'The Tarrow harbour council')!;
    expect(at(council, 'who_type')).toBe('place');
    const ferry = rows.find((r) => at(r, 'verb') === 'end')!;
    expect(at(ferry, 'who_type')).toBe('other');
    expect(at(ferry, 'where_entity')).toBe('Tarrow');
  });
});
