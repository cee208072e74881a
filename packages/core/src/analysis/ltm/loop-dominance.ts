import { compileModel } from '../../compile/compile-model.js';
import { planRun } from '../../compile/run-plan.js';
import { integrate } from '../../integrate/integrate.js';
import type { Model } from '../../model/model-types.js';
import { validateScenario } from '../../scenario/validate-scenario.js';
import type { Scenario } from '../../scenario/scenario-types.js';
import { InvalidScenarioError } from '../../simulate/simulate.js';
import { findLoops } from '../find-loops.js';
import { engineGraph, engineGraphRun } from './engine-graph.js';
import { graphLoops, loopsThatMatter } from './loops-that-matter.js';

/** One feedback loop with its Loops That Matter scores over a run. */
export interface DominanceLoop {
  /**
   * The model loop's id (`L1`, … as `findLoops` numbers them), or `S1`, `S2`, … for a structural
   * loop inside the engine's equations (a factor's saturation or erosion, a delay or rise reference
   * catching up).
   */
  readonly id: string;
  /** `model` for a loop of the model's influence graph; `structural` for one inside a factor's equations. */
  readonly kind: 'model' | 'structural';
  /** The factors (model loops) or the stocks (structural loops) it passes, in cycle order. */
  readonly factors: readonly string[];
  /** The graph nodes it passes, in cycle order (`trust`, `link:trust-x`, `drive:x`, `growth:x`, `x`, …). */
  readonly nodes: readonly string[];
  /**
   * Model loops: the polarity `findLoops` gives from the edge signs. Structural loops: the sign of
   * their summed score (all of them are balancing in the bounded-level engine).
   */
  readonly polarity: 'reinforcing' | 'balancing';
  /** Loop score per interval (product of link scores, dimensionless). */
  readonly score: Float64Array;
  /** Relative loop score per interval, in [−1, 1]; the absolute values of all loops sum to 1. */
  readonly relative: Float64Array;
}

/** Loops That Matter scores of a run, loop by loop. */
export interface LoopDominance {
  /** The end month of each interval (the run's saved times after month 0). */
  readonly time: Float64Array;
  /** Model loops in `findLoops` order, then structural loops. */
  readonly loops: readonly DominanceLoop[];
}

/**
 * Runs a scenario and scores every feedback loop over time by the Loops That Matter method
 * ({@link loopsThatMatter}) on the engine's computational graph ({@link engineGraph}): for each
 * interval between saved times, each loop's score and its relative score. Every loop of
 * `findLoops(model)` appears with its id; the graph's other loops (inside the factors' own equations)
 * follow as structural loops. The scenario is validated; an invalid one throws
 * `InvalidScenarioError`.
 */
export function loopDominance(model: Model, scenario: Scenario = {}): LoopDominance {
  const validation = validateScenario(model, scenario);
  if (!validation.ok) throw new InvalidScenarioError(validation.diagnostics);
  const plan = planRun(compileModel(model), validation.scenario);
  const trajectory = integrate(plan);
  const eg = engineGraph(plan);
  const loops = graphLoops(eg.graph);
  const scores = loopsThatMatter(eg.graph, engineGraphRun(eg, trajectory), loops);

  const key = (edges: readonly string[]) => [...edges].sort().join('|');
  const modelLoops = findLoops(model);
  const byKey = new Map(modelLoops.map((l, i) => [key(l.edges), i]));
  const ids = eg.graph.ids;
  const stocks = new Set(eg.graph.stocks);
  const modelOut: (DominanceLoop | undefined)[] = modelLoops.map(() => undefined);
  const structural: DominanceLoop[] = [];
  loops.forEach((loop, i) => {
    const carried = loop.edges.flatMap((e) => {
      const id = eg.modelEdge[e];
      return id === undefined ? [] : [id];
    });
    const names = loop.nodes.map((n) => ids[n] ?? '');
    const score = scores.loopScores[i] as Float64Array;
    const relative = scores.relative[i] as Float64Array;
    const match = carried.length > 0 ? byKey.get(key(carried)) : undefined;
    const m = match === undefined ? undefined : modelLoops[match];
    // Start the node path at the model loop's first factor, or at the structural loop's stock.
    const startAt = m?.factors[0] ?? ids[loop.nodes.find((n) => stocks.has(n)) ?? -1];
    const shift = Math.max(0, names.indexOf(startAt ?? ''));
    const nodes = [...names.slice(shift), ...names.slice(0, shift)];
    if (match !== undefined && m !== undefined) {
      modelOut[match] = {
        id: m.id,
        kind: 'model',
        factors: m.factors,
        nodes,
        polarity: m.polarity,
        score,
        relative,
      };
      return;
    }
    const total = score.reduce((s, x) => s + x, 0);
    structural.push({
      id: `S${String(structural.length + 1)}`,
      kind: 'structural',
      factors: nodes.filter((n) => stocks.has(eg.graph.index.get(n) ?? -1)),
      nodes,
      polarity: total > 0 ? 'reinforcing' : 'balancing',
      score,
      relative,
    });
  });
  const missing = modelLoops.filter((_, i) => modelOut[i] === undefined);
  if (missing.length > 0)
    throw new Error(`loop dominance: no graph loop for model loop(s) ${missing.map((l) => l.id).join(', ')}`);
  return { time: scores.time, loops: [...(modelOut as DominanceLoop[]), ...structural] };
}
