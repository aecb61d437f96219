/**
 * Time expressions: chrono-node finds them, news conventions resolve them against the
 * article's published date. Pure: the reference date is always passed in, never "today".
 *
 * - A weekday alone ("Sunday", "on Tuesday night") is the most recent such day on or
 *   before the published date (news reports the past).
 * - Day and month without a year ("Nov. 27") take the published year, or the year before
 *   when that would put the day after publication.
 * - Month and year ("December 2024") resolve to `YYYY-MM`; a bare year ("in 2011") to `YYYY`.
 * - "this month" / "earlier this month" → `YYYY-MM`; "this year" → `YYYY`.
 * - Times of day and spans tied to the day ("this morning", "from 4 pm to 5 am", "now")
 *   resolve to the published day.
 * - Durations ("for 13 years", "three days") are not dates and are dropped.
 */
// English only: the package root also loads a dozen other locales (~110 ms of start-up)
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { TimeMention } from '../types.js';
import { formatIso, isoWeekOf } from '../util/isodate.js';
import { type Found, type TimeContext, LEADING_PREPOSITION, MONTH_NAMES, PARSERS, REFINERS, dropOverlaps, parseOurs, rebound, tenseAround, weekFrom, yearForDay, yearForMonth } from './time-rules.js';
export { PARSERS, REFINERS };

const MS_DAY = 86_400_000;

/** Noon UTC of a day of any year (Date.UTC reads the years 0-99 as 1900-1999). */
function utcNoon(y: number, m: number, d: number): Date {
  const t = new Date(Date.UTC(2000, 0, 1, 12));
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

function parseIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return utcNoon(y, m, d);
}

/**
 * A day as YYYY-MM-DD; null outside the years 0001-9999 that the output's dates can state
 * ("tomorrow" of 9999-12-31 is no date; "yesterday" of 0050-06-15 is 0050-06-14).
 */
function dayIso(y: number, m: number, d: number): string | null {
  return y >= 1 && y <= 9999 ? formatIso(y, m, d) : null;
}

function iso(d: Date): string | null {
  return dayIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DURATION = /^(?:for|in|within|after|over)\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|around\s+|more than\s+|less than\s+|under\s+|some\s+)?(?:the\s+(?:past|last|next)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\b.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const YEAR_RE = /\b(?:in|since|of|by|until|till|from|during|before|after|early|late|mid|around|circa|and|to)\s+(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d{2})\b(?!\s*(?:people|troops|soldiers|kilometres|km|miles|dollars|%|percent))/gi;
const THIS_MONTH = /\b(?:earlier|later)?\s*this month\b/i;
const THIS_YEAR = /\b(?:earlier|later)?\s*this year\b/i;
const LAST_YEAR = /\blast year\b/i;

/**
 * Every expression chrono's English parsers read has a digit, a month or weekday name, or one
 * of these words; a sentence with none of them is not given to chrono (most are not, and
 * chrono's dozen parsers cost as much per sentence as tagging a clause).
 */
const MAYBE_TIME = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|now|tod|ton|tom|tmr|yes|noon|night|morn|after|even|week|month|year|day|hour|hr|min|sec|decade|quarter|fortnight|ago|later|earlier|within|past|last|next|this/i;

/** Find and resolve the time expressions in one sentence. Offsets are relative to `text`. */
export function findTimes(text: string, published: string | null): TimeMention[] {
  if (!MAYBE_TIME.test(text) && !/\b(?:spring|summer|fall|autumn|winter|current|soon|future|nineteen|thousand|half|quarter|period|fiscal|century|\d0s)\b/i.test(text)) return [];
  const ref = published ? parseIso(published) : null;
  const ctx: TimeContext = { text, ref, tense: (a, b) => tenseAround(text, a, b) };
  let found: Found[] = [];
  for (const r of chrono.casual.parse(text, ref ? { instant: ref, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false })) {
    // a range ("from Sept. 14 to Thursday") is two expressions
    const parts: { index: number; text: string }[] = [];
    const sep = r.end ? /\s+(?:to|through|until|till|and)\s+|\s*[-–]\s*/i.exec(r.text) : null;
    if (sep && sep.index > 0) {
      parts.push({ index: r.index, text: r.text.slice(0, sep.index) });
      parts.push({ index: r.index + sep.index + sep[0].length, text: r.text.slice(sep.index + sep[0].length) });
    } else parts.push({ index: r.index, text: r.text });
    for (const part of parts) {
      const sub = parts.length > 1 ? chrono.casual.parse(part.text, ref ? { instant: ref, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false })[0] : r;
      if (!sub) continue;
      const idx = parts.length > 1 ? part.index + sub.index : r.index;
      const t0 = sub.text.replace(/[\s,.;:!?]+$/, '');
      // "a.m."/"p.m." end in a period that belongs to them
      const t = /\b[ap]\.m$/i.test(t0) ? t0 + '.' : t0;
      const f = resolveChrono(ctx, sub.start, idx, t);
      if (f) found.push(f);
    }
  }
  // Bare years: "in 2011", "since 2018".
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (found.some((o) => o.start < end && start < o.end)) continue;
    found.push({ start, end, text: m[1]!, date: m[1]!, rule: 'year' });
  }
  // "this month"/"this year" chrono may miss
  for (const re of [THIS_MONTH, THIS_YEAR]) {
    const m = re.exec(text);
    if (m && ref) {
      const s = m.index + (m[0].length - m[0].trimStart().length);
      const e = m.index + m[0].length;
      if (!found.some((o) => o.start < e && s < o.end)) found.push({ start: s, end: e, text: text.slice(s, e), date: (re === THIS_MONTH ? iso(ref)?.slice(0, 7) : iso(ref)?.slice(0, 4)) ?? null, rule: 'this-unit' });
    }
  }
  for (const rf of REFINERS) found = rf.refine(ctx, found);
  // TimeML's boundaries: no preposition, the modifiers that belong ("earlier this year")
  found = found.map((f) => {
    const b = rebound(text, f.start, f.end);
    if (b.start === f.start) return f;
    const grown = text.slice(b.start, f.start);
    const g: Found = { ...f, start: b.start, text: text.slice(b.start, b.end) };
    // "last June", "next May": the modifier decides the year of a bare month
    const mo = /^(last|next|this)\s+$/i.exec(grown.replace(/^.*?\b(?=(?:last|next|this)\s+$)/i, ''));
    const month = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/.exec(f.text.replace(LEADING_PREPOSITION, ''));
    if (mo && month && ref) {
      const n = MONTH_NAMES[month[1]!.slice(0, 3).toLowerCase()]!;
      const M = ref.getUTCMonth() + 1;
      const y = ref.getUTCFullYear();
      const w = mo[1]!.toLowerCase();
      g.date = `${w === 'last' ? (n < M ? y : y - 1) : w === 'next' ? (n > M ? y : y + 1) : y}-${String(n).padStart(2, '0')}`;
      delete g.future;
    }
    return g;
  });
  const ours = parseOurs(ctx).map((f) => (f.date === null ? f : { ...f, ...rebound(text, f.start, f.end) })).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
  found = dropOverlaps([...found, ...ours]);
  return found.map((f) => {
    const tm: TimeMention = { start: f.start, end: f.end, text: f.text, date: f.date };
    if (f.future !== undefined && f.future !== f.date) tm.future = f.future;
    return tm;
  });
}

const WEEKDAY_WORD = /\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;

/** One chrono result as an expression with its date at the granularity the text gives. */
function resolveChrono(ctx: TimeContext, c: ParsedComponents, index: number, t: string): Found | null {
  const ref = ctx.ref;
  if (DURATION.test(t)) return null;
  if (/^\d{1,2}(?:\.\d+)?$/.test(t)) return null; // a bare number
  // "at 4%", "at 4.5": a number after "at" is a rate or a score unless it says am/pm or o'clock
  if (/^at\s+\d{1,2}(?:[.,]\d+)?$/i.test(t) || /^[%.,]?\d*%/.test(ctx.text.slice(index + t.length))) return null;
  if (/^(?:\d{1,2}\s*(?:am|pm))$/i.test(t) && !ref) return null;
  const f: Found = { start: index, end: index + t.length, text: t, date: null, rule: 'chrono' };
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (!ref) {
    // without a publication date only dates that state their year can be resolved
    const full = c.isCertain('year') && /\b\d{4}\b/.test(t);
    if (full) f.date = c.isCertain('day') ? dayIso(year ?? 0, month ?? 1, day ?? 1) : c.isCertain('month') ? `${year}-${String(month).padStart(2, '0')}` : String(year);
    return f;
  }
  const tense = ctx.tense(f.start, f.end);
  const bare = t.replace(LEADING_PREPOSITION, '').toLowerCase();
  let m: RegExpExecArray | null;
  // units named relative to publication keep their unit: a week, a month, a year
  if ((m = /^(?:the\s+)?(last|this|next|past|coming|previous|following)?\s*week$/.exec(bare))) {
    const w = m[1] ?? 'this';
    f.date = weekFrom(ref, w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0);
    return f;
  }
  if ((m = /^(?:the\s+|this\s+|last\s+|next\s+|over\s+the\s+)?weekend$/.exec(bare))) {
    const wd = ref.getUTCDay();
    const w = /last/.test(bare) ? 'past' : /next/.test(bare) ? 'future' : /this/.test(bare) && wd !== 0 && wd !== 6 ? tense ?? 'future' : tense ?? 'past';
    const shift = wd === 0 || wd === 6 ? (w === 'future' && /next/.test(bare) ? 1 : 0) : w === 'future' ? 0 : -1;
    f.date = `${weekFrom(new Date(ref.getTime() - (wd === 0 ? 1 : 0) * MS_DAY), shift)}-WE`;
    return f;
  }
  if ((m = /^(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+(ago|earlier|before|later|from now|hence)$/.exec(bare.replace(/^(?:nearly|almost|about|some|more than|less than|just|only|over)\s+/, '')))) {
    const back = /ago|earlier|before/.test(m[3]!);
    const dt = utcNoon(year ?? 2000, month ?? 1, day ?? 1).getTime();
    if (m[2] === 'week') f.date = isoWeekOf(dt);
    else if (m[2] === 'month') f.date = iso(new Date(dt))?.slice(0, 7) ?? null;
    else if (m[2] === 'year') f.date = String(new Date(dt).getUTCFullYear());
    else f.date = iso(new Date(dt));
    if (!back && !/later|from now|hence/.test(m[3]!)) f.date = null;
    return f;
  }
  if (/^(?:a\s+few|several|many|some)\s+\w+\s+(?:ago|earlier|later)$/.test(bare)) return f; // vague: no date
  if (/^(?:the\s+)?(?:last|past|next|coming|recent)\s+(?:(?:few|several|many|couple\s+of)\s+)?(?:days|weeks|months|years|decades)$/.test(bare)) return f;
  if ((m = /^(?:the\s+)?(last|this|next|past|coming|previous|current)\s+month$/.exec(bare))) {
    const k = /last|past|previous/.test(m[1]!) ? -1 : /next|coming/.test(m[1]!) ? 1 : 0;
    const mm = ref.getUTCMonth() + k;
    f.date = iso(utcNoon(ref.getUTCFullYear(), mm + 1, 1))?.slice(0, 7) ?? null;
    return f;
  }
  if ((m = /^(?:the\s+)?(last|this|next|past|coming|previous|current)\s+year$/.exec(bare))) {
    f.date = String(ref.getUTCFullYear() + (/last|past|previous/.test(m[1]!) ? -1 : /next|coming/.test(m[1]!) ? 1 : 0));
    return f;
  }
  if (/^the\s+year$/.test(bare)) {
    if (/^[-\s]*(?:ago|earlier|before|after|of|when|that|in which|the)\b/i.test(ctx.text.slice(f.end))) return null;
    f.date = String(ref.getUTCFullYear());
    return f;
  }
  if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
    f.date = dayIso(year ?? 0, month ?? 1, day ?? 1);
  } else if (c.isCertain('month') && c.isCertain('day')) {
    const y = yearForDay(ref, month ?? 1, day ?? 1, tense);
    f.date = dayIso(y, month ?? 1, day ?? 1);
    const fy = yearForDay(ref, month ?? 1, day ?? 1, 'future');
    if (fy !== y && tense === null) f.future = dayIso(fy, month ?? 1, day ?? 1);
  } else if (c.isCertain('weekday') && !c.isCertain('day')) {
    const wd = c.get('weekday') ?? 0;
    const last = /\blast\s+\w+day\b|\bprevious\s+\w+day\b/i.test(t);
    const next = /\bnext\s+\w+day\b|\bcoming\s+\w+day\b/i.test(t);
    const back = (ref.getUTCDay() - wd + 7) % 7 || (last ? 7 : 0);
    const ahead = (wd - ref.getUTCDay() + 7) % 7 || (next ? 7 : 0);
    const past = iso(new Date(ref.getTime() - back * MS_DAY));
    const fut = iso(new Date(ref.getTime() + ahead * MS_DAY));
    f.date = next || (tense === 'future' && !last) ? fut : past;
    if (!last && !next && tense === null && fut !== f.date) f.future = fut;
    if (!WEEKDAY_WORD.test(t)) f.date = null;
  } else if (c.isCertain('year') && c.isCertain('month')) {
    f.date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  } else if (c.isCertain('month') && !c.isCertain('year')) {
    // a bare month: the year its clause's tense gives
    const n = month ?? 1;
    f.date = `${yearForMonth(ref, n, tense)}-${String(n).padStart(2, '0')}`;
    const fy = yearForMonth(ref, n, 'future');
    if (tense === null && `${fy}-${String(n).padStart(2, '0')}` !== f.date) f.future = `${fy}-${String(n).padStart(2, '0')}`;
  } else if (THIS_MONTH.test(t)) {
    f.date = iso(ref)?.slice(0, 7) ?? null;
  } else if (THIS_YEAR.test(t)) {
    f.date = iso(ref)?.slice(0, 4) ?? null;
  } else if (LAST_YEAR.test(t)) {
    f.date = String(ref.getUTCFullYear() - 1);
  } else if (c.isCertain('year') && !c.isCertain('month')) {
    f.date = String(year);
  } else if (!c.isCertain('day') && !c.isCertain('weekday') && (c.isCertain('hour') || /\d\s*(?:am|pm|a\.m\.|p\.m\.)|:\d\d/i.test(t)) && !/morning|afternoon|evening|night|tonight|today|noon|midnight|dawn|dusk/i.test(t)) {
    // a clock time alone ("from 4 pm to 5 am") names no day: its text is kept, its date is unknown
    f.date = null;
  } else if (/^(?:right\s+)?now$/.test(bare)) {
    f.date = iso(ref); // the present: the published day
  } else {
    // relative expressions ("yesterday", "this morning", times of a named day)
    const d = iso(utcNoon(year ?? 2000, month ?? 1, day ?? 1));
    f.date = d === null || Math.abs(parseIso(d).getTime() - ref.getTime()) > 400 * MS_DAY ? null : d;
  }
  return f;
}

const FULL_DATE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/g;

/**
 * The published date as the text gives it: a dateline in the first lines ("Published ...
 * December 8, 2024", a line holding only a date); else the latest full date in the
 * article (news is published on or after the days it reports).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_DATE =
  /\b(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?)(?:day)?\b[\s,(]{1,4}((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(\d{1,2})\b(?!,?\s*\d{4})/g;

/**
 * "Sunday, Dec. 8" without a year names a year too: one of the few in which Dec. 8 fell on a
 * Sunday. With a reference year (the latest year the batch of articles states), the latest such
 * year not after it is taken.
 */
export function weekdayPinnedDates(text: string, referenceYear: number | null): string[] {
  if (!referenceYear) return [];
  const out: string[] = [];
  WEEKDAY_DATE.lastIndex = 0;
  for (let m = WEEKDAY_DATE.exec(text); m; m = WEEKDAY_DATE.exec(text)) {
    const wd = WEEKDAYS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    const d = Number(m[3]);
    if (wd < 0 || mo < 0 || d < 1 || d > 31) continue;
    for (let y = referenceYear; y > referenceYear - 7; y--) {
      const dt = utcNoon(y, mo + 1, d);
      if (dt.getUTCMonth() === mo && dt.getUTCDay() === wd) {
        const pinned = dayIso(y, mo + 1, d);
        if (pinned) out.push(pinned);
        break;
      }
    }
  }
  return out;
}

/** The latest year stated in a full date ("December 8, 2024") in the text, or null. */
export function latestStatedYear(text: string): number | null {
  let best: number | null = null;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const y = /((?:19|20)\d{2})/.exec(m[0]);
    if (y && (!best || Number(y[1]) > best)) best = Number(y[1]);
  }
  return best;
}

export function inferPublished(text: string, referenceYear: number | null = null): string | null {
  const head = text.split(/\r?\n/).slice(0, 12);
  for (const line of head) {
    const t = line.trim();
    if (!t) continue;
    FULL_DATE.lastIndex = 0;
    const m = FULL_DATE.exec(t);
    if (!m) continue;
    const isDateline = /^(?:published|updated|posted|last updated|first published|date)\b/i.test(t) || t.length - m[0].length < 12;
    if (isDateline) {
      const d = resolveFull(m[0]);
      if (d) return d;
    }
  }
  let best: string | null = null;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const d = resolveFull(m[0]);
    if (d && (!best || d > best)) best = d;
  }
  for (const d of weekdayPinnedDates(text, referenceYear ?? (best ? Number(best.slice(0, 4)) : null))) if (!best || d > best) best = d;
  return best;
}

function resolveFull(s: string): string | null {
  const r = chrono.strict.parse(s, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  const c = r[0]?.start;
  if (!c || !c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  return formatIso(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
}

const ANAPHORIC_DAY = /\b(?:(?:later|earlier) )?(?:on )?(?:the same day|that day|that (?:morning|afternoon|evening|night)|the next day|the following day|the day before|the previous day)\b/gi;

/**
 * Days named relative to the last date the article gave: "the same day", "that night",
 * "the next day", "the day before". Offsets are relative to `text`.
 */
export function findAnaphoricDays(text: string, lastDay: string | null): TimeMention[] {
  if (!lastDay) return [];
  const out: TimeMention[] = [];
  ANAPHORIC_DAY.lastIndex = 0;
  for (let m = ANAPHORIC_DAY.exec(text); m; m = ANAPHORIC_DAY.exec(text)) {
    const t = m[0].toLowerCase();
    const shift = /next|following/.test(t) ? 1 : /before|previous/.test(t) ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: iso(new Date(parseIso(lastDay).getTime() + shift * MS_DAY)) });
  }
  return out;
}
