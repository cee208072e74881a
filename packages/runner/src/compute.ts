import {
  findLeastInterventionSteps,
  InvalidScenarioError,
  locateThresholdSteps,
  simulate,
  sweep1dSteps,
  sweep2dSteps,
  validateScenario,
  type Diagnostic,
  type LeastInterventionResult,
  type Model,
  type SearchProgress,
  type Sweep1dResult,
  type Sweep2dResult,
} from '@samenspel/core';
import { packResult } from './pack-result.js';
import type {
  BatchRequest,
  LeastInterventionRequest,
  RunRequest,
  RunResults,
  SweepSpec,
  ThresholdRequest,
} from './sim-runner.js';

/** Computed results and the buffers that can be transferred with them. */
export interface Computed<T> {
  /** The results. */
  readonly value: T;
  /** Buffers inside `value` that no one else uses. */
  readonly transfer: ArrayBuffer[];
}

/**
 * Runs a request: the main scenario (with loop analysis unless `loops` is false) and each compare
 * scenario. All scenarios are validated first; if any is invalid, one `InvalidScenarioError` carries
 * every problem, compare scenarios' paths prefixed with `compare[i].`.
 */
export function computeRun(model: Model, request: Omit<RunRequest, 'model'>): Computed<RunResults> {
  const problems = runProblems(model, request);
  if (problems.length > 0) throw new InvalidScenarioError(problems);
  return computeValidRun(model, request);
}

/** `diagnostic` with its path under `prefix` (`compare[0]`, `runs[2]`). */
function under(prefix: string, diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, path: diagnostic.path === '' ? prefix : `${prefix}.${diagnostic.path}` };
}

/** Every problem of a run request's scenarios, compare scenarios' paths under `compare[i]`. */
function runProblems(model: Model, request: Omit<RunRequest, 'model'>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const main = validateScenario(model, request.scenario);
  if (!main.ok) problems.push(...main.diagnostics);
  (request.compare ?? []).forEach((scenario, i) => {
    const check = validateScenario(model, scenario);
    if (!check.ok) problems.push(...check.diagnostics.map((d) => under(`compare[${i}]`, d)));
  });
  return problems;
}

/** Runs a request whose scenarios are known to be valid. */
function computeValidRun(model: Model, request: Omit<RunRequest, 'model'>): Computed<RunResults> {
  const compare = request.compare ?? [];

  const transfer: ArrayBuffer[] = [];
  const pack = (result: ReturnType<typeof simulate>) => {
    const packed = packResult(result);
    transfer.push(...packed.transfer);
    return packed.result;
  };
  const value: RunResults = {
    superseded: false,
    main: pack(simulate(model, request.scenario, { loops: request.loops ?? true })),
    compare: compare.map((s) => pack(simulate(model, s, { loops: request.compareLoops ?? false }))),
  };
  return { value, transfer };
}

/**
 * A batch of runs as a step generator that yields after every run request (progress counts the
 * compare runs too). Every scenario is validated before the first run; when any is invalid, one
 * `InvalidScenarioError` carries every problem, paths prefixed with `runs[i].`.
 */
export function* batchSteps(
  model: Model,
  request: Pick<BatchRequest, 'runs'>,
): Generator<SearchProgress, Computed<readonly RunResults[]>, void> {
  const problems = request.runs.flatMap((run, i) =>
    runProblems(model, run).map((d) => under(`runs[${i}]`, d)),
  );
  if (problems.length > 0) throw new InvalidScenarioError(problems);
  const total = request.runs.reduce((n, run) => n + 1 + (run.compare?.length ?? 0), 0);
  const value: RunResults[] = [];
  const transfer: ArrayBuffer[] = [];
  let done = 0;
  for (const run of request.runs) {
    const computed = computeValidRun(model, run);
    value.push(computed.value);
    transfer.push(...computed.transfer);
    done += 1 + (run.compare?.length ?? 0);
    yield { done, total };
  }
  return { value, transfer };
}

/** A tipping-point search as a step generator (nothing to transfer: the result is a number). */
export function* thresholdSteps(
  model: Model,
  request: Omit<ThresholdRequest, 'model'>,
): Generator<SearchProgress, Computed<number | null>, void> {
  const options = request.tolerance === undefined ? {} : { tolerance: request.tolerance };
  const value = yield* locateThresholdSteps(model, request.base, request.axis, request.pattern, options);
  return { value, transfer: [] };
}

/** A sweep as a step generator (see `sweep1dSteps`/`sweep2dSteps` in `@samenspel/core`). */
export function* sweepSteps(
  model: Model,
  request: SweepSpec,
): Generator<SearchProgress, Computed<Sweep1dResult | Sweep2dResult>, void> {
  const options = request.pattern === undefined ? {} : { pattern: request.pattern };
  const value =
    request.y === undefined
      ? yield* sweep1dSteps(model, request.base, request.x, request.outcome, options)
      : yield* sweep2dSteps(model, request.base, request.x, request.y, request.outcome, options);
  const arrays: (Float64Array | Uint8Array | undefined)[] = [value.xValues, value.values, value.present];
  if ('yValues' in value) arrays.push((value as Sweep2dResult).yValues);
  const transfer = new Set<ArrayBuffer>();
  for (const a of arrays) if (a !== undefined && a.buffer instanceof ArrayBuffer) transfer.add(a.buffer);
  return { value, transfer: [...transfer] };
}

/** A least-intervention search as a step generator (nothing to transfer: the result is small). */
export function* leastSteps(
  model: Model,
  request: Pick<LeastInterventionRequest, 'base' | 'options'>,
): Generator<SearchProgress, Computed<LeastInterventionResult>, void> {
  const value = yield* findLeastInterventionSteps(model, request.base, request.options);
  return { value, transfer: [] };
}
