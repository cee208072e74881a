import { isCalendarDate } from '@samenspel/assessment';

/** A calendar date as `yyyy-mm-dd` (no time, no zone). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is a real calendar date written `yyyy-mm-dd`, nothing more (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isCalendarDate(text);
}

/**
 * Whole months from `from` to `to` (both `yyyy-mm-dd`): a month counts once its day of the month is
 * reached (2026-01-31 → 2026-02-28 is 0 months, → 2026-03-01 is 1). Negative when `to` is earlier.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const raw = (ty - fy) * 12 + (tm - fm);
  if (raw > 0 && td < fd) return raw - 1;
  if (raw < 0 && td > fd) return raw + 1;
  return raw;
}

/** Anything with a date and a month since the first round (a `Round`). */
interface Dated {
  readonly date: string;
  readonly month: number;
}

/**
 * The rounds with `month` recomputed as whole months since the earliest round's date, in date
 * order (ties keep their order). Rounds whose month is already right are returned as they are.
 */
export function withRoundMonths<T extends Dated>(rounds: readonly T[]): T[] {
  const sorted = [...rounds].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  if (first === undefined) return [];
  return sorted.map((r) => {
    const month = monthsBetween(first.date, r.date);
    return r.month === month ? r : { ...r, month };
  });
}

/** Today's date in the browser's time zone as `yyyy-mm-dd`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
