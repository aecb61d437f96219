import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { ExtractResult } from '../src/types.js';
import { cli, cpSlice, root, shared } from './helpers.js';

const ARTICLE = 'Police arrested two men in Leeds on Monday, officials said. The men were later released.';
const dir = mkdtempSync(join(tmpdir(), 'claims-bad-'));
const put = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

const files = {
  good: put('good.txt', ARTICLE),
  empty: put('empty.txt', ''),
  blank: put('blank.txt', '  \n\t\n  '),
  nul: put('nul.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02])),
  random: put('random.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
  latin1: put('latin1.txt', Buffer.from('Caf\xe9 owners said the mayor \x93approved\x94 the plan on Monday.', 'latin1')),
  bom: put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])),
  utf16le: put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
  utf16be: put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])),
  crlf: put('crlf.txt', 'Flood hits Leeds\r\n\r\nPolice arrested two men on Monday, officials said.\r\nThe men were later released.\r\n'),
  badFront: put('badfront.md', '---\ntitle: Missing end\nPolice arrested two men on Monday.'),
  jsonl: put('feed.jsonl', `{"title":"A","maintext":"${ARTICLE}"}\n{"title": broken\n{"title":"B","maintext":"Crowds gathered in the square."}\n`),
};

function json(args: string[]): { status: number | null; out: ExtractResult; stderr: string } {
  const r = cli([...args, '--format', 'json']);
  return { status: r.status, out: JSON.parse(r.stdout) as ExtractResult, stderr: r.stderr };
}

describe('bad input, each alone', () => {
  it('empty and whitespace-only files: no claims, no error', () => {
    for (const f of [files.empty, files.blank]) {
      const r = json(['extract', f]);
      expect(r.status).toBe(0);
      expect(r.out.claims).toEqual([]);
      expect(r.stderr).toBe('');
    }
  });

  it('binary files are skipped with a message naming them', () => {
    for (const f of [files.nul, files.random]) {
      const r = json(['extract', f]);
      expect(r.stderr).toBe(`claims: ${f}: binary file, skipped\n`);
      expect(r.out.documents).toEqual([]);
    }
  });

  it('invalid UTF-8 is read as Windows-1252 with a warning, and yields claims', () => {
    const r = json(['extract', files.latin1]);
    expect(r.stderr).toContain(`claims: ${files.latin1}: not valid UTF-8, read as Windows-1252`);
    expect(r.out.claims.some((c) => c.verb === 'approve' || c.verb === 'say')).toBe(true);
    expect(r.out.claims.some((c) => c.text.includes('Café') || c.text.includes('“approved”'))).toBe(true);
  });

  it('BOM, UTF-16 LE/BE and CRLF are read correctly and offsets round-trip', () => {
    for (const f of [files.bom, files.utf16le, files.utf16be, files.crlf]) {
      const r = json(['extract', f]);
      expect(r.status, f).toBe(0);
      expect(r.out.claims.map((c) => c.verb), f).toContain('arrest');
      const raw = readFileSync(f);
      const text =
        raw[0] === 0xff ? raw.subarray(2).toString('utf16le') : raw[0] === 0xfe ? Buffer.from(raw.subarray(2)).swap16().toString('utf16le') : raw.toString('utf8').replace(/^\uFEFF/, '');
      for (const c of r.out.claims) expect(cpSlice(text, c.start, c.end)).toBe(c.text);
    }
  });

  it('malformed front matter is ignored with a warning; the article is still read', () => {
    const r = json(['extract', files.badFront]);
    expect(r.stderr).toMatch(/front matter has no closing ---, ignored/);
    expect(r.out.claims.map((c) => c.verb)).toContain('arrest');
  });

  it('a broken JSONL line is reported with its number; the others are read', () => {
    const r = json(['extract', files.jsonl]);
    expect(r.stderr).toContain(`claims: ${files.jsonl}: line 2: invalid JSON, skipped`);
    expect(r.out.documents.map((d) => d.id)).toEqual(['feed#1', 'feed#3']);
  });

  it('a nonexistent path is reported, the other inputs processed, exit 2', () => {
    const r = json(['extract', join(dir, 'nope.txt'), files.good]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`claims: ${join(dir, 'nope.txt')}: no such file or directory`);
    expect(r.out.documents).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is reported, exit 2', () => {
    const f = put('locked.txt', ARTICLE);
    spawnSync('chmod', ['000', f]);
    const r = json(['extract', f, files.good]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('permission denied');
  });

  it('a file over --max-bytes is refused with a clear message, the others processed', () => {
    const r = json(['extract', files.good, files.crlf, '--max-bytes', '50']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bytes is over --max-bytes 50, skipped/);
  });
});

describe('bad input, all in one folder', () => {
  it('processes every good article and reports each bad one', () => {
    const r = json(['extract', dir]);
    expect(r.status).toBe(0);
    const ids = r.out.documents.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['good', 'bom', 'utf16le', 'utf16be', 'crlf', 'latin1', 'badfront', 'feed#1', 'feed#3']));
    expect(r.stderr).toMatch(/nul\.txt: binary file, skipped/);
    expect(r.stderr).toMatch(/random\.txt: binary file, skipped/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  });
});

describe('pathological text finishes quickly', () => {
  // timed by the CLI's own process, with a generous bound for a shared machine
  const timed = (text: string): number => {
    const f = put(`p${text.length}.txt`, text);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'claims.js'), 'extract', f, '--format', 'jsonl', '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    return performance.now() - t0;
  };
  it('a 2 MB line with no spaces', () => {
    expect(timed('x'.repeat(2_000_000))).toBeLessThan(6000);
  });
  it('400 KB of "Mr. A. B. said." repeated', () => {
    expect(timed('Mr. A. B. said. '.repeat(25_000))).toBeLessThan(6000);
  });
});

describe('file system edge cases', () => {
  it('a symlink loop, a deep tree and odd names: terminates, each file once', () => {
    const base = mkdtempSync(join(tmpdir(), 'claims-tree-'));
    let deep = base;
    for (let i = 0; i < 40; i++) {
      deep = join(deep, `d${i}`);
      mkdirSync(deep);
    }
    writeFileSync(join(deep, 'deep.txt'), ARTICLE);
    mkdirSync(join(base, 'odd dir é'));
    writeFileSync(join(base, 'odd dir é', 'naïve name ✓.txt'), ARTICLE);
    symlinkSync(base, join(base, 'loop'));
    symlinkSync(join(base, 'odd dir é', 'naïve name ✓.txt'), join(base, 'same.txt'));
    const r = json(['extract', base]);
    expect(r.status).toBe(0);
    expect(r.out.documents).toHaveLength(2);
    expect(r.out.documents.map((d) => d.id).sort()).toEqual([`${Array.from({ length: 40 }, (_, i) => `d${i}`).join('/')}/deep`, 'odd dir é/naïve name ✓'].sort());
  });
});

describe('output', () => {
  it('`| head -1` ends quietly', () => {
    const big = join(dir, 'many');
    mkdirSync(big, { recursive: true });
    for (let i = 0; i < 30; i++) writeFileSync(join(big, `${String(i).padStart(3, '0')}.txt`), ARTICLE);
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(join(root, 'bin', 'claims.js'))} extract ${JSON.stringify(big)} --format jsonl --date 2025-01-06 | head -1`], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('Ctrl-C stops promptly and leaves no -o file', async () => {
    const big = join(dir, 'big');
    mkdirSync(big, { recursive: true });
    // distinct sentences, so that the run takes seconds (repeated ones are analysed once)
    for (let i = 0; i < 300; i++) {
      const body = Array.from({ length: 30 }, (_, j) => `Police in Leeds arrested ${i * 30 + j} men on Monday after a protest, officials said.`).join(' ');
      writeFileSync(join(big, `${i}.txt`), body);
    }
    const out = join(dir, 'out.json');
    const child = spawn(process.execPath, [join(root, 'bin', 'claims.js'), 'extract', big, '--json', '-o', out]);
    await new Promise((r) => setTimeout(r, 700));
    const t0 = performance.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c, sig) => r(c ?? (sig ? 130 : null))));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(code).not.toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(dir, 'good.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('CSV neutralises formula cells, unless --no-csv-safe', () => {
    const f = put('formula.txt', '@SUM(A1) said the clerk. =CMD officials said on Monday.');
    const safe = cli(['extract', f, '--format', 'csv']).stdout;
    expect(safe).not.toMatch(/(^|,)[=@+-]/m);
    const raw = cli(['extract', f, '--format', 'csv', '--no-csv-safe']).stdout;
    expect(raw).toMatch(/(^|,)"?[=@]/m);
  });

  it('the table strips terminal control sequences from article text', () => {
    const f = put('ansi.txt', 'The mayor \u001b[2J\u001b[31msaid\u001b]0;pwned\u0007 the vote was \u009bfair.');
    const r = cli(['extract', f], { env: { FORCE_COLOR: '0' } });
    expect(r.stdout).not.toMatch(/[\u001b\u009b\u0007]/);
  });
});

describe('properties', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom('The mayor said ', 'Police arrested ', '\uD800', '\uDFFF', '\u0301', 'مرحبا ', '😮', '\u0000', '\r\n', '. ', '“', '”', 'Mr. ', 'on Monday', ', officials said.'), { maxLength: 30 }).map((a) => a.join('')),
  );

  it('any text: no exception, every span round-trips, output deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = extract([{ id: 'p', text: t, published: '2025-01-06' }]);
        const b = extract([{ id: 'p', text: t, published: '2025-01-06' }]);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        for (const c of a.claims) expect(cpSlice(t, c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('two articles concatenated never yield a claim spanning both', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = `${x}\n\n${y}`;
        const cut = Array.from(`${x}\n\n`).length;
        for (const c of extract([{ id: 'c', text: a }]).claims) expect(c.start >= cut || c.end <= cut).toBe(true);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe.skipIf(!existsSync(join(shared, 'corpus', 'bbc', 'sport', '199.txt')))('the BBC file that is not UTF-8', () => {
  it('is read as Windows-1252 with a warning and yields claims', () => {
    const f = join(shared, 'corpus', 'bbc', 'sport', '199.txt');
    const r = json(['extract', f]);
    expect(r.stderr).toContain('not valid UTF-8, read as Windows-1252');
    expect(r.out.claims.length).toBeGreaterThan(3);
  });
});
