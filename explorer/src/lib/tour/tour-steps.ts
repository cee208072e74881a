import type { Loop, Model, Scenario, SimulationResultJson } from '@samenspel/core';
import type { Draft } from 'immer';

/** One change a tour experiment makes to the scenario (levels on the 0–1 scale of the model). */
export type TourChange =
  | { readonly kind: 'initial'; readonly id: string; readonly value: number }
  | { readonly kind: 'input'; readonly id: string; readonly value: number }
  | { readonly kind: 'lever'; readonly id: string };

/** A small experiment a tour step proposes: one undoable edit, and what to watch afterwards. */
export interface TourExperiment {
  /** The changes, applied together as one edit. */
  readonly changes: readonly TourChange[];
  /** Factor ids whose level the tour reports before and after the edit. */
  readonly watch: readonly string[];
  /** The month at which the watched levels are reported. */
  readonly month: number;
}

/** One step of the guided tour. */
export interface TourStep {
  /** `intro`, a mechanism id, or `closing`; message keys are `tour.<id>.*`. */
  readonly id: string;
  /** The mechanism the step explains, or null for the intro and the closing step. */
  readonly mechanism: string | null;
  /** The loop to highlight in the diagram (a loop id of `findLoops(model)`), or null. */
  readonly loop: string | null;
  /** Show the pseudo-collaboration overlay in the diagram. */
  readonly pseudoOverlay: boolean;
  /** The experiment to try, or null. */
  readonly experiment: TourExperiment | null;
}

/**
 * What each mechanism step proposes. The experiments start from the default region (see
 * docs/model.md: a region that has just begun and stalls) and each visibly moves the factors it
 * watches; `tour-steps.test.ts` checks that against the model.
 */
const mechanismPlan: Readonly<Record<string, TourExperiment>> = {
  context: {
    changes: [{ kind: 'input', id: 'externalContext', value: 0.8 }],
    watch: ['providerCircumstances', 'pioneerMotivation'],
    month: 36,
  },
  building: {
    changes: [{ kind: 'initial', id: 'pioneerMotivation', value: 0.7 }],
    watch: ['trust'],
    month: 24,
  },
  network: {
    changes: [{ kind: 'lever', id: 'facilitateCollectiveIntelligence' }],
    watch: ['collectiveIntelligence', 'operationalisingCollaboration'],
    month: 60,
  },
  results: {
    changes: [{ kind: 'initial', id: 'localImplementation', value: 0.7 }],
    watch: ['optimalPatientCare'],
    month: 24,
  },
  pseudo: {
    changes: [{ kind: 'input', id: 'networkObligation', value: 0.9 }],
    watch: ['operationalisingCollaboration', 'collectiveIntelligence'],
    month: 12,
  },
};

/** The order of the mechanism steps: the order in which the seed introduces the mechanisms. */
export const tourMechanisms: readonly string[] = ['context', 'building', 'network', 'results', 'pseudo'];

/** True when consecutive factors `a → b` of the loop both belong to the mechanism. */
function hasEdgeInside(loop: Loop, members: readonly string[]): boolean {
  return loop.factors.some((a, i) => {
    const b = loop.factors[(i + 1) % loop.factors.length] ?? a;
    return members.includes(a) && members.includes(b);
  });
}

/**
 * The loop that best shows a mechanism: among the loops that pass through it, those that pass
 * through every factor in `prefer` (what the step's experiment watches) come first, then those with
 * an edge inside the mechanism (both ends members), then the shortest, then those touching the
 * fewest other mechanisms, then model order (`findLoops` order). Null when no loop passes through it.
 */
export function representativeLoop(
  model: Model,
  loops: readonly Loop[],
  mechanism: string,
  prefer: readonly string[] = [],
): Loop | null {
  const members = model.mechanisms.find((m) => m.id === mechanism)?.factors ?? [];
  const key = (loop: Loop): number[] => [
    prefer.every((f) => loop.factors.includes(f)) ? 0 : 1,
    hasEdgeInside(loop, members) ? 0 : 1,
    loop.factors.length,
    loop.mechanisms.length,
  ];
  let best: { loop: Loop; key: number[] } | null = null;
  for (const loop of loops) {
    if (!loop.mechanisms.includes(mechanism)) continue;
    const k = key(loop);
    if (best === null || compareKeys(k, best.key) < 0) best = { loop, key: k };
  }
  return best?.loop ?? null;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The factors a loop should pass through to show the step's experiment. */
function preferredFactors(model: Model, mechanism: string, experiment: TourExperiment): string[] {
  const members = model.mechanisms.find((m) => m.id === mechanism)?.factors ?? [];
  const endogenous = new Set(model.factors.filter((f) => !f.exogenous).map((f) => f.id));
  const moved = experiment.changes
    .filter((c) => c.kind !== 'lever' && endogenous.has(c.id) && members.includes(c.id))
    .map((c) => c.id);
  return [...new Set([...moved, ...experiment.watch.slice(0, 1)])];
}

/**
 * The tour: an intro, one step per mechanism (in {@link tourMechanisms} order, those the model
 * has), and a closing step. Each mechanism step highlights its representative loop; the
 * pseudo-collaboration step also switches on the diagram's pseudo overlay.
 */
export function buildTourSteps(model: Model, loops: readonly Loop[]): TourStep[] {
  const known = new Set(model.mechanisms.map((m) => m.id));
  const middle = tourMechanisms
    .filter((id) => known.has(id))
    .map((id): TourStep => {
      const experiment = mechanismPlan[id] ?? null;
      const prefer = experiment === null ? [] : preferredFactors(model, id, experiment);
      const loop = representativeLoop(model, loops, id, prefer);
      return { id, mechanism: id, loop: loop?.id ?? null, pseudoOverlay: id === 'pseudo', experiment };
    });
  const plain = (id: string): TourStep => ({
    id,
    mechanism: null,
    loop: null,
    pseudoOverlay: false,
    experiment: null,
  });
  return [plain('intro'), ...middle, plain('closing')];
}

/** Applies an experiment to a scenario draft (use inside `app.scenario.update`). */
export function applyExperiment(draft: Draft<Scenario>, experiment: TourExperiment): void {
  for (const change of experiment.changes) {
    if (change.kind === 'initial') {
      draft.initial ??= {};
      draft.initial[change.id] = change.value;
    } else if (change.kind === 'input') {
      draft.inputs ??= {};
      draft.inputs[change.id] = change.value;
    } else if (!(draft.interventions ?? []).some((i) => i.lever === change.id)) {
      draft.interventions = [
        ...(draft.interventions ?? []),
        { lever: change.id, startMonth: 0, intensity: 1 },
      ];
    }
  }
}

/** True when the scenario already holds every change of the experiment. */
export function isApplied(scenario: Scenario, experiment: TourExperiment): boolean {
  return experiment.changes.every((c) => {
    if (c.kind === 'initial') return scenario.initial?.[c.id] === c.value;
    if (c.kind === 'input') return scenario.inputs?.[c.id] === c.value;
    return (scenario.interventions ?? []).some((i) => i.lever === c.id);
  });
}

/**
 * The level of a series at a month (the first sample at or after it, else the last sample), or
 * null when the run has no such series.
 */
export function levelAt(result: SimulationResultJson, id: string, month: number): number | null {
  const series = result.series[id];
  if (series === undefined || series.length === 0) return null;
  const i = result.time.findIndex((t) => t >= month - 1e-9);
  return series[i < 0 ? series.length - 1 : Math.min(i, series.length - 1)] ?? null;
}

/** The month actually reported for an experiment in a run (a shorter run reports its last month). */
export function reportMonth(result: SimulationResultJson, month: number): number {
  const last = result.time.at(-1) ?? 0;
  return Math.min(month, last);
}

/** A level on the 0–100 scale of the sliders. */
export function percent(level: number): number {
  return Math.round(level * 100);
}
