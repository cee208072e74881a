import type { StockFlowResult } from './stockflow-types.js';

/** Where a run first left the numbers: the variable and the saved time. */
export interface NonFiniteValue {
  /** The variable's name, as in the result. */
  readonly name: string;
  /** The first saved time at which it is NaN or infinite. */
  readonly time: number;
  /** The value there (`NaN`, `Infinity` or `-Infinity`). */
  readonly value: number;
}

/**
 * The earliest saved value of a run that is not a finite number (a division by zero, for example a
 * smoothing or delay time of 0), or null when every value is finite. Of the variables that leave the
 * numbers at that time, the first in the result's order is named.
 */
export function firstNonFinite(result: StockFlowResult): NonFiniteValue | null {
  let found: NonFiniteValue | null = null;
  let row = result.time.length;
  for (const name of result.names) {
    const series = result.series[name];
    if (series === undefined) continue;
    for (let i = 0; i < row; i++) {
      const value = series[i] as number;
      if (!Number.isFinite(value)) {
        row = i;
        found = { name, time: result.time[i] as number, value };
        break;
      }
    }
  }
  return found;
}
