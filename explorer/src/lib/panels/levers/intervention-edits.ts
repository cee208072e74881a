import { SCENARIO_DEFAULTS, type Intervention, type Scenario } from '@samenspel/core';
import type { Draft } from 'immer';

/** An edit of the scenario, for `app.scenario.update` (one undoable step). */
export type Recipe = (draft: Draft<Scenario>) => void;

/** An intervention with every field written out. */
export interface FullIntervention {
  /** Lever id. */
  readonly lever: string;
  /** Whole month the lever starts acting. */
  readonly startMonth: number;
  /** Whole month it stops acting. */
  readonly endMonth: number;
  /** Intensity 0–1. */
  readonly intensity: number;
}

/** Length of the scenario's run in months. */
export function horizonOf(scenario: Scenario): number {
  return scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;
}

/** An intervention with the engine's defaults filled in (start 0, end of the run, intensity 1). */
export function fullIntervention(iv: Intervention, horizon: number): FullIntervention {
  return {
    lever: iv.lever,
    startMonth: iv.startMonth ?? 0,
    endMonth: iv.endMonth ?? horizon,
    intensity: iv.intensity ?? 1,
  };
}

/** True when the scenario has an intervention with this lever. */
export function hasLever(scenario: Scenario, lever: string): boolean {
  return (scenario.interventions ?? []).some((iv) => iv.lever === lever);
}

function clampMonth(month: number, horizon: number): number {
  return Math.min(horizon, Math.max(0, Math.round(month)));
}

/** Adds the lever for the whole run at full intensity (start 0, end = horizon, intensity 1). */
export function addLever(lever: string, horizon: number): Recipe {
  return (draft) => {
    draft.interventions = [
      ...(draft.interventions ?? []),
      { lever, startMonth: 0, endMonth: horizon, intensity: 1 },
    ];
  };
}

/** Removes the intervention at `index`. */
export function removeIntervention(index: number): Recipe {
  return (draft) => {
    const list = draft.interventions;
    if (list === undefined || index < 0 || index >= list.length) return;
    list.splice(index, 1);
  };
}

/**
 * Sets the start month (whole months in 0..horizon). A start after the end moves the end along, so
 * the intervention never runs backwards. Not-a-number changes nothing.
 */
export function setStartMonth(index: number, month: number, horizon: number): Recipe {
  return (draft) => {
    const iv = draft.interventions?.[index];
    if (iv === undefined || !Number.isFinite(month)) return;
    const start = clampMonth(month, horizon);
    const end = iv.endMonth ?? horizon;
    iv.startMonth = start;
    if (end < start) iv.endMonth = start;
  };
}

/**
 * Sets the end month (whole months in 0..horizon). An end before the start moves the start along.
 * Not-a-number changes nothing.
 */
export function setEndMonth(index: number, month: number, horizon: number): Recipe {
  return (draft) => {
    const iv = draft.interventions?.[index];
    if (iv === undefined || !Number.isFinite(month)) return;
    const end = clampMonth(month, horizon);
    const start = iv.startMonth ?? 0;
    iv.endMonth = end;
    if (start > end) iv.startMonth = end;
  };
}

/** Sets the intensity from a percentage (0–100, whole numbers). Not-a-number changes nothing. */
export function setIntensityPercent(index: number, percent: number): Recipe {
  return (draft) => {
    const iv = draft.interventions?.[index];
    if (iv === undefined || !Number.isFinite(percent)) return;
    iv.intensity = Math.min(100, Math.max(0, Math.round(percent))) / 100;
  };
}

/** An intensity 0–1 as a whole percentage. */
export function intensityPercent(intensity: number): number {
  return Math.round(intensity * 100);
}
