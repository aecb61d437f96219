/**
 * Segment stage: article text → sentences with UTF-16 offsets, each with a kind
 * (headline, text, caption, embedded post, furniture).
 */
import type { Sentence, SentenceKind, Span } from '../types.js';
import { CREDIT, LEADING_LABEL, MEDIA_LINK, POST_SIGNATURE, TRAILING_CREDIT, isFurnitureLine, isGallerySlide } from './furniture.js';
import { splitSentences } from './sentences.js';

interface Unit extends Span {
  /** Blank line (or start of text) before this unit. */
  afterBlank: boolean;
}

const TERMINAL = /[.!?…:;"'”’)\]]\s*$/;

/** Lines of the body, with hard-wrapped lines joined back into paragraphs. */
function units(text: string, bodyStart: number): Unit[] {
  const lines: Unit[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  re.lastIndex = bodyStart;
  let pos = bodyStart;
  let blank = true;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(pos, end);
    if (line.trim()) {
      lines.push({ start: pos, end, afterBlank: blank });
      blank = false;
    } else blank = true;
    if (!m) break;
    pos = m.index + m[0].length;
  }
  // Re-join hard wraps: a line that stops mid-sentence followed by one that starts in lower case.
  const out: Unit[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && !l.afterBlank) {
      const prevText = text.slice(prev.start, prev.end);
      const first = text.slice(l.start, l.end).trimStart()[0] ?? '';
      if (!TERMINAL.test(prevText) && /[\p{Ll},]$/u.test(prevText.trimEnd()) && /\p{Ll}/u.test(first)) {
        prev.end = l.end;
        continue;
      }
    }
    out.push({ ...l });
  }
  return out;
}

interface Piece extends Span {
  kind: SentenceKind;
  unit: number;
  postAuthor?: string;
  postDate?: string;
  /** The signature line of an embedded post. */
  signature?: boolean;
  byline?: boolean;
}

function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** Split [a,b) on bullets and " | " separators. */
function splitSeparators(text: string, a: number, b: number): Span[] {
  const out: Span[] = [];
  let s = a;
  for (let i = a; i < b; i++) {
    const c = text[i]!;
    const isBullet = c === '•' || c === '▪' || c === '●' || c === '◆';
    const isPipe = c === '|' && (i === a || /\s/.test(text[i - 1]!)) && (i + 1 >= b || /\s/.test(text[i + 1]!));
    if (isBullet || isPipe) {
      const sp = trimSpan(text, s, i);
      if (sp.end > sp.start) out.push(sp);
      s = i + 1;
    }
  }
  const sp = trimSpan(text, s, b);
  if (sp.end > sp.start) out.push(sp);
  return out;
}

function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (/[.!?]["'”’]?$/.test(t) && !/\?$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3 || words.length > 25) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d"'“‘]/u.test(w)).length;
  return caps / words.length >= 0.5;
}

export function segment(text: string, bodyStart = 0): Sentence[] {
  const us = units(text, bodyStart);
  const pieces: Piece[] = [];
  let headlineSeen = false;
  let textSeen = false;

  let bylineLeft = 0;
  us.forEach((u, ui) => {
    const lineText = text.slice(u.start, u.end);
    // the author's name and role after "author avatar" / "About the author"
    const byline = bylineLeft > 0 && lineText.trim().length < 100 && !/[.!?]\s*$/.test(lineText.trim());
    bylineLeft = /^(?:author avatar|about the author|written by|author)\s*:?$/i.test(lineText.trim()) ? 2 : byline ? bylineLeft - 1 : 0;
    if (isFurnitureLine(lineText) || isGallerySlide(lineText) || byline) {
      const sp = trimSpan(text, u.start, u.end);
      pieces.push({ ...sp, kind: 'furniture', unit: ui, ...(byline ? { byline: true } : {}) });
      return;
    }
    let a = trimSpan(text, u.start, u.end).start;
    const b = u.end;
    let kind: SentenceKind = 'text';

    // Leading label: "Also read | ...", "TOPSHOT - ...", "FILE - ..."
    const label = LEADING_LABEL.exec(text.slice(a, b));
    if (label) {
      pieces.push({ start: a, end: a + label[0].trimEnd().length, kind: 'furniture', unit: ui });
      const word = label[0].toLowerCase();
      kind = /topshot|file|photo|video/.test(word) ? 'caption' : 'headline';
      a += label[0].length;
    }

    // Embedded post signature: "— Name (@handle) December 8, 2024".
    const lineRest = text.slice(a, b);
    const sig = POST_SIGNATURE.exec(lineRest);
    let postAuthor: string | undefined;
    let end = b;
    if (sig && (sig[3] || /pic\.twitter\.com|@\w+\)\s*$/.test(lineRest))) {
      const sigStart = a + sig.index + (sig[0].length - sig[0].trimStart().length);
      postAuthor = sig[1]!.trim();
      pieces.push({ ...trimSpan(text, sigStart, b), kind: 'furniture', unit: ui, postAuthor, signature: true, ...(sig[3] ? { postDate: sig[3] } : {}) });
      end = sigStart;
      kind = 'post';
    }

    // Photo credits split off as furniture; their line is a caption.
    const region = text.slice(a, end);
    const cuts: Span[] = [];
    CREDIT.lastIndex = 0;
    for (let m = CREDIT.exec(region); m; m = CREDIT.exec(region)) {
      if (m[0].length === 0) {
        CREDIT.lastIndex++;
        continue;
      }
      cuts.push({ start: a + m.index, end: a + m.index + m[0].length });
    }
    const trailing = TRAILING_CREDIT.exec(region);
    if (trailing) cuts.push({ start: a + trailing.index, end: a + trailing.index + trailing[0].length });
    MEDIA_LINK.lastIndex = 0;
    for (let m = MEDIA_LINK.exec(region); m; m = MEDIA_LINK.exec(region)) {
      cuts.push({ start: a + m.index, end: a + m.index + m[0].length });
      if (kind === 'text') kind = 'post';
    }
    cuts.sort((x, y) => x.start - y.start);
    if ((trailing || cuts.some((c) => /\(|©/.test(text.slice(c.start, c.end)))) && kind === 'text') kind = 'caption';

    const textRanges: Span[] = [];
    let s = a;
    for (const c of cuts) {
      if (c.start < s) continue;
      textRanges.push({ start: s, end: c.start });
      const sp = trimSpan(text, c.start, c.end);
      if (sp.end > sp.start) pieces.push({ ...sp, kind: 'furniture', unit: ui });
      s = c.end;
    }
    textRanges.push({ start: s, end });

    const lineWords = text.slice(a, end).trim().split(/\s+/).length;
    const unpunctuated = !/[.!?]["'”’)]?\s*$/.test(text.slice(a, end));
    if (kind === 'text' && !headlineSeen && !textSeen && (isHeadlineLike(text.slice(a, end)) || (unpunctuated && lineWords >= 3 && lineWords <= 25))) {
      kind = 'headline';
      headlineSeen = true;
    } else if (kind === 'text' && isHeadlineLike(text.slice(a, end)) && !/[.!?]["'”’]?\s*$/.test(text.slice(a, end))) {
      // A line without final punctuation between paragraphs: a sub-headline or a caption.
      kind = 'caption';
    }
    if (kind === 'text' && /[.!?]["'”’)]?\s*$/.test(text.slice(a, end))) textSeen = true;

    for (const r of textRanges) {
      for (const part of splitSeparators(text, r.start, r.end)) {
        for (const sent of splitSentences(text, part.start, part.end)) {
          pieces.push({ ...sent, kind, unit: ui, ...(postAuthor ? { postAuthor } : {}) });
        }
      }
    }
  });

  // An embedded post runs back from its signature over the short lines just before it.
  const units2 = new Map<number, Piece[]>();
  for (const p of pieces) {
    const list = units2.get(p.unit) ?? [];
    list.push(p);
    units2.set(p.unit, list);
  }
  for (let ui = 0; ui < us.length; ui++) {
    const own = units2.get(ui) ?? [];
    const author = own.find((p) => p.postAuthor)?.postAuthor;
    if (!author) continue;
    const postDate = own.find((p) => p.postDate)?.postDate;
    if (postDate) for (const p of own) if (p.kind === 'post') p.postDate = postDate;
    const sigOnly = own.every((p) => p.kind === 'furniture');
    for (let back = ui - 1, n = 0; back >= 0 && n < 6; back--, n++) {
      const prev = units2.get(back) ?? [];
      if (prev.length === 0 || prev.some((p) => p.signature) || prev.some((p) => p.kind === 'furniture' && p.start === us[back]!.start)) break;
      const len = us[back]!.end - us[back]!.start;
      if (len > 300) break;
      // Only lines that read like a post: short, or carrying media links/hashtags; or when the
      // signature stands alone on its line, the line right above it.
      const lineText = text.slice(us[back]!.start, us[back]!.end);
      const postLike = /pic\.twitter|#\w|\p{Extended_Pictographic}/u.test(lineText) || !/[.!?]["'”’)]?\s*$/.test(lineText);
      if (!(sigOnly && n === 0) && !postLike) break;
      for (const p of prev) if (p.kind !== 'furniture') Object.assign(p, { kind: 'post' as const, postAuthor: author, ...(postDate ? { postDate } : {}) });
      if (us[back]!.afterBlank) break;
    }
  }

  pieces.sort((x, y) => x.start - y.start || x.end - y.end);
  let paragraph = -1;
  let lastUnit = -1;
  return pieces.map((p, index) => {
    if (p.unit !== lastUnit) {
      paragraph++;
      lastUnit = p.unit;
    }
    const s: Sentence = { index, start: p.start, end: p.end, text: text.slice(p.start, p.end), kind: p.kind, paragraph };
    if (p.postAuthor) s.postAuthor = p.postAuthor;
    if (p.byline) s.byline = true;
    if (p.postDate && !p.signature && p.kind === 'post') s.postDate = p.postDate;
    return s;
  });
}
