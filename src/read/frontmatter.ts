/** Front matter: a leading block of `key: value` lines between `---` lines. Parsed as data only. */

export interface FrontMatter {
  /** Field names lower-cased; a null-prototype object, so that any name is data ("__proto__", "constructor"). */
  fields: Record<string, string>;
  /** UTF-16 index where the body starts. */
  bodyStart: number;
  /** Set when the block was started but could not be parsed. */
  problem?: string;
}

const OPEN = /^---[ \t]*\r?\n/;

const noFields = (): Record<string, string> => Object.create(null) as Record<string, string>;

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: noFields(), bodyStart: 0 };
  const closeRe = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  closeRe.lastIndex = open[0].length;
  const close = closeRe.exec(text);
  // A front matter block is short; a lone `---` far down is a horizontal rule, not a closing line.
  if (!close || close.index - open[0].length > 4096) {
    return { fields: noFields(), bodyStart: 0, problem: 'front matter has no closing ---, ignored' };
  }
  const block = text.slice(open[0].length, close.index);
  const fields = noFields();
  for (const raw of block.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      if (/^\s/.test(raw) || line.startsWith('- ')) continue; // nested YAML we do not use
      return { fields: noFields(), bodyStart: close.index + close[0].length, problem: `front matter line not understood: ${JSON.stringify(line.slice(0, 40))}, ignored` };
    }
    let value = m[2]!.trim();
    if ((value.startsWith('"') && value.endsWith('"') && value.length >= 2) || (value.startsWith("'") && value.endsWith("'") && value.length >= 2)) {
      value = value.slice(1, -1);
    }
    fields[m[1]!.toLowerCase()] = value;
  }
  return { fields, bodyStart: close.index + close[0].length };
}
