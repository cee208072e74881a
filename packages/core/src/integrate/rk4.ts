import type { Evaluator } from './evaluator.js';

/** Working memory of a Runge-Kutta step. */
export interface Rk4Buffers {
  /** Stage derivatives. */
  readonly k1: Float64Array;
  /** Stage derivatives. */
  readonly k2: Float64Array;
  /** Stage derivatives. */
  readonly k3: Float64Array;
  /** Stage derivatives. */
  readonly k4: Float64Array;
  /** Stage state. */
  readonly tmp: Float64Array;
}

/** Allocates the working memory of {@link rk4Step} for a state of length `n`. */
export function rk4Buffers(n: number): Rk4Buffers {
  return {
    k1: new Float64Array(n),
    k2: new Float64Array(n),
    k3: new Float64Array(n),
    k4: new Float64Array(n),
    tmp: new Float64Array(n),
  };
}

/** Advances `y` in place by one classical 4th-order Runge-Kutta step of length `dt` from time `t`. */
export function rk4Step(ev: Evaluator, t: number, dt: number, y: Float64Array, b: Rk4Buffers): void {
  const { k1, k2, k3, k4, tmp } = b;
  const n = y.length;
  const h = dt / 2;
  ev.setTime(t);
  ev.derive(y, k1);
  ev.setTime(t + h);
  for (let i = 0; i < n; i++) tmp[i] = (y[i] as number) + h * (k1[i] as number);
  ev.derive(tmp, k2);
  for (let i = 0; i < n; i++) tmp[i] = (y[i] as number) + h * (k2[i] as number);
  ev.derive(tmp, k3);
  ev.setTime(t + dt);
  for (let i = 0; i < n; i++) tmp[i] = (y[i] as number) + dt * (k3[i] as number);
  ev.derive(tmp, k4);
  const w = dt / 6;
  for (let i = 0; i < n; i++) {
    y[i] =
      (y[i] as number) +
      w * ((k1[i] as number) + 2 * (k2[i] as number) + 2 * (k3[i] as number) + (k4[i] as number));
  }
}
