import type { StatusSegment, MechanismStatus } from '../analysis/mechanism-status.js';
import type { Method } from '../scenario/scenario-types.js';
import type { LoopAnalysis } from './loop-analysis.js';
import { resultToJson, type SimulationResultJson } from './result-json.js';
import type {
  DominanceSegment,
  LoopRun,
  MechanismSummary,
  RunSummary,
  SimulationResult,
} from './result-types.js';

/** Computes the loop analysis once, on first use. */
export class LazyLoopAnalysis {
  #compute: (() => LoopAnalysis) | null;
  #value: LoopAnalysis | null = null;

  /** @param compute - the analysis, or null when the run was made without loop analysis */
  constructor(compute: (() => LoopAnalysis) | null) {
    this.#compute = compute;
  }

  /** The analysis, or null without loop analysis. */
  get(): LoopAnalysis | null {
    if (this.#value === null && this.#compute !== null) {
      this.#value = this.#compute();
      this.#compute = null;
    }
    return this.#value;
  }
}

/** A mechanism's summary whose loop-dominance fields are computed on first read. */
export class MechanismResult implements MechanismSummary {
  /** Status at the end of the run. */
  readonly status: MechanismStatus;
  /** Month since which the mechanism has had that status. */
  readonly since: number;
  /** Mean level of its endogenous factors at the end. */
  readonly level: number;
  /** The run divided into stretches of one status. */
  readonly segments: readonly StatusSegment[];
  readonly #id: string;
  readonly #loops: LazyLoopAnalysis;

  /** Creates the summary of mechanism `id`. */
  constructor(
    id: string,
    fields: Omit<MechanismSummary, 'dominantLoop' | 'dominance'>,
    loops: LazyLoopAnalysis,
  ) {
    this.status = fields.status;
    this.since = fields.since;
    this.level = fields.level;
    this.segments = fields.segments;
    this.#id = id;
    this.#loops = loops;
  }

  /** Strongest loop through the mechanism at the end (null without loop analysis). */
  get dominantLoop(): string | null {
    return this.dominance.at(-1)?.loop ?? null;
  }

  /** Which loop through the mechanism was strongest when. */
  get dominance(): readonly DominanceSegment[] {
    return this.#loops.get()?.byMechanism[this.#id] ?? [];
  }

  /** Plain data, including the lazily computed fields. */
  toJSON(): MechanismSummary {
    const { status, since, level, segments, dominantLoop, dominance } = this;
    return { status, since, level, segments, dominantLoop, dominance };
  }
}

/**
 * The result of {@link simulate}. Trajectories and the summary are computed with the run; the loop
 * analysis (`loops`, `dominance`, a mechanism's `dominantLoop`) on first read, because it costs many
 * times the run itself. `JSON.stringify` and {@link resultToJson} include everything.
 */
export class RunResult implements SimulationResult {
  /** Model id. */
  readonly model: string;
  /** Scenario name. */
  readonly scenario: string;
  /** Integration method used. */
  readonly method: Method;
  /** Time step (months). */
  readonly dt: number;
  /** Horizon (months). */
  readonly horizonMonths: number;
  /** Saved times (months). */
  readonly time: Float64Array;
  /** Per factor and input id: its value at each saved time. */
  readonly series: Readonly<Record<string, Float64Array>>;
  /** The summary. */
  readonly summary: RunSummary;
  readonly #loops: LazyLoopAnalysis;

  /** Assembles a result. */
  constructor(fields: Omit<SimulationResult, 'loops' | 'dominance'>, loops: LazyLoopAnalysis) {
    this.model = fields.model;
    this.scenario = fields.scenario;
    this.method = fields.method;
    this.dt = fields.dt;
    this.horizonMonths = fields.horizonMonths;
    this.time = fields.time;
    this.series = fields.series;
    this.summary = fields.summary;
    this.#loops = loops;
  }

  /** Loops with their strength over the run (empty when loop analysis was switched off). */
  get loops(): readonly LoopRun[] {
    return this.#loops.get()?.loops ?? [];
  }

  /** Which loop of the whole model was strongest when. */
  get dominance(): readonly DominanceSegment[] {
    return this.#loops.get()?.dominance ?? [];
  }

  /** Plain data for `JSON.stringify`: the same as {@link resultToJson}. */
  toJSON(): SimulationResultJson {
    return resultToJson(this);
  }
}
