import type { CalibrationResult } from '@samenspel/core';
import { table } from '../format/table.js';

const num = (x: number, digits = 4): string =>
  x !== 0 && Math.abs(x) < 10 ** -digits ? x.toExponential(2) : x.toFixed(digits);
const signed = (x: number): string => (x >= 0 ? `+${num(x)}` : num(x));

/**
 * A calibration as readable text: the fitted values with start and range, the sums of squares,
 * the warnings, then one line per observation with its residual.
 */
export function calibrationText(r: CalibrationResult): string {
  const rounds = new Set(r.residuals.map((x) => x.round)).size;
  const lines: string[] = [];
  lines.push(
    `Fitted ${String(r.fitted.length)} ${r.fitted.length === 1 ? 'quantity' : 'quantities'} to ${String(r.residuals.length)} ${r.residuals.length === 1 ? 'observation' : 'observations'} in ${String(rounds)} ${rounds === 1 ? 'round' : 'rounds'} (${String(r.evaluations)} runs, ${r.converged ? 'converged' : 'NOT converged: the run budget ran out'})`,
    '',
    'Fitted values',
  );
  lines.push(
    table(
      r.fitted.map((f) => [
        f.id,
        String(Number(f.value.toPrecision(6))),
        `start ${String(f.start)}`,
        `range [${String(f.min)}, ${String(f.max)}]`,
      ]),
      '  ',
    ).trimEnd(),
  );
  lines.push('', `Sum of squares ${num(r.sumOfSquares, 6)} (at the start ${num(r.startSumOfSquares, 6)})`);
  if (r.warnings.length > 0) {
    lines.push('', 'Warnings');
    for (const w of r.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  lines.push('', 'Residuals (simulated − observed)');
  lines.push(
    table(
      [
        ['round', 'month', 'factor', 'observed', 'simulated', 'residual', 'weight'],
        ...r.residuals.map((x) => [
          x.label,
          String(x.month),
          x.factor,
          num(x.observed),
          num(x.simulated),
          signed(x.residual),
          String(Number(x.weight.toPrecision(6))),
        ]),
      ],
      '  ',
    ).trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

/** A calibration as JSON (one line): fitted values, residuals, sums of squares, warnings, fitted scenario. */
export function calibrationJson(r: CalibrationResult): string {
  return `${JSON.stringify(r)}\n`;
}

/**
 * The residuals as CSV: one row per observation with columns `round` (1-based), `label`, `month`,
 * `factor`, `observed`, `simulated`, `residual`, `weight`; numbers at full precision.
 */
export function calibrationCsv(r: CalibrationResult): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const header = 'round,label,month,factor,observed,simulated,residual,weight';
  const rows = r.residuals.map((x) =>
    [
      String(x.round + 1),
      quote(x.label),
      String(x.month),
      x.factor,
      String(x.observed),
      String(x.simulated),
      String(x.residual),
      String(x.weight),
    ].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}
