import type { Axis, AxisTarget, LocalText, Model, Scenario } from '@samenspel/core';

/** The groups the quantity menus show, in order. */
export type QuantityGroup = 'all' | 'start' | 'context' | 'setting';

/**
 * A quantity the tipping map can put on an axis: what it changes in the scenario (a core sweep
 * axis target), its range, how to show its values, and where the region stands on it now.
 */
export interface Quantity {
  /** Stable key, e.g. `initial.trust`, `inputs.externalContext`, `parameters.memberTurnover`, `initial.*`. */
  readonly key: string;
  /** Menu group. */
  readonly group: QuantityGroup;
  /** What a sweep along this quantity changes. */
  readonly target: AxisTarget;
  /** Model label; null for "all factors" (an interface text, `tipping.q.uniform`). */
  readonly label: LocalText | null;
  /** Lowest value (model units). */
  readonly from: number;
  /** Highest value (model units). */
  readonly to: number;
  /** Shown values are model values times this (levels 0–1 are shown 0–100). */
  readonly displayScale: number;
  /** Unit shown after values, as a message key (or null for plain 0–100 levels). */
  readonly unitKey: string | null;
}

/** Number of values per axis of the map (15 × 15 = 225 runs). */
export const MAP_STEPS = 15;

/** The axes the map opens with: pioneer motivation (x) against the external context (y). */
export const DEFAULT_X = 'initial.pioneerMotivation';
/** See {@link DEFAULT_X}. */
export const DEFAULT_Y = 'inputs.externalContext';

/**
 * Every quantity of the model the map can vary: all factors at once (a uniform start), each
 * endogenous factor's starting level, each exogenous factor and input (held constant), and each
 * global parameter over its own range.
 */
export function listQuantities(model: Model): Quantity[] {
  const list: Quantity[] = [
    {
      key: 'initial.*',
      group: 'all',
      target: { kind: 'uniformInitial' },
      label: null,
      from: 0,
      to: 1,
      displayScale: 100,
      unitKey: null,
    },
  ];
  for (const f of model.factors) {
    if (f.exogenous) continue;
    list.push({
      key: `initial.${f.id}`,
      group: 'start',
      target: { kind: 'initial', factor: f.id },
      label: f.label,
      from: 0,
      to: 1,
      displayScale: 100,
      unitKey: null,
    });
  }
  const exogenous = [...model.factors.filter((f) => f.exogenous), ...model.inputs];
  for (const i of exogenous) {
    list.push({
      key: `inputs.${i.id}`,
      group: 'context',
      target: { kind: 'input', input: i.id },
      label: i.label,
      from: 0,
      to: 1,
      displayScale: 100,
      unitKey: null,
    });
  }
  for (const p of model.parameters) {
    const perMonth = p.unit === '1/month';
    list.push({
      key: `parameters.${p.id}`,
      group: 'setting',
      target: { kind: 'parameter', id: p.id },
      label: p.label,
      from: p.min,
      to: p.max,
      displayScale: 100,
      unitKey: perMonth ? 'tipping.unit.percentPerMonth' : null,
    });
  }
  return list;
}

/** The quantity with this key, or the first one when there is none (a stale choice). */
export function quantityByKey(list: readonly Quantity[], key: string): Quantity {
  const found = list.find((q) => q.key === key) ?? list[0];
  if (found === undefined) throw new Error('the model has no quantities to sweep');
  return found;
}

/** The core sweep axis of a quantity with `steps` values over its whole range. */
export function quantityAxis(q: Quantity, steps: number = MAP_STEPS): Axis {
  return { target: q.target, from: q.from, to: q.to, steps };
}

/**
 * Where the region stands on a quantity: the scenario's value, else the model's default. For
 * "all factors" it is the mean starting level of the endogenous factors. Null for an input that
 * varies over time (a series): the map holds inputs constant, so the region has no single point.
 */
export function currentValue(model: Model, scenario: Scenario, q: Quantity): number | null {
  const t = q.target;
  switch (t.kind) {
    case 'initial': {
      const f = model.factors.find((x) => x.id === t.factor);
      return scenario.initial?.[t.factor] ?? f?.initial ?? null;
    }
    case 'uniformInitial': {
      const levels = model.factors
        .filter((f) => !f.exogenous)
        .map((f) => scenario.initial?.[f.id] ?? f.initial);
      return levels.length === 0 ? null : levels.reduce((a, b) => a + b, 0) / levels.length;
    }
    case 'input': {
      const setting = scenario.inputs?.[t.input];
      if (typeof setting === 'number') return setting;
      if (setting !== undefined) return null;
      const f = model.factors.find((x) => x.id === t.input);
      if (f !== undefined) return f.initial;
      return model.inputs.find((x) => x.id === t.input)?.default ?? null;
    }
    case 'parameter': {
      const p = model.parameters.find((x) => x.id === t.id);
      return scenario.parameters?.[t.id] ?? p?.value ?? null;
    }
  }
}

/** A value as shown: model value × display scale, rounded to `digits` decimals (default 0). */
export function displayNumber(q: Quantity, value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * q.displayScale * f) / f;
}

/** Digits worth showing for a quantity: one decimal when its shown range is narrow (≤ 20). */
export function displayDigits(q: Quantity): number {
  return (q.to - q.from) * q.displayScale <= 20 ? 1 : 0;
}
