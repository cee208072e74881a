import { ModeratorKind, SourceKind } from '../../compile/compiled-model.js';
import type { RunPlan } from '../../compile/run-plan.js';
import { createEvaluator } from '../../integrate/evaluator.js';
import type { Trajectory } from '../../integrate/integrate.js';
import { compileGraph, type CompiledGraph, type LtmNode } from './graph.js';
import { graphRunFromStocks, type GraphRun } from './graph-run.js';

/** The computational graph of a run plan, with the bookkeeping to map it back to the model. */
export interface EngineGraph {
  /** The compiled graph. */
  readonly graph: CompiledGraph;
  /** Per state-vector index (factors, delay states, rise references): the stock's node index. */
  readonly stateNode: readonly number[];
  /**
   * Per graph edge: the model's influence-edge id it carries (a link id for the edge from a link's
   * signal source, `<linkId>#<j>` for the edge from a moderator's variable), or `undefined` for the
   * edges inside the engine's equations.
   */
  readonly modelEdge: readonly (string | undefined)[];
}

const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Expresses a run plan of the bounded-level engine as a computational graph for
 * {@link loopsThatMatter}, computing exactly the engine's equations (`integrate/evaluator.ts`):
 *
 * - per endogenous factor f: the stock `f` with inflow `growth:f` = r·P(drive)·(1 − f) and outflow
 *   `erosion:f` = (e + Σ negative links)·f, and the variable `drive:f` = inflow + Σ positive links;
 * - per link l: the variable `link:l` = w·signal·Π moderators, whose inputs are the signal source and
 *   the link's moderators `mod:l#j` = gate, amplify or dampen of the moderating variable;
 * - per delayed link the stock `delay:l` with inflow `delayFlow:l` = (source − delay:l)/τ; per rise
 *   link the reference stock `riseRef:l` with inflow `riseFlow:l` = (source − riseRef:l)/T;
 * - every exogenous factor and input as a variable of time alone (its id as node id).
 *
 * Weights, rates, erosion and inflows are the plan's at each time, so levers act as in the run.
 */
export function engineGraph(plan: RunPlan): EngineGraph {
  const c = plan.compiled;
  const model = c.model;
  const nF = c.nFactors;
  const nD = c.delayLink.length;
  const ev = createEvaluator(plan);
  let lastTime = Number.NaN;
  const at = (t: number): void => {
    if (t !== lastTime) {
      ev.setTime(t);
      lastTime = t;
    }
  };
  const linkId = (l: number): string => model.links[l]?.id ?? String(l);
  const stateName = (i: number): string =>
    i < nF
      ? (c.stateIds[i] ?? '')
      : i < nF + nD
        ? `delay:${linkId(c.delayLink[i - nF] ?? 0)}`
        : `riseRef:${linkId(c.riseLink[i - nF - nD] ?? 0)}`;
  const sourceName = (exogenous: boolean, index: number): string =>
    exogenous ? (c.exogenousIds[index] ?? '') : stateName(index);

  const nodes: LtmNode[] = [];
  const annotations = new Map<string, string>();
  c.exogenousIds.forEach((id, k) =>
    nodes.push({
      kind: 'variable',
      id,
      inputs: [],
      equation: (_, t) => {
        at(t);
        return ev.exogenous[k] ?? 0;
      },
    }),
  );
  const positive = Array.from({ length: nF }, () => [] as string[]);
  const negative = Array.from({ length: nF }, () => [] as string[]);
  model.links.forEach((link, l) => {
    const kind = c.linkSrcKind[l];
    const srcIndex = c.linkSrcIndex[l] ?? 0;
    const exo = c.linkAuxExogenous[l] === 1;
    // The variable that carries the link's signal, and for rise links the reference stock.
    const signalSource =
      kind === SourceKind.State
        ? stateName(srcIndex)
        : kind === SourceKind.Exogenous
          ? sourceName(true, srcIndex)
          : kind === SourceKind.Delayed
            ? stateName(srcIndex)
            : sourceName(exo, srcIndex);
    const inputs = [signalSource];
    const id = `link:${link.id}`;
    annotations.set(`${signalSource}>${id}`, link.id);
    const rise = kind === SourceKind.Rise;
    if (rise) inputs.push(stateName(c.linkAux[l] ?? 0));
    const mods: number[] = [];
    for (let j = c.modStart[l] ?? 0; j < (c.modEnd[l] ?? 0); j++) {
      const local = j - (c.modStart[l] ?? 0);
      const modId = `mod:${link.id}#${String(local)}`;
      const by = sourceName(c.modExogenous[j] === 1, c.modIndex[j] ?? 0);
      annotations.set(`${by}>${modId}`, `${link.id}#${String(local)}`);
      const mk = c.modKind[j];
      const a = c.modA[j] ?? 0;
      const n = c.modN[j] ?? 1;
      const tn = plan.gatePow[j] ?? 1;
      nodes.push({
        kind: 'variable',
        id: modId,
        inputs: [by],
        equation: ([raw = 0]) => {
          const v = clamp(raw);
          if (mk === ModeratorKind.Gate) {
            const vn = Math.pow(v, n);
            return vn > 0 ? vn / (tn + vn) : 0;
          }
          if (mk === ModeratorKind.Amplify) return 1 + a * v;
          return Math.max(0, 1 - a * v);
        },
      });
      inputs.push(modId);
      mods.push(j);
    }
    const first = rise ? 2 : 1;
    nodes.push({
      kind: 'variable',
      id,
      inputs,
      equation: (values, t) => {
        at(t);
        const now = clamp(values[0] ?? 0);
        const signal = rise ? Math.max(0, now - (values[1] ?? 0)) : now;
        let m = 1;
        for (let k = first; k < values.length; k++) m *= values[k] ?? 0;
        return (ev.weight[l] ?? 0) * m * signal;
      },
    });
    const to = c.linkTo[l] ?? 0;
    ((c.linkSign[l] ?? 1) > 0 ? positive : negative)[to]?.push(id);
  });
  for (let i = 0; i < nF; i++) {
    const f = c.stateIds[i] ?? '';
    const n = plan.steepness[i] ?? 1;
    const kn = plan.kPow[i] ?? 1;
    nodes.push(
      {
        kind: 'stock',
        id: f,
        initial: plan.y0[i] ?? 0,
        inflows: [`growth:${f}`],
        outflows: [`erosion:${f}`],
      },
      {
        kind: 'variable',
        id: `drive:${f}`,
        inputs: positive[i] ?? [],
        equation: (values, t) => {
          at(t);
          return values.reduce((s, x) => s + x, ev.inflow[i] ?? 0);
        },
      },
      {
        kind: 'variable',
        id: `growth:${f}`,
        inputs: [`drive:${f}`, f],
        equation: ([d = 0, x = 0], t) => {
          at(t);
          const dn = d > 0 ? Math.pow(d, n) : 0;
          const pressure = dn > 0 ? dn / (kn + dn) : 0;
          return (ev.rate[i] ?? 0) * pressure * (1 - clamp(x));
        },
      },
      {
        kind: 'variable',
        id: `erosion:${f}`,
        inputs: [f, ...(negative[i] ?? [])],
        equation: (values, t) => {
          at(t);
          let damping = 0;
          for (let k = 1; k < values.length; k++) damping += values[k] ?? 0;
          return ((ev.erosion[i] ?? 0) + damping) * clamp(values[0] ?? 0);
        },
      },
    );
  }
  const adjusting = (state: number, l: number, time: number, flow: string) => {
    const name = stateName(state);
    const src = sourceName(
      c.linkAuxExogenous[l] === 1,
      (flow === 'delayFlow' ? c.linkAux[l] : c.linkSrcIndex[l]) ?? 0,
    );
    nodes.push(
      {
        kind: 'stock',
        id: name,
        initial: plan.y0[state] ?? 0,
        inflows: [`${flow}:${linkId(l)}`],
        outflows: [],
      },
      {
        kind: 'variable',
        id: `${flow}:${linkId(l)}`,
        inputs: [src, name],
        equation: ([s = 0, y = 0]) => (clamp(s) - y) / time,
      },
    );
  };
  c.delayLink.forEach((l, d) => adjusting(nF + d, l, plan.delayTime[d] ?? 1, 'delayFlow'));
  c.riseLink.forEach((l, r) => adjusting(nF + nD + r, l, plan.riseTime[r] ?? 1, 'riseFlow'));

  const graph = compileGraph({ nodes });
  const stateNode = Array.from({ length: c.nState }, (_, i) => graph.index.get(stateName(i)) ?? -1);
  const modelEdge = graph.edges.map((e) =>
    annotations.get(`${graph.ids[e.from] ?? ''}>${graph.ids[e.to] ?? ''}`),
  );
  return { graph, stateNode, modelEdge };
}

/** The values of every node of an engine graph at the saved times of a trajectory of the same plan. */
export function engineGraphRun(g: EngineGraph, trajectory: Trajectory): GraphRun {
  const nS = g.stateNode.length;
  const stateOf = new Map(g.stateNode.map((node, i) => [node, i]));
  return graphRunFromStocks(
    g.graph,
    trajectory.time,
    (row, stock) => trajectory.fullState[row * nS + (stateOf.get(stock) ?? 0)] ?? 0,
  );
}
