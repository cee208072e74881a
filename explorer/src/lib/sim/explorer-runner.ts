import {
  resultToJson,
  simulate,
  type Scenario,
  type SimulationResult,
  type SimulationResultJson,
} from '@samenspel/core';
import { model } from '../model.js';
import { usePrecompiledIntegrators } from './precompiled.js';

/** What a run request gives back: the main run and one run per comparison scenario. */
export interface RunOutcome {
  /** The scenario being edited. */
  readonly main: SimulationResultJson;
  /** The comparison scenarios, in request order. */
  readonly compare: readonly SimulationResultJson[];
}

/** A scenario to run and the scenarios to run beside it. */
export interface RunItem {
  /** The scenario. */
  readonly scenario: Scenario;
  /** Scenarios run beside it (e.g. the same region without its levers). */
  readonly compare: readonly Scenario[];
}

/**
 * A run and its comparisons as the runner computes them: series as `Float64Array`s, turned into
 * JSON-ready data ({@link outcomeToJson}) only when shown. `runMany` gives quick runs (no loop
 * analysis).
 */
export interface QuickOutcome {
  /** The scenario's run. */
  readonly main: SimulationResult;
  /** The runs of its comparison scenarios, in order. */
  readonly compare: readonly SimulationResult[];
}

/**
 * How the explorer runs simulations (in the browser: in a Web Worker). `run` resolves with null
 * when a newer request superseded it (only the latest request of a burst matters).
 */
export interface ExplorerRunner {
  /** Runs the scenario and its comparisons; `loops: false` skips the loop analysis (faster). */
  run(
    scenario: Scenario,
    compare: readonly Scenario[],
    options?: { loops?: boolean },
  ): Promise<RunOutcome | null>;
  /**
   * Quick runs (no loop analysis) of several scenarios in one job, in order: never superseded by
   * `run`, rejected with the runner's `CancelledError` when `signal` aborts, and with an
   * `InvalidScenarioError` (paths under `runs[i].`) when a scenario is invalid.
   */
  runMany(items: readonly RunItem[], signal?: AbortSignal): Promise<readonly QuickOutcome[]>;
  /** Stops the runner. */
  dispose(): void;
}

/** A quick outcome as JSON-ready data, as {@link ExplorerRunner.run} gives it. */
export function outcomeToJson(outcome: QuickOutcome): RunOutcome {
  return { main: resultToJson(outcome.main), compare: outcome.compare.map((r) => resultToJson(r)) };
}

/** A scenario (with loop analysis when `loops`) and its comparisons (without), on this thread. */
function runNow(scenario: Scenario, compare: readonly Scenario[], loops: boolean): QuickOutcome {
  return {
    main: simulate(model, scenario, { loops }),
    compare: compare.map((s) => simulate(model, s, { loops: false })),
  };
}

/**
 * Runs on the calling thread: for unit tests, and for browsers without Web Workers (with the
 * integrators generated at build time, as the page's Content-Security-Policy forbids generated code).
 */
export function createDirectExplorerRunner(): ExplorerRunner {
  usePrecompiledIntegrators();
  return {
    run(scenario, compare, options = {}) {
      return Promise.resolve(outcomeToJson(runNow(scenario, compare, options.loops ?? true)));
    },
    runMany(items) {
      return Promise.resolve(items.map((item) => runNow(item.scenario, item.compare, false)));
    },
    dispose() {},
  };
}
