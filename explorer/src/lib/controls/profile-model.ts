import type { Factor, InputSetting, Mechanism, Model, Scenario, SourceRef } from '@samenspel/core';
import { factorQuotes } from '@samenspel/icu-model';
import type { Draft } from 'immer';
import { defaultScenario } from '../model.js';

/** The mechanisms the region profile groups its sliders by, in reading order. */
export const PROFILE_MECHANISMS: readonly string[] = ['context', 'building', 'network', 'results'];

/** One group of sliders: a mechanism (null: factors in none of the listed mechanisms) and its factors. */
export interface ProfileGroup {
  /** The mechanism heading the group, or null for the rest. */
  readonly mechanism: Mechanism | null;
  /** Endogenous factors shown in this group, in model order. */
  readonly factors: readonly Factor[];
}

/**
 * Groups the endogenous factors by mechanism so that each factor gets exactly one slider: in the
 * first mechanism of `order` it belongs to. Factors in none of them form a last group (mechanism
 * null). Empty groups are left out.
 */
export function groupFactorsByMechanism(
  model: Model,
  order: readonly string[] = PROFILE_MECHANISMS,
): ProfileGroup[] {
  const byId = new Map(model.mechanisms.map((m) => [m.id, m]));
  const buckets = new Map<string | null, Factor[]>();
  for (const id of order) buckets.set(id, []);
  buckets.set(null, []);
  for (const factor of model.factors) {
    if (factor.exogenous) continue;
    const home = order.find((id) => factor.mechanisms.includes(id)) ?? null;
    buckets.get(home)?.push(factor);
  }
  return [...buckets.entries()]
    .filter(([, factors]) => factors.length > 0)
    .map(([id, factors]) => ({ mechanism: id === null ? null : (byId.get(id) ?? null), factors }));
}

/** The mechanisms a factor or input also belongs to, besides `shownIn` (for an "also in" hint). */
export function otherMechanisms(model: Model, variableId: string, shownIn: string | null): Mechanism[] {
  const ids =
    model.factors.find((f) => f.id === variableId)?.mechanisms ??
    model.inputs.find((i) => i.id === variableId)?.mechanisms ??
    [];
  return model.mechanisms.filter((m) => m.id !== shownIn && ids.includes(m.id));
}

/** The seed quote that defines or illustrates a factor or input (Dutch, verbatim), if there is one. */
export function quoteFor(variableId: string): SourceRef | undefined {
  return (factorQuotes as Readonly<Record<string, SourceRef>>)[variableId];
}

/** The short form of a source section path: its last part ("… > Vertrouwen" → "Vertrouwen"). */
export function sectionTail(section: string): string {
  return section.split('>').at(-1)?.trim() ?? section;
}

/** Starting level of an endogenous factor in the scenario (the model's default when unset). */
export function initialLevel(model: Model, scenario: Scenario, factorId: string): number {
  return scenario.initial?.[factorId] ?? model.factors.find((f) => f.id === factorId)?.initial ?? 0;
}

/** Default value of an exogenous factor or input. */
export function inputDefault(model: Model, inputId: string): number {
  return (
    model.factors.find((f) => f.id === inputId)?.initial ??
    model.inputs.find((i) => i.id === inputId)?.default ??
    0
  );
}

/** True when two input settings are the same constant or the same series. */
export function sameSetting(a: InputSetting | undefined, b: InputSetting | undefined): boolean {
  if (a === undefined || b === undefined || typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((p, i) => p.month === b[i]?.month && p.value === b[i].value);
}

/** Sets a factor's starting level (0–1) in a draft; setting the same value changes nothing. */
export function setInitial(draft: Draft<Scenario>, factorId: string, value: number): void {
  draft.initial ??= {};
  if (draft.initial[factorId] !== value) draft.initial[factorId] = value;
}

/** Sets an input in a draft; setting an equal constant or series changes nothing. */
export function setInput(draft: Draft<Scenario>, inputId: string, setting: InputSetting): void {
  draft.inputs ??= {};
  if (!sameSetting(draft.inputs[inputId], setting)) {
    draft.inputs[inputId] = typeof setting === 'number' ? setting : setting.map((p) => ({ ...p }));
  }
}

/** The parts of a scenario the region profile sets: starting levels, inputs and run settings. */
type ProfilePart = Pick<Scenario, 'initial' | 'inputs' | 'horizonMonths' | 'dt' | 'method'>;

function profileDefaults(): Required<ProfilePart> {
  const d = defaultScenario();
  return {
    initial: d.initial ?? {},
    inputs: d.inputs ?? {},
    horizonMonths: d.horizonMonths ?? 60,
    dt: d.dt ?? 0.25,
    method: d.method ?? 'rk4',
  };
}

/**
 * Sets the profile back to the model's defaults (starting levels, inputs, horizon, step, method),
 * leaving the name, interventions and parameter changes alone. Use inside `scenario.update`.
 */
export function resetProfile(draft: Draft<Scenario>): void {
  const d = profileDefaults();
  for (const [id, v] of Object.entries(d.initial)) setInitial(draft, id, v);
  for (const [id, v] of Object.entries(d.inputs)) setInput(draft, id, v);
  if (draft.horizonMonths !== d.horizonMonths) draft.horizonMonths = d.horizonMonths;
  if (draft.dt !== d.dt) draft.dt = d.dt;
  if (draft.method !== d.method) draft.method = d.method;
}

/** True when the scenario's profile equals the model's defaults (so a reset would change nothing). */
export function isDefaultProfile(model: Model, scenario: Scenario): boolean {
  const d = profileDefaults();
  const sameInitial = model.factors
    .filter((f) => !f.exogenous)
    .every((f) => initialLevel(model, scenario, f.id) === d.initial[f.id]);
  const sameInputs = Object.entries(d.inputs).every(([id, v]) => (scenario.inputs?.[id] ?? v) === v);
  return (
    sameInitial &&
    sameInputs &&
    (scenario.horizonMonths ?? 60) === d.horizonMonths &&
    (scenario.dt ?? 0.25) === d.dt &&
    (scenario.method ?? 'rk4') === d.method
  );
}

/** Shortest and longest run the profile allows (months). */
export const HORIZON_RANGE = { min: 6, max: 240 } as const;

/** A typed horizon as whole months within {@link HORIZON_RANGE}, or null when it is not a number. */
export function parseHorizon(text: string): number | null {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return null;
  return Math.min(HORIZON_RANGE.max, Math.max(HORIZON_RANGE.min, Math.round(n)));
}
