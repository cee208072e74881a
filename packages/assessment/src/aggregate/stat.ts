import type { Stat } from '../types.js';

/**
 * Mean, sample standard deviation (n − 1) and count of a list of values. Empty lists give a null
 * mean; fewer than two values give a null sd.
 */
export function stat(values: readonly number[]): Stat {
  const n = values.length;
  if (n === 0) return { mean: null, sd: null, n: 0 };
  let sum = 0;
  for (const x of values) sum += x;
  const mean = sum / n;
  if (n < 2) return { mean, sd: null, n };
  let squares = 0;
  for (const x of values) squares += (x - mean) ** 2;
  return { mean, sd: Math.sqrt(squares / (n - 1)), n };
}

/** A Stat with its mean and sd hidden (privacy): only the count remains. */
export function hidden(n: number): Stat {
  return { mean: null, sd: null, n };
}
