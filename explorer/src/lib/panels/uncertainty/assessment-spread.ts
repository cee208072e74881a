import type { AppliedStartingValues } from '../../regions/region-repository.js';
import {
  spreadAround,
  type Distribution,
  type Model,
  type Scenario,
  type UncertaintySpec,
} from '@samenspel/core';

/**
 * How close the scenario's level must be to an applied starting value for it to count as the
 * same (the sliders move in whole percents, so any real change is far larger).
 */
export const SAME_LEVEL = 1e-9;

/**
 * Smallest standard deviation drawn with: a round where every respondent gave the same answer
 * still leaves the level uncertain by the questionnaire's coarseness, and a normal needs sd > 0.
 */
export const MIN_LEVEL_SD = 0.01;

/** Where the spread of the initial levels comes from. */
export type SpreadSource = 'assessment' | 'amount';

/** The spec of a study and which factors got which spread. */
export interface SpreadPlan {
  /** The uncertainty spec to run. */
  readonly spec: UncertaintySpec;
  /** The source asked for. */
  readonly source: SpreadSource;
  /** Endogenous factors whose initial level is drawn from the measured spread. */
  readonly measured: readonly string[];
  /** Endogenous factors that keep the ± amount (all of them when the source is `amount`). */
  readonly plain: readonly string[];
}

/** The level of `factor` in the scenario: its initial level, or an exogenous input's (first) value. */
function levelIn(model: Model, base: Scenario, id: string): number | undefined {
  const factor = model.factors.find((f) => f.id === id);
  if (factor === undefined) return undefined;
  if (!factor.exogenous) return base.initial?.[id] ?? factor.initial;
  const setting = base.inputs?.[id];
  if (setting === undefined) return factor.initial;
  if (typeof setting === 'number') return setting;
  return setting[0]?.value ?? factor.initial;
}

/**
 * Whether the applied starting values are still the scenario's: every applied factor the model
 * knows has, in `base`, the applied level (clamped to [0, 1], as it was applied) within
 * {@link SAME_LEVEL}. One moved slider, an undo or another scenario makes the scenario the user's
 * own, and the measured spread no longer describes it. False when nothing was applied.
 */
export function appliedValuesCurrent(
  model: Model,
  base: Scenario,
  applied: AppliedStartingValues | null,
): boolean {
  if (applied === null) return false;
  let known = 0;
  for (const [id, raw] of Object.entries(applied.initial)) {
    const level = levelIn(model, base, id);
    if (level === undefined || !Number.isFinite(raw)) continue;
    known++;
    if (Math.abs(level - Math.min(1, Math.max(0, raw))) > SAME_LEVEL) return false;
  }
  return known > 0;
}

/**
 * The uncertainty of a measured level: the standard error of the mean, sd / √n on 0–1 (at least
 * {@link MIN_LEVEL_SD}), since the question is how sure we are of the region's level, not how far
 * respondents were apart. Undefined with fewer than two answers (no spread was measured).
 */
export function levelSd(spread: number | undefined, answered: number | undefined): number | undefined {
  if (spread === undefined || answered === undefined || !(answered >= 2) || !Number.isFinite(spread))
    return undefined;
  return Math.max(MIN_LEVEL_SD, spread / Math.sqrt(answered));
}

/**
 * The spec of a study around `base`. With source `amount`, or when `applied` is null: every
 * initial level uniform ± `initialSpread` and every global parameter ± `parameterFraction` (core's
 * `spreadAround`). With source `assessment`: the same, except that each endogenous factor with at
 * least two answers gets a normal truncated to [0, 1] with mean = its level in `base` and sd = the
 * standard error of the measured mean ({@link levelSd}); the others keep the ± amount. Callers
 * offer `assessment` only while {@link appliedValuesCurrent} holds.
 */
export function planSpread(
  model: Model,
  base: Scenario,
  source: SpreadSource,
  applied: AppliedStartingValues | null,
  initialSpread: number,
  parameterFraction: number,
): SpreadPlan {
  const around = spreadAround(model, base, initialSpread, parameterFraction);
  const endogenous = model.factors.filter((f) => !f.exogenous);
  if (source === 'amount' || applied === null)
    return { spec: around, source: 'amount', measured: [], plain: endogenous.map((f) => f.id) };
  const initial: Record<string, Distribution> = { ...around.initial };
  const measured: string[] = [];
  const plain: string[] = [];
  for (const f of endogenous) {
    const sd = levelSd(applied.spread[f.id], applied.answered[f.id]);
    if (sd === undefined || applied.initial[f.id] === undefined) {
      plain.push(f.id);
      continue;
    }
    const mean = base.initial?.[f.id] ?? f.initial;
    initial[f.id] = { kind: 'normal', mean, sd, min: 0, max: 1 };
    measured.push(f.id);
  }
  return { spec: { ...around, initial }, source: 'assessment', measured, plain };
}
