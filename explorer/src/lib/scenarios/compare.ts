import {
  validateScenario,
  type Diagnostic,
  type MechanismStatus,
  type Model,
  type Scenario,
  type SimulationResult,
} from '@samenspel/core';
import type { ExplorerRunner } from '../sim/explorer-runner.js';

/** The factor whose course the comparison chart shows. */
export const COMPARE_SERIES = 'collectiveIntelligence';

/** One scenario's run as the comparison shows it. */
export interface CompareRun {
  /** Name it was saved under. */
  readonly name: string;
  /** Length of the run (months). */
  readonly horizonMonths: number;
  /** Final level of every endogenous factor. */
  readonly final: Readonly<Record<string, number>>;
  /** Per mechanism id: its status at the end and since when. */
  readonly mechanisms: Readonly<Record<string, { readonly status: MechanismStatus; readonly since: number }>>;
  /** Per pattern id: whether it occurred. */
  readonly patterns: Readonly<Record<string, boolean>>;
  /** Saved times (months). */
  readonly time: readonly number[];
  /** {@link COMPARE_SERIES} at each saved time. */
  readonly series: readonly number[];
}

/** A compared scenario: its run, or the problems that kept it from running. */
export type CompareOutcome =
  | { readonly ok: true; readonly run: CompareRun }
  | { readonly ok: false; readonly name: string; readonly diagnostics: readonly Diagnostic[] };

/** The comparison's view of one run of the scenario saved as `name`. */
function compareRun(model: Model, name: string, result: SimulationResult): CompareRun {
  const final: Record<string, number> = {};
  for (const f of model.factors) {
    const value = result.summary.final[f.id];
    if (!f.exogenous && value !== undefined) final[f.id] = value;
  }
  const mechanisms = Object.fromEntries(
    Object.entries(result.summary.mechanisms).map(([id, m]) => [id, { status: m.status, since: m.since }]),
  );
  const patterns = Object.fromEntries(
    Object.entries(result.summary.patterns).map(([id, p]) => [id, p.present]),
  );
  return {
    name,
    horizonMonths: result.horizonMonths,
    final,
    mechanisms,
    patterns,
    time: Array.from(result.time),
    series: Array.from(result.series[COMPARE_SERIES] ?? []),
  };
}

/**
 * Runs every chosen scenario, keeping the order given (the comparison never ranks): each is
 * validated first (one saved under an older model is reported, not run), and the valid ones are
 * run in one job of `runner` (in the browser, the app's Web Worker), without loop analysis: the
 * comparison needs levels and statuses only.
 */
export async function compareScenarios(
  runner: Pick<ExplorerRunner, 'runMany'>,
  model: Model,
  chosen: readonly { readonly name: string; readonly scenario: Scenario }[],
  signal?: AbortSignal,
): Promise<CompareOutcome[]> {
  const checked = chosen.map((c) => ({ name: c.name, validation: validateScenario(model, c.scenario) }));
  const valid = checked.flatMap((c) => (c.validation.ok ? [c.validation.scenario] : []));
  const runs = await runner.runMany(
    valid.map((scenario) => ({ scenario, compare: [] })),
    signal,
  );
  let next = 0;
  return checked.map(({ name, validation }): CompareOutcome => {
    if (!validation.ok) return { ok: false, name, diagnostics: validation.diagnostics };
    const run = runs[next++];
    if (run === undefined) throw new Error(`the runner returned no run for '${name}'`);
    return { ok: true, run: compareRun(model, name, run.main) };
  });
}

/**
 * How the comparison chart draws the n-th scenario: a colour of the page's Okabe–Ito palette and
 * a dash pattern, so lines differ without colour too.
 */
export const LINE_STYLES: readonly { readonly colour: string; readonly dash: string }[] = [
  { colour: 'var(--reinforcing)', dash: '' },
  { colour: 'var(--mech-results)', dash: '7 3' },
  { colour: 'var(--mech-network)', dash: '2 3' },
  { colour: 'var(--pseudo)', dash: '10 3 2 3' },
  { colour: 'var(--ink)', dash: '1 3' },
  { colour: 'var(--mech-context)', dash: '14 4' },
];

/** The line style of the n-th compared scenario (styles repeat after {@link LINE_STYLES}). */
export function lineStyle(index: number): { readonly colour: string; readonly dash: string } {
  return LINE_STYLES[index % LINE_STYLES.length] ?? { colour: 'var(--ink)', dash: '' };
}
