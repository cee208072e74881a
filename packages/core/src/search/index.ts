/**
 * `@samenspel/core/search`: the sweep part of the engine on its own, for workers that should start
 * fast: it loads only what a run needs (no XMILE, stock-and-flow or calibration code). Everything
 * here is also exported by `@samenspel/core`.
 */
export { axisValues, type Axis, type AxisTarget } from './axis.js';
export type { Outcome } from './outcome.js';
export type { SearchProgress } from './progress.js';
export { sweepCellsSteps, type SweepCells, type SweepOptions } from './sweep.js';
