import type { Loop } from '../analysis/find-loops.js';
import type { MechanismStatus, StatusSegment } from '../analysis/mechanism-status.js';
import type { PatternReport } from '../analysis/patterns.js';
import type { Method } from '../scenario/scenario-types.js';

/** A loop as seen in one run: its structure and how strong it was over time. */
export interface LoopRun extends Loop {
  /** Strength at each saved time (1/month; see {@link loopStrengths}). */
  readonly strength: Float64Array;
  /** Share of the run (0–1) during which this was the strongest loop of the model. */
  readonly dominantShare: number;
  /** Strongest strength reached: the value of largest magnitude, with its sign. */
  readonly peakStrength: number;
}

/** A stretch of the run during which one loop was the strongest. */
export interface DominanceSegment {
  /** First month. */
  readonly fromMonth: number;
  /** Last month. */
  readonly toMonth: number;
  /** Id of the strongest loop (null when no loop carried any influence). */
  readonly loop: string | null;
}

/** How a mechanism fared over a run. */
export interface MechanismSummary {
  /** Status at the end of the run. */
  readonly status: MechanismStatus;
  /** Month since which the mechanism has had that status. */
  readonly since: number;
  /** Mean level of its endogenous factors at the end. */
  readonly level: number;
  /** The run divided into stretches of one status. */
  readonly segments: readonly StatusSegment[];
  /** Strongest loop through the mechanism at the end (null without loop analysis). */
  readonly dominantLoop: string | null;
  /** Which loop through the mechanism was strongest when. */
  readonly dominance: readonly DominanceSegment[];
}

/**
 * The summary of a run: per mechanism its status, per pattern whether it occurred, and every
 * factor's final level. For each pattern id P, `summary[P]` is also set to `patterns[P].present`
 * (so `summary.pseudoCollaboration` is a boolean for the ICU model).
 */
export interface RunSummary {
  /** Per mechanism id. */
  readonly mechanisms: Readonly<Record<string, MechanismSummary>>;
  /** Per pattern id. */
  readonly patterns: Readonly<Record<string, PatternReport>>;
  /** Final value of every series. */
  readonly final: Readonly<Record<string, number>>;
  /** `summary[patternId]`: whether the pattern occurred. */
  readonly [patternId: string]: unknown;
}

/**
 * The result of a run: columnar time series (one `Float64Array` per variable), the loops with their
 * strength over time, which loop dominated when, and a summary. `resultToJson` turns it into the
 * JSON the command line prints.
 */
export interface SimulationResult {
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
  /** Loops with their strength over the run (empty when loop analysis was switched off). */
  readonly loops: readonly LoopRun[];
  /** Which loop of the whole model was strongest when. */
  readonly dominance: readonly DominanceSegment[];
  /** The summary. */
  readonly summary: RunSummary;
}
