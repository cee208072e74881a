import { canonicalName } from './canonical-name.js';
import { walkExpr, type Expr } from './expression/expr.js';
import {
  generateExpression,
  generateHiddenDerivatives,
  type CodeLayout,
} from './expression/generate-code.js';
import { lowerExpression } from './expression/lower.js';
import { ExpressionSyntaxError } from './expression/translate.js';
import { graphTable, type GraphTable } from './graph-table.js';
import { runtimeHelpers, type RunState } from './runtime.js';
import { StockFlowError } from './stockflow-error.js';
import type { StockFlowModel, StockFlowVariable } from './stockflow-types.js';

/** Evaluates every variable at the start: stock initial values (into `v` and `s`), INIT values, smooth and delay states. */
export type InitFunction = (
  v: Float64Array,
  s: Float64Array,
  c: Float64Array,
  rt: RunState,
  t: number,
  dt: number,
) => void;

/**
 * Evaluates flows and auxiliaries at time `t` from the states `s` into `v`, and the derivatives of
 * every state into `d`. `n` is the step number; `rec` is 1 at step times (DELAY records its input)
 * and 0 in RK4's intermediate stages.
 */
export type DeriveFunction = (
  v: Float64Array,
  s: Float64Array,
  d: Float64Array,
  c: Float64Array,
  rt: RunState,
  t: number,
  dt: number,
  n: number,
  rec: number,
) => void;

/** Writes one saved row: `time[row] = t` and each output column's value. */
export type SaveFunction = (
  v: Float64Array,
  s: Float64Array,
  cols: readonly Float64Array[],
  time: Float64Array,
  row: number,
  t: number,
) => void;

/**
 * A whole Euler run from the state `init` left: for n = 0 … steps, evaluate at start + n·dt, save
 * every `saveEvery` steps, then step the states (non-negative stocks kept at or above zero).
 */
export type EulerRunner = (
  v: Float64Array,
  s: Float64Array,
  d: Float64Array,
  c: Float64Array,
  rt: RunState,
  start: number,
  dt: number,
  steps: number,
  saveEvery: number,
  cols: readonly Float64Array[],
  time: Float64Array,
) => void;

/** One output column: a variable's name and where its value is read. */
export interface OutputColumn {
  /** The name as in the model. */
  readonly name: string;
  /** `s` for stocks, `v` for flows and auxiliaries. */
  readonly from: 's' | 'v';
  /** Index in that array. */
  readonly index: number;
}

/** A stock-and-flow model compiled to two generated functions over flat arrays. */
export interface CompiledStockFlow {
  /** Output columns in model order. */
  readonly outputs: readonly OutputColumn[];
  /** Size of `v` (one per variable with a value). */
  readonly valueCount: number;
  /** Size of `s` and `d`: the model's stocks, then the hidden stocks of smooths and delays. */
  readonly stateCount: number;
  /** Size of `c`: INIT values and DELAY initial values. */
  readonly constantCount: number;
  /** Number of pipeline DELAY instances (each needs a history buffer). */
  readonly delayCount: number;
  /** Indices in `s` of the non-negative stocks (kept at or above zero after every step). */
  readonly nonNegativeStocks: Int32Array;
  /** The start-time evaluation. */
  readonly init: InitFunction;
  /** The evaluation at any time of the run. */
  readonly derive: DeriveFunction;
  /** Writes the saved row `row` (time `t`) from `v` and `s` into the output columns. */
  readonly save: SaveFunction;
  /** The whole Euler run after `init`, with `derive`'s equations inlined in the loop. */
  readonly runEuler: EulerRunner;
  /** The generated source of `init` and `derive`, for inspection and tests. */
  readonly source: { readonly init: string; readonly derive: string };
}

interface Node {
  readonly variable: StockFlowVariable;
  readonly canonical: string;
  /** The equation (stock: initial value), or null for a graphical function only called by name. */
  readonly expr: Expr | null;
}

/** Everything of a compiled model but its functions: the layout, and the program text that makes them. */
type Prepared = Omit<CompiledStockFlow, 'init' | 'derive' | 'save' | 'runEuler'> & {
  readonly program: string;
  readonly tables: readonly GraphTable[];
};

const preparedCache = new WeakMap<StockFlowModel, Prepared>();
const cache = new WeakMap<StockFlowModel, CompiledStockFlow>();

function prepared(model: StockFlowModel): Prepared {
  const hit = preparedCache.get(model);
  if (hit !== undefined) return hit;
  const made = prepare(model);
  preparedCache.set(model, made);
  return made;
}

/** The element name for messages. */
const label = (v: StockFlowVariable): string => v.name;

function fail(element: string, e: unknown): never {
  if (e instanceof StockFlowError) throw e;
  if (e instanceof ExpressionSyntaxError) throw new StockFlowError(element, e.message, e.feature);
  throw e;
}

/** Canonical names referenced by `expr`; in run mode without the arguments of builtins with memory (DELAY keeps its input and time). */
function references(expr: Expr | null, mode: 'init' | 'run'): Set<string> {
  const out = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'ref') {
      out.add(e.name);
      return;
    }
    if (e.kind === 'stateful' && mode === 'run') {
      // A DELAY reads its input and delay time now; its initial value only at the start. A
      // material delay's output is its last stage's content over the stage time, so it reads its
      // delay time now; a smooth reads only its hidden stocks.
      if (e.fn === 'delay') e.args.slice(0, 2).forEach(visit);
      else if (e.fn === 'delay1' || e.fn === 'delay3' || e.fn === 'delayn') visit(e.args[1] as Expr);
      return;
    }
    forChildren(e, visit);
  };
  if (expr !== null) visit(expr);
  return out;
}

function forChildren(e: Expr, visit: (e: Expr) => void): void {
  switch (e.kind) {
    case 'unary':
      visit(e.arg);
      break;
    case 'binary':
      visit(e.left);
      visit(e.right);
      break;
    case 'if':
      visit(e.condition);
      visit(e.then);
      visit(e.otherwise);
      break;
    case 'call':
    case 'stateful':
      e.args.forEach(visit);
      break;
    case 'lookup':
      visit(e.arg);
      break;
    default:
      break;
  }
}

/** Orders nodes so each comes after the nodes it needs; throws naming the variables of a cycle. */
function order(
  nodes: readonly Node[],
  deps: (n: Node) => Iterable<string>,
  byName: ReadonlyMap<string, Node>,
  what: string,
): Node[] {
  const state = new Map<Node, 1 | 2>();
  const out: Node[] = [];
  const stack: Node[] = [];
  const visit = (node: Node): void => {
    const s = state.get(node);
    if (s === 2) return;
    if (s === 1) {
      const cycle = stack.slice(stack.indexOf(node)).map((n) => label(n.variable));
      throw new StockFlowError(
        label(node.variable),
        `circular definition ${what}: ${[...cycle, label(node.variable)].join(' → ')}`,
      );
    }
    state.set(node, 1);
    stack.push(node);
    for (const name of deps(node)) {
      const dep = byName.get(name);
      if (dep !== undefined) visit(dep);
    }
    stack.pop();
    state.set(node, 2);
    out.push(node);
  };
  nodes.forEach(visit);
  return out;
}

function constantInteger(element: string, e: Expr | undefined, what: string): number {
  if (e?.kind !== 'number' || !Number.isInteger(e.value) || e.value < 1 || e.value > 1000) {
    throw new StockFlowError(element, `${what} must be a whole number from 1 to 1000 written as a number`);
  }
  return e.value;
}

/**
 * Compiles a stock-and-flow model once (cached per model object): checks every name, builtin and
 * graphical function, orders the equations, and generates straight-line code with every variable
 * mapped to an array index. Throws {@link StockFlowError} naming the variable and the reason for
 * anything it cannot run, and (element `model`) where code generation is forbidden.
 */
export function compileStockFlow(model: StockFlowModel): CompiledStockFlow {
  const hit = cache.get(model);
  if (hit !== undefined) return hit;
  const compiled = instantiate(prepared(model));
  cache.set(model, compiled);
  return compiled;
}

/**
 * Checks that a model can be run — every name, builtin, graphical function and flow reference
 * resolves and no definition is circular — without generating functions, so it also works where
 * code generation is forbidden. Throws {@link StockFlowError} like {@link compileStockFlow}.
 */
export function checkStockFlow(model: StockFlowModel): void {
  prepared(model);
}

function prepare(model: StockFlowModel): Prepared {
  const vars = model.variables;
  const byCanonical = new Map<string, StockFlowVariable>();
  for (const v of vars) {
    const c = canonicalName(v.name);
    if (c === '') throw new StockFlowError(label(v) || '(unnamed)', 'a variable needs a name');
    if (byCanonical.has(c))
      throw new StockFlowError(label(v), `the name is used twice (also "${byCanonical.get(c)?.name ?? ''}")`);
    byCanonical.set(c, v);
  }
  const hasValue = (v: StockFlowVariable): boolean =>
    v.kind !== 'aux' || v.graph === undefined || v.equation.trim() !== '';
  const isVariable = (c: string): boolean => {
    const v = byCanonical.get(c);
    return v !== undefined && hasValue(v);
  };
  const isGraph = (c: string): boolean => {
    const v = byCanonical.get(c);
    return v !== undefined && v.kind !== 'stock' && v.graph !== undefined;
  };

  // Tables first, so a bad graphical function is reported even when nothing calls it.
  const tables: GraphTable[] = [];
  const tableIndex = new Map<string, number>();
  for (const v of vars) {
    if (v.kind !== 'stock' && v.graph !== undefined) {
      tableIndex.set(canonicalName(v.name), tables.length);
      tables.push(graphTable(label(v), v.graph));
    }
  }

  const stateful: (Expr & { kind: 'stateful' })[] = [];
  const owner: string[] = [];
  let slots = 0;
  const nodes: Node[] = [];
  for (const v of vars) {
    const source = v.kind === 'stock' ? v.initial : v.equation;
    let expr: Expr | null = null;
    if (hasValue(v)) {
      if (typeof source !== 'string' || source.trim() === '') {
        throw new StockFlowError(
          label(v),
          v.kind === 'stock' ? 'the stock has no initial value' : 'the equation is empty',
        );
      }
      try {
        expr = lowerExpression(source, { isVariable, isGraph, nextSlot: () => slots++ });
      } catch (e) {
        fail(label(v), e);
      }
      walkExpr(expr, (e) => {
        if (e.kind === 'stateful') {
          stateful.push(e);
          owner.push(label(v));
          if (v.kind === 'stock' && e.fn !== 'init') {
            throw new StockFlowError(
              label(v),
              `${e.fn.toUpperCase()} cannot be used in a stock's initial value`,
            );
          }
        }
      });
    }
    nodes.push({ variable: v, canonical: canonicalName(v.name), expr });
  }

  // Layout: v per valued variable, s per stock then hidden stocks, c per INIT/DELAY.
  const valueIndex = new Map<string, number>();
  const stockIndex = new Map<string, number>();
  for (const n of nodes) if (n.expr !== null) valueIndex.set(n.canonical, valueIndex.size);
  for (const n of nodes) if (n.variable.kind === 'stock') stockIndex.set(n.canonical, stockIndex.size);
  let stateCount = stockIndex.size;
  let constantCount = 0;
  let delayCount = 0;
  const states: { c: number; s: number; stages: number }[] = [];
  stateful.forEach((e, i) => {
    const element = owner[i] ?? '';
    if (e.fn === 'init') {
      states[e.slot] = { c: constantCount++, s: -1, stages: 0 };
    } else if (e.fn === 'delay') {
      states[e.slot] = { c: constantCount++, s: delayCount++, stages: 0 };
    } else {
      const stages =
        e.fn === 'smth1' || e.fn === 'delay1'
          ? 1
          : e.fn === 'smth3' || e.fn === 'delay3'
            ? 3
            : constantInteger(element, e.args[2], `the order of ${e.fn.toUpperCase()}`);
      states[e.slot] = { c: -1, s: stateCount, stages };
      stateCount += stages;
    }
  });
  const layout: CodeLayout = {
    valueIndex,
    stockIndex,
    tableIndex,
    stateOf: (slot) => states[slot] ?? { c: -1, s: -1, stages: 0 },
  };

  // Flows of each stock.
  const flowRefs = (
    stock: StockFlowVariable & { kind: 'stock' },
    list: readonly string[],
    side: string,
  ): number[] =>
    list.map((f) => {
      const c = canonicalName(f);
      const target = byCanonical.get(c);
      if (target === undefined || target.kind === 'stock' || !hasValue(target)) {
        throw new StockFlowError(label(stock), `${side} "${f}" is not a flow of the model`);
      }
      return valueIndex.get(c) as number;
    });

  const valued = nodes.filter((n) => n.expr !== null);
  const byName = new Map(valued.map((n) => [n.canonical, n] as const));

  // Start: everything, stocks included, in order of their initial dependencies.
  const initOrder = order(valued, (n) => references(n.expr, 'init'), byName, 'at the start');
  const initLines: string[] = [];
  for (const n of initOrder) {
    const i = valueIndex.get(n.canonical) as number;
    const code = generateExpression(n.expr as Expr, 'init', layout);
    const v = n.variable;
    if (v.kind === 'stock') {
      initLines.push(`v[${i}] = ${code};`, `s[${stockIndex.get(n.canonical) ?? -1}] = v[${i}];`);
    } else {
      initLines.push(`v[${i}] = ${wrapValue(v, code, n.canonical, tableIndex)};`);
    }
  }

  // Run: flows and auxiliaries (stocks are state), then derivatives.
  const rates = valued.filter((n) => n.variable.kind !== 'stock');
  const rateNames = new Set(rates.map((n) => n.canonical));
  const runOrder = order(
    rates,
    (n) => [...references(n.expr, 'run')].filter((r) => rateNames.has(r)),
    byName,
    'during the run',
  );
  const runLines: string[] = [];
  for (const n of runOrder) {
    const i = valueIndex.get(n.canonical) as number;
    const code = generateExpression(n.expr as Expr, 'run', layout);
    runLines.push(`v[${i}] = ${wrapValue(n.variable, code, n.canonical, tableIndex)};`);
  }
  const derivLines: string[] = [];
  const nonNegativeStocks: number[] = [];
  for (const n of nodes) {
    const v = n.variable;
    if (v.kind !== 'stock') continue;
    const j = stockIndex.get(n.canonical) as number;
    const ins = flowRefs(v, v.inflows, 'inflow');
    const outs = flowRefs(v, v.outflows, 'outflow');
    const terms = [...ins.map((k) => ` + v[${k}]`), ...outs.map((k) => ` - v[${k}]`)].join('');
    derivLines.push(`d[${j}] = 0${terms};`);
    if (v.nonNegative === true) {
      // The stock may fall to zero in this step, not below; its flows keep their values.
      derivLines.push(
        `if (d[${j}] < 0 && s[${j}] + dt * d[${j}] < 0) d[${j}] = s[${j}] > 0 ? -s[${j}] / dt : 0;`,
      );
      nonNegativeStocks.push(j);
    }
  }
  for (const e of stateful) {
    if (e.fn !== 'init' && e.fn !== 'delay') derivLines.push(generateHiddenDerivatives(e, layout));
  }

  const outputs: OutputColumn[] = valued.map((n) =>
    n.variable.kind === 'stock'
      ? { name: n.variable.name, from: 's', index: stockIndex.get(n.canonical) as number }
      : { name: n.variable.name, from: 'v', index: valueIndex.get(n.canonical) as number },
  );
  const initSource = initLines.join('\n');
  const deriveSource = [...runLines, ...derivLines].join('\n');
  const saveSource = ['time[row] = t;', ...outputs.map((o, k) => `o${k}[row] = ${o.from}[${o.index}];`)].join(
    '\n',
  );
  const columnLocals = outputs.map((_, k) => `const o${k} = cols[${k}];`).join('\n');
  const stateLoop = (body: string): string => `for (let j = 0; j < ${stateCount}; j++) ${body}`;
  const clamp = nonNegativeStocks.map((j) => `if (s[${j}] < 0) s[${j}] = 0;`).join('\n');
  const eulerSource = [
    columnLocals,
    'let row = 0;',
    'const rec = 1;',
    'for (let n = 0; n <= steps; n++) {',
    'const t = start + n * dt;',
    deriveSource,
    'if (n % saveEvery === 0) {',
    saveSource,
    'row++;',
    '}',
    'if (n === steps) break;',
    stateLoop('s[j] += dt * d[j];'),
    clamp,
    '}',
  ].join('\n');
  const program = [
    'return [',
    `function init(v, s, c, rt, t, dt) {\n${initSource}\n},`,
    `function derive(v, s, d, c, rt, t, dt, n, rec) {\n${deriveSource}\n},`,
    `function save(v, s, cols, time, row, t) {\n${columnLocals}\n${saveSource}\n},`,
    `function runEuler(v, s, d, c, rt, start, dt, steps, saveEvery, cols, time) {\n${eulerSource}\n}`,
    '];',
  ].join('\n');
  return {
    outputs,
    valueCount: valueIndex.size,
    stateCount,
    constantCount,
    delayCount,
    nonNegativeStocks: Int32Array.from(nonNegativeStocks),
    source: { init: initSource, derive: deriveSource },
    program,
    tables,
  };
}

/** Turns the generated program into functions (the only use of `new Function`). */
function instantiate(prepared: Prepared): CompiledStockFlow {
  const helpers = runtimeHelpers(prepared.tables);
  let functions: [InitFunction, DeriveFunction, SaveFunction, EulerRunner];
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code generated from the model's structure; names are array indices, never model text
    const factory = new Function(...Object.keys(helpers), prepared.program) as (
      ...helpers: unknown[]
    ) => [InitFunction, DeriveFunction, SaveFunction, EulerRunner];
    functions = factory(...(Object.values(helpers) as unknown[]));
  } catch (e) {
    throw new StockFlowError(
      'model',
      `the generated code cannot run here (${e instanceof Error ? e.message : String(e)}); a Content-Security-Policy without 'unsafe-eval' forbids it`,
    );
  }
  const [init, derive, save, runEuler] = functions;
  const { program: _program, tables: _tables, ...rest } = prepared;
  return { ...rest, init, derive, save, runEuler };
}

/** A flow's or aux's value code: through its graphical function, and not below zero for a non-negative flow. */
function wrapValue(
  v: StockFlowVariable,
  code: string,
  canonical: string,
  tableIndex: ReadonlyMap<string, number>,
): string {
  let out = code;
  if (v.kind !== 'stock' && v.graph !== undefined) out = `lookup(${tableIndex.get(canonical) ?? -1}, ${out})`;
  if (v.kind === 'flow' && v.nonNegative === true) out = `Math.max(0, ${out})`;
  return out;
}
