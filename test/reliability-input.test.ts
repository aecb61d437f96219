/**
 * Issue 13, the input side: words that are Object.prototype's names, odd ids and file names,
 * hostile or unlucky inputs (huge arrays, /dev/zero, symlinks out of the tree, the tool's own
 * outputs, mixed encodings, mistyped JSON fields, text on stdin that looks like JSON, saved
 * outputs for `diff` that are not what they claim). Each alone, then all in one folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { extract } from '../src/index.js';
import type { ExtractResult } from '../src/types.js';
import { cli, cpSlice } from './helpers.js';

const ARTICLE = 'Police arrested two men in Leeds on Monday, officials said. The men were later released.';
const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), `claims-rel-${prefix}-`));
const write = (dir: string, name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, data);
  return p;
};
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Every name a plain object answers to without owning it. */
const PROTO_WORDS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)])];

/** Sentences a lexicon lookup sees the word in: next to demonyms, titles, org and place words. */
const protoSentences = (w: string): string[] => [
  `McLaren clinched the ${w}s' title, the Dutch driver said on Monday.`,
  `The bridge ${w} went bankrupt in Leeds, the French ministry said.`,
  `${cap(w)} Minister ${cap(w)} told the ${w} that the Spanish ${w} would ${w} the plan.`,
  `The ${w} rose 3% after the ${cap(w)} Bank said it would ${w} the ${w}s.`,
  `"We will ${w} it," said ${cap(w)}, a ${w} of the ${cap(w)} City council.`,
];

/** The CLI in this process (one job: no workers), as a user would run it. */
async function inProcess(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: () => Buffer.from(stdin),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 120,
    env: {},
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown'] as const;

describe('row 1: words are data', () => {
  const dir = tmp('proto');
  PROTO_WORDS.forEach((w, i) => write(dir, `${String(i).padStart(2, '0')}.txt`, protoSentences(w).join(' ')));

  it('every Object.prototype name next to demonyms and names, in every format', async () => {
    for (const format of FORMATS) {
      const r = await inProcess(['extract', dir, '--format', format, '--jobs', '1', '--date', '2025-01-06']);
      expect(r.stderr, format).toBe('');
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).not.toMatch(/native code|function \w*\(/);
      if (format === 'json') {
        const out = JSON.parse(r.stdout) as ExtractResult;
        expect(out.documents).toHaveLength(PROTO_WORDS.length);
        for (const c of out.claims) expect(typeof c.verb, c.text).toBe('string');
      }
    }
  });

  it('the same through worker threads (--jobs 2): every claim can be passed between threads', () => {
    const r = cli(['extract', dir, '--format', 'json', '--jobs', '2', '--date', '2025-01-06']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractResult;
    expect(out.documents).toHaveLength(PROTO_WORDS.length);
    for (const c of out.claims) expect(typeof c.verb, c.text).toBe('string');
  });

  it('"The bridge constructor went bankrupt": the constructor is the subject, "go" the verb', () => {
    const r = extract([{ id: 'b', text: 'The bridge constructor went bankrupt on Monday.' }]);
    expect(r.claims.map((c) => [c.who?.text, c.verb])).toEqual([['The bridge constructor', 'go']]);
  });
});

describe('row 2: ids and file names that are Object.prototype names', () => {
  it('the report keeps the text of articles called __proto__ and constructor', () => {
    const dir = tmp('proto-id');
    write(dir, '__proto__.txt', 'The mayor of Harwick resigned on Monday, officials said.');
    write(dir, 'constructor.txt', 'The council of Harwick met on Tuesday, officials said.');
    const out = join(dir, '..', `${dir.split('/').pop()}-report.html`);
    const r = cli(['report', dir, '-o', out, '-q']);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const data = JSON.parse(/<script id="claims-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { texts: Record<string, string> };
    expect(Object.keys(data.texts).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(data.texts, '__proto__')?.value).toMatch(/mayor of Harwick/);
  });
});

describe('also: fuzz over Object.prototype names in ordinary sentences', () => {
  const ordinary = [
    'Police arrested two men in Leeds on Monday, officials said.',
    'The mayor of Harwick resigned on Tuesday.',
    '"We will rebuild," the Dutch minister told reporters.',
    'Prices rose 3% in March, the bank said.',
  ];
  const word = fc.constantFrom(...PROTO_WORDS);
  const sentence = fc.oneof(
    fc.constantFrom(...ordinary),
    fc.tuple(word, fc.integer({ min: 0, max: 4 })).map(([w, k]) => protoSentences(w)[k]!),
    fc.tuple(fc.constantFrom(...ordinary), word, fc.nat()).map(([s, w, n]) => {
      const words = s.split(' ');
      words.splice(n % (words.length + 1), 0, n % 2 ? cap(w) : w);
      return words.join(' ');
    }),
  );
  const article = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((a) => a.join(' '));
  const corpus = fc.tuple(fc.array(fc.tuple(word, article), { minLength: 1, maxLength: 3 }), article);

  it('extract, entities, compare, diff and report in every format: no exception, spans round-trip', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, async ([named, extra]) => {
        const dir = tmp('fuzz');
        const a = join(dir, 'a');
        const b = join(dir, 'b');
        const texts = new Map<string, string>();
        named.forEach(([w, text], i) => {
          write(a, `${w}${i}.txt`, text);
          texts.set(`${w}${i}`, text);
        });
        write(a, `${named[0]![0]}.txt`, extra);
        texts.set(named[0]![0], extra);
        write(b, 'story.txt', extra);
        const saved = await inProcess(['extract', a, '--json', '--jobs', '1', '-q', '-o', join(dir, 'saved.json')]);
        expect(saved.code, saved.stderr).toBe(0);
        for (const format of FORMATS) {
          for (const cmd of ['extract', 'entities', 'compare']) {
            const r = await inProcess([cmd, a, '--format', format, '--date', '2025-01-06', '-q', ...(cmd === 'compare' ? [] : ['--jobs', '1'])]);
            expect(r.code, `${cmd} ${format}: ${r.stderr}`).toBe(0);
            expect(r.stdout, `${cmd} ${format}`).not.toMatch(/native code|\[object Object\]|undefined/);
            if (cmd === 'extract' && format === 'json') {
              const out = JSON.parse(r.stdout) as ExtractResult;
              for (const c of out.claims) {
                expect(typeof c.verb).toBe('string');
                expect(cpSlice(texts.get(c.doc)!, c.start, c.end)).toBe(c.text);
              }
            }
          }
          const d = await inProcess(['diff', a, b, '--format', format, '-q']);
          expect([0, 1], `diff ${format}: ${d.stderr}`).toContain(d.code);
          const s = await inProcess(['diff', join(dir, 'saved.json'), a, '--format', format, '-q']);
          expect(s.code, `diff saved ${format}: ${s.stderr}`).toBe(0);
        }
        const rep = await inProcess(['report', a, '-o', join(dir, 'r.html'), '-q']);
        expect(rep.code, rep.stderr).toBe(0);
        const html = readFileSync(join(dir, 'r.html'), 'utf8');
        const data = JSON.parse(/<script id="claims-data" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { texts: Record<string, string> };
        for (const [id, text] of texts) expect(Object.getOwnPropertyDescriptor(data.texts, id)?.value).toBe(text);
      }),
      { numRuns: 12, seed: 13 },
    );
  });
});

describe('row 13: any number of lines, items or rows', () => {
  it('a JSONL of 150,000 lines and a JSON array of 150,000 numbers beside a good article', () => {
    const dir = tmp('huge');
    write(dir, 'good.txt', ARTICLE);
    write(dir, 'feed.jsonl', '1\n'.repeat(150_000));
    write(dir, 'nums.json', `[${Array(150_000).fill('1').join(',')}]`);
    const r = cli(['extract', dir, '--format', 'json', '-q']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ExtractResult).documents.map((d) => d.id)).toEqual(['good']);
  });
});
