/** Normalise a metadata date ("2024-12-08", "2024-12-08T10:00:00Z", "2024-12-08 10:00:00") to YYYY-MM-DD. */
export function isoDate(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  // setUTCFullYear: Date.UTC would read the years 0-99 as 1900-1999 (0050-02-29 is no day)
  const dt = new Date(Date.UTC(2000, 0, 1));
  dt.setUTCFullYear(y, mo - 1, d);
  if (dt.getUTCMonth() !== mo - 1) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function formatIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayOf = (t: number): string => {
  const d = new Date(t);
  return formatIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** Monday of ISO week `w` of ISO year `y`, as a UTC time. */
export function isoWeekStart(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const back = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - back * 86_400_000 + (w - 1) * 7 * 86_400_000;
}

/** The ISO week of a day: `1998-W08`. */
export function isoWeekOf(t: number): string {
  const d = new Date(t);
  const wd = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + (3 - wd) * 86_400_000;
  const y = new Date(thursday).getUTCFullYear();
  const w = Math.floor((thursday - isoWeekStart(y, 1)) / (7 * 86_400_000)) + 1;
  return `${String(y).padStart(4, '0')}-W${pad2(w)}`;
}

/** Seasons as TimeML names them; winter is taken inside its year (January and February). */
const SEASONS: Record<string, [string, string]> = { SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], WI: ['01-01', '02-28'] };

/**
 * The first and last day a `when` date covers, as `YYYY-MM-DD`: a day is itself, a month or a
 * year its first and last days, a week (`1998-W08`) Monday to Sunday, a quarter (`1989-Q3`),
 * half (`1998-H1`) or season (`1998-SU`) its months, a decade (`197`) or century (`19`) its
 * years. Null, or any other text, covers nothing known: both null.
 */
export function dateRange(date: string | null): { start: string | null; end: string | null } {
  const none = { start: null, end: null };
  if (!date) return none;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date))) return { start: date, end: date };
  if ((m = /^(\d{4})-(\d{2})$/.exec(date))) return { start: `${date}-01`, end: `${date}-${pad2(lastDayOf(Number(m[1]), Number(m[2])))}` };
  if ((m = /^(\d{4})$/.exec(date))) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(date))) {
    const mon = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3] ? { start: dayOf(mon + 5 * 86_400_000), end: dayOf(mon + 6 * 86_400_000) } : { start: dayOf(mon), end: dayOf(mon + 6 * 86_400_000) };
  }
  if ((m = /^(\d{4})-([QH])([1-4])$/.exec(date))) {
    const y = Number(m[1]);
    const span = m[2] === 'Q' ? 3 : 6;
    const n = Number(m[3]);
    if (m[2] === 'H' && n > 2) return none;
    const a = span * (n - 1) + 1;
    const b = a + span - 1;
    return { start: `${m[1]}-${pad2(a)}-01`, end: `${m[1]}-${pad2(b)}-${pad2(lastDayOf(y, b))}` };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(date))) {
    const [a, b] = SEASONS[m[2]!]!;
    const end = m[2] === 'WI' ? `${m[1]}-02-${pad2(lastDayOf(Number(m[1]), 2))}` : `${m[1]}-${b}`;
    return { start: `${m[1]}-${a}`, end };
  }
  if ((m = /^(\d{3})$/.exec(date))) return { start: `${date}0-01-01`, end: `${date}9-12-31` };
  if ((m = /^(\d{2})$/.exec(date))) return { start: `${date}00-01-01`, end: `${date}99-12-31` };
  return none;
}

/** Every form a `when` date may take (JSON Schema pattern). */
export const WHEN_DATE_PATTERN = '^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\\d{2,3})$';
