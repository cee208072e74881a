import { BAND_PERCENTILES, quantilesInPlace } from './percentile.js';
import { detectPattern } from '../analysis/patterns.js';
import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import { integrate, type Trajectory } from '../integrate/integrate.js';
import type { Model } from '../model/model-types.js';
import { SCENARIO_DEFAULTS, type Scenario } from '../scenario/scenario-types.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { checkPattern } from '../search/outcome.js';
import { RunTally, runToEnd, type SearchProgress } from '../search/progress.js';
import { InvalidScenarioError } from '../simulate/simulate.js';
import { sampleScenario, uncertaintyProblems, type UncertaintySpec } from './uncertainty-spec.js';

/** Options of a Monte Carlo study. */
export interface MonteCarloOptions {
  /** Number of runs of the whole study, a whole number ≥ 1. */
  readonly runs: number;
  /** Seed of the study, a whole number; run i draws from `runStream(seed, i)`. */
  readonly seed: number;
  /** What is uncertain and how (see {@link UncertaintySpec}). */
  readonly spec: UncertaintySpec;
  /** Id of a pattern whose share of runs is counted (e.g. `collaborationTakesOff`). Default: none. */
  readonly pattern?: string | undefined;
  /** Factors (or inputs) whose levels are recorded. Default: every endogenous factor, model order. */
  readonly variables?: readonly string[] | undefined;
  /** Months between recorded points, from month 0 to the horizon. Default 1. */
  readonly saveEvery?: number | undefined;
}

/**
 * The raw outcome of some runs of a study, runs `from` (inclusive) to `to` (exclusive): plain data
 * with typed arrays, so it crosses to and from workers (transfer `samples` and `present`) and can be
 * stored in a shard file. Parts of one study merge with {@link mergeMonteCarloParts} into the same
 * numbers an unsplit study gives.
 */
export interface MonteCarloPart {
  /** Identifies the study (model, base scenario, options); parts merge only when it is equal. */
  readonly study: string;
  /** Runs of the whole study. */
  readonly runs: number;
  /** Seed of the study. */
  readonly seed: number;
  /** First run in this part. */
  readonly from: number;
  /** One past the last run in this part. */
  readonly to: number;
  /** The counted pattern, or null. */
  readonly pattern: string | null;
  /** Recorded variables, in order. */
  readonly variables: readonly string[];
  /** Recorded months, ascending. */
  readonly months: Float64Array;
  /**
   * The recorded levels as 32-bit floats, one column per (variable, month) holding every run of
   * the part in run order: variable `v`, month index `m`, run `from + r` at
   * `[(v * months.length + m) * (to - from) + r]`. Columns are contiguous, so merging parts and
   * taking percentiles copy whole blocks.
   */
  readonly samples: Float32Array;
  /** Per run of the part: 1 when it showed the pattern, else 0 (all 0 without a pattern). */
  readonly present: Uint8Array;
}

/** The settings a study derives once from its options (shared by every part). */
interface StudyPlan {
  readonly study: string;
  readonly variables: readonly string[];
  readonly months: Float64Array;
  readonly rows: Int32Array;
  readonly pattern: string | null;
}

/**
 * Most values (runs × recorded variables × saved months) one Monte Carlo study keeps: 2^28, one
 * GiB of 32-bit samples. A larger study is refused before any run, not left to fail on memory.
 */
export const MAX_MONTE_CARLO_VALUES = 2 ** 28;

/**
 * Checks a study's options and derives what every part needs.
 *
 * @throws RangeError on a bad run count, seed or save interval, or a study larger than
 * {@link MAX_MONTE_CARLO_VALUES}; Error on an unknown pattern or
 * variable or a problem in the spec (all named); `InvalidScenarioError` for an invalid base scenario
 */
function planStudy(model: Model, base: Scenario, options: MonteCarloOptions): StudyPlan {
  const { runs, seed, spec } = options;
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`runs must be a whole number ≥ 1, got ${runs}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const problems = uncertaintyProblems(model, spec);
  if (problems.length > 0)
    throw new Error(`invalid uncertainty spec:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const pattern = options.pattern ?? null;
  if (pattern !== null) checkPattern(model, pattern);
  const known = new Set([...model.factors.map((f) => f.id), ...model.inputs.map((i) => i.id)]);
  const variables = options.variables ?? model.factors.filter((f) => !f.exogenous).map((f) => f.id);
  if (variables.length === 0) throw new Error('a Monte Carlo study needs at least one variable to record');
  for (const id of variables) {
    if (!known.has(id)) throw new Error(`unknown variable '${id}'; use a factor or input id of the model`);
  }
  const validation = validateScenario(model, base);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  const horizon = validation.scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  const dt = validation.scenario.dt ?? SCENARIO_DEFAULTS.dt;
  const every = options.saveEvery ?? 1;
  if (!(every > 0) || !Number.isFinite(every))
    throw new RangeError(`saveEvery must be a positive number of months, got ${every}`);
  const count = Math.floor(horizon / every + 1e-9) + 1;
  const values = runs * variables.length * count;
  if (values > MAX_MONTE_CARLO_VALUES) {
    throw new RangeError(
      `the study would keep ${values} values (${runs} runs × ${variables.length} variables × ${count} saved months), ` +
        `more than ${MAX_MONTE_CARLO_VALUES}; record fewer variables, save less often or split the runs into shards`,
    );
  }
  const months = Float64Array.from({ length: count }, (_, k) => Math.min(horizon, k * every));
  const rows = Int32Array.from(months, (m) => Math.round(m / dt));
  const study = JSON.stringify({ model: model.id, base, spec, runs, seed, pattern, variables, every });
  return { study, variables, months, rows, pattern };
}

/**
 * Runs `from` ≤ i < `to` of a study, as a generator that yields its progress after every run (so a
 * worker can report and stop between runs) and returns the {@link MonteCarloPart}. Each run
 * computes what `simulate(model, sampleScenario(base, spec, seed, i), { loops: false })` gives for
 * the recorded series and the pattern (the same integration), skipping the rest of its summary.
 *
 * @throws RangeError unless 0 ≤ from < to ≤ runs; see {@link monteCarlo} for the other errors
 */
export function* monteCarloPartSteps(
  model: Model,
  base: Scenario,
  options: MonteCarloOptions,
  from = 0,
  to = options.runs,
): Generator<SearchProgress, MonteCarloPart, void> {
  const plan = planStudy(model, base, options);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to <= options.runs)) {
    throw new RangeError(`a part needs whole numbers 0 ≤ from < to ≤ ${options.runs}, got ${from} and ${to}`);
  }
  const { variables, months, rows, pattern } = plan;
  const nV = variables.length;
  const nM = months.length;
  const samples = new Float32Array((to - from) * nV * nM);
  const present = new Uint8Array(to - from);
  const tally = new RunTally(to - from);
  // The lean path of a run: what `simulate(…, { loops: false })` computes for the series and the
  // pattern (the same integration), without its per-mechanism statuses and the rest of its summary.
  const compiled = compileModel(model);
  const seriesOf = (t: Trajectory, id: string): Float64Array | undefined => {
    const slot = compiled.slots.get(id);
    if (slot === undefined) return undefined;
    return slot.kind === 'state' ? t.states[slot.index] : t.exogenous[slot.index];
  };
  const patternDef = pattern === null ? undefined : model.patterns.find((p) => p.id === pattern);
  const len = to - from;
  for (let i = from; i < to; i++) {
    const validation = validateScenario(model, sampleScenario(base, options.spec, options.seed, i));
    if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
    const trajectory = integrate(planRun(compiled, validation.scenario));
    const r = i - from;
    for (let v = 0; v < nV; v++) {
      const series = seriesOf(trajectory, variables[v] as string) as Float64Array;
      for (let m = 0; m < nM; m++) samples[(v * nM + m) * len + r] = series[rows[m] as number] as number;
    }
    const valueOf = (id: string) => seriesOf(trajectory, id);
    if (patternDef !== undefined && detectPattern(patternDef, trajectory.time, valueOf).present)
      present[r] = 1;
    yield tally.count();
  }
  return {
    study: plan.study,
    runs: options.runs,
    seed: options.seed,
    from,
    to,
    pattern,
    variables,
    months,
    samples,
    present,
  };
}

/** {@link monteCarloPartSteps} run to its end. */
export function monteCarloPart(
  model: Model,
  base: Scenario,
  options: MonteCarloOptions,
  from = 0,
  to = options.runs,
): MonteCarloPart {
  return runToEnd(monteCarloPartSteps(model, base, options, from, to));
}

/**
 * Joins parts of one study into one part, ordered by run. Parts must belong to the same study and
 * must not overlap; together they may cover any runs (check `from === 0 && to === runs` for a
 * complete study, as {@link summariseMonteCarlo} does).
 *
 * @throws Error on no parts, parts of different studies, overlapping parts, or a gap between parts
 */
export function mergeMonteCarloParts(parts: readonly MonteCarloPart[]): MonteCarloPart {
  const sorted = [...parts].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  if (first === undefined) throw new Error('nothing to merge: no parts given');
  let at = first.from;
  for (const part of sorted) {
    if (part.study !== first.study)
      throw new Error(
        `parts of different studies cannot be merged (runs ${part.from}–${part.to - 1} differ in model, scenario or options)`,
      );
    if (part.from < at) throw new Error(`parts overlap at run ${part.from}; was a shard given twice?`);
    if (part.from > at) throw new Error(`runs ${at}–${part.from - 1} are missing; is a shard left out?`);
    at = part.to;
  }
  if (sorted.length === 1) return first;
  const total = at - first.from;
  const columns = first.variables.length * first.months.length;
  const samples = new Float32Array(columns * total);
  const present = new Uint8Array(total);
  for (const part of sorted) {
    const len = part.to - part.from;
    const offset = part.from - first.from;
    for (let c = 0; c < columns; c++) {
      samples.set(part.samples.subarray(c * len, (c + 1) * len), c * total + offset);
    }
    present.set(part.present, offset);
  }
  return { ...first, from: first.from, to: at, samples, present };
}

/** The spread of one variable over the runs, per recorded month. */
export interface MonteCarloBand {
  /** The variable. */
  readonly variable: string;
  /** 5th percentile per month. */
  readonly p5: Float64Array;
  /** 25th percentile per month. */
  readonly p25: Float64Array;
  /** Median per month. */
  readonly p50: Float64Array;
  /** 75th percentile per month. */
  readonly p75: Float64Array;
  /** 95th percentile per month. */
  readonly p95: Float64Array;
}

/** The result of a Monte Carlo study. */
export interface MonteCarloResult {
  /** Runs of the study. */
  readonly runs: number;
  /** Its seed. */
  readonly seed: number;
  /** Recorded months, ascending. */
  readonly months: Float64Array;
  /** One band per recorded variable, in order. */
  readonly bands: readonly MonteCarloBand[];
  /** The counted pattern, or null. */
  readonly pattern: string | null;
  /** Runs that showed the pattern (0 without a pattern). */
  readonly present: number;
  /** `present / runs` (NaN without a pattern). */
  readonly share: number;
}

/**
 * Percentile bands (5/25/50/75/95, see `quantileSorted`; found by selection, not a full sort) per variable and month, and the share of
 * runs showing the pattern, of a complete study (one part covering all its runs, e.g. merged).
 * The bands are exact over the recorded 32-bit samples and do not depend on how runs were split.
 *
 * @throws Error when the part does not cover every run of its study
 */
export function summariseMonteCarlo(part: MonteCarloPart): MonteCarloResult {
  if (part.from !== 0 || part.to !== part.runs)
    throw new Error(
      `the study has ${part.runs} runs but only runs ${part.from}–${part.to - 1} are here; merge every shard first`,
    );
  const n = part.runs;
  const nM = part.months.length;
  const scratch = new Float64Array(n);
  const bands = part.variables.map((variable, v) => {
    const columns = BAND_PERCENTILES.map(() => new Float64Array(nM));
    for (let m = 0; m < nM; m++) {
      const c = v * nM + m;
      scratch.set(part.samples.subarray(c * n, (c + 1) * n));
      quantilesInPlace(scratch, BAND_PERCENTILES).forEach((q, k) => ((columns[k] as Float64Array)[m] = q));
    }
    const [p5, p25, p50, p75, p95] = columns as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    return { variable, p5, p25, p50, p75, p95 };
  });
  let present = 0;
  for (const flag of part.present) present += flag;
  return {
    runs: n,
    seed: part.seed,
    months: part.months,
    bands,
    pattern: part.pattern,
    present,
    share: part.pattern === null ? Number.NaN : present / n,
  };
}

/**
 * A whole Monte Carlo study on this thread: draws each run's uncertain values (see
 * `sampleScenario`), runs it, and summarises (see {@link summariseMonteCarlo}). Deterministic in
 * (model, base, options); `@samenspel/runner`'s pools give the same numbers spread over workers.
 *
 * @throws RangeError on a bad run count, seed or save interval; Error on an unknown pattern or
 * variable or a problem in the spec; `InvalidScenarioError` when the base scenario is invalid
 */
export function monteCarlo(model: Model, base: Scenario, options: MonteCarloOptions): MonteCarloResult {
  return summariseMonteCarlo(monteCarloPart(model, base, options));
}

/**
 * The runs of shard `shard` (1-based) of `of` shards of a study of `runs` runs: the contiguous
 * block [⌊(shard−1)·runs/of⌋, ⌊shard·runs/of⌋). The blocks of shards 1…of cover every run once.
 *
 * @throws RangeError unless 1 ≤ shard ≤ of ≤ runs, all whole numbers
 */
export function shardRange(runs: number, shard: number, of: number): { from: number; to: number } {
  if (!(Number.isInteger(shard) && Number.isInteger(of) && shard >= 1 && shard <= of && of <= runs)) {
    throw new RangeError(`a shard needs whole numbers 1 ≤ i ≤ n ≤ runs (${runs}), got ${shard}/${of}`);
  }
  return { from: Math.floor(((shard - 1) * runs) / of), to: Math.floor((shard * runs) / of) };
}
