const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * True when `text` starts with a real calendar date written yyyy-mm-dd (2026-02-30 and 2026-13-01
 * are not). What follows the date (a time) is checked by the caller's pattern, not here.
 */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
