import { SCENARIO_DEFAULTS, type Scenario, type SimulationResultJson } from '@samenspel/core';
import { untrack } from 'svelte';
import { carryLoops } from '../sim/carry-loops.js';
import type { ExplorerRunner, RunOutcome } from '../sim/explorer-runner.js';

/** Time steps of a scenario's run (horizon / dt, with the core's defaults). */
export function runSteps(scenario: Scenario): number {
  const horizon = scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  const dt = scenario.dt ?? SCENARIO_DEFAULTS.dt;
  return dt > 0 ? Math.ceil(horizon / dt) : Number.POSITIVE_INFINITY;
}

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
  /**
   * The last full run (with loop analysis) and its run without levers: what the side panels show.
   * They follow the edits once input settles, so a moving slider redraws only the chart and diagram.
   */
  settled = $state.raw<SimulationResultJson | null>(null);
  /** The run without levers that belongs to {@link SimStore.settled}. */
  settledWithoutLevers = $state.raw<SimulationResultJson | null>(null);
  /** The scenario {@link SimStore.settled} was run for (null before the first full run). */
  settledScenario = $state.raw<Scenario | null>(null);
  /**
   * The run the diagram shows: {@link SimStore.result}, but a quick run made during an edit
   * arrives one frame later, so the frame that handles a slider's input carries only the chart's
   * repaint and the diagram's follows in the next frame. Worker and full runs arrive at once.
   */
  diagramResult = $state.raw<SimulationResultJson | null>(null);
  /** The scenario {@link SimStore.diagramResult} was run for (null before the first result). */
  diagramScenario = $state.raw<Scenario | null>(null);
  /** A message when the last run failed. */
  error = $state<string | null>(null);
  /**
   * Set when the latest scenario asks for more than {@link SimStore.maxSteps} time steps: it is not
   * run (the runs shown are the last ones that fitted), and the page says why. Null otherwise.
   */
  tooLong = $state.raw<{ readonly steps: number; readonly horizon: number; readonly dt: number } | null>(
    null,
  );
  /** Number of runs completed (for tests and the performance benchmark). */
  completed = $state(0);
  readonly #runner: ExplorerRunner;

  /** Creates the store on a runner. */
  constructor(runner: ExplorerRunner) {
    this.#runner = runner;
  }

  /** Idle time (ms) after the last edit before the full run with loop analysis. */
  static readonly settleMs = 150;
  /**
   * Most time steps (summed over the run and its comparison) for which the quick run is made on
   * the calling thread, during the edit: 4 × the default run (240 steps), about 1–2 ms in the
   * browser. Longer runs (a long horizon or a small dt) go to the worker, so the page never stalls.
   */
  static readonly maxStepsNow = 960;
  /**
   * Most time steps of one run (the run and its comparison summed) that the explorer makes: 50,000,
   * e.g. 600 months at dt 0.0125, some seconds with loop analysis. Core accepts up to a million
   * (the command line runs those); in a page such a run would hold the worker for minutes and fill
   * a gigabyte, so the explorer says so instead.
   */
  static readonly maxSteps = 50_000;
  #generation = 0;
  #diagramFrame: number | null = null;
  #lastFull: SimulationResultJson | null = null;

  /**
   * Requests a run of `scenario`. First a quick run without loop analysis (what a moving slider
   * needs), shown with the loop analysis of the last full run carried over; then, when no newer
   * edit came within {@link SimStore.settleMs}, the full run. Resolves when the full run is shown
   * or a newer request took over.
   *
   * When the runner has `runNow` and the run is short (at most {@link SimStore.maxStepsNow} steps),
   * the quick run is made and shown before this returns, so a slider's new value is drawn in the
   * frame that handles its input event; otherwise it goes to the runner (the worker) like the full
   * run. Called from an effect: nothing read here becomes the effect's dependency.
   */
  async request(scenario: Scenario): Promise<void> {
    const generation = ++this.#generation;
    const interventions = scenario.interventions ?? [];
    const compare = interventions.length > 0 ? [{ ...scenario, interventions: [] }] : [];
    const steps = runSteps(scenario) + compare.reduce((n, s) => n + runSteps(s), 0);
    // An invalid dt (infinite steps) is left to the run, whose error names it.
    if (Number.isFinite(steps) && steps > SimStore.maxSteps) {
      this.tooLong = {
        steps,
        horizon: scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths,
        dt: scenario.dt ?? SCENARIO_DEFAULTS.dt,
      };
      return;
    }
    this.tooLong = null;
    try {
      const now = untrack(() => this.#quickNow(scenario, compare));
      const quick = now ?? (await this.#runner.run(scenario, compare, { loops: false }));
      if (quick === null || generation !== this.#generation) return;
      if (now === null)
        this.#show(scenario, carryLoops(quick.main, this.#lastFull), quick.compare[0] ?? null);
      await new Promise((resolve) => setTimeout(resolve, SimStore.settleMs));
      if (generation !== this.#generation) return;
      const full = await this.#runner.run(scenario, compare, { loops: true });
      if (full === null || generation !== this.#generation) return;
      this.#lastFull = full.main;
      this.#show(scenario, full.main, full.compare[0] ?? null);
      this.settled = full.main;
      this.settledWithoutLevers = full.compare[0] ?? null;
      this.settledScenario = scenario;
    } catch (e) {
      if (generation === this.#generation) this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** The quick run made and shown on the calling thread, or null when it is the worker's to make. */
  #quickNow(scenario: Scenario, compare: readonly Scenario[]): RunOutcome | null {
    if (this.#runner.runNow === undefined) return null;
    const steps = runSteps(scenario) + compare.reduce((n, s) => n + runSteps(s), 0);
    if (steps > SimStore.maxStepsNow) return null;
    const quick = this.#runner.runNow(scenario, compare);
    this.#show(scenario, carryLoops(quick.main, this.#lastFull), quick.compare[0] ?? null, true);
    return quick;
  }

  #show(
    scenario: Scenario,
    main: SimulationResultJson,
    withoutLevers: SimulationResultJson | null,
    later = false,
  ): void {
    this.#showInDiagram(scenario, main, later);
    this.result = main;
    this.withoutLevers = withoutLevers;
    this.error = null;
    this.completed += 1;
  }

  /**
   * Hands `run` (of `scenario`) to the diagram: at once, or (`later`, in a browser) in the frame after the current
   * one. An animation frame requested while an input event is handled runs before that same
   * frame's paint, so the update waits for a second one. A newer run replaces a pending one.
   */
  #showInDiagram(scenario: Scenario, run: SimulationResultJson, later: boolean): void {
    if (this.#diagramFrame !== null) cancelAnimationFrame(this.#diagramFrame);
    this.#diagramFrame = null;
    if (!later || typeof requestAnimationFrame !== 'function') {
      this.diagramResult = run;
      this.diagramScenario = scenario;
      return;
    }
    this.#diagramFrame = requestAnimationFrame(() => {
      this.#diagramFrame = requestAnimationFrame(() => {
        this.#diagramFrame = null;
        this.diagramResult = run;
        this.diagramScenario = scenario;
      });
    });
  }

  /** Stops the runner. */
  dispose(): void {
    if (this.#diagramFrame !== null) cancelAnimationFrame(this.#diagramFrame);
    this.#runner.dispose();
  }
}
