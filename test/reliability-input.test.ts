/**
 * Issue 13, the input side: words that are Object.prototype's names, odd ids and file names,
 * hostile or unlucky inputs (huge arrays, /dev/zero, symlinks out of the tree, the tool's own
 * outputs, mixed encodings, mistyped JSON fields, text on stdin that looks like JSON, saved
 * outputs for `diff` that are not what they claim). Each alone, then all in one folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { extract } from '../src/index.js';
import type { ExtractResult } from '../src/types.js';
import { cli, cpSlice, root } from './helpers.js';

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

const json = (args: string[], input?: string): { status: number | null; out: ExtractResult; stderr: string } => {
  const r = cli([...args, '--format', 'json'], input === undefined ? {} : { input });
  return { status: r.status, out: JSON.parse(r.stdout || '{}') as ExtractResult, stderr: r.stderr };
};

describe('row 7: reads stop at --max-bytes, whatever the input', () => {
  it('/dev/zero as a path is refused at --max-bytes, the other inputs read', () => {
    const dir = tmp('zero');
    const good = write(dir, 'good.txt', ARTICLE);
    const r = json(['extract', '/dev/zero', good, '--max-bytes', '1m']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('claims: /dev/zero: more than 1048576 bytes is over --max-bytes 1048576, skipped');
    expect(r.out.documents.map((d) => d.id)).toEqual(['good']);
  });

  it('/dev/zero on stdin is refused at --max-bytes', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(join(root, 'bin', 'claims.js'))} extract --max-bytes 1m --format jsonl < /dev/zero`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('claims: -: more than 1048576 bytes is over --max-bytes 1048576, skipped\n');
  });
});

describe('row 8: symbolic links that leave the tree', () => {
  it('a link to / inside the tree is skipped with a warning; loops inside are followed once', () => {
    const dir = tmp('links');
    write(dir, 'a.txt', ARTICLE);
    write(dir, 'sub/b.txt', ARTICLE.replace('Leeds', 'Harwick'));
    symlinkSync('/', join(dir, 'root'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const outside = tmp('outside');
    write(outside, 'c.txt', ARTICLE);
    symlinkSync(join(outside, 'c.txt'), join(dir, 'c.txt'));
    const r = json(['extract', dir]);
    expect(r.status).toBe(0);
    expect(r.out.documents.map((d) => d.id)).toEqual(['a', 'sub/b']);
    expect(r.stderr).toContain(`claims: ${join(dir, 'root')}: symbolic link to /, outside ${dir}, skipped`);
    expect(r.stderr).toContain(`claims: ${join(dir, 'c.txt')}: symbolic link to ${join(outside, 'c.txt')}, outside ${dir}, skipped`);
  });
});

describe("row 9: the tool's own outputs in the input directory", () => {
  it('-o inside the input directory, run three times: the same claims each time', () => {
    const dir = tmp('own');
    write(dir, 'a.txt', ARTICLE);
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = cli(['extract', dir, '--format', 'jsonl', '-o', join(dir, 'out.jsonl'), '--date', '2025-01-06']);
      expect(r.status).toBe(0);
      counts.push(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').length);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('saved JSON and JSONL outputs under another name are recognised and skipped with a warning', () => {
    const dir = tmp('own2');
    const a = write(dir, 'a.txt', ARTICLE);
    write(dir, 'saved.json', cli(['extract', a, '--format', 'json', '-q']).stdout);
    write(dir, 'saved.jsonl', cli(['extract', a, '--format', 'jsonl', '-q']).stdout);
    write(dir, 'ents.jsonl', cli(['entities', a, '--format', 'jsonl', '-q']).stdout);
    const r = json(['extract', dir, '--date', '2025-01-06']);
    expect(r.out.documents.map((d) => d.id)).toEqual(['a']);
    expect(r.stderr).toContain(`${join(dir, 'saved.json')}: the output of claims (schemaVersion), not an article; skipped`);
    expect(r.stderr).toMatch(/saved\.jsonl: \d+ lines are the output of claims/);
  });

  it('-o naming an input file is an error before any work', () => {
    const dir = tmp('own3');
    const a = write(dir, 'a.txt', ARTICLE);
    for (const cmd of ['extract', 'compare', 'report']) {
      const r = cli([cmd, a, '-o', a]);
      expect(r.status, cmd).toBe(2);
      expect(r.stderr, cmd).toBe(`claims: -o ${a} is also an input; write the output to another file\n`);
      expect(readFileSync(a, 'utf8')).toBe(ARTICLE);
    }
  });
});

describe('row 14: input JSON fields are type-checked', () => {
  it('a field that is an object, array or number is a warning naming file and line; the article and the others are read', () => {
    const dir = tmp('types');
    write(dir, 'good.txt', ARTICLE);
    const feed = write(dir, 'feed.jsonl', `{"title":"Mayor quits","maintext":"The mayor of Harwick resigned on Monday.","date_publish":{"toString":1}}\n{"title":"Fire","maintext":"A fire destroyed a warehouse in Harwick on Monday.","date_publish":"2025-01-07"}\n`);
    const arr = write(dir, 'arr.json', `[\n  {"title": "Vote", "maintext": "The council voted on Monday."},\n  {"title": ["x"], "maintext": "Police arrested a man on Monday.", "url": 5}\n]\n`);
    const r = json(['extract', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`claims: ${feed}: line 1: field "date_publish" is an object, not text; ignored`);
    expect(r.stderr).toContain(`claims: ${arr}: item 2 (line 3): field "title" is an array, not text; ignored`);
    expect(r.stderr).toContain(`claims: ${arr}: item 2 (line 3): field "url" is a number, not text; ignored`);
    expect(r.out.documents.map((d) => [d.id, d.title, d.published])).toEqual([
      ['arr#1', 'Vote', null],
      ['arr#2', null, null],
      ['feed#1', 'Mayor quits', null],
      ['feed#2', 'Fire', '2025-01-07'],
      ['good', null, null],
    ]);
  });
});

describe('row 15: document ids are unique in a run', () => {
  const dir = tmp('ids');
  // three outlets, one story: two say Monday, one says Sunday
  write(dir, 'x/story.txt', '---\ndate: 2025-01-08\n---\nThe Harwick ferry sank on Monday with 12 passengers on board, officials said.\n');
  write(dir, 'y/story.txt', '---\ndate: 2025-01-08\n---\nThe Harwick ferry sank on Monday, the coastguard said. Rescuers searched the harbour.\n');
  write(dir, 'z/story.txt', '---\ndate: 2025-01-08\n---\nThe Harwick ferry sank on Sunday with dozens on board, police said.\n');
  write(dir, 'x/a.txt', 'The mayor of Harwick resigned on Monday.');
  write(dir, 'x/a.md', 'The mayor of Harwick resigned on Monday.');

  it('three same-named files, named one by one or as directories, get the shortest distinguishing path', () => {
    const files = ['x', 'y', 'z'].map((o) => join(dir, o, 'story.txt'));
    expect(json(['extract', ...files]).out.documents.map((d) => d.id)).toEqual(['x/story', 'y/story', 'z/story']);
    const dirs = json(['extract', ...['x', 'y', 'z'].map((o) => join(dir, o))]).out;
    expect(dirs.documents.map((d) => d.id)).toEqual(['a.md', 'a.txt', 'x/story', 'y/story', 'z/story']);
    expect(new Set(dirs.claims.map((c) => c.id)).size).toBe(dirs.claims.length);
  });

  it('compare on three same-named files finds the conflict and no copies', () => {
    const r = cli(['compare', ...['x', 'y', 'z'].map((o) => join(dir, o, 'story.txt')), '--format', 'json']);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as { conflicts: { kind: string; values: { value: string; claims: { doc: string }[] }[] }[]; copies: unknown[] };
    expect(c.copies).toEqual([]);
    expect(c.conflicts.map((k) => [k.kind, k.values.map((v) => [v.value, [...new Set(v.claims.map((x) => x.doc))].sort()])])).toEqual([
      ['date', [['2025-01-05', ['z/story']], ['2025-01-06', ['x/story', 'y/story']]]],
    ]);
  });

  it('stdin and a file called stdin.txt do not share an id', () => {
    const d = tmp('stdin-id');
    const f = write(d, 'stdin.txt', ARTICLE);
    const ids = json(['extract', '-', f], 'The mayor of Harwick resigned on Monday.').out.documents.map((x) => x.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain('stdin');
  });
});

describe('row 18: each JSONL line decoded on its own', () => {
  it('a UTF-8 line and a Windows-1252 line in one file both read right', () => {
    const dir = tmp('enc');
    const f = write(dir, 'mixed.jsonl', Buffer.concat([Buffer.from('{"title":"Zürich","maintext":"The mayor of Zürich resigned on Monday."}\n', 'utf8'), Buffer.from('{"title":"Café","maintext":"The café in Harwick closed on Monday."}\n', 'latin1')]));
    const r = json(['extract', f]);
    expect(r.out.documents.map((d) => d.title)).toEqual(['Zürich', 'Café']);
    expect(r.stderr).toContain(`claims: ${f}: line 2: not valid UTF-8, read as Windows-1252`);
  });
});

describe('row 19: stdin is JSON only when it parses as JSON', () => {
  it('text starting with "[" is read as text, like the same text in a file', () => {
    const text = '[UPDATE] Harwick mayor quits\n\nThe mayor of Harwick resigned on Monday, officials said.';
    const dir = tmp('stdin');
    const f = write(dir, 'update.txt', text);
    const fromStdin = json(['extract', '--date', '2025-01-06'], text);
    const fromFile = json(['extract', f, '--date', '2025-01-06']);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.out.claims.length).toBeGreaterThan(0);
    expect(fromStdin.out.claims.map((c) => c.text)).toEqual(fromFile.out.claims.map((c) => c.text));
  });

  it('JSON and JSON lines on stdin are still read as articles; --stdin-format forces a reading', () => {
    const one = JSON.stringify({ title: 'Mayor quits', maintext: 'The mayor of Harwick resigned on Monday.' });
    expect(json(['extract'], one).out.documents.map((d) => d.title)).toEqual(['Mayor quits']);
    expect(json(['extract'], `${one}\n${one.replace('Mayor quits', 'Again')}\n`).out.documents.map((d) => d.title)).toEqual(['Mayor quits', 'Again']);
    const asText = json(['extract', '--stdin-format', 'text'], one);
    expect(asText.out.documents.map((d) => d.id)).toEqual(['stdin']);
    expect(asText.out.documents[0]!.title).not.toBe('Mayor quits');
    const forced = cli(['extract', '--stdin-format', 'json'], { input: '[UPDATE] The mayor resigned.' });
    expect(forced.status).toBe(2);
    expect(forced.stderr).toMatch(/^claims: -: invalid JSON/);
  });
});

/** Edit only the claims part of a saved JSON output (documents come first and carry an event). */
const inClaims = (json: string, edit: (claims: string) => string): string => {
  const at = json.indexOf('"claims": [');
  return json.slice(0, at) + edit(json.slice(at));
};

describe('row 21: saved outputs for diff are validated', () => {
  const dir = tmp('saved');
  const a = write(dir, 'a.txt', ARTICLE);
  const saved = cli(['extract', a, '--format', 'json', '-q']).stdout;
  const savedLines = cli(['extract', a, '--format', 'jsonl', '-q']).stdout;

  it.each([
    ['where-null.json', inClaims(saved, (c) => c.replace(/"where": \[[^\]]*\]/, '"where": null')), 'not a valid claims output: claims[0].where: null, expected an array'],
    ['text-42.json', inClaims(saved, (c) => c.replace(/"text": "Police[^"]*"/, '"text": 42')), 'not a valid claims output: claims[0].text: 42, expected a string'],
    ['version-string.json', saved.replace('"schemaVersion": 1', '"schemaVersion": "1"'), 'schemaVersion is "1", expected the number 1'],
    ['bad-line.jsonl', savedLines.replace(/"verb":"[a-z]+"/, '"verb":7'), 'line 1: not a valid claim: verb: 7, expected a string'],
  ])('%s: one line naming the file and the fault, exit 2, no diff', (name, text, reason) => {
    const f = write(dir, name, text);
    const r = cli(['diff', f, a]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`claims: ${f}: ${reason}\n`);
  });

  it('a saved JSONL output is read as claims: no differences with its articles', () => {
    const f = write(dir, 'saved-ok.jsonl', savedLines);
    const g = write(dir, 'saved-ok.json', saved);
    expect(cli(['diff', f, a]).status).toBe(0);
    expect(cli(['diff', g, f]).status).toBe(0);
  });
});

describe('the input rows, all in one folder', () => {
  it('every good article is read, each bad input reported, the -o file inside not read back', () => {
    const dir = tmp('all');
    write(dir, 'good.txt', ARTICLE);
    write(dir, 'constructor.txt', protoSentences('constructor').join(' '));
    write(dir, '__proto__.txt', protoSentences('toString').join(' '));
    write(dir, 'huge.jsonl', '1\n'.repeat(150_000));
    write(dir, 'nums.json', `[${Array(150_000).fill('1').join(',')}]`);
    symlinkSync('/', join(dir, 'root'));
    write(dir, 'saved.json', cli(['extract', join(dir, 'good.txt'), '--format', 'json', '-q']).stdout);
    write(dir, 'mixed.jsonl', Buffer.concat([Buffer.from('{"title":"Zürich","maintext":"The mayor of Zürich resigned on Monday.","url":{"toString":1}}\n', 'utf8'), Buffer.from('{"title":"Café","maintext":"The café closed on Monday."}\n', 'latin1')]));
    write(dir, 'x/a.txt', 'The mayor of Harwick resigned on Monday.');
    write(dir, 'x/a.md', 'The council of Harwick met on Tuesday.');
    const out = join(dir, 'out.json');
    for (let i = 0; i < 2; i++) {
      const r = cli(['extract', dir, '--format', 'json', '-o', out, '--date', '2025-01-06']);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/internal error|\bat .*:\d+:\d+/);
      expect(r.stderr).toMatch(/root: symbolic link to \/, outside .*, skipped/);
      expect(r.stderr).toMatch(/saved\.json: the output of claims/);
      expect(r.stderr).toMatch(/mixed\.jsonl: line 2: not valid UTF-8/);
      expect(r.stderr).toMatch(/mixed\.jsonl: line 1: field "url" is an object, not text; ignored/);
      const res = JSON.parse(readFileSync(out, 'utf8')) as ExtractResult;
      expect(res.documents.map((d) => [d.id, d.title])).toEqual([
        ['__proto__', null],
        ['constructor', null],
        ['good', null],
        ['mixed#1', 'Zürich'],
        ['mixed#2', 'Café'],
        ['x/a.md', null],
        ['x/a.txt', null],
      ]);
      for (const c of res.claims) expect(typeof c.verb).toBe('string');
    }
  });
});
