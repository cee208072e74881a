import type { Model } from '../model/model-types.js';

/** Where a variable's value lives while a run is under way. */
export interface VariableSlot {
  /** `state`: an integrated level in the state vector; `exogenous`: a value set from the scenario. */
  readonly kind: 'state' | 'exogenous';
  /** Index in the state vector or in the exogenous vector. */
  readonly index: number;
}

/**
 * Codes of a link's signal source: an endogenous level (`State`), an exogenous value (`Exogenous`),
 * the link's own delay state, a smoothed copy of its source (`Delayed`), or the rise of the source
 * above its smoothed reference (`Rise`).
 */
export const SourceKind = { State: 0, Exogenous: 1, Delayed: 2, Rise: 3 } as const;

/** Codes of moderator kinds: gate v^n/(θ^n+v^n), amplify 1 + a·v, dampen max(0, 1 − a·v). */
export const ModeratorKind = { Gate: 0, Amplify: 1, Dampen: 2 } as const;

/**
 * A model turned into flat typed arrays, ready for a fast step function. Built once per model by
 * {@link compileModel} and reused by every run.
 */
export interface CompiledModel {
  /** The source model. */
  readonly model: Model;
  /** Ids of the endogenous factors, in state-vector order. */
  readonly stateIds: readonly string[];
  /** Ids of the exogenous factors and inputs, in exogenous-vector order. */
  readonly exogenousIds: readonly string[];
  /** Where each variable id lives. */
  readonly slots: ReadonlyMap<string, VariableSlot>;
  /** Default value of each exogenous variable. */
  readonly exogenousDefaults: Float64Array;
  /** Number of endogenous factors (the first entries of the state vector). */
  readonly nFactors: number;
  /** Length of the state vector: factors, then delay states, then rise references. */
  readonly nState: number;
  /** Model-order index of each link, by id. */
  readonly linkIndex: ReadonlyMap<string, number>;
  /** Per link: index of the target factor in the state vector. */
  readonly linkTo: Int32Array;
  /** Per link: +1 or −1. */
  readonly linkSign: Float64Array;
  /** Per link: kind of signal source ({@link SourceKind}). */
  readonly linkSrcKind: Int32Array;
  /** Per link: index of the value the link reads (state or exogenous; for `Delayed` the delay state). */
  readonly linkSrcIndex: Int32Array;
  /** Per link: for `Rise`, index of the reference state; for `Delayed`, the underlying source. */
  readonly linkAux: Int32Array;
  /** Per link: for `Delayed` and `Rise` sources, whether the underlying source is exogenous (1) or a state (0). */
  readonly linkAuxExogenous: Int32Array;
  /** Per link: first moderator index. */
  readonly modStart: Int32Array;
  /** Per link: one past the last moderator index. */
  readonly modEnd: Int32Array;
  /** Per moderator: {@link ModeratorKind}. */
  readonly modKind: Int32Array;
  /** Per moderator: 1 when `by` is exogenous, 0 when a state. */
  readonly modExogenous: Int32Array;
  /** Per moderator: index of `by`. */
  readonly modIndex: Int32Array;
  /** Per moderator: threshold θ (gate) or strength a (amplify, dampen). */
  readonly modA: Float64Array;
  /** Per moderator: steepness n (gate only). */
  readonly modN: Float64Array;
  /** Per delay state: the link it belongs to. */
  readonly delayLink: Int32Array;
  /** Per rise reference: the link it belongs to. */
  readonly riseLink: Int32Array;
}
