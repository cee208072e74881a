import type { RunPlan } from '../compile/run-plan.js';
import { eulerBuffers, eulerStep } from './euler.js';
import { createEvaluator } from './evaluator.js';
import { generatedIntegrator } from './generate-integrator.js';
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
 * `new Function`, which a strict Content-Security-Policy forbids), `interpreted` loops over the
 * compiled arrays (works everywhere), or `auto`: generated where allowed, else interpreted. Both
 * compute the same equations in the same order.
 */
export type IntegratorKind = 'auto' | 'generated' | 'interpreted';

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
  const generated = kind === 'interpreted' ? null : generatedIntegrator(plan);
  if (generated !== null) {
    generated(plan, ev, states, exogenous, fullState, time);
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
