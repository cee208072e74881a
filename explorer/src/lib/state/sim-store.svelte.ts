import { SCENARIO_DEFAULTS, type Scenario, type SimulationResultJson } from '@samenspel/core';
import { untrack } from 'svelte';
import { carryLoops } from '../sim/carry-loops.js';
import { Anticipation, type Variants } from '../sim/anticipation.js';
import {
  outcomeToJson,
  type ExplorerRunner,
  type QuickOutcome,
  type RunItem,
} from '../sim/explorer-runner.js';

/** Time steps of a scenario's run (horizon / dt, with the core's defaults). */
export function runSteps(scenario: Scenario): number {
  const horizon = scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
  const dt = scenario.dt ?? SCENARIO_DEFAULTS.dt;
  return dt > 0 ? Math.ceil(horizon / dt) : Number.POSITIVE_INFINITY;
}

/** The scenarios run beside `scenario`: the same region without its levers, when it has some. */
export function comparisonsOf(scenario: Scenario): Scenario[] {
  const interventions = scenario.interventions ?? [];
  return interventions.length > 0 ? [{ ...scenario, interventions: [] }] : [];
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
   * The run the diagram shows: {@link SimStore.result}, but an anticipated quick run shown during
   * an edit arrives one frame later, so the frame that handles a slider's input carries only the chart's
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
  readonly #anticipation: Anticipation;

  /** Creates the store on a runner. */
  constructor(runner: ExplorerRunner) {
    this.#runner = runner;
    this.#anticipation = new Anticipation(runner, comparisonsOf);
  }

  /** Idle time (ms) after the last edit before the full run with loop analysis. */
  static readonly settleMs = 150;
  /**
   * Most time steps (summed over the run and its comparison) of the runs that
   * {@link SimStore.anticipate} makes ahead: 4 × the default run (240 steps), about 0.2 ms each in
   * the worker. Longer runs are only made when asked for.
   */
  static readonly maxStepsAnticipated = 960;
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
   * or a newer request took over. Every run is the runner's (in the browser: a Web Worker's).
   *
   * When the quick run was made ahead ({@link SimStore.anticipate}), it is shown before this
   * returns, so a slider's new value is drawn in the frame that handles its input event; otherwise
   * it is asked of the runner like the full run. Called from an effect: nothing read here becomes
   * the effect's dependency.
   */
  async request(scenario: Scenario): Promise<void> {
    const generation = ++this.#generation;
    const compare = comparisonsOf(scenario);
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
      const ahead = untrack(() => this.#showAnticipated(scenario));
      if (!ahead) {
        const quick = await this.#runner.run(scenario, compare, { loops: false });
        if (quick === null || generation !== this.#generation) return;
        this.#show(scenario, carryLoops(quick.main, this.#lastFull), quick.compare[0] ?? null);
      }
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

  /**
   * Has the runner make, ahead of time, the quick runs of the scenarios a control may produce next
   * (one per position of a held slider), nearest to its position first; {@link SimStore.request}
   * then shows them at once. Replaces the previous anticipation. Runs longer than
   * {@link SimStore.maxStepsAnticipated} steps are not anticipated.
   */
  anticipate(variants: Variants): void {
    if (variants.count <= 0) return;
    const current = variants.at(Math.min(variants.count - 1, Math.max(0, Math.round(variants.from))));
    const steps = runSteps(current) + comparisonsOf(current).reduce((n, s) => n + runSteps(s), 0);
    if (!(steps <= SimStore.maxStepsAnticipated)) return;
    this.#anticipation.anticipate(variants);
  }

  /** Quick runs of several scenarios in one job of the runner (see `ExplorerRunner.runMany`). */
  runMany(items: readonly RunItem[], signal?: AbortSignal): Promise<readonly QuickOutcome[]> {
    return this.#runner.runMany(items, signal);
  }

  /** Shows the anticipated quick run of `scenario` and returns true, or returns false when there is none. */
  #showAnticipated(scenario: Scenario): boolean {
    const ahead = this.#anticipation.lookup(scenario);
    if (ahead === undefined) return false;
    const quick = outcomeToJson(ahead);
    this.#show(scenario, carryLoops(quick.main, this.#lastFull), quick.compare[0] ?? null, true);
    return true;
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
    this.#anticipation.clear();
    this.#runner.dispose();
  }
}
