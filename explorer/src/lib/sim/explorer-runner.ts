import { resultToJson, simulate, type Scenario, type SimulationResultJson } from '@samenspel/core';
import { model } from '../model.js';
import { usePrecompiledIntegrators } from './precompiled.js';

// Runs on this thread (the quick run of every slider edit) use the integrators generated at build time.
usePrecompiledIntegrators();

/** What a run request gives back: the main run and one run per comparison scenario. */
export interface RunOutcome {
  /** The scenario being edited. */
  readonly main: SimulationResultJson;
  /** The comparison scenarios, in request order. */
  readonly compare: readonly SimulationResultJson[];
}

/**
 * How the explorer runs simulations. `run` resolves with null when a newer request superseded it
 * (only the latest request of a burst matters).
 */
export interface ExplorerRunner {
  /** Runs the scenario and its comparisons; `loops: false` skips the loop analysis (faster). */
  run(
    scenario: Scenario,
    compare: readonly Scenario[],
    options?: { loops?: boolean },
  ): Promise<RunOutcome | null>;
  /**
   * Runs the scenario and its comparisons without loop analysis on the calling thread and returns
   * at once (absent when the runner cannot). A quick run of the default horizon takes well under a
   * millisecond, less than a round trip to a worker, and its result can then be drawn in the very
   * frame that handles the input.
   */
  runNow?(scenario: Scenario, compare: readonly Scenario[]): RunOutcome;
  /** Stops the runner. */
  dispose(): void;
}

/** Quick runs (no loop analysis) of the scenario and its comparisons, on the calling thread. */
export function runQuickNow(scenario: Scenario, compare: readonly Scenario[]): RunOutcome {
  return {
    main: resultToJson(simulate(model, scenario, { loops: false })),
    compare: compare.map((s) => resultToJson(simulate(model, s, { loops: false }))),
  };
}

/** Runs on the calling thread (tests, and where workers are unavailable). */
export function createDirectExplorerRunner(): ExplorerRunner {
  return {
    run(scenario, compare, options = {}) {
      return Promise.resolve({
        main: resultToJson(simulate(model, scenario, { loops: options.loops ?? true })),
        compare: compare.map((s) => resultToJson(simulate(model, s, { loops: false }))),
      });
    },
    runNow: runQuickNow,
    dispose() {},
  };
}
