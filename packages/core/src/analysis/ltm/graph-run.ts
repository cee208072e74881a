import type { CompiledGraph, LtmVariable } from './graph.js';

/** Values of every node of a graph at a series of times. */
export interface GraphRun {
  /** The times (any unit), increasing. */
  readonly time: Float64Array;
  /** Per node (graph order): its value at each time. */
  readonly values: readonly Float64Array[];
}

/**
 * Fills in every variable of a graph at every time from the stocks' values, evaluating the
 * variables in dependency order.
 *
 * @param stockValue - the value of stock `stock` (a node index) at time index `row`
 */
export function graphRunFromStocks(
  g: CompiledGraph,
  time: Float64Array,
  stockValue: (row: number, stock: number) => number,
): GraphRun {
  const values = g.ids.map(() => new Float64Array(time.length));
  for (let row = 0; row < time.length; row++) {
    for (const s of g.stocks) (values[s] as Float64Array)[row] = stockValue(row, s);
    evaluateRow(g, values, row, time[row] as number);
  }
  return { time, values };
}

function evaluateRow(g: CompiledGraph, values: readonly Float64Array[], row: number, t: number): void {
  for (const v of g.order) {
    const node = g.graph.nodes[v] as LtmVariable;
    const inputs = g.inputsOf[v] ?? [];
    const args = new Array<number>(inputs.length);
    for (let p = 0; p < inputs.length; p++)
      args[p] = (values[inputs[p] as number] as Float64Array)[row] as number;
    (values[v] as Float64Array)[row] = node.equation(args, t);
  }
}

/**
 * Simulates a graph with the explicit Euler method from time 0: at each step the variables are
 * evaluated from the stocks, then each stock moves by dt·(Σ inflows − Σ outflows).
 *
 * @param dt - the time step (> 0)
 * @param steps - the number of steps; the run holds steps + 1 times
 */
export function runGraph(g: CompiledGraph, dt: number, steps: number): GraphRun {
  const time = Float64Array.from({ length: steps + 1 }, (_, k) => k * dt);
  const values = g.ids.map(() => new Float64Array(steps + 1));
  for (const s of g.stocks) {
    const node = g.graph.nodes[s];
    (values[s] as Float64Array)[0] = node?.kind === 'stock' ? node.initial : 0;
  }
  for (let row = 0; row <= steps; row++) {
    evaluateRow(g, values, row, time[row] as number);
    if (row === steps) break;
    for (const s of g.stocks) {
      let net = 0;
      for (const f of g.inflowsOf[s] ?? []) net += (values[f] as Float64Array)[row] as number;
      for (const f of g.outflowsOf[s] ?? []) net -= (values[f] as Float64Array)[row] as number;
      const series = values[s] as Float64Array;
      series[row + 1] = (series[row] as number) + dt * net;
    }
  }
  return { time, values };
}
