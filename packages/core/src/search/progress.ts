/**
 * How far a search or sweep has come, yielded after every run by the `*Steps` generators. `total`
 * is exact for sweeps and an upper bound for searches (a search skips runs it does not need).
 */
export interface SearchProgress {
  /** Runs done so far. */
  readonly done: number;
  /** Runs the whole job takes at most. */
  readonly total: number;
}

/**
 * Runs a step generator to its end and returns its result. This is how the synchronous search
 * functions use their `*Steps` versions; a worker can instead call `next()` in time slices, so that
 * it stays responsive and can stop a job between runs.
 *
 * @param onProgress - called after every run (default: nothing)
 */
export function runToEnd<T>(
  steps: Generator<SearchProgress, T, void>,
  onProgress?: (progress: SearchProgress) => void,
): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    onProgress?.(step.value);
  }
}

/** Counts runs against a known upper bound; used by the step generators. */
export class RunTally {
  /** Runs done so far. */
  done = 0;
  /** Upper bound on the number of runs. */
  readonly total: number;

  /** Creates a tally for at most `total` runs. */
  constructor(total: number) {
    this.total = total;
  }

  /** Counts one run and returns the progress to yield. */
  count(): SearchProgress {
    this.done += 1;
    return { done: this.done, total: Math.max(this.total, this.done) };
  }
}
