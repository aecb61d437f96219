import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readPaths } from '../src/read/index.js';
import type { ExtractResult } from '../src/types.js';
import { cli, fixtures, root } from './helpers.js';

// 150 short articles (more than two refinement windows of 64), written for this test
const dir = mkdtempSync(join(tmpdir(), 'claims-scale-'));
const towns = ['Leeds', 'Porto', 'Dayton', 'Gdansk', 'Hobart', 'Cork'];
mkdirSync(join(dir, 'a'));
mkdirSync(join(dir, 'b'));
for (let i = 0; i < 150; i++) {
  const town = towns[i % towns.length]!;
  const text = [
    `Flooding closes ${i + 3} roads in ${town}`,
    '',
    `Mayor Lena Ortiz said on Monday that ${i * 10 + 40} homes in ${town} had been flooded. ` +
      `Engineers from the River Authority inspected the dam on Tuesday, officials said. ` +
      `Ortiz told reporters that repairs would cost ${i + 2} million dollars.`,
  ].join('\n');
  writeFileSync(join(dir, i % 2 ? 'a' : 'b', `story-${String(i).padStart(3, '0')}.txt`), text);
}

/**
 * Run the CLI with stdin (`-`) as its last input, held open: stdin is written, and closed, only
 * once `ready(stdout so far)` holds. A run that printed nothing before reading all of its input
 * would wait forever here, so the test fails (by its timeout) unless output streams.
 */
function runHeld(args: string[], ready: (out: string) => boolean, last: string): Promise<{ code: number | null; stdout: string; before: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'claims.js'), ...args, '-'], { cwd: root });
    let stdout = '';
    let before: string | null = null;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (before === null && ready(stdout)) {
        before = stdout;
        child.stdin.end(last);
      }
    });
    child.on('close', (code) => resolve({ code, stdout, before: before ?? '' }));
  });
}

describe('scale: --jobs, streaming, windows, --shard', () => {
  it('--jobs 1 and --jobs 3 print the same bytes in every format', () => {
    for (const format of ['jsonl', 'json', 'csv', 'markdown']) {
      const one = cli(['extract', dir, fixtures, '--format', format, '--jobs', '1', '-q']);
      const three = cli(['extract', dir, fixtures, '--format', format, '--jobs', '3', '-q']);
      expect(one.status).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(10_000);
      expect(three.stdout, format).toBe(one.stdout);
    }
  }, 120_000);

  it('a worker that runs out of memory loses no document: its work is redone in the main thread', () => {
    const one = cli(['extract', fixtures, '--format', 'jsonl', '--jobs', '1', '-q']);
    // 8 MB cannot even hold the tagger's model: every worker dies, every article is still there
    const starved = cli(['extract', fixtures, '--format', 'jsonl', '--jobs', '2', '-q'], { env: { CLAIMS_WORKER_HEAP_MB: '8' } });
    expect(starved.status).toBe(0);
    expect(starved.stderr).toBe('');
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(starved.stdout).toBe(one.stdout);
  }, 60_000);

  it('streamed JSON is the library result, entities merged across windows', () => {
    const out = JSON.parse(cli(['extract', dir, '--json', '-q']).stdout) as ExtractResult;
    const lib = extract(readPaths([dir]).docs);
    expect(out).toEqual(JSON.parse(JSON.stringify(lib)));
    expect(out.documents).toHaveLength(150);
    // one entity for the mayor, mentioned in documents of all three windows
    const mayor = out.entities.filter((e) => e.name === 'Lena Ortiz');
    expect(mayor).toHaveLength(1);
    expect(mayor[0]!.docs).toHaveLength(150);
    expect(new Set(out.entities.map((e) => e.id)).size).toBe(out.entities.length);
  }, 120_000);

  for (const jobs of ['1', '2']) {
    it(`JSONL streams: a window's claims are printed before later input is even read (--jobs ${jobs})`, async () => {
      const lines = (out: string): { doc: string }[] => out.split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as { doc: string });
      const last = 'Harbour closes early\n\nThe harbour master said on Friday that the port of Tenby would close at noon.\n';
      const r = await runHeld(['extract', dir, '--format', 'jsonl', '--jobs', jobs, '-q'], (out) => lines(out).length > 0, last);
      expect(r.code).toBe(0);
      // printed while stdin, the last input, was still open: claims of the first window's articles
      const early = new Set(lines(r.before).map((c) => c.doc));
      expect(early.size).toBeGreaterThan(0);
      expect([...early].every((d) => /^[ab]\/story-\d{3}$/.test(d))).toBe(true);
      const docs = lines(r.stdout).map((c) => c.doc);
      // input order: sorted paths, a/ before b/, stdin last
      expect(docs[0]).toMatch(/^a\/story-001$/);
      expect(docs.at(-1)).toBe('stdin');
    }, 60_000);
  }

  it('--shard i/n splits the sorted file list into disjoint slices that cover it', () => {
    const all = cli(['extract', dir, '--format', 'jsonl', '-q']).stdout;
    const docsOf = (s: string): string[] => [...new Set(s.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { doc: string }).doc))];
    const parts = [1, 2, 3].map((i) => cli(['extract', dir, '--format', 'jsonl', '-q', '--shard', `${i}/3`]));
    for (const p of parts) expect(p.status).toBe(0);
    const concatenated = parts.map((p) => p.stdout).join('');
    expect(docsOf(concatenated)).toEqual(docsOf(all));
    // slices end on a window boundary (64 articles): 64, 64, 22
    expect(docsOf(parts[0]!.stdout)).toHaveLength(64);
    expect(concatenated).toBe(all);
    expect(cli(['extract', dir, '--shard', '4/3']).status).toBe(2);
    expect(cli(['extract', dir, '--jobs', '0']).status).toBe(2);
  }, 120_000);
});
