import type { Pattern } from '../model/model-types.js';

/** Whether and when a run shows a pattern. */
export interface PatternReport {
  /** True when all conditions held long enough, where the pattern's window says. */
  readonly present: boolean;
  /** First month of the longest stretch in which all conditions held (null if never). */
  readonly fromMonth: number | null;
  /** Last month of that stretch (null if never). */
  readonly toMonth: number | null;
}

/**
 * Looks for a pattern in a run: the stretches in which all its conditions hold at once. With window
 * `any` the pattern is present when some stretch lasts at least `minMonths`; with `end`, when the
 * stretch that reaches the end of the run does.
 *
 * @param valueOf - the series of a variable by id
 */
export function detectPattern(
  pattern: Pattern,
  time: Float64Array,
  valueOf: (id: string) => Float64Array | undefined,
): PatternReport {
  const n = time.length;
  const conditions = pattern.conditions.map((c) => ({
    series: valueOf(c.variable),
    lo: c.atLeast ?? Number.NEGATIVE_INFINITY,
    hi: c.atMost ?? Number.POSITIVE_INFINITY,
  }));
  let best: [number, number] | null = null;
  let endRun: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    let holds = i < n;
    for (let k = 0; holds && k < conditions.length; k++) {
      const c = conditions[k] as (typeof conditions)[number];
      const x = c.series?.[i] ?? 0;
      holds = x >= c.lo && x <= c.hi;
    }
    if (holds && start < 0) start = i;
    if (!holds && start >= 0) {
      const run: [number, number] = [time[start] ?? 0, time[i - 1] ?? 0];
      if (best === null || run[1] - run[0] > best[1] - best[0]) best = run;
      if (i === n) endRun = run;
      start = -1;
    }
  }
  const chosen = pattern.window === 'end' ? endRun : best;
  const present = chosen !== null && chosen[1] - chosen[0] >= pattern.minMonths - 1e-9;
  return { present, fromMonth: chosen?.[0] ?? null, toMonth: chosen?.[1] ?? null };
}
