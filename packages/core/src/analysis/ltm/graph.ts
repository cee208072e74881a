/**
 * A stock: a level that accumulates its inflows minus its outflows over time.
 */
export interface LtmStock {
  /** Discriminant. */
  readonly kind: 'stock';
  /** Unique id. */
  readonly id: string;
  /** Value at time 0 (used by {@link runGraph}). */
  readonly initial: number;
  /** Ids of the variables that flow in (added to the rate of change). */
  readonly inflows: readonly string[];
  /** Ids of the variables that flow out (subtracted from the rate of change). */
  readonly outflows: readonly string[];
}

/**
 * A variable (an auxiliary or a flow): a function of its inputs, which are stocks or other
 * variables, and of time. A variable without inputs is an exogenous signal.
 */
export interface LtmVariable {
  /** Discriminant. */
  readonly kind: 'variable';
  /** Unique id. */
  readonly id: string;
  /** Ids of its inputs, each at most once. */
  readonly inputs: readonly string[];
  /**
   * Its value given its inputs' values (same order as `inputs`) and the time. Must be pure: the
   * loop-score computation calls it again with some inputs at their previous values.
   */
  readonly equation: (inputs: readonly number[], time: number) => number;
}

/** A node of a computational graph. */
export type LtmNode = LtmStock | LtmVariable;

/**
 * A small generic computational graph for the Loops That Matter analysis: stocks and variables.
 * Variables must not depend on each other in a cycle (every feedback loop passes through a stock).
 */
export interface LtmGraph {
  /** The nodes, in any order. */
  readonly nodes: readonly LtmNode[];
}

/** One causal edge of a graph: an input of a variable, or a flow into or out of a stock. */
export interface LtmEdge {
  /** Index of the source node. */
  readonly from: number;
  /** Index of the target node. */
  readonly to: number;
  /** `input`: the source is an input of the target variable; `inflow`/`outflow`: a flow of the target stock. */
  readonly kind: 'input' | 'inflow' | 'outflow';
  /** For `input` edges, the position of the source among the target's inputs; else -1. */
  readonly position: number;
}

/** A graph checked and indexed once, ready for {@link runGraph} and {@link loopsThatMatter}. */
export interface CompiledGraph {
  /** The graph. */
  readonly graph: LtmGraph;
  /** Node ids, by node index (the order of `graph.nodes`). */
  readonly ids: readonly string[];
  /** Node index by id. */
  readonly index: ReadonlyMap<string, number>;
  /** Indices of the stocks. */
  readonly stocks: readonly number[];
  /** Indices of the variables, each after all of its variable inputs. */
  readonly order: readonly number[];
  /** Per node: indices of its inputs (empty for stocks). */
  readonly inputsOf: readonly (readonly number[])[];
  /** Per node: indices of its inflows (empty for variables). */
  readonly inflowsOf: readonly (readonly number[])[];
  /** Per node: indices of its outflows (empty for variables). */
  readonly outflowsOf: readonly (readonly number[])[];
  /** Every edge. */
  readonly edges: readonly LtmEdge[];
}

/**
 * Checks and indexes a graph. Throws an Error naming the node for API misuse: duplicate ids, an
 * unknown input or flow id, an input listed twice, a stock used as a flow, a flow listed twice on a
 * stock, or variables that depend on each other in a cycle without a stock.
 */
export function compileGraph(graph: LtmGraph): CompiledGraph {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new Error(`duplicate node id '${id}'`);
    index.set(id, i);
  });
  const resolve = (owner: string, id: string, what: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`node '${owner}': unknown ${what} '${id}'`);
    return i;
  };
  const inputsOf = graph.nodes.map((n) =>
    n.kind === 'variable' ? n.inputs.map((id) => resolve(n.id, id, 'input')) : [],
  );
  const flows = (n: LtmNode, which: 'inflows' | 'outflows'): number[] => {
    if (n.kind !== 'stock') return [];
    return n[which].map((id) => {
      const i = resolve(n.id, id, which.slice(0, -1));
      if (graph.nodes[i]?.kind !== 'variable')
        throw new Error(`stock '${n.id}': flow '${id}' is a stock, not a variable`);
      return i;
    });
  };
  const inflowsOf = graph.nodes.map((n) => flows(n, 'inflows'));
  const outflowsOf = graph.nodes.map((n) => flows(n, 'outflows'));
  const edges: LtmEdge[] = [];
  graph.nodes.forEach((n, to) => {
    const seen = new Set<number>();
    const add = (from: number, kind: LtmEdge['kind'], position: number) => {
      if (seen.has(from)) throw new Error(`node '${n.id}': '${ids[from] ?? ''}' is listed twice`);
      seen.add(from);
      edges.push({ from, to, kind, position });
    };
    (inputsOf[to] ?? []).forEach((from, p) => add(from, 'input', p));
    (inflowsOf[to] ?? []).forEach((from) => add(from, 'inflow', -1));
    (outflowsOf[to] ?? []).forEach((from) => add(from, 'outflow', -1));
  });
  // Topological order of the variables (depth-first; a grey node met again is a cycle).
  const state = new Int8Array(ids.length);
  const order: number[] = [];
  const visit = (v: number, path: number[]): void => {
    if (graph.nodes[v]?.kind !== 'variable' || state[v] === 2) return;
    if (state[v] === 1) {
      const cycle = [...path.slice(path.indexOf(v)), v].map((i) => ids[i]).join(' → ');
      throw new Error(`variables depend on each other without a stock: ${cycle}`);
    }
    state[v] = 1;
    for (const w of inputsOf[v] ?? []) visit(w, [...path, v]);
    state[v] = 2;
    order.push(v);
  };
  ids.forEach((_, i) => visit(i, []));
  const stocks = graph.nodes.flatMap((n, i) => (n.kind === 'stock' ? [i] : []));
  return { graph, ids, index, stocks, order, inputsOf, inflowsOf, outflowsOf, edges };
}
