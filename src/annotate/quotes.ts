/**
 * Quotations in one sentence. Double quotes (straight or curly) and single curly/straight
 * quotes that open after a space and close before a non-letter. A quote may open in this
 * sentence and close in a later one: `open` reports that, and `continues` a sentence that
 * starts inside a quotation opened earlier.
 */
import type { Quote } from '../types.js';

export interface QuoteScan {
  quotes: Quote[];
  /** The sentence ends inside an open quotation. */
  open: boolean;
}

const OPENERS: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»']]);

/** Scan `text` (a sentence starting at `base`); `inside` says it starts within a quotation. */
export function findQuotes(text: string, base: number, inside0: boolean): QuoteScan {
  // a new paragraph that goes on with a quotation opens it again: its first quote mark opens, not closes
  const inside = inside0 && !/^["“]|^''/.test(text);
  const quotes: Quote[] = [];
  let openAt = inside ? 0 : -1;
  let closer = inside ? '”' : '';
  let innerStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    // two apostrophes are a double quote (''...'' in some newspapers' archives)
    const twin = c === "'" && next === "'";
    if (openAt < 0) {
      if (twin && !/[\p{L}\p{N}]/u.test(prev)) {
        openAt = i;
        closer = "''";
        innerStart = i + 2;
        i++;
        continue;
      }
      const close = OPENERS.get(c);
      if (!close) continue;
      const single = c === "'" || c === '‘';
      // single quotes only open after a space or opening punctuation, never inside a word
      if (single && /[\p{L}\p{N}]/u.test(prev)) continue;
      if (c === '"' && /[\p{L}\p{N}]/u.test(prev) && !/\s/.test(next)) continue;
      openAt = i;
      closer = close;
      innerStart = i + 1;
      continue;
    }
    if (closer === "''" || (twin && inside && closer === '”')) {
      if (!twin) continue;
      quotes.push({ start: base + openAt, end: base + i + 2, innerStart: base + (inside && openAt === 0 && quotes.length === 0 && !OPENERS.has(text[0]!) ? 0 : innerStart), innerEnd: base + i });
      openAt = -1;
      i++;
      continue;
    }
    const isClose = c === closer || (closer === '”' && c === '"') || (closer === '"' && c === '”') || (closer === "'" && c === '’') || (closer === '’' && c === "'");
    if (!isClose) continue;
    const single = closer === "'" || closer === '’';
    if (single && /[\p{L}]/u.test(next)) continue; // an apostrophe: "Assad’s"
    quotes.push({ start: base + openAt, end: base + i + 1, innerStart: base + (inside && openAt === 0 && quotes.length === 0 && !OPENERS.has(text[0]!) ? 0 : innerStart), innerEnd: base + i });
    openAt = -1;
  }
  if (openAt >= 0) {
    quotes.push({ start: base + openAt, end: base + text.length, innerStart: base + (inside && openAt === 0 && !OPENERS.has(text[0]!) ? 0 : innerStart), innerEnd: base + text.length });
    return { quotes, open: closer === '”' || closer === '"' || closer === "''" };
  }
  return { quotes, open: false };
}
