import type { Sweep1dResult, Sweep2dResult } from './sweep.js';

/** Column names of a sweep's CSV: the axes' names and the outcome's (e.g. `parameters.memberTurnover`). */
export interface SweepCsvNames {
  /** Header of the x column. */
  readonly x: string;
  /** Header of the y column (2-D sweeps). */
  readonly y?: string;
  /** Header of the outcome column. */
  readonly outcome: string;
  /** Header of the pattern column, when the sweep recorded one (default `present`). */
  readonly present?: string;
}

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A 1-D sweep as CSV: a header, then one row per axis value (`x,outcome[,present]`), numbers at full
 * precision (`String(n)`, which reads back to the same number), lines ending in `\n`.
 */
export function sweep1dToCsv(result: Sweep1dResult, names: SweepCsvNames): string {
  const header = [names.x, names.outcome];
  if (result.present !== undefined) header.push(names.present ?? 'present');
  const lines = [header.map(cell).join(',')];
  result.xValues.forEach((x, i) => {
    const row = [x, result.values[i] as number];
    if (result.present !== undefined) row.push(result.present[i] as number);
    lines.push(row.map(String).join(','));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * A 2-D sweep as CSV in long form, one row per grid point (`x,y,outcome[,present]`), y in the outer
 * order and x in the inner (the order of `values`); numbers at full precision.
 */
export function sweep2dToCsv(result: Sweep2dResult, names: SweepCsvNames): string {
  const header = [names.x, names.y ?? 'y', names.outcome];
  if (result.present !== undefined) header.push(names.present ?? 'present');
  const lines = [header.map(cell).join(',')];
  const nx = result.xValues.length;
  result.yValues.forEach((y, j) => {
    result.xValues.forEach((x, i) => {
      const k = j * nx + i;
      const row = [x, y, result.values[k] as number];
      if (result.present !== undefined) row.push(result.present[k] as number);
      lines.push(row.map(String).join(','));
    });
  });
  return `${lines.join('\n')}\n`;
}
