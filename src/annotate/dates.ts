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
import type { TimeMention } from '../types.js';
import { formatIso } from '../util/isodate.js';

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
function day(y: number, m: number, d: number): string | null {
  return y >= 1 && y <= 9999 ? formatIso(y, m, d) : null;
}

function iso(d: Date): string | null {
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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
  const out: TimeMention[] = [];
  if (!MAYBE_TIME.test(text)) return out;
  const ref = published ? parseIso(published) : null;
  const results = chrono.casual.parse(text, ref ? { instant: ref, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, {
    forwardDate: false,
  });
  for (const r of results) {
    // chrono may take the punctuation after a date ("on Monday,"): it is not part of it
    const t = r.text.replace(/[\s,.;:!?]+$/, '');
    if (DURATION.test(t)) continue;
    if (/^\d{1,2}(?:\.\d+)?$/.test(t)) continue; // a bare number
    // "at 4%", "at 4.5": a number after "at" is a rate or a score unless it says am/pm or o'clock
    if (/^at\s+\d{1,2}(?:[.,]\d+)?$/i.test(t) || /^[%.,]?\d*%/.test(text.slice(r.index + t.length))) continue;
    if (/^(?:\d{1,2}\s*(?:am|pm))$/i.test(t) && !ref) continue;
    const c = r.start;
    let date: string | null = null;
    if (!ref) {
      // without a publication date only dates that state their year can be resolved
      const full = c.isCertain('year') && /\b\d{4}\b/.test(t);
      const y = c.get('year');
      if (full) date = c.isCertain('day') ? day(y ?? 0, c.get('month') ?? 1, c.get('day') ?? 1) : c.isCertain('month') ? `${y}-${String(c.get('month')).padStart(2, '0')}` : String(y);
      out.push({ start: r.index, end: r.index + t.length, text: t, date });
      continue;
    }
    let future: string | null | undefined;
    const year = c.get('year');
    const month = c.get('month');
    const dayNum = c.get('day');
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      date = day(year ?? 0, month ?? 1, dayNum ?? 1);
    } else if (c.isCertain('month') && c.isCertain('day')) {
      if (ref) {
        let y = ref.getUTCFullYear();
        const candidate = utcNoon(y, month ?? 1, dayNum ?? 1).getTime();
        if (candidate - ref.getTime() > 2 * MS_DAY) y -= 1;
        date = day(y, month ?? 1, dayNum ?? 1);
      }
    } else if (c.isCertain('weekday') && !c.isCertain('day')) {
      if (ref) {
        const wd = c.get('weekday') ?? 0;
        const back = (ref.getUTCDay() - wd + 7) % 7;
        date = iso(new Date(ref.getTime() - back * MS_DAY));
        const ahead = (wd - ref.getUTCDay() + 7) % 7;
        future = iso(new Date(ref.getTime() + ahead * MS_DAY));
      }
    } else if (c.isCertain('year') && c.isCertain('month')) {
      date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    } else if (THIS_MONTH.test(t)) {
      if (ref) date = iso(ref)?.slice(0, 7) ?? null;
    } else if (THIS_YEAR.test(t)) {
      if (ref) date = iso(ref)?.slice(0, 4) ?? null;
    } else if (LAST_YEAR.test(t)) {
      if (ref) date = String(ref.getUTCFullYear() - 1);
    } else if (c.isCertain('year') && !c.isCertain('month')) {
      date = String(year);
    } else if (!c.isCertain('day') && !c.isCertain('weekday') && (c.isCertain('hour') || /\d\s*(?:am|pm|a\.m\.|p\.m\.)|:\d\d/i.test(t)) && !/morning|afternoon|evening|night|tonight|today|noon|midnight|dawn|dusk/i.test(t)) {
      // a clock time alone ("from 4 pm to 5 am") names no day: its text is kept, its date is unknown
      date = null;
    } else if (ref) {
      // relative expressions ("yesterday", "last week", "this morning", "now", times of a named day)
      date = iso(utcNoon(year ?? 2000, month ?? 1, dayNum ?? 1));
      if (date && Math.abs(parseIso(date).getTime() - ref.getTime()) > 400 * MS_DAY) date = null;
    }
    const tm: TimeMention = { start: r.index, end: r.index + t.length, text: t, date };
    if (future !== undefined) tm.future = future;
    out.push(tm);
  }
  // Bare years: "in 2011", "since 2018".
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, text: m[1]!, date: m[1]! });
  }
  // "this month"/"this year" chrono may miss
  for (const re of [THIS_MONTH, THIS_YEAR]) {
    const m = re.exec(text);
    if (m && ref) {
      const s = m.index + (m[0].length - m[0].trimStart().length);
      const e = m.index + m[0].length;
      if (!out.some((o) => o.start < e && s < o.end)) out.push({ start: s, end: e, text: text.slice(s, e), date: (re === THIS_MONTH ? iso(ref)?.slice(0, 7) : iso(ref)?.slice(0, 4)) ?? null });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
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
        const pinned = day(y, mo + 1, d);
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
