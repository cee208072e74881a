import { resultToJson, simulate, type Scenario, type SimulationResultJson } from '@samenspel/core';
import { model } from '../model.js';

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
  /** Stops the runner. */
  dispose(): void;
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
    dispose() {},
  };
}
