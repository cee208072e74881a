import type { FitTarget } from './fit-targets.js';
import { symmetricEigen } from './symmetric-eigen.js';

/** Thresholds of the identifiability rule; see {@link IDENTIFIABILITY_RULE}. */
export interface IdentifiabilityThresholds {
  /**
   * A quantity is insensitive when moving it over its whole allowed range would change no observed
   * level by more than this (linearised at the optimum, on the 0–1 scale). Default 0.01.
   */
  readonly sensitivity?: number;
  /**
   * A combination of quantities is flat when the condition index of the column-scaled weighted
   * Jacobian exceeds this (Belsley's rule of thumb: above 30 is strong collinearity). Default 30.
   */
  readonly conditionIndex?: number;
}

/** Why a fitted quantity may not be determined by the data. */
export interface IdentifiabilityWarning {
  /**
   * `insensitive`: the observations hardly depend on it; `collinear`: the observations fix only a
   * combination of these quantities; `underdetermined`: fewer observations than quantities;
   * `at_bound`: the best value lies on a bound of its range.
   */
  readonly code: 'insensitive' | 'collinear' | 'underdetermined' | 'at_bound';
  /** Ids of the quantities concerned. */
  readonly targets: readonly string[];
  /** A sentence for people. */
  readonly message: string;
}

/** The rule {@link identifiabilityWarnings} applies, in words (for docs and help texts). */
export const IDENTIFIABILITY_RULE =
  'At the optimum, the Jacobian of the simulated observations with respect to each fitted quantity, scaled to its allowed range, is taken by central differences. ' +
  'A quantity is insensitive when its largest entry is below 0.01: moving it over its whole range would change no observed level by more than 0.01. ' +
  'For the others the weighted Jacobian columns are scaled to unit length; when the condition index sqrt(λmax/λmin) of their cross-product exceeds 30, ' +
  'the quantities with an eigenvector component above 0.3 for that eigenvalue are collinear: the data fix only a combination of them. ' +
  'Fewer observations than fitted quantities, and a fitted value on a bound of its range, are reported too.';

const fmt = (x: number): string => (Math.abs(x) >= 1e-3 || x === 0 ? x.toFixed(3) : x.toExponential(1));

/**
 * Applies {@link IDENTIFIABILITY_RULE} to the Jacobian of a calibration's simulated observations.
 *
 * @param targets - the fitted quantities (columns)
 * @param sensitivity - `sensitivity[i][j]`: change of simulated observation i per full allowed range of target j
 * @param weights - the weight of each observation's squared residual
 * @param atBound - per target, whether its fitted value lies on a bound
 */
export function identifiabilityWarnings(
  targets: readonly FitTarget[],
  sensitivity: readonly (readonly number[])[],
  weights: readonly number[],
  atBound: readonly boolean[],
  thresholds: IdentifiabilityThresholds = {},
): IdentifiabilityWarning[] {
  const minSensitivity = thresholds.sensitivity ?? 0.01;
  const maxCondition = thresholds.conditionIndex ?? 30;
  const out: IdentifiabilityWarning[] = [];
  const m = sensitivity.length;
  const n = targets.length;
  if (m < n)
    out.push({
      code: 'underdetermined',
      targets: targets.map((t) => t.id),
      message: `${String(m)} observations cannot determine ${String(n)} quantities`,
    });
  const sensitive: number[] = [];
  targets.forEach((t, j) => {
    const largest = Math.max(0, ...sensitivity.map((row) => Math.abs(row[j] ?? 0)));
    if (largest < minSensitivity)
      out.push({
        code: 'insensitive',
        targets: [t.id],
        message: `the observations hardly depend on ${t.id}: over its whole range [${String(t.min)}, ${String(t.max)}] no observed level changes by more than ${fmt(largest)}; its fitted value is not determined by the data`,
      });
    else sensitive.push(j);
  });
  if (sensitive.length >= 2) {
    const columns = sensitive.map((j) =>
      sensitivity.map((row, i) => (row[j] ?? 0) * Math.sqrt(weights[i] ?? 1)),
    );
    const unit = columns.map((c) => {
      const norm = Math.hypot(...c);
      return c.map((x) => x / norm);
    });
    const cross = unit.map((a) => unit.map((b) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0)));
    const { values, vectors } = symmetricEigen(cross);
    const largest = values.at(-1) ?? 1;
    values.forEach((lambda, k) => {
      const index = Math.sqrt(largest / Math.max(lambda, 1e-300));
      if (index <= maxCondition) return;
      const involved = (vectors[k] ?? [])
        .map((c, p) => ({ c, id: targets[sensitive[p] ?? 0]?.id ?? '' }))
        .filter((x) => Math.abs(x.c) > 0.3);
      const ids = involved.map((x) => x.id);
      out.push({
        code: 'collinear',
        targets: ids,
        message: `the observations fix only a combination of ${ids.join(', ')}: condition index ${index > 1e6 ? '> 1e6' : index.toFixed(0)} (limit ${String(maxCondition)}); their separate fitted values are not determined by the data`,
      });
    });
  }
  targets.forEach((t, j) => {
    if (atBound[j] === true)
      out.push({
        code: 'at_bound',
        targets: [t.id],
        message: `${t.id} ended on a bound of its range [${String(t.min)}, ${String(t.max)}]; the data may point beyond it`,
      });
  });
  return out;
}
