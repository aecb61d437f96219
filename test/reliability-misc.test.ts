/**
 * Issue 13 (reliability), rows 5, 12, 17, 22, 23, 24: long runs of white space, one very long
 * article, control characters in messages, HTML in Markdown output, dates at the ends of the
 * calendar, and shards.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, finalize } from '../src/extract.js';
import type { SourceDocument } from '../src/types.js';
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
    console.log('work', ws, wl, wl / ws);
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
