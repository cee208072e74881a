import type { Model } from '../../model/model-types.js';
import { SCENARIO_DEFAULTS, type Scenario } from '../../scenario/scenario-types.js';
import { effectTerms } from './effect-terms.js';
import { NOW } from './equation-parts.js';
import { factorVariables } from './factor-variables.js';
import { schedule, scheduleEquation } from './input-schedule.js';
import { linkVariables } from './link-variables.js';
import { claimFactorNames, claimLinkNames, type FactorNames, type LinkNames } from './variable-names.js';
import type { XmileDocument, XmileVariable } from './xmile-document.js';
import { snakeName, XmileNames } from './xmile-names.js';
import { xmileNumber as lit } from './xmile-number.js';

/**
 * Builds the XMILE variables of a model under a scenario that has passed `validateScenario`:
 * the same equations the engine integrates (see docs/model.md, "The equations"), one named
 * variable per quantity so that the exported model reads like a hand-made one.
 *
 * Per endogenous factor *x*: a stock `x` (initial level from the scenario) with a growth inflow
 * `r·P(D)·(1 − x)` and an erosion outflow `(e + N)·x`; constants for r, e, K and n; auxiliaries
 * for the clamped level, the drive D, the pressure P(D), the negative pressure N and, where
 * levers or parameters change them, the effective rates. Per link: a weight constant (and an
 * effective weight where effects apply), its moderators written out in an `effect` auxiliary, a
 * first-order delay as a stock with its adjustment flow, a `rise` reference as a stock with its
 * adjustment flow. Per exogenous factor and input: an auxiliary with its value or its step-wise
 * schedule. Per global parameter: a constant with the scenario's value. Per intervention: an
 * auxiliary with its intensity inside its time window and 0 outside.
 */
export function xmileVariables(model: Model, scenario: Scenario): XmileDocument {
  const names = new XmileNames();
  const endogenous = model.factors.filter((f) => !f.exogenous);
  const exogenous = [...model.factors.filter((f) => f.exogenous), ...model.inputs];
  const overrides = scenario.parameters ?? {};

  // First pass: claim every name, so that equations can refer to any variable.
  const factorNames = new Map(endogenous.map((f) => [f.id, claimFactorNames(names, f.id)]));
  const exogenousNames = new Map(exogenous.map((x) => [x.id, names.claim(snakeName(x.id))]));
  const parameterNames = new Map(model.parameters.map((p) => [p.id, names.claim(snakeName(p.id))]));
  const interventions = scenario.interventions ?? [];
  const interventionNames = interventions.map((iv) => names.claim(`${snakeName(iv.lever)}_intensity`));
  const linkNames = new Map(model.links.map((l) => [l.id, claimLinkNames(names, l.id)]));
  const factorOf = (id: string): FactorNames => {
    const n = factorNames.get(id);
    if (n === undefined) throw new Error(`internal: no XMILE names for factor ${id}`);
    return n;
  };
  const linkOf = (id: string): LinkNames => {
    const n = linkNames.get(id);
    if (n === undefined) throw new Error(`internal: no XMILE names for link ${id}`);
    return n;
  };
  /** How an equation reads a factor or input: an endogenous level clamped to [0, 1], an exogenous value as set. */
  const valueOf = (id: string): string => factorNames.get(id)?.level ?? exogenousNames.get(id) ?? id;

  // Schedules give each exogenous variable's value at month 0, which starts delays and rises.
  const schedules = new Map(
    exogenous.map((x) => {
      const fallback = 'default' in x ? x.default : x.initial;
      return [x.id, schedule(scenario.inputs?.[x.id], fallback)] as const;
    }),
  );
  const initialOf = (id: string): number => {
    const f = endogenous.find((g) => g.id === id);
    if (f !== undefined) return scenario.initial?.[id] ?? f.initial;
    return schedules.get(id)?.[0]?.value ?? 0;
  };

  const terms = effectTerms(model, scenario, parameterNames, interventionNames, (e) =>
    e.target === 'weight' ? e.link : e.factor,
  );

  const variables: XmileVariable[] = [];
  const push = (v: XmileVariable): void => {
    variables.push(v);
  };

  for (const p of model.parameters) {
    push({
      kind: 'aux',
      name: parameterNames.get(p.id) ?? p.id,
      eqn: lit(overrides[p.id] ?? p.value),
      units: p.unit,
      doc: `Global parameter ${p.id}: ${p.label.en}. ${p.description.en}`,
    });
  }
  interventions.forEach((iv, k) => {
    const start = iv.startMonth ?? 0;
    const intensity = iv.intensity ?? 1;
    const from = `${NOW} >= ${lit(start)}`;
    const window = iv.endMonth === undefined ? from : `${from} AND ${NOW} < ${lit(iv.endMonth)}`;
    push({
      kind: 'aux',
      name: interventionNames[k] ?? iv.lever,
      eqn: `IF ${window} THEN ${lit(intensity)} ELSE 0`,
      units: 'dimensionless',
      doc: `Intervention with lever ${iv.lever}: intensity ${String(intensity)} from month ${String(start)}${iv.endMonth === undefined ? ' to the end of the run' : ` until month ${String(iv.endMonth)} (exclusive)`}, 0 otherwise.`,
    });
  });
  for (const x of exogenous) {
    push({
      kind: 'aux',
      name: exogenousNames.get(x.id) ?? x.id,
      eqn: scheduleEquation(schedules.get(x.id) ?? []),
      units: 'dimensionless',
      doc: `${'default' in x ? 'Input' : 'Exogenous factor'} ${x.id}: ${x.label.en}. ${x.definition.en}`,
    });
  }
  for (const f of endogenous)
    variables.push(...factorVariables(f, model, scenario, factorOf(f.id), terms, linkOf));
  for (const link of model.links)
    variables.push(...linkVariables(link, overrides, linkOf(link.id), terms, valueOf, initialOf));

  return {
    name: model.label.en,
    start: 0,
    stop: scenario.horizonMonths ?? SCENARIO_DEFAULTS.horizonMonths,
    dt: scenario.dt ?? SCENARIO_DEFAULTS.dt,
    method: (scenario.method ?? SCENARIO_DEFAULTS.method) === 'euler' ? 'Euler' : 'RK4',
    variables,
  };
}
