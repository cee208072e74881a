import {
  findLeastInterventionSteps,
  InvalidScenarioError,
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
import type { LeastInterventionRequest, RunRequest, RunResults, SweepSpec } from './sim-runner.js';

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
  const compare = request.compare ?? [];
  const problems: Diagnostic[] = [];
  const main = validateScenario(model, request.scenario);
  if (!main.ok) problems.push(...main.diagnostics);
  compare.forEach((scenario, i) => {
    const check = validateScenario(model, scenario);
    if (!check.ok) {
      for (const d of check.diagnostics) {
        problems.push({ ...d, path: d.path === '' ? `compare[${i}]` : `compare[${i}].${d.path}` });
      }
    }
  });
  if (problems.length > 0) throw new InvalidScenarioError(problems);

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
