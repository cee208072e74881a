import type { Evaluator } from './evaluator.js';

/** Working memory of an Euler step. */
export interface EulerBuffers {
  /** Derivative at the start of the step. */
  readonly k1: Float64Array;
}

/** Allocates the working memory of {@link eulerStep} for a state of length `n`. */
export function eulerBuffers(n: number): EulerBuffers {
  return { k1: new Float64Array(n) };
}

/** Advances `y` in place by one explicit Euler step of length `dt` from time `t`. */
export function eulerStep(ev: Evaluator, t: number, dt: number, y: Float64Array, b: EulerBuffers): void {
  const { k1 } = b;
  ev.setTime(t);
  ev.derive(y, k1);
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + dt * (k1[i] as number);
}
