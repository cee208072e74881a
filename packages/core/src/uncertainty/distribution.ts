import { normalCdf, normalQuantile } from './normal.js';
import type { UniformSource } from './random-stream.js';

/**
 * A distribution to draw an uncertain number from:
 * - `uniform`: every value in [min, max] equally likely;
 * - `triangular`: density rising linearly from `min` to a peak at `mode`, then falling to `max`;
 * - `normal`: a normal with `mean` and standard deviation `sd`, truncated to [min, max] (values
 *   outside are never drawn; the rest keep their relative likelihood).
 * Bounds are inclusive; `min` may equal `max` (the value is then fixed).
 */
export type Distribution =
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | {
      readonly kind: 'normal';
      readonly mean: number;
      readonly sd: number;
      readonly min: number;
      readonly max: number;
    };

/**
 * The problems of a distribution, each naming the field under `path` (e.g. `parameters.x.max`);
 * an empty list when it is usable.
 */
export function distributionProblems(d: Distribution, path: string): string[] {
  const problems: string[] = [];
  const finite = (field: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${path}.${field} must be a finite number, got ${JSON.stringify(value)}`);
      return false;
    }
    return true;
  };
  if (typeof d !== 'object' || (d as unknown) === null) return [`${path} must be an object with a kind`];
  switch (d.kind) {
    case 'uniform':
      if (finite('min', d.min) && finite('max', d.max) && d.min > d.max)
        problems.push(`${path}: min (${d.min}) must not exceed max (${d.max})`);
      break;
    case 'triangular':
      if (finite('min', d.min) && finite('mode', d.mode) && finite('max', d.max)) {
        if (!(d.min <= d.mode && d.mode <= d.max))
          problems.push(`${path}: needs min ≤ mode ≤ max, got ${d.min}, ${d.mode}, ${d.max}`);
      }
      break;
    case 'normal':
      if (finite('mean', d.mean) && finite('sd', d.sd) && finite('min', d.min) && finite('max', d.max)) {
        if (!(d.sd > 0)) problems.push(`${path}.sd must be greater than 0, got ${d.sd}`);
        if (d.min > d.max) problems.push(`${path}: min (${d.min}) must not exceed max (${d.max})`);
      }
      break;
    default:
      problems.push(
        `${path}.kind must be uniform, triangular or normal, got ${JSON.stringify((d as { kind?: unknown }).kind)}`,
      );
  }
  return problems;
}

/**
 * Draws one value from `d`, using one number of `uniform` (inverse transform sampling), so each
 * draw advances the stream by exactly one number. The value always lies in [min, max].
 * Assumes `d` has no {@link distributionProblems}.
 */
export function draw(d: Distribution, uniform: UniformSource): number {
  const u = uniform();
  switch (d.kind) {
    case 'uniform':
      return d.min + (d.max - d.min) * u;
    case 'triangular': {
      const width = d.max - d.min;
      if (width === 0) return d.min;
      const cut = (d.mode - d.min) / width;
      const x =
        u < cut
          ? d.min + Math.sqrt(u * width * (d.mode - d.min))
          : d.max - Math.sqrt((1 - u) * width * (d.max - d.mode));
      return clamp(x, d.min, d.max);
    }
    case 'normal': {
      // Work on the side of the mean where the truncation interval's probabilities are not close
      // to 1, so that Φ keeps its precision far into a tail.
      const flip = (d.min + d.max) / 2 > d.mean;
      const a = ((flip ? -d.max : d.min) - (flip ? -d.mean : d.mean)) / d.sd;
      const b = ((flip ? -d.min : d.max) - (flip ? -d.mean : d.mean)) / d.sd;
      const pa = normalCdf(a);
      const pb = normalCdf(b);
      const z = pb > pa ? normalQuantile(pa + u * (pb - pa)) : (a + b) / 2;
      const x = flip ? d.mean - z * d.sd : d.mean + z * d.sd;
      return clamp(x, d.min, d.max);
    }
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
