import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.js';

describe('isCalendarDate', () => {
  it.each(['2026-01-15', '2024-02-29', '2026-12-31', '2026-07-15T10:00:00Z'])('takes %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each(['2026-13-01', '2026-02-30', '2025-02-29', '2026-00-10', '2026-04-31', '2026-1-5', 'morgen', ''])(
    'refuses %s',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});
