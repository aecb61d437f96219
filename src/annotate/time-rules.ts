/**
 * Our rules of English time expressions, beside chrono-node. Modelled on chrono's own
 * interface: a parser has a pattern and an `extract` that turns a match into an expression; a
 * refiner takes every expression found in a sentence and returns the ones to keep (filtered,
 * split, re-bounded). Each rule is named, described and given an example, so the list below is
 * also their documentation. Pure: the reference date (the article's published day) is passed in.
 *
 * Dates follow TimeML's value forms and never state more precision than the text: a day
 * `1998-02-13`, a month `1998-02`, a year `1998`, a week `1998-W08`, a weekend `1998-W08-WE`,
 * a quarter `1989-Q3`, a half `1998-H1`, a season `1998-SU`, a decade `197`, a century `19`;
 * null when the text names a time but no date ("recently", "now", "the future").
 */
import { formatIso, isoWeekOf } from '../util/isodate.js';

export const MS_DAY = 86_400_000;

/** The tense a time expression is read in: the past (news reports it) or the future (a schedule). */
export type Tense = 'past' | 'future' | null;

export interface TimeContext {
  /** The sentence. */
  text: string;
  /** The published day at noon UTC, or null. */
  ref: Date | null;
  /** The tense of the clause around [start, end) of `text`. */
  tense(start: number, end: number): Tense;
}

/** An expression found in a sentence; offsets relative to the sentence. */
export interface Found {
  start: number;
  end: number;
  text: string;
  date: string | null;
  /** The forward reading of a date the clause's tense decides ("will reopen on Thursday"). */
  future?: string | null;
  /** The rule (or `chrono`) that found it. */
  rule: string;
}

export interface TimeParser {
  name: string;
  description: string;
  example: string;
  pattern: RegExp;
  extract(ctx: TimeContext, m: RegExpExecArray): { date: string | null; future?: string | null; start?: number; end?: number } | null;
}

export interface TimeRefiner {
  name: string;
  description: string;
  example: string;
  refine(ctx: TimeContext, found: Found[]): Found[];
}

// ---------------------------------------------------------------------------------------
// tense

const FUTURE_CUES = new Set(['will', "'ll", 'shall', 'wo', 'would', 'going', 'payable', 'effective', 'expire', 'expires', 'expiring', 'due', 'scheduled', 'slated', 'upcoming', 'coming', 'next', 'resume', 'resumes']);
const NEUTRAL_STOPS = new Set(['is', 'are', 'am', 'says', 'say', 'has', 'have', 'be', 'being']);
const PAST_CUES = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'took', 'went', 'came', 'rose', 'fell', 'began', 'met', 'made', 'sold', 'bought', 'won', 'lost', 'left', 'held', 'gave', 'saw', 'got', 'ran', 'paid', 'kept', 'brought', 'thought', 'found', 'became', 'grew', 'drew', 'spoke', 'wrote', 'struck', 'fled', 'led', 'sent', 'spent', 'stood', 'fought', 'built', 'broke', 'chose', 'flew', 'knew', 'meant', 'threw', 'wore', 'hit', 'quit', 'shot', 'slid', 'sank', 'swung', 'won', 'earned', 'posted', 'reported']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'and', 'or', 'date', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'about', 'around', 'nearly', 'some', 'more', 'less', 'than', 'over', 'under', 'record', 'holders', 'stock']);
const NOT_PAST_ED = /^(?:need|feed|seed|bleed|speed|breed|proceed|exceed|succeed|indeed|hundred|red|bed|shed|wed|embed|freed|agreed|steed|weed|reed|deed|heed)$/;

/**
 * The tense of the clause around an expression: the nearest cue word before it in the clause
 * (a modal, a schedule word like "payable" or "set", a past-tense verb), else the nearest after
 * it ("In January, the company brought in ..."). A present-tense verb stops the search.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const before = text.slice(0, start).split(/[.;:!?"“”]/).pop() ?? '';
  const after = text.slice(end).split(/[.;:!?"“”]/)[0] ?? '';
  const words = (s: string): string[] => s.toLowerCase().replace(/[’]/g, "'").match(/[a-z']+/g) ?? [];
  const cue = (w: string): Tense | 'stop' | undefined => {
    if (FUTURE_CUES.has(w)) return 'future';
    if (PAST_CUES.has(w)) return 'past';
    if (NEUTRAL_STOPS.has(w)) return 'stop';
    if (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.test(w)) return 'past';
    return undefined;
  };
  const back = words(before).slice(-8).reverse();
  // a deadline: "by May", "until mid-November"
  if (/^(?:by|until|till)$/.test(back[0] ?? '') || (/^(?:mid|early|late)$/.test(back[0] ?? '') && /^(?:by|until|till)$/.test(back[1] ?? ''))) return 'future';
  for (let i = 0; i < back.length; i++) {
    const w = back[i]!;
    // an infinitive looks ahead: "agreed to acquire the bank in January", "to be published in May"
    if (w === 'to' && i > 0 && !FUNCTION_WORDS.has(back[i - 1]!)) return 'future';
    const c = cue(w);
    if (c) return c === 'stop' ? null : c;
  }
  for (const w of words(after).slice(0, 8)) {
    const c = cue(w);
    if (c) return c === 'stop' ? null : c;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// resolution helpers

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dayIso = (t: number): string => {
  const d = new Date(t);
  return formatIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** A day and month without a year: the year that puts it nearest the reference, then the tense (a past clause cannot speak of two months ahead). */
export function yearForDay(ref: Date, month: number, day: number, tense: Tense): number {
  const y0 = ref.getUTCFullYear();
  let best = y0;
  for (const y of [y0 - 1, y0 + 1]) if (Math.abs(Date.UTC(y, month - 1, day, 12) - ref.getTime()) < Math.abs(Date.UTC(best, month - 1, day, 12) - ref.getTime())) best = y;
  const diff = (Date.UTC(best, month - 1, day, 12) - ref.getTime()) / MS_DAY;
  if (tense === 'past' && diff > 60) best -= 1;
  if (tense === 'future' && diff < -60) best += 1;
  return best;
}

/** A month without a year: the latest on or before the reference month in a past (or unmarked) clause; the next on or after it in a future one. */
export function yearForMonth(ref: Date, month: number, tense: Tense): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (tense === 'future') return month >= m ? y : y + 1;
  if (tense === 'past') return month <= m ? y : y - 1;
  // unmarked: the nearest such month, the past one on a tie
  const ahead = (month - m + 12) % 12;
  return ahead === 0 ? y : ahead < 6 ? (month > m ? y : y + 1) : month < m ? y : y - 1;
}

export const MONTH_NAMES: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const quarterOf = (month: number): number => Math.ceil(month / 3);

/** The latest quarter that ended before the reference day: what "the quarter" of an earnings report is. */
function latestQuarter(ref: Date): [number, number] {
  const q = quarterOf(ref.getUTCMonth() + 1) - 1;
  return q === 0 ? [ref.getUTCFullYear() - 1, 4] : [ref.getUTCFullYear(), q];
}

/** An ordinal quarter (or half) with no year: this year's, unless it begins more than two months after the reference (then last year's). */
function yearForPart(ref: Date, firstMonth: number, tense: Tense): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  if (firstMonth > m + 2) return y - 1;
  if (tense === 'past' && firstMonth > m) return y - 1;
  return y;
}

const SPELLED_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPELLED_TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and one" → 2001. */
export function spelledYear(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^two thousand(?: (?:and )?(\w+))?$/.exec(t);
  if (m) return m[1] ? (SPELLED_UNITS[m[1]] ?? SPELLED_TENS[m[1]] ?? NaN) + 2000 || null : 2000;
  m = /^(nineteen|eighteen) (\w+)(?:-(\w+))?$/.exec(t);
  if (!m) return null;
  const tens = SPELLED_TENS[m[2]!];
  if (tens === undefined || tens < 20) return null;
  const unit = m[3] ? SPELLED_UNITS[m[3]] : 0;
  if (unit === undefined) return null;
  return SPELLED_TENS[m[1]!]! * 100 + tens + unit;
}

// ---------------------------------------------------------------------------------------
// parsers: expressions chrono does not read

const DET = String.raw`(?:the|its|their|this|that|a|an)\s+`;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SPELLED = String.raw`(?:(?:nineteen|eighteen)\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;

export const PARSERS: TimeParser[] = [
  {
    name: 'ordinal-quarter',
    description: 'A quarter or half of a year by its ordinal, with or without a year or a "year-ago" shift; a hyphenated adjective too.',
    example: '"third-quarter profit", "the 1988 second quarter", "next year\'s first quarter", "the year-earlier third quarter" → 1989-Q3, 1988-Q2, 1990-Q1, 1988-Q3',
    pattern: new RegExp(
      String.raw`\b(?:${DET})?(?:(last|this|next)\s+year's\s+|((?:19|20)\d{2})(?:'s)?\s+|(year-(?:ago|earlier)|comparable\s+year-(?:ago|earlier)|year-(?:ago|earlier)\s+comparable)\s+|(?:latest|current|comparable|same|flat|fiscal|calendar|fiscal-)\s*)*` +
        String.raw`(first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]+(?:fiscal\s+)?(quarter|half|period)(?:\s+of\s+((?:19|20)\d{2}|(?:last|this|next)\s+year))?\b`,
      'gi',
    ),
    extract(ctx, m) {
      if (!ctx.ref) return { date: null };
      const ord = ORDINAL[m[4]!.toLowerCase()]!;
      const unit = m[5]!.toLowerCase();
      if (unit === 'period') return null;
      const half = unit === 'half';
      if (half && ord > 2) return null;
      const first = half ? 6 * (ord - 1) + 1 : 3 * (ord - 1) + 1;
      const rel = (m[1] ?? (m[6] && !/^\d/.test(m[6]) ? m[6].split(/\s+/)[0] : undefined))?.toLowerCase();
      let y: number;
      const explicit = m[2] ?? (m[6] && /^\d/.test(m[6]) ? m[6] : undefined);
      if (explicit) y = Number(explicit);
      else if (rel) y = ctx.ref.getUTCFullYear() + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      else y = yearForPart(ctx.ref, first, ctx.tense(m.index, m.index + m[0].length));
      if (m[3]) y -= 1;
      // TimeML keeps "the" of "the third quarter", not a possessive nor the article of the noun an adjective modifies ("a third-quarter loss")
      const det = /^(the|its|their|this|that|a|an)\s+/i.exec(m[0]);
      const hyphen = /(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-/i.test(m[0]);
      const start = det && (det[1]!.toLowerCase() !== 'the' || hyphen) ? m.index + det[0].length : m.index;
      return { date: `${pad(y, 4)}-${half ? 'H' : 'Q'}${ord}`, start };
    },
  },
  {
    name: 'reported-quarter',
    description: 'The quarter an earnings report speaks of, with no ordinal: the latest one that ended before publication, a year earlier for "year-ago".',
    example: '"in the latest quarter", "the year-ago period" (published 1989-10-30) → 1989-Q3, 1988-Q3',
    pattern: /\b(?:(?:the|its|that)\s+)(?:(latest|current|comparable|same|most\s+recent|previous|prior|just-ended|recent)\s+)?(?:(year-(?:ago|earlier)|comparable\s+year-(?:ago|earlier)|year-(?:ago|earlier)\s+comparable|(?:19|20)\d{2})\s+)?(quarter|period)\b(?:\s+a\s+year\s+(?:ago|earlier))?(?!\s+(?:to|past)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\d{1,2}(?![\d.,])))/gi,
    extract(ctx, m) {
      if (!ctx.ref) return { date: null };
      const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const ago = Boolean(m[2] && /year/i.test(m[2])) || /a\s+year/i.test(m[0]);
      const year = m[2] && /^\d/.test(m[2]) ? Number(m[2]) : null;
      if (m[3]!.toLowerCase() === 'period' && !mod && !m[2]) return null; // "the period" alone is any span
      let [y, q] = latestQuarter(ctx.ref);
      if (mod === 'current') [y, q] = [ctx.ref.getUTCFullYear(), quarterOf(ctx.ref.getUTCMonth() + 1)];
      if (mod === 'previous' || mod === 'prior') return { date: null };
      if (year) y = year;
      if (ago) y -= 1;
      return { date: `${pad(y, 4)}-Q${q}` };
    },
  },
  {
    name: 'this-quarter',
    description: 'A quarter named relative to publication.',
    example: '"this quarter", "next quarter", "last quarter" (published 1989-10-30) → 1989-Q4, 1990-Q1, 1989-Q3',
    pattern: /\b(this|next|last|the\s+current|the\s+next|the\s+coming)\s+quarter\b/gi,
    extract(ctx, m) {
      if (!ctx.ref) return { date: null };
      const w = m[1]!.toLowerCase();
      let y = ctx.ref.getUTCFullYear();
      let q = quarterOf(ctx.ref.getUTCMonth() + 1) + (/next|coming/.test(w) ? 1 : w === 'last' ? -1 : 0);
      if (q === 0) [y, q] = [y - 1, 4];
      if (q === 5) [y, q] = [y + 1, 1];
      return { date: `${pad(y, 4)}-Q${q}` };
    },
  },
  {
    name: 'season',
    description: 'A season, with a determiner or a year; "fall" only where it cannot be the noun or verb of falling.',
    example: '"this summer", "last fall", "the winter of 1994", "early spring" (published 1998-03-06) → 1998-SU, 1997-FA, 1994-WI, 1998-SP',
    pattern: /\b(?:(this|last|next|the|early|late|in|during|by|since|until)\s+(?:(?:past|coming|early|late)\s+)?)(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!\s+(?:of|in|from|to|and|by|below|back)\b(?!\s+(?:19|20)\d{2}))/gi,
    extract(ctx, m) {
      const season = SEASON_CODE[m[2]!.toLowerCase()]!;
      const w = m[1]!.toLowerCase();
      if (season === 'FA' && !/^(?:this|last|next|early|late|in|during|by|since|until)$/.test(w) && !m[3]) return null;
      const lead = ['in', 'during', 'by', 'since', 'until'].includes(w) ? m[0].indexOf(m[0].slice(w.length).trimStart()) : 0;
      if (m[3]) return { date: `${m[3]}-${season}`, start: m.index + lead };
      if (!ctx.ref) return { date: null, start: m.index + lead };
      const y = ctx.ref.getUTCFullYear();
      const mo = ctx.ref.getUTCMonth() + 1;
      const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
      let year = y;
      if (w === 'last') year = firstMonth <= mo ? y - 1 : y - 1;
      else if (w === 'next') year = firstMonth > mo ? y : y + 1;
      else if (w !== 'this') {
        const t = ctx.tense(m.index, m.index + m[0].length);
        if (t === 'past' && firstMonth > mo) year = y - 1;
        if (t === 'future' && firstMonth + 2 < mo) year = y + 1;
      }
      if (w === 'last' && firstMonth > mo) year = y - 1;
      if (w === 'last' && firstMonth <= mo && season !== 'WI') year = mo >= firstMonth + 3 ? y : y - 1;
      return { date: `${pad(year, 4)}-${season}`, start: m.index + lead };
    },
  },
  {
    name: 'decade',
    description: 'A decade or a century, with "early", "mid-" or "late" kept in the expression.',
    example: '"the late 1970s", "the \'80s", "the nineties", "the 20th century" → 197, 198, 199, 19',
    pattern: /\b(?:the\s+)?(?:(?:early|late|mid)[-\s]+|last\s+half\s+of\s+the\s+|first\s+half\s+of\s+the\s+)?(?:(1[0-9]|20)([0-9])0['’]?s|['’]([0-9])0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\d{1,2})(?:st|nd|rd|th)\s+century)\b/gi,
    extract(ctx, m) {
      if (m[1]) return { date: m[1] + m[2] };
      if (m[3]) return { date: (Number(m[3]) <= 2 && ctx.ref && ctx.ref.getUTCFullYear() >= 2000 ? '20' : '19') + m[3] };
      if (m[4]) {
        const tens = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[m[4].toLowerCase() as 'twenties']!;
        if (!/^the\b/i.test(m[0])) return null; // "in his forties" is an age
        return { date: `19${tens}` };
      }
      if (m[5]) return { date: pad(Number(m[5]) - 1) };
      return null;
    },
  },
  {
    name: 'fiscal-year',
    description: 'A fiscal year by number, or the current one.',
    example: '"fiscal 1989", "the current fiscal year" (published 1989-10-30) → 1989, 1989',
    pattern: /\b(?:fiscal\s+((?:19|20)\d{2})|(?:the|this)\s+(?:current\s+)?(?:full\s+|fiscal\s+|full\s+fiscal\s+)year(?!-))\b/gi,
    extract(ctx, m) {
      if (m[1]) return { date: m[1] };
      return ctx.ref ? { date: String(ctx.ref.getUTCFullYear()) } : { date: null };
    },
  },
  {
    name: 'year-ago',
    description: 'The year before publication, said relative to it: "a year ago/earlier", the adjectives "year-ago" and "year-earlier" (a year: never more precise).',
    example: '"a year earlier", "year-earlier results" (published 1989-10-30) → 1988',
    pattern: /\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier))\b/gi,
    extract(ctx) {
      return ctx.ref ? { date: String(ctx.ref.getUTCFullYear() - 1) } : { date: null };
    },
  },
  {
    name: 'year-end',
    description: 'The end of the year: the year.',
    example: '"by year-end", "at year\'s end" (published 1989-10-30) → 1989',
    pattern: /\b(?:year[-\s]end|year['’]s\s+end)\b/gi,
    extract(ctx, m) {
      if (!ctx.ref) return { date: null };
      const t = ctx.tense(m.index, m.index + m[0].length);
      const y = ctx.ref.getUTCFullYear();
      return { date: String(t === 'past' && ctx.ref.getUTCMonth() < 3 ? y - 1 : y) };
    },
  },
  {
    name: 'spelled-year',
    description: 'A year spelled out, as broadcast transcripts write it, with a month or a season before it.',
    example: '"in nineteen ninety-six", "January nineteen ninety-seven" → 1996, 1997-01',
    pattern: new RegExp(String.raw`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(${SPELLED})\b`, 'gi'),
    extract(_ctx, m) {
      const y = spelledYear(m[2]!);
      if (!y) return null;
      if (m[1]) return { date: `${y}-${pad(MONTH_NAMES[m[1].slice(0, 3).toLowerCase()]!)}` };
      return { date: String(y) };
    },
  },
  {
    name: 'present-past-future',
    description: 'Words that place a statement in the present, the recent past or the future without naming a date: their date is null.',
    example: '"recently", "in recent years", "in the future" → null; "is now", "currently" → the published day',
    pattern: /\b(?:right\s+now|now(?!\s+that\b)|currently|these\s+days|(?:more\s+)?recently|recent\s+(?:years|months|weeks|days)|(?:in\s+)?recent\s+(?:weeks\s+and\s+months)|the\s+(?:near\s+|distant\s+)?future(?!\s+of\b)|the\s+(?:near|short|long)\s+term|the\s+past(?!\s+(?:\w+\s+)?(?:year|month|week|day|decade|quarter|hours?|minutes?|few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)s?\b)|(?:the\s+)?coming\s+(?:months|weeks|years|days|quarters)|future\s+(?:quarters|years|months|periods))\b/gi,
    extract(ctx, m) {
      const lead = /^in\s+/i.exec(m[0]);
      // the present is the published day
      const now = /^(?:right\s+now|now|currently|these\s+days)$/i.test(m[0]);
      return { date: now && ctx.ref ? dayIso(ctx.ref.getTime()) : null, start: m.index + (lead ? lead[0].length : 0) };
    },
  },
  {
    name: 'current',
    description: '"current" before a noun places it at publication, except in fixed terms (a current account, an electric current).',
    example: '"current prices" → current, null',
    pattern: /\bcurrent(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events|quarter|year|fiscal|month|week|period|assets|liabilities|flows?|carrying))\b/g,
    extract(ctx, m) {
      if (/(?:electric|ocean|strong|the)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index)) && !/the\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      return { date: null };
    },
  },
];

/** Run every parser over a sentence. */
export function parseOurs(ctx: TimeContext): Found[] {
  const out: Found[] = [];
  for (const p of PARSERS) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(ctx.text); m; m = p.pattern.exec(ctx.text)) {
      const r = p.extract(ctx, m);
      if (!r) continue;
      const start = r.start ?? m.index;
      const end = r.end ?? m.index + m[0].length;
      const f: Found = { start, end, text: ctx.text.slice(start, end), date: r.date, rule: p.name };
      if (r.future !== undefined) f.future = r.future;
      out.push(f);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// refiners over chrono's results (and ours)

const after = (ctx: TimeContext, f: Found, n = 24): string => ctx.text.slice(f.end, f.end + n);
const before = (ctx: TimeContext, f: Found, n = 24): string => ctx.text.slice(Math.max(0, f.start - n), f.start);

export const REFINERS: TimeRefiner[] = [
  {
    name: 'not-money',
    description: 'A number after a currency sign, or followed by "a share" / "a barrel", is a price, not a clock time.',
    example: '"$1.35 a share" → nothing',
    refine: (ctx, found) => found.filter((f) => !(/[$£€¥#]\s*$|\b(?:C|US|A)\$\s*[\d,.]*$/.test(before(ctx, f, 6)) || /^\s*(?:a|an|per)\s*$/i.test(f.text.replace(/^[\d.,\s]+/, '')) || /^[\d.,]+\s+a$/i.test(f.text))),
  },
  {
    name: 'not-fraction',
    description: 'Stock-price fractions and number ranges are not dates: a slash number whose denominator is 2, 4, 8, 16, 32 or 64, beside another number or "to"; a range of bare numbers.',
    example: '"eased 1/8 to 31 7/8", "rose 3 to 20" → nothing',
    refine: (ctx, found) =>
      found.filter((f) => {
        const t = f.text.trim();
        const frac = /^(\d{1,2})\/(2|4|8|16|32|64)$/.exec(t);
        if (frac && Number(frac[1]) < Number(frac[2]) && (/\d\s*$|\bto\s*$|(?:rose|fell|eased|gained|lost|dropped|added|slipped|climbed|jumped|up|down|off)\s*$/i.test(before(ctx, f, 12)) || /^\s*(?:to|points?|,|\.|\s\d)/i.test(after(ctx, f, 8)))) return false;
        if (/^[\d\s./,]*\d\s*(?:to|-|–|and)\s*[\d\s./,]*$/i.test(t) && !/:/.test(t)) return false;
        if (/^\d+\s+\d+\/\d+/.test(t) || /\d\/\d+\s*$/.test(before(ctx, f, 6))) return false;
        return true;
      }),
  },
  {
    name: 'not-name',
    description: 'A weekday abbreviation alone ("Sun", "Wed") is a name in running text; a capitalised "This Week" mid-sentence is a title; an upper-case abbreviation is not a unit ("the SEC").',
    example: '"Sun Microsystems said", "ABC\'s \\"This Week\\"", "in the SEC suit" → nothing',
    refine: (ctx, found) =>
      found.filter((f) => {
        const t = f.text.replace(/^(?:on|in|at|by)\s+/i, '');
        if (/^(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)$/.test(t) && !/^\./.test(after(ctx, f, 1))) return false;
        if (/^This Week$/.test(t) && f.start > 0) return false;
        if (/\b[A-Z]{2,}\b/.test(t) && !/\b(?:AM|PM|EST|EDT|GMT|UTC|BST|CET|PST|PDT|CST|CDT|MST|MDT)\b/.test(t)) return false;
        return true;
      }),
  },
  {
    name: 'not-verb-month',
    description: 'A month name in lower case is a word, not a month: "march", "may".',
    example: '"where marchers march each July" → July only; "you may" → nothing',
    refine: (ctx, found) => found.filter((f) => !/^(?:(?:in|on|by)\s+)?(?:march|may|june|august)$/.test(f.text) || ctx.text === ctx.text.toLowerCase()),
  },
  {
    name: 'not-bare-part-of-day',
    description: 'A part of the day alone modifying a noun ("morning talk show", "the night the plane went down") names no time of its own.',
    example: '"on the morning talk show" → nothing',
    refine: (ctx, found) => found.filter((f) => !(/^(?:morning|night|evening|afternoon)$/i.test(f.text) && (/^\s+[a-z]/.test(after(ctx, f, 3)) || /['’]s\s+$/.test(before(ctx, f, 4))))),
  },
  {
    name: 'not-part-of-day-in-name',
    description: 'A capitalised part of the day inside a name ("The Evening Courier", "Morning Herald", "Good Morning Britain") is no time.',
    example: '"told The Evening Courier" → nothing',
    refine: (ctx, found) =>
      found.filter((f) => !(/^(?:Morning|Evening|Night|Afternoon)$/.test(f.text) && (/^\s+\p{Lu}/u.test(after(ctx, f, 3)) || (f.start > 0 && /(?:^|\s)(?:The|Good)\s+$/.test(before(ctx, f, 6)))))),
  },
  {
    name: 'not-generic-today',
    description: '"today\'s world": a possessive today is the present age, not a day.',
    example: '"in today\'s world" → nothing',
    refine: (ctx, found) => found.filter((f) => !(/^today$/i.test(f.text) && /^['’]s\b/.test(after(ctx, f, 3)))),
  },
];

/** TimeML's boundary: a preposition before the expression is not part of it. */
export const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|through|throughout|during|before|after|of|to|within|into|for|as\s+of)\s+(?=\S)/i;

/** Words before an expression that belong to it: "earlier this year", "mid-November", "the end of 1990", "last June", "the past year". */
const MODIFIER_BEFORE = /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|first\s+half|second\s+half|latter\s+part|early\s+part|bulk)\s+of\s+(?:the\s+)?|\b(?:early|earlier|late|later)\s+(?:in\s+(?:the\s+)?)?|\bmid-|\bthe\s+(?:past|coming|last|next|previous|following)\s+|\b(?:this\s+coming|last|this|next|coming|past)\s+|\b(?:nearly|almost|about|some|more\s+than|less\s+than|just|only|over)\s+)$/i;

/**
 * Extend an expression over the words before it that belong to it, and cut the preposition
 * before it. `text` is the sentence; returns new bounds.
 */
export function rebound(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let t = text.slice(s, end);
  for (let p = LEADING_PREPOSITION.exec(t); p; p = LEADING_PREPOSITION.exec(t)) {
    s += p[0].length;
    t = text.slice(s, end);
  }
  // "the weekend", "the end of the month", "the past year": the article of a unit chrono read without it
  if (/^(?:weekend|end\b|beginning\b|start\b|middle\b|past\b|last\s+few\b|next\b|previous\b|following\b)/i.test(text.slice(s, end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, s - 4), s))) s -= /the\s+$/i.exec(text.slice(Math.max(0, s - 5), s))![0].length;
  // "around 7:15 p.m."
  if (/^\d/.test(text.slice(s, end))) {
    const a = /\b(?:around|about|approximately|shortly\s+(?:before|after))\s+$/i.exec(text.slice(Math.max(0, s - 20), s));
    if (a) return { start: s - a[0].length, end };
  }
  const head = text.slice(Math.max(0, s - 60), s);
  const m = MODIFIER_BEFORE.exec(head);
  if (m && m[0].trim()) {
    let add = m[0];
    // keep what belongs: the modifier must end right before the expression
    if (/^\s/.test(add)) add = add.trimStart();
    const ns = s - add.length;
    // "ago" expressions take an approximator ("nearly two weeks ago"); others do not ("about yesterday")
    const approx = /^(?:nearly|almost|about|some|more\s+than|less\s+than|just|only|over)\s+$/i.test(add);
    if (!approx || /\bago$|\b(?:earlier|later|before)$/i.test(text.slice(s, end))) s = ns;
  }
  return { start: s, end };
}

/** Of overlapping expressions, keep the longer (ours on a tie: it knows the unit). */
export function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.rule === 'chrono' ? 1 : 0) - (b.rule === 'chrono' ? 1 : 0) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of sorted) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** The week a relative week expression names. */
export function weekFrom(ref: Date, shiftWeeks: number): string {
  return isoWeekOf(ref.getTime() + shiftWeeks * 7 * MS_DAY);
}

export { dayIso };
