import type {
  Axis,
  LeastInterventionOptions,
  LeastInterventionResult,
  Model,
  Outcome,
  Scenario,
  SearchProgress,
  SimulationResult,
  Sweep1dResult,
  Sweep2dResult,
} from '@samenspel/core';

/** What to run: one scenario, and optionally others to compare it with, on one model. */
export interface RunRequest {
  /** The model (plain data; a worker runner sends each model object only once). */
  readonly model: Model;
  /** The scenario to run. */
  readonly scenario: Scenario;
  /** Scenarios to run alongside it, e.g. the region without interventions (default none). */
  readonly compare?: readonly Scenario[];
  /** Loop analysis (loops, dominance) for the main scenario (default true). */
  readonly loops?: boolean;
  /** Loop analysis for the compare scenarios too (default false: they are usually only drawn). */
  readonly compareLoops?: boolean;
}

/**
 * The results of a run as plain data: each a `SimulationResult` whose time, series and loop
 * strengths are `Float64Array`s (transferred, not copied, from a worker) and whose summary is plain
 * objects. `resultToJson` from `@samenspel/core` turns one into JSON-ready data.
 */
export interface RunResults {
  /** False: this run was computed. */
  readonly superseded: false;
  /** The result of the main scenario. */
  readonly main: SimulationResult;
  /** The results of the compare scenarios, in order. */
  readonly compare: readonly SimulationResult[];
}

/** The answer to a run request that a newer one replaced before it was computed. */
export interface Superseded {
  /** True: nothing was computed; a newer request's answer follows. */
  readonly superseded: true;
}

/**
 * The answer to {@link SimRunner.run}. A worker runner coalesces runs ("latest wins"): a request
 * that is still queued when a newer one arrives resolves with `{ superseded: true }` instead of
 * rejecting, because with a slider this is the normal case, not an error.
 */
export type RunResponse = RunResults | Superseded;

/**
 * Several runs in one job (see {@link SimRunner.runBatch}): each entry is a {@link RunRequest}
 * without its model, so `loops` defaults to true per entry as there.
 */
export interface BatchRequest {
  /** The model every run uses. */
  readonly model: Model;
  /** The runs, in order. */
  readonly runs: readonly Omit<RunRequest, 'model'>[];
}

/** A tipping-point search along one axis (see `locateThreshold` in `@samenspel/core`). */
export interface ThresholdRequest {
  /** The model. */
  readonly model: Model;
  /** The scenario every run starts from. */
  readonly base: Scenario;
  /** The quantity searched and the interval: the pattern must hold at `to` and not at `from`. */
  readonly axis: Pick<Axis, 'target' | 'from' | 'to'>;
  /** The summary pattern sought (e.g. `takeOff`). */
  readonly pattern: string;
  /** Width of the interval at which the search stops (default the core's). */
  readonly tolerance?: number | undefined;
}

/**
 * What a sweep computes, apart from the model: both request types fit it. The `*Request` types
 * below add the model and tell the result type apart.
 */
export interface SweepSpec {
  /** The scenario every run starts from. */
  readonly base: Scenario;
  /** The first axis (the columns). */
  readonly x: Axis;
  /** The second axis (the rows), for a 2-D sweep. */
  readonly y?: Axis | undefined;
  /** What to record per run. */
  readonly outcome: Outcome;
  /** Also record where this pattern is present (default: not recorded). */
  readonly pattern?: string | undefined;
}

/** A one-dimensional sweep: one run per value of `x`. */
export interface Sweep1dRequest {
  /** The model. */
  readonly model: Model;
  /** The scenario every run starts from. */
  readonly base: Scenario;
  /** The axis. */
  readonly x: Axis;
  /** No second axis. */
  readonly y?: undefined;
  /** What to record per run. */
  readonly outcome: Outcome;
  /** Also record where this pattern is present (default: not recorded). */
  readonly pattern?: string | undefined;
}

/** A two-dimensional sweep: one run per point of the grid `x` × `y`. */
export interface Sweep2dRequest extends Omit<Sweep1dRequest, 'y'> {
  /** The second axis (the rows). */
  readonly y: Axis;
}

/** A sweep over one or two axes (see `sweep1d` and `sweep2d` in `@samenspel/core`). */
export type SweepRequest = Sweep1dRequest | Sweep2dRequest;

/** The result type of a sweep request: 2-D for a request with `y`, else 1-D. */
export type SweepResultFor<R extends SweepRequest> = R extends Sweep2dRequest
  ? Sweep2dResult
  : R extends Sweep1dRequest
    ? Sweep1dResult
    : Sweep1dResult | Sweep2dResult;

/** A least-intervention search (see `findLeastIntervention` in `@samenspel/core`). */
export interface LeastInterventionRequest {
  /** The model. */
  readonly model: Model;
  /** The region's scenario, without the lever sought. */
  readonly base: Scenario;
  /** What to search for. */
  readonly options: LeastInterventionOptions;
}

/** Options of the long jobs (sweeps and searches). */
export interface JobOptions {
  /**
   * Called as the job advances (`done` of at most `total` runs). A worker runner reports once per
   * time slice, the direct runner after every run.
   */
  readonly onProgress?: (progress: SearchProgress) => void;
  /** Cancels this job when aborted: its promise rejects with a `CancelledError`. */
  readonly signal?: AbortSignal;
}

/**
 * Runs the engine for a user interface, on the same thread ({@link createDirectRunner}) or in a Web
 * Worker ({@link createWorkerRunner}); both give identical results. Every method answers with a
 * promise; expected problems (an invalid scenario) reject it with an `InvalidScenarioError` that
 * carries the diagnostics.
 */
export interface SimRunner {
  /**
   * Runs a scenario (and its compare scenarios). A worker runner computes only the latest of rapid
   * requests: older ones still waiting resolve with `{ superseded: true }`.
   */
  run(request: RunRequest): Promise<RunResponse>;
  /**
   * Runs several scenarios in one job, in order (e.g. the values a slider may take next). Never
   * coalesced; cancellable; reports progress in runs (compare runs included). When any scenario
   * is invalid, nothing is run and the promise rejects with one `InvalidScenarioError` whose paths
   * start with `runs[i].`.
   */
  runBatch(request: BatchRequest, options?: JobOptions): Promise<readonly RunResults[]>;
  /**
   * Locates where a pattern starts to hold along one axis (bisection, a dozen runs or so). Never
   * coalesced; cancellable.
   */
  locateThreshold(request: ThresholdRequest, options?: JobOptions): Promise<number | null>;
  /** Sweeps one or two axes. Never coalesced; cancellable. */
  sweep<R extends SweepRequest>(request: R, options?: JobOptions): Promise<SweepResultFor<R>>;
  /** Searches the least intervention per lever. Never coalesced; cancellable. */
  leastIntervention(
    request: LeastInterventionRequest,
    options?: JobOptions,
  ): Promise<LeastInterventionResult>;
  /** Cancels every pending sweep and search (runs are not affected); they reject with `CancelledError`. */
  cancel(): void;
  /**
   * Stops the runner: pending jobs reject with `RunnerDisposedError`, so does every later call; a
   * worker runner terminates its worker. Calling it again does nothing.
   */
  dispose(): void;
}
