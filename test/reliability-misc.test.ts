/**
 * Issue 13 (reliability), rows 5, 12, 17, 22, 23, 24: long runs of white space, one very long
 * article, control characters in messages, HTML in Markdown output, dates at the ends of the
 * calendar, and shards.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, finalize } from '../src/extract.js';
import type { SourceDocument } from '../src/types.js';
import { cli } from './helpers.js';
import { segment } from '../src/segment/index.js';

/** Invented names, distinct for i < 4096: "Kalomi", "Renvota"... */
const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'zel', 'dun'];
const name = (i: number): string => {
  const s = SYL[i % 8]! + SYL[(i >> 3) % 8]! + SYL[(i >> 6) % 8]! + SYL[(i >> 9) % 8]!;
  return s[0]!.toUpperCase() + s.slice(1);
};

/** An article of n paragraphs, each distinct, with people, titles, organisations and places. */
function longArticle(n: number): string {
  const paras: string[] = ['Council vote splits the region', ''];
  for (let i = 0; i < n; i++) {
    const p = name(i);
    const q = name(i + 1000);
    const town = name(i + 2000);
    paras.push(
      `Mayor ${p} ${q} said on Monday that the ${town} Harbour Board would close the port of ${town}. ` +
        `He said the board had voted, and ${q} added that the company would appeal. ` +
        `The mayor met officials in the city of ${town}, where the ${town} Harbour Board runs the ${name(i + 3000).toLowerCase()} dock.`,
    );
  }
  return paras.join('\n\n');
}

const doc = (text: string): SourceDocument => ({ id: 'a', path: 'a.txt', text, title: null, published: '2025-01-06', url: null, source: null, bodyStart: 0 });

/**
 * Count the elements that array callbacks visit and the string searches made while `fn` runs:
 * work that grows with the square of an article's length shows up as a count that grows ~16×
 * when the article grows 4×, whatever the machine's speed.
 */
function work(fn: () => void): number {
  let n = 0;
  const A = Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const S = String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved: [Record<string, (...a: unknown[]) => unknown>, string, (...a: unknown[]) => unknown][] = [];
  for (const k of ['filter', 'find', 'findIndex', 'some', 'every', 'map', 'forEach', 'reduce', 'flatMap']) {
    const orig = A[k]!;
    saved.push([A, k, orig]);
    A[k] = function (this: unknown, cb: unknown, ...rest: unknown[]) {
      if (typeof cb !== 'function') return orig.call(this, cb, ...rest);
      const f = cb as (...a: unknown[]) => unknown;
      return orig.call(this, function (this: unknown, ...a: unknown[]) {
        n++;
        return f.apply(this, a);
      }, ...rest);
    };
  }
  for (const k of ['indexOf', 'endsWith', 'startsWith', 'includes']) {
    const orig = S[k]!;
    saved.push([S, k, orig]);
    S[k] = function (this: unknown, ...a: unknown[]) {
      n++;
      return orig.apply(this, a);
    };
  }
  try {
    fn();
  } finally {
    for (const [o, k, f] of saved) o[k] = f;
  }
  return n;
}

describe('row 17: one long article costs what the same text as many articles costs', () => {
  it('refinement (aliases, coreference, salience, output) grows linearly with the article', () => {
    const small = analyzeDocument(doc(longArticle(100)));
    const large = analyzeDocument(doc(longArticle(400)));
    expect(large.drafts.length).toBeGreaterThan(3.5 * small.drafts.length);
    let a = 0;
    let b = 0;
    const ws = work(() => {
      a = finalize([small]).claims.length;
    });
    const wl = work(() => {
      b = finalize([large]).claims.length;
    });
    expect(a).toBeGreaterThan(300);
    expect(b).toBeGreaterThan(4 * a - 50);
    // linear: ~4×; quadratic: ~16×
    expect(wl / ws).toBeLessThan(6);
  });
});

describe('row 5: long runs of white space are linear', () => {
  // not a timing test: before the fix 200 KB of spaces took over a minute here (quadratic
  // credit/media-link patterns); the 20 s bound is only a guard against a hang
  it.each([
    ['spaces', ' '],
    ['NBSP', '\u00a0'],
    ['em spaces', '\u2003'],
    ['tabs and spaces', ' \t'],
  ])('200 KB of %s between two sentences', (_, ws) => {
    const text = `The mayor said on Monday that the bridge would close.${ws.repeat(200_000 / ws.length)}Police arrested two men in Varnholt.`;
    const s = segment(text);
    expect(s[0]!.text.startsWith('The mayor said on Monday that the bridge would close.')).toBe(true);
    expect(s[s.length - 1]!.text.endsWith('Police arrested two men in Varnholt.')).toBe(true);
  }, 20_000);
});

describe('row 24: shard outputs concatenate to the one-run output', () => {
  it('three shards of 150 articles give the same JSONL as one run, aliases across the old slice edge included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-shards-'));
    for (let i = 0; i < 150; i++) {
      // "Ortiz" (article 45) is "Lena Ortiz" only through article 55: the same window in one run
      const text =
        i === 45
          ? 'Ortiz said on Monday that the harbour at Tenby would close.'
          : i === 55
            ? 'Mayor Lena Ortiz opened the new bridge in Tenby on Tuesday, officials said.'
            : `Council of ${name(i)} approves budget\n\nThe council of ${name(i)} approved a budget of ${i + 3} million on Monday, its leader ${name(i + 500)} ${name(i + 900)} said.`;
      writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.txt`), text);
    }
    const one = cli(['extract', dir, '--format', 'jsonl', '-q', '--date', '2025-01-08']);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('"entity":"Lena Ortiz"');
    const parts = [1, 2, 3].map((i) => cli(['extract', dir, '--format', 'jsonl', '-q', '--date', '2025-01-08', '--shard', `${i}/3`]));
    for (const p of parts) expect(p.status).toBe(0);
    expect(parts.map((p) => p.stdout).join('')).toBe(one.stdout);
  }, 120_000);
});

describe('row 12: messages on stderr carry no control characters', () => {
  it('a file name with terminal escapes is named without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-esc-'));
    const evil = join(dir, 'x\u001b]0;title\u0007\u001b[2J\u009b31m.txt');
    writeFileSync(evil, Buffer.from([0x00, 0x01, 0x02, 0x50]));
    for (const args of [['extract', dir], ['extract', evil], ['entities', dir], ['extract', join(dir, 'gone\u001b[2J.txt')]]) {
      const r = cli(args);
      expect(r.stderr, args.join(' ')).toMatch(/^claims: /);
      expect(r.stderr, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(cli(['extract', evil]).stderr).toBe(`claims: ${join(dir, 'x31m.txt')}: binary file, skipped\n`);
  });
});

describe('row 22: Markdown output escapes HTML in article text', () => {
  it('a script in an article is text, not HTML, in every Markdown output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-md-'));
    const f = join(dir, 'x.txt');
    writeFileSync(f, 'The mayor said on Monday that </script><script>alert(1)</script> was a [link](javascript:alert(1)) from AT&T.');
    for (const cmd of ['extract', 'compare', 'entities']) {
      const r = cli([cmd, f, '--format', 'markdown', '--date', '2025-01-06']);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout, cmd).not.toMatch(/<\/?script|(?<!\\)\]\(javascript/);
    }
    const out = cli(['extract', f, '--format', 'markdown', '--date', '2025-01-06']).stdout;
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('AT&amp;T');
  });
});

describe('row 23: dates stay within 0001-9999 and in the given century', () => {
  const when = (date: string): string[] => {
    const r = cli(['extract', '--date', date, '--format', 'jsonl'], { input: 'Police said tomorrow the mayor would resign. The mayor resigned yesterday.' });
    expect(r.status).toBe(0);
    return r.stdout
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { when: { text: string; date: string | null }[] }).when.map((w) => `${w.text}=${w.date}`));
  };
  it('"tomorrow" of 9999-12-31 is no date; "yesterday" is', () => {
    expect(when('9999-12-31')).toEqual(['tomorrow=null', 'yesterday=9999-12-30']);
  });
  it('years before 100 are the years given, not 19xx', () => {
    expect(when('0050-06-15')).toEqual(['tomorrow=0050-06-16', 'yesterday=0050-06-14']);
    expect(when('0001-01-01')).toEqual(['tomorrow=0001-01-02', 'yesterday=null']);
  });
  it('--date outside 0001-9999 is a usage error naming --date', () => {
    for (const d of ['0000-06-01', '10000-01-01', '0050-02-29']) {
      const r = cli(['extract', '--date', d], { input: 'The mayor resigned yesterday.' });
      expect(r.status, d).toBe(2);
      expect(r.stderr, d).toMatch(/^claims: --date must be a date as YYYY-MM-DD from 0001-01-01 to 9999-12-31/);
    }
  });
});
