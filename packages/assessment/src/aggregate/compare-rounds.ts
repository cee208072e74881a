import type { RoundComparison, RoundSummary } from '../types.js';

/**
 * Six months later: per factor the first round's mean, the second round's mean and the model's
 * projection for the moment of the second round, all on 0–1, with `change` = second − first and
 * `modelError` = second − projected (positive: the network did better than the model said).
 * Factors appear in the first summary's order, then any only the second summary has.
 */
export function compareRounds(
  first: RoundSummary,
  second: RoundSummary,
  projected: Readonly<Record<string, number>>,
): RoundComparison[] {
  const meanOf = (summary: RoundSummary, factor: string): number | null => {
    const mean = summary.factors.find((f) => f.factor === factor)?.all.mean ?? null;
    return mean === null ? null : mean / 100;
  };
  const factors = [...new Set([...first.factors, ...second.factors].map((f) => f.factor))];
  return factors.map((factor) => {
    const a = meanOf(first, factor);
    const b = meanOf(second, factor);
    const p = Object.hasOwn(projected, factor) ? (projected[factor] ?? null) : null;
    return {
      factor,
      first: a,
      second: b,
      projected: p,
      change: a === null || b === null ? null : b - a,
      modelError: b === null || p === null ? null : b - p,
    };
  });
}
