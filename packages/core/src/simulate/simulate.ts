import { classifyMechanism } from '../analysis/mechanism-status.js';
import { detectPattern, type PatternReport } from '../analysis/patterns.js';
import { compileModel } from '../compile/compile-model.js';
import type { CompiledModel } from '../compile/compiled-model.js';
import { planRun } from '../compile/run-plan.js';
import { formatDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { integrate } from '../integrate/integrate.js';
import type { Model } from '../model/model-types.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { analyseLoops } from './loop-analysis.js';
import { LazyLoopAnalysis, MechanismResult, RunResult } from './run-result.js';
import type { MechanismSummary, RunSummary, SimulationResult } from './result-types.js';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /**
   * Compute loop strengths and dominance (default true). Switch off for bulk runs that need only
   * the trajectories and statuses: `loops` and `dominance` are then empty and `dominantLoop` null.
   */
  readonly loops?: boolean;
}

/** Thrown by {@link simulate} when the scenario is invalid; carries every problem found. */
export class InvalidScenarioError extends Error {
  /** The problems, each naming the field and the reason. */
  readonly diagnostics: readonly Diagnostic[];
  /** Creates the error from the diagnostics. */
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`invalid scenario:\n${formatDiagnostics(diagnostics)}`);
    this.name = 'InvalidScenarioError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Runs a scenario on a model and returns trajectories, loops and a summary. Deterministic: the same
 * model and scenario give the same numbers. The model is validated and compiled once and cached;
 * the scenario is validated on every call and an invalid one throws {@link InvalidScenarioError}
 * (use `validateScenario` to get the problems as values instead).
 *
 * @param scenario - defaults: 60 months, dt 0.25, RK4, the model's initial levels and input defaults
 */
export function simulate(
  model: Model,
  scenario: Scenario = {},
  options: SimulateOptions = {},
): SimulationResult {
  const compiled = compileModel(model);
  const validation = validateScenario(model, scenario);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  const plan = planRun(compiled, validation.scenario);
  const trajectory = integrate(plan);
  const { time } = trajectory;

  const series: Record<string, Float64Array> = {};
  for (const f of model.factors) {
    const slot = compiled.slots.get(f.id);
    if (slot !== undefined)
      series[f.id] = (slot.kind === 'state' ? trajectory.states : trajectory.exogenous)[
        slot.index
      ] as Float64Array;
  }
  for (const i of model.inputs) {
    const slot = compiled.slots.get(i.id);
    if (slot !== undefined) series[i.id] = trajectory.exogenous[slot.index] as Float64Array;
  }

  const withLoops = options.loops ?? true;
  const loops = new LazyLoopAnalysis(withLoops ? () => analyseLoops(plan, trajectory) : null);

  const rows = time.length;
  const members = mechanismMembers(compiled);
  const levels = new Float64Array(rows * model.mechanisms.length);
  const mechanisms: Record<string, MechanismSummary> = {};
  model.mechanisms.forEach((m, k) => {
    const indices = members[k] as Int32Array;
    const level = levels.subarray(k * rows, (k + 1) * rows);
    const share = indices.length > 0 ? 1 / indices.length : 0;
    for (const i of indices) {
      const x = trajectory.states[i] as Float64Array;
      for (let r = 0; r < rows; r++) level[r] = (level[r] as number) + (x[r] as number) * share;
    }
    const segments = classifyMechanism(time, level);
    const last = segments.at(-1);
    mechanisms[m.id] = new MechanismResult(
      m.id,
      {
        status: last?.status ?? 'stalling',
        since: last?.fromMonth ?? 0,
        level: level[rows - 1] ?? 0,
        segments,
      },
      loops,
    );
  });
  const patterns: Record<string, PatternReport> = {};
  const flags: Record<string, boolean> = {};
  for (const p of model.patterns) {
    const report = detectPattern(p, time, (id) => series[id]);
    patterns[p.id] = report;
    flags[p.id] = report.present;
  }
  const final: Record<string, number> = {};
  for (const [id, s] of Object.entries(series)) final[id] = s[s.length - 1] ?? 0;
  const summary: RunSummary = { ...flags, mechanisms, patterns, final };

  return new RunResult(
    {
      model: model.id,
      scenario: plan.name,
      method: plan.method,
      dt: plan.dt,
      horizonMonths: plan.horizon,
      time,
      series,
      summary,
    },
    loops,
  );
}

const memberCache = new WeakMap<CompiledModel, readonly Int32Array[]>();

/** Per mechanism (model order): state indices of its endogenous members. Cached per model. */
function mechanismMembers(compiled: CompiledModel): readonly Int32Array[] {
  let hit = memberCache.get(compiled);
  if (hit === undefined) {
    hit = compiled.model.mechanisms.map((m) =>
      Int32Array.from(
        m.factors.flatMap((id) => {
          const slot = compiled.slots.get(id);
          return slot?.kind === 'state' ? [slot.index] : [];
        }),
      ),
    );
    memberCache.set(compiled, hit);
  }
  return hit;
}
