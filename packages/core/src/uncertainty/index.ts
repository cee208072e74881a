/**
 * `@samenspel/core/uncertainty`: the Monte Carlo part of the engine on its own, for workers that
 * should start fast: it loads only what a run needs (no XMILE, stock-and-flow or calibration code).
 * Everything here is also exported by `@samenspel/core`.
 */
export {
  monteCarlo,
  monteCarloPart,
  monteCarloPartSteps,
  mergeMonteCarloParts,
  summariseMonteCarlo,
  shardRange,
  MAX_MONTE_CARLO_VALUES,
  type MonteCarloOptions,
  type MonteCarloPart,
  type MonteCarloBand,
  type MonteCarloResult,
} from './monte-carlo.js';
export {
  sampleScenario,
  spreadAround,
  uncertaintyProblems,
  type UncertaintySpec,
} from './uncertainty-spec.js';
export type { Distribution } from './distribution.js';
