// Timing harness of the benchmark: warm-up, then timed batches taken in turn across all cases, so that
// a slow spell of the machine hits every case alike; the figure is the median batch.
import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} BenchCase
 * @property {string} name - label in the report
 * @property {() => number} run - one run; returns a number taken from its result, so it cannot be skipped
 */

/**
 * @typedef {object} CaseResult
 * @property {string} name - label in the report
 * @property {number} median - median runs per second over the batches
 * @property {number} min - slowest batch (runs per second)
 * @property {number} max - fastest batch (runs per second)
 * @property {number} runsPerBatch - runs in each timed batch
 * @property {number[]} samples - runs per second of every batch, in order
 */

/**
 * @typedef {object} MeasureOptions
 * @property {number} warmupMs - warm-up time per case before any timing (milliseconds)
 * @property {number} batchMs - target length of one timed batch (milliseconds)
 * @property {number} batches - number of timed batches per case
 */

/** Sum of every run's returned number; printed at the end so no result is dead code. */
let checksum = 0;

/**
 * Runs `run` `n` times and returns the elapsed milliseconds.
 *
 * @param {() => number} run - one run
 * @param {number} n - number of runs
 */
function time(run, n) {
  let sum = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) sum += run();
  const elapsed = performance.now() - start;
  checksum += sum;
  return elapsed;
}

/**
 * Warms a case up for `ms` milliseconds and returns its rate (runs per second) over the second half.
 *
 * @param {() => number} run - one run
 * @param {number} ms - warm-up time
 */
function warmUp(run, ms) {
  let n = 1;
  let spent = 0;
  let rate = 0;
  while (spent < ms) {
    const elapsed = time(run, n);
    spent += elapsed;
    if (spent >= ms / 2) rate = n / (elapsed / 1000);
    if (elapsed < 50) n *= 2;
  }
  return rate;
}

/**
 * The median of a list of numbers.
 *
 * @param {number[]} values - at least one number
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures every case: warm-up of each, then `batches` rounds in which each case runs one timed batch
 * of a fixed number of runs (sized from the warm-up rate to last about `batchMs`); the order of the
 * cases rotates from round to round.
 *
 * @param {BenchCase[]} cases - what to measure
 * @param {MeasureOptions} options - timings
 * @param {(message: string) => void} [progress] - receives a line per phase
 * @returns {{ results: CaseResult[], checksum: number }} runs per second per case, and the checksum
 */
export function measure(cases, options, progress = () => {}) {
  const sizes = cases.map((c) => {
    const rate = warmUp(c.run, options.warmupMs);
    progress(`warmed up ${c.name}: ~${Math.round(rate)} runs/s`);
    return Math.max(1, Math.round((rate * options.batchMs) / 1000));
  });
  const samples = cases.map(() => /** @type {number[]} */ ([]));
  for (let b = 0; b < options.batches; b++) {
    for (let j = 0; j < cases.length; j++) {
      const i = (b + j) % cases.length;
      const n = sizes[i];
      samples[i].push(n / (time(cases[i].run, n) / 1000));
    }
    progress(`batch ${b + 1}/${options.batches} done`);
  }
  const results = cases.map((c, i) => ({
    name: c.name,
    median: median(samples[i]),
    min: Math.min(...samples[i]),
    max: Math.max(...samples[i]),
    runsPerBatch: sizes[i],
    samples: samples[i],
  }));
  return { results, checksum };
}
