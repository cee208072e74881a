import type { Model } from '../model/model-types.js';
import { SCENARIO_DEFAULTS, type Method, type Scenario } from '../scenario/scenario-types.js';
import type { CompiledModel } from './compiled-model.js';

/** Codes of effect targets in a {@link RunPlan}: inflow, link weight, growth rate, erosion. */
export const EffectKind = { Inflow: 0, Weight: 1, GrowthRate: 2, Erosion: 3 } as const;

/**
 * Everything one run needs, as numbers: the compiled model plus the scenario's time settings,
 * initial state, effective parameters, input schedules and interventions.
 */
export interface RunPlan {
  /** The compiled model. */
  readonly compiled: CompiledModel;
  /** Scenario name. */
  readonly name: string;
  /** Integration method. */
  readonly method: Method;
  /** Time step (months). */
  readonly dt: number;
  /** Number of steps. */
  readonly steps: number;
  /** Horizon (months). */
  readonly horizon: number;
  /** Initial state vector (factors, delay states, rise references). */
  readonly y0: Float64Array;
  /** Per link: weight after overrides and global-parameter effects. */
  readonly weight: Float64Array;
  /** Per factor: growth rate after overrides and global-parameter effects. */
  readonly rate: Float64Array;
  /** Per factor: erosion after overrides and global-parameter effects. */
  readonly erosion: Float64Array;
  /** Per factor: constant inflow from global-parameter effects. */
  readonly inflow: Float64Array;
  /** Per factor: K^n of the pressure response. */
  readonly kPow: Float64Array;
  /** Per factor: steepness n. */
  readonly steepness: Float64Array;
  /** Per moderator: θ^n for gates (unused for other kinds). */
  readonly gatePow: Float64Array;
  /** Per delay state: delay time (months). */
  readonly delayTime: Float64Array;
  /** Per rise reference: averaging time (months). */
  readonly riseTime: Float64Array;
  /** Per exogenous variable: months of its step-wise schedule (first entry 0). */
  readonly scheduleMonths: readonly Float64Array[];
  /** Per exogenous variable: values of its step-wise schedule. */
  readonly scheduleValues: readonly Float64Array[];
  /** Per intervention: start month. */
  readonly ivStart: Float64Array;
  /** Per intervention: end month (exclusive). */
  readonly ivEnd: Float64Array;
  /** Per intervention: intensity. */
  readonly ivIntensity: Float64Array;
  /** Per lever effect: {@link EffectKind}. */
  readonly effKind: Int32Array;
  /** Per lever effect: index of the target factor or link. */
  readonly effTarget: Int32Array;
  /** Per lever effect: size. */
  readonly effSize: Float64Array;
  /** Per lever effect: the intervention it belongs to. */
  readonly effOwner: Int32Array;
}

type EffectRow = { kind: number; target: number; size: number };

function effectRows(compiled: CompiledModel, effects: Model['levers'][number]['effects']): EffectRow[] {
  return effects.map((e) => {
    if (e.target === 'weight')
      return { kind: EffectKind.Weight, target: compiled.linkIndex.get(e.link) ?? -1, size: e.size };
    const target = compiled.slots.get(e.factor)?.index ?? -1;
    const kind =
      e.target === 'inflow'
        ? EffectKind.Inflow
        : e.target === 'growthRate'
          ? EffectKind.GrowthRate
          : EffectKind.Erosion;
    return { kind, target, size: e.size };
  });
}

/**
 * Turns a scenario that has passed {@link validateScenario} into a {@link RunPlan}. Global
 * parameters' effects, which do not change over time, are folded into the base numbers here.
 */
export function planRun(compiled: CompiledModel, scenario: Scenario): RunPlan {
  const { model } = compiled;
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const overrides = scenario.parameters ?? {};
  const nF = compiled.nFactors;
  const dt = scenario.dt ?? SCENARIO_DEFAULTS.dt;
  const horizon = scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths;

  const { rate, erosion, steepness, kPow, weight, inflow, gatePow, delayTime, riseTime } = parameterArrays(
    compiled,
    overrides,
  );

  const scheduleMonths: Float64Array[] = [];
  const scheduleValues: Float64Array[] = [];
  compiled.exogenousIds.forEach((id, k) => {
    const setting = scenario.inputs?.[id];
    const fallback = compiled.exogenousDefaults[k] ?? 0;
    if (setting === undefined || typeof setting === 'number') {
      scheduleMonths.push(Float64Array.of(0));
      scheduleValues.push(Float64Array.of(setting ?? fallback));
    } else {
      const points = (setting[0]?.month ?? 0) > 0 ? [{ month: 0, value: fallback }, ...setting] : setting;
      scheduleMonths.push(Float64Array.from(points, (p) => p.month));
      scheduleValues.push(Float64Array.from(points, (p) => p.value));
    }
  });

  const y0 = new Float64Array(compiled.nState);
  endogenous.forEach((f, i) => (y0[i] = scenario.initial?.[f.id] ?? f.initial));
  const exoAt0 = (index: number) => scheduleValues[index]?.[0] ?? 0;
  const sourceAt0 = (l: number) => (compiled.linkAuxExogenous[l] === 1 ? exoAt0 : (i: number) => y0[i] ?? 0);
  compiled.delayLink.forEach((l, d) => (y0[nF + d] = sourceAt0(l)(compiled.linkAux[l] ?? 0)));
  compiled.riseLink.forEach((l, r) => {
    const link = model.links[l];
    const src = compiled.linkSrcIndex[l] ?? 0;
    y0[nF + compiled.delayLink.length + r] = link?.riseFrom ?? sourceAt0(l)(src);
  });

  const interventions = scenario.interventions ?? [];
  const rows = interventions.flatMap((iv, owner) => {
    const lever = model.levers.find((l) => l.id === iv.lever);
    return lever === undefined ? [] : effectRows(compiled, lever.effects).map((r) => ({ ...r, owner }));
  });

  return {
    compiled,
    name: scenario.name ?? SCENARIO_DEFAULTS.name,
    method: scenario.method ?? SCENARIO_DEFAULTS.method,
    dt,
    steps: Math.round(horizon / dt),
    horizon,
    y0,
    weight,
    rate,
    erosion,
    inflow,
    kPow,
    steepness,
    gatePow,
    delayTime,
    riseTime,
    scheduleMonths,
    scheduleValues,
    ivStart: Float64Array.from(interventions, (iv) => iv.startMonth ?? 0),
    ivEnd: Float64Array.from(interventions, (iv) => iv.endMonth ?? Number.POSITIVE_INFINITY),
    ivIntensity: Float64Array.from(interventions, (iv) => iv.intensity ?? 1),
    effKind: Int32Array.from(rows, (r) => r.kind),
    effTarget: Int32Array.from(rows, (r) => r.target),
    effSize: Float64Array.from(rows, (r) => r.size),
    effOwner: Int32Array.from(rows, (r) => r.owner),
  };
}

function applyConstantEffect(
  row: EffectRow,
  value: number,
  arrays: { weight: Float64Array; rate: Float64Array; erosion: Float64Array; inflow: Float64Array },
): void {
  const { kind, target, size } = row;
  if (kind === EffectKind.Weight)
    arrays.weight[target] = (arrays.weight[target] ?? 0) * Math.max(0, 1 + value * size);
  else if (kind === EffectKind.GrowthRate)
    arrays.rate[target] = (arrays.rate[target] ?? 0) * Math.max(0, 1 + value * size);
  else if (kind === EffectKind.Erosion) arrays.erosion[target] = (arrays.erosion[target] ?? 0) + value * size;
  else arrays.inflow[target] = (arrays.inflow[target] ?? 0) + value * size;
}

type ParameterArrays = Pick<
  RunPlan,
  'rate' | 'erosion' | 'steepness' | 'kPow' | 'weight' | 'inflow' | 'gatePow' | 'delayTime' | 'riseTime'
>;

const defaultArrays = new WeakMap<CompiledModel, ParameterArrays>();

/**
 * The effective numbers of a run: the model's values with the scenario's overrides and the global
 * parameters' effects folded in. Without overrides the arrays are computed once per model and
 * shared by every run (they are only read).
 */
function parameterArrays(
  compiled: CompiledModel,
  overrides: Readonly<Record<string, number>>,
): ParameterArrays {
  const none = Object.keys(overrides).length === 0;
  if (none) {
    const hit = defaultArrays.get(compiled);
    if (hit !== undefined) return hit;
  }
  const { model } = compiled;
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const nF = compiled.nFactors;
  const rate = Float64Array.from(endogenous.map((f) => overrides[`${f.id}.growthRate`] ?? f.growthRate));
  const erosion = Float64Array.from(endogenous.map((f) => overrides[`${f.id}.erosion`] ?? f.erosion));
  const steepness = Float64Array.from(endogenous.map((f) => overrides[`${f.id}.steepness`] ?? f.steepness));
  const kPow = Float64Array.from(
    endogenous.map((f, i) =>
      Math.pow(overrides[`${f.id}.halfSaturation`] ?? f.halfSaturation, steepness[i] ?? 1),
    ),
  );
  const weight = Float64Array.from(model.links.map((l) => overrides[`${l.id}.weight`] ?? l.weight));
  const inflow = new Float64Array(nF);

  for (const p of model.parameters) {
    const value = overrides[p.id] ?? p.value;
    for (const row of effectRows(compiled, p.effects))
      applyConstantEffect(row, value, { weight, rate, erosion, inflow });
  }
  for (let i = 0; i < nF; i++) erosion[i] = Math.max(0, erosion[i] ?? 0);

  const gatePow = new Float64Array(compiled.modA.length);
  for (let m = 0; m < gatePow.length; m++)
    gatePow[m] = Math.pow(compiled.modA[m] ?? 1, compiled.modN[m] ?? 1);

  const delayTime = Float64Array.from(compiled.delayLink, (l) => {
    const link = model.links[l];
    return overrides[`${link?.id ?? ''}.delay`] ?? link?.delay ?? 1;
  });
  const riseTime = Float64Array.from(compiled.riseLink, (l) => model.links[l]?.riseTime ?? 1);

  const arrays = { rate, erosion, steepness, kPow, weight, inflow, gatePow, delayTime, riseTime };
  if (none) defaultArrays.set(compiled, arrays);
  return arrays;
}
