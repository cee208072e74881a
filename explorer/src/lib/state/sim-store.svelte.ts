import type { Scenario, SimulationResultJson } from '@samenspel/core';
import type { ExplorerRunner } from '../sim/explorer-runner.js';

/**
 * The latest simulation of the scenario being edited, and, when it has interventions, the same
 * scenario without them (the "without levers" run shown beside it). Requests go to the runner as
 * the scenario changes; the runner drops superseded ones, so only the latest edit is shown.
 */
export class SimStore {
  /** Run of the current scenario (null before the first result). */
  result = $state.raw<SimulationResultJson | null>(null);
  /** Run of the current scenario without its interventions (null when it has none). */
  withoutLevers = $state.raw<SimulationResultJson | null>(null);
  /** A message when the last run failed. */
  error = $state<string | null>(null);
  /** Number of runs completed (for tests and the performance benchmark). */
  completed = $state(0);
  readonly #runner: ExplorerRunner;

  /** Creates the store on a runner. */
  constructor(runner: ExplorerRunner) {
    this.#runner = runner;
  }

  /** Requests a run of `scenario`; resolves when its result is shown or superseded. */
  async request(scenario: Scenario): Promise<void> {
    const interventions = scenario.interventions ?? [];
    const compare = interventions.length > 0 ? [{ ...scenario, interventions: [] }] : [];
    try {
      const outcome = await this.#runner.run(scenario, compare);
      if (outcome === null) return;
      this.result = outcome.main;
      this.withoutLevers = outcome.compare[0] ?? null;
      this.error = null;
      this.completed += 1;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Stops the runner. */
  dispose(): void {
    this.#runner.dispose();
  }
}
