import type { RunPlan } from '../compile/run-plan.js';
import { eulerBuffers, eulerStep } from './euler.js';
import { createEvaluator } from './evaluator.js';
import { generatedIntegrator } from './generate-integrator.js';
import { precompiledIntegrator } from './precompiled-integrator.js';
import { rk4Buffers, rk4Step } from './rk4.js';

/** Raw trajectories of a run: one row per saved time, in state and exogenous order. */
export interface Trajectory {
  /** Saved times (months), from 0 to the horizon. */
  readonly time: Float64Array;
  /** Per endogenous factor (state order): its level at each saved time. */
  readonly states: readonly Float64Array[];
  /** Per exogenous variable (exogenous order): its value at each saved time. */
  readonly exogenous: readonly Float64Array[];
  /** Full state vectors (including delay and rise states) at each saved time, row-major. */
  readonly fullState: Float64Array;
}

/**
 * How to integrate: `generated` straight-line code compiled once per model (fastest; needs
 * `new Function`, which a strict Content-Security-Policy forbids), `precompiled` the same code
 * loaded from a module written at build time (see `registerPrecompiledIntegrators`; works under such
 * a CSP), `interpreted` loops over the compiled arrays (works everywhere), or `auto`: precompiled
 * when registered for the model, else generated where allowed, else interpreted. All compute the
 * same equations in the same order.
 */
export type IntegratorKind = 'auto' | 'precompiled' | 'generated' | 'interpreted';

/**
 * Which integrator {@link integrate} uses for a plan with a kind (`auto` resolved), or null when the
 * kind asked for is not available (then `integrate` throws).
 */
export function resolveIntegrator(
  plan: RunPlan,
  kind: IntegratorKind = 'auto',
): 'precompiled' | 'generated' | 'interpreted' | null {
  if (kind === 'interpreted') return 'interpreted';
  if (kind !== 'generated' && precompiledIntegrator(plan) !== null) return 'precompiled';
  if (kind === 'precompiled') return null;
  if (generatedIntegrator(plan) !== null) return 'generated';
  return kind === 'generated' ? null : 'interpreted';
}

/**
 * Integrates a run plan with its method (Euler or RK4) and fixed step, saving every step. After
 * each step every state is clamped to [0, 1]: the equations keep levels there in continuous time,
 * and the clamp stops a coarse step from overshooting.
 */
export function integrate(plan: RunPlan, kind: IntegratorKind = 'auto'): Trajectory {
  const { steps, dt, compiled } = plan;
  const nS = compiled.nState;
  const nF = compiled.nFactors;
  const nX = compiled.exogenousIds.length;
  const ev = createEvaluator(plan);
  const y = Float64Array.from(plan.y0);
  // One buffer for everything a run saves; the series are views into it.
  const rows = steps + 1;
  const buffer = new Float64Array(rows * (1 + nF + nX + nS));
  const time = buffer.subarray(0, rows);
  const states = Array.from({ length: nF }, (_, i) => buffer.subarray((1 + i) * rows, (2 + i) * rows));
  const exogenous = Array.from({ length: nX }, (_, k) =>
    buffer.subarray((1 + nF + k) * rows, (2 + nF + k) * rows),
  );
  const fullState = buffer.subarray((1 + nF + nX) * rows);
  const precompiled = kind === 'auto' || kind === 'precompiled' ? precompiledIntegrator(plan) : null;
  if (kind === 'precompiled' && precompiled === null)
    throw new Error('no precompiled integrator is registered for this model and method');
  const straight =
    precompiled ?? (kind === 'auto' || kind === 'generated' ? generatedIntegrator(plan) : null);
  if (straight !== null) {
    straight(plan, ev, states, exogenous, fullState, time);
    return { time, states, exogenous, fullState };
  }
  if (kind === 'generated') throw new Error('code generation is not allowed in this environment');
  const euler = plan.method === 'euler';
  const eb = euler ? eulerBuffers(nS) : undefined;
  const rb = euler ? undefined : rk4Buffers(nS);

  const save = (row: number, t: number) => {
    time[row] = t;
    ev.setTime(t);
    for (let i = 0; i < nF; i++) (states[i] as Float64Array)[row] = y[i] as number;
    for (let k = 0; k < nX; k++) (exogenous[k] as Float64Array)[row] = ev.exogenous[k] as number;
    fullState.set(y, row * nS);
  };
  save(0, 0);
  for (let s = 0; s < steps; s++) {
    const t = s * dt;
    if (eb !== undefined) eulerStep(ev, t, dt, y, eb);
    else if (rb !== undefined) rk4Step(ev, t, dt, y, rb);
    for (let i = 0; i < nS; i++) {
      const v = y[i] as number;
      y[i] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
    save(s + 1, (s + 1) * dt);
  }
  return { time, states, exogenous, fullState };
}
