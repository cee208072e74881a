import type { LocalText } from './text.js';

/**
 * Where a statement of the model comes from: a source document, the section in it, and a short
 * verbatim quote from that document that states it.
 */
export interface SourceRef {
  /** File name of the source document, e.g. `002_10fb751eca06e015.txt`. */
  readonly file: string;
  /** Section heading (or path of headings) in the source document. */
  readonly section: string;
  /** A short verbatim quote from the source that states the claim (white space may differ). */
  readonly quote: string;
}

/**
 * A factor: a level between 0 and 1 (for example trust). Endogenous factors are integrated over
 * time; exogenous factors take their value from the scenario's inputs.
 */
export interface Factor {
  /** Stable camelCase id, e.g. `trust`. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the factor means, in the words of (or paraphrasing) the source. */
  readonly definition: LocalText;
  /** Ids of the mechanisms the factor takes part in. */
  readonly mechanisms: readonly string[];
  /** Default level at month 0, in [0, 1]. */
  readonly initial: number;
  /** True when the value comes from outside the model (a scenario input), not from its links. */
  readonly exogenous: boolean;
  /**
   * Growth rate r (per month): how fast the level moves up towards 1 under full pressure.
   * Ignored for exogenous factors.
   */
  readonly growthRate: number;
  /** Erosion rate e (per month): how fast the level fades when nothing maintains it. */
  readonly erosion: number;
  /**
   * Half-saturation K of the pressure response: the summed drive at which the factor gets half of
   * its full growth pressure ("enough" support). Must be positive.
   */
  readonly halfSaturation: number;
  /** Steepness n of the pressure response D^n / (K^n + D^n); 1 is gradual, 2 or more is threshold-like. */
  readonly steepness: number;
}

/** An exogenous signal that is not itself a factor of the model (for example an obligation). */
export interface Input {
  /** Stable camelCase id. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the input means. */
  readonly definition: LocalText;
  /** Mechanisms the input takes part in. */
  readonly mechanisms: readonly string[];
  /** Value used when a scenario does not set the input, in [0, 1]. */
  readonly default: number;
}

/**
 * A condition on a link. `gate`: the link works only when `by` is high enough, multiplying it by
 * v^n / (θ^n + v^n). `amplify`: multiplies it by 1 + a·v. `dampen`: multiplies it by max(0, 1 − a·v).
 */
export type Moderator =
  | {
      readonly effect: 'gate';
      /** Id of the factor or input whose level opens the gate. */
      readonly by: string;
      /** Level θ at which the gate is half open, in (0, 1]. */
      readonly threshold: number;
      /** Steepness n of the gate (1 gradual, higher sharper). */
      readonly steepness: number;
      /** The statement in the source that states the condition. */
      readonly source?: SourceRef;
    }
  | {
      readonly effect: 'amplify' | 'dampen';
      /** Id of the factor or input that strengthens or weakens the link. */
      readonly by: string;
      /** Strength a ≥ 0 of the effect per unit of `by`. */
      readonly strength: number;
      /** The statement in the source that states the condition. */
      readonly source?: SourceRef;
    };

/**
 * A causal link from one factor (or input) to another. Positive links add to the target's growth
 * pressure; negative links add to its erosion.
 */
export interface Link {
  /** Stable id, e.g. `trust-to-pioneerMotivation`. */
  readonly id: string;
  /** Source factor or input id. */
  readonly from: string;
  /** Target factor id (an endogenous factor). */
  readonly to: string;
  /** Same direction (`positive`) or opposite direction (`negative`). */
  readonly polarity: 'positive' | 'negative';
  /** Weight w ≥ 0 of the link in the target's drive. */
  readonly weight: number;
  /**
   * Optional first-order delay (months): the link sees a smoothed copy of its source that lags
   * behind it with this average delay.
   */
  readonly delay?: number;
  /**
   * What of the source the link carries: its `level` (default), or its `rise`: how far the source
   * has recently risen above its own smoothed past (a pulse after a step up that fades over
   * `riseTime` months).
   */
  readonly signal?: 'level' | 'rise';
  /** Averaging time (months) of the reference a `rise` signal is measured against. */
  readonly riseTime?: number;
  /** Reference level a `rise` signal starts from at month 0 (default: the source's initial value). */
  readonly riseFrom?: number;
  /** Conditions that gate, amplify or dampen the link; they multiply. */
  readonly moderators?: readonly Moderator[];
  /** The statement in the source that this link encodes. */
  readonly source: SourceRef;
  /** Optional modelling note. */
  readonly note?: LocalText;
}

/**
 * How a lever or a global parameter changes the model while it acts with intensity v:
 * `inflow` adds v·size to the factor's drive; `weight` multiplies a link's weight by 1 + v·size;
 * `growthRate` multiplies a factor's growth rate by 1 + v·size; `erosion` adds v·size to a factor's
 * erosion rate (the total stays ≥ 0).
 */
export type Effect =
  | { readonly target: 'inflow'; readonly factor: string; readonly size: number }
  | { readonly target: 'weight'; readonly link: string; readonly size: number }
  | { readonly target: 'growthRate'; readonly factor: string; readonly size: number }
  | { readonly target: 'erosion'; readonly factor: string; readonly size: number };

/** A named model-wide parameter whose value scales a set of effects (for example member turnover). */
export interface GlobalParameter {
  /** Stable camelCase id, usable as a key in a scenario's `parameters`. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the parameter stands for and where it comes from. */
  readonly description: LocalText;
  /** Default value. */
  readonly value: number;
  /** Smallest allowed value. */
  readonly min: number;
  /** Largest allowed value. */
  readonly max: number;
  /** Unit, e.g. `1/month`. */
  readonly unit: string;
  /** Effects applied with intensity equal to the parameter's value. */
  readonly effects: readonly Effect[];
}

/** An intervention the source recommends, with what it acts on. */
export interface Lever {
  /** Stable camelCase id, e.g. `regionalStaff`. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the lever is and how it acts, in plain words. */
  readonly description: LocalText;
  /** The mechanism whose advice the lever comes from. */
  readonly mechanism: string;
  /** The passage in the source that recommends it. */
  readonly source: SourceRef;
  /** Effects while the lever acts at intensity v (0 to 1). */
  readonly effects: readonly Effect[];
}

/** A piece of the source's advice for strengthening a mechanism. */
export interface Advice {
  /** The advice in our own words. */
  readonly text: LocalText;
  /** The source section it comes from (the quote is the advice's heading phrase). */
  readonly source: SourceRef;
  /** Ids of levers that put this advice into practice. */
  readonly levers: readonly string[];
}

/** A feedback mechanism: a named group of factors that strengthen each other. */
export interface Mechanism {
  /** Stable id, e.g. `building`. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the mechanism does. */
  readonly description: LocalText;
  /** Member factor (or input) ids. */
  readonly factors: readonly string[];
  /** The source's advice for strengthening the mechanism. */
  readonly advice: readonly Advice[];
}

/** One condition of a pattern: a variable above or below a level. */
export interface PatternCondition {
  /** Factor or input id. */
  readonly variable: string;
  /** The condition holds when the variable is at least this level. */
  readonly atLeast?: number;
  /** The condition holds when the variable is at most this level. */
  readonly atMost?: number;
}

/**
 * A recognisable behaviour of a run (for example pseudo-collaboration): all conditions hold at once
 * for at least `minMonths` in a row (`window: 'any'`) or over the last `minMonths` of the run
 * (`window: 'end'`).
 */
export interface Pattern {
  /** Stable camelCase id; the run summary reports `summary[id]` as a boolean. */
  readonly id: string;
  /** Short name. */
  readonly label: LocalText;
  /** What the pattern means and what to do about it. */
  readonly description: LocalText;
  /** Conditions that must all hold. */
  readonly conditions: readonly PatternCondition[];
  /** Minimum duration in months. */
  readonly minMonths: number;
  /** Where in the run the pattern is looked for. */
  readonly window: 'any' | 'end';
}

/**
 * A bounded-level causal model: factors between 0 and 1 that push each other up through links,
 * erode when not maintained, and are steered by inputs, levers and parameters. Plain,
 * JSON-serialisable data.
 */
export interface Model {
  /** Version of this format; currently 1. */
  readonly schemaVersion: 1;
  /** Stable id of the model. */
  readonly id: string;
  /** Name of the model. */
  readonly label: LocalText;
  /** What the model describes. */
  readonly description: LocalText;
  /** Unit of time of all rates and delays. */
  readonly timeUnit: 'month';
  /** Feedback mechanisms. */
  readonly mechanisms: readonly Mechanism[];
  /** Factors (levels in [0, 1]). */
  readonly factors: readonly Factor[];
  /** Exogenous inputs that are not factors. */
  readonly inputs: readonly Input[];
  /** Causal links. */
  readonly links: readonly Link[];
  /** Model-wide parameters. */
  readonly parameters: readonly GlobalParameter[];
  /** Interventions. */
  readonly levers: readonly Lever[];
  /** Behaviours a run summary reports. */
  readonly patterns: readonly Pattern[];
}
