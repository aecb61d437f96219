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
