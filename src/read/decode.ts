/** Turn raw bytes into text: BOM sniffing, strict UTF-8, Windows-1252 fallback, binary detection. */

export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; warning?: string }
  | { kind: 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Windows-1252's 0x80–0x9F (Node's decoder treats the label as ISO-8859-1 there). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** True when the bytes look like a binary file: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { kind: 'binary' };
  try {
    // TextDecoder strips a UTF-8 BOM (ignoreBOM: false).
    return { kind: 'text', text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      kind: 'text',
      text: decodeCp1252(bytes),
      encoding: 'windows-1252',
      warning: 'not valid UTF-8, read as Windows-1252',
    };
  }
}

/**
 * Text lines of bytes that are not valid UTF-8 as a whole, each line decoded on its own: a JSONL
 * file collected from several feeds may hold UTF-8 lines and Windows-1252 lines side by side.
 * Lines split at LF, a CR before it dropped (as `split(/\r?\n/)` does); `cp1252` lists the
 * 1-based numbers of the lines that were not UTF-8.
 */
export function decodeLines(bytes: Uint8Array): { lines: string[]; cp1252: number[] } {
  const lines: string[] = [];
  const cp1252: number[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    let end = i;
    if (end > start && bytes[end - 1] === 0x0d) end--;
    const line = bytes.subarray(start, end);
    try {
      lines.push(utf8.decode(line));
    } catch {
      lines.push(decodeCp1252(line));
      cp1252.push(lines.length);
    }
    start = i + 1;
  }
  return { lines, cp1252 };
}
