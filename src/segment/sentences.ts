/** Split a run of text (one line or paragraph) into sentences. Linear time, no backtracking regexes. */
import type { Span } from '../types.js';

/** Words that end with a period but do not end a sentence. Lower-case, without the period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen lt col capt cmdr sgt maj adm rep reps sen sens gov rev fr st mt ft jr sr no nos vs v etc inc corp ltd co bros dept univ est approx fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'pres supt insp det cpl pvt hon sec atty ave blvd rd e.g i.e al ald assn del'
  ).split(' '),
);

/**
 * Abbreviations that may also end a sentence, their period doing double duty: a firm's suffix,
 * "Jr.", a street, "etc." ("He works for Acme Inc. The firm ..."). Before a word that commonly
 * starts a sentence they end it; titles ("Mr.", "Gen.") never do.
 */
const MAY_END = new Set('inc corp co ltd bros jr sr st ave blvd rd etc no nos al dept assn del'.split(' '));

/** Words that commonly start a sentence; after "U.S." or "a.m." they signal a boundary. */
const STARTERS = new Set(
  'the a an he she it they we i you but and in on at this that there these those his her its their our my when while after before as if so yet however meanwhile also still then'.split(
    ' ',
  ),
);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '›']);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2028' || c === '\u2029';
const isUpperStart = (c: string): boolean => /[\p{Lu}\p{Lo}\p{N}"'“‘«(\[¿¡#@]/u.test(c) || /\p{Extended_Pictographic}/u.test(c);

/** The word ending just before index i (exclusive), e.g. "Dec" or "U.S". */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && !isSpace(text[j - 1]!) && text[j - 1] !== '(' && text[j - 1] !== '"' && text[j - 1] !== '“') j--;
  return text.slice(j, i);
}

function nextWord(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && /[\p{L}]/u.test(text[j]!)) j++;
  return text.slice(i, j);
}

/** Sentence spans within [start, end) of text. Leading/trailing white space is trimmed. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text[a]!)) a++;
    while (b > a && isSpace(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // run of terminal punctuation, then closing quotes/brackets
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j < end && !isSpace(text[j]!)) {
      i = j - 1;
      continue; // "U.S.-led", "3.5", "example.com"
    }
    let k = j;
    while (k < end && isSpace(text[k]!)) k++;
    if (k >= end) break; // end of the run: the final push covers it
    const next = text[k]!;
    if (!isUpperStart(next)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1) {
      const w = wordBefore(text, i, s);
      const lw = w.toLowerCase();
      const follower = nextWord(text, k, end).toLowerCase();
      if (ABBREVIATIONS.has(lw) && !(MAY_END.has(lw) && STARTERS.has(follower))) {
        i = j - 1;
        continue;
      }
      // Initials and dotted acronyms: "B. Assad", "U.S. officials"; but "the U.S. The ..." ends.
      if (/^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u.test(w) && !STARTERS.has(follower)) {
        i = j - 1;
        continue;
      }
      if (/^(?:a\.m|p\.m)$/i.test(w) && !STARTERS.has(follower)) {
        i = j - 1;
        continue;
      }
    }
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
  return out;
}
