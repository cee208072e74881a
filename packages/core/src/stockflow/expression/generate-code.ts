import { PURE_BUILTINS } from './builtins.js';
import type { Expr } from './expr.js';

/** Where values live in the generated code, by canonical name or instance slot. */
export interface CodeLayout {
  /** Index in `v` of each variable with a value. */
  readonly valueIndex: ReadonlyMap<string, number>;
  /** Index in `s` of each stock. */
  readonly stockIndex: ReadonlyMap<string, number>;
  /** Index of each graphical function table, by the name of its variable. */
  readonly tableIndex: ReadonlyMap<string, number>;
  /** Per stateful instance (by slot): its constant index in `c` and/or its first hidden stock in `s`. */
  readonly stateOf: (slot: number) => { readonly c: number; readonly s: number; readonly stages: number };
}

/**
 * `init` evaluates an equation at the start (stocks read their initial values from `v`, INIT and
 * smoothing and delay builtins set their state); `run` evaluates it during the run (stocks read
 * `s`, INIT reads its stored value, smooths read their hidden stocks).
 */
export type CodeMode = 'init' | 'run';

const num = (x: number): string => {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '(-Infinity)';
  return x < 0 || Object.is(x, -0) ? `(${String(x)})` : String(x);
};

const truth = (code: string): string => `(${code} !== 0)`;
const bool = (code: string): string => `(${code} ? 1 : 0)`;

/**
 * The JavaScript of an expression. Every name has become an array index, so no text of the model
 * reaches the code; numbers are printed by `String`, which reads back exactly. Booleans are 1 and
 * 0, and any non-zero value counts as true.
 */
export function generateExpression(expr: Expr, mode: CodeMode, layout: CodeLayout): string {
  const gen = (e: Expr): string => {
    switch (e.kind) {
      case 'number':
        return num(e.value);
      case 'ref': {
        const stock = layout.stockIndex.get(e.name);
        if (stock !== undefined && mode === 'run') return `s[${stock}]`;
        return `v[${layout.valueIndex.get(e.name) ?? -1}]`;
      }
      case 'system':
        return e.which === 'time'
          ? 't'
          : e.which === 'dt'
            ? 'dt'
            : e.which === 'start'
              ? 'rt.start'
              : 'rt.stop';
      case 'unary':
        return e.op === '-' ? `(-${gen(e.arg)})` : bool(`${gen(e.arg)} === 0`);
      case 'binary': {
        const a = gen(e.left);
        const b = gen(e.right);
        switch (e.op) {
          case '^':
            return `Math.pow(${a}, ${b})`;
          case 'mod':
            return `(${a} % ${b})`;
          case '==':
            return bool(`${a} === ${b}`);
          case '!=':
            return bool(`${a} !== ${b}`);
          case 'and':
            return bool(`${truth(a)} && ${truth(b)}`);
          case 'or':
            return bool(`${truth(a)} || ${truth(b)}`);
          case '<':
          case '<=':
          case '>':
          case '>=':
            return bool(`${a} ${e.op} ${b}`);
          default:
            return `(${a} ${e.op} ${b})`;
        }
      }
      case 'if':
        return `(${truth(gen(e.condition))} ? ${gen(e.then)} : ${gen(e.otherwise)})`;
      case 'call': {
        const builtin = PURE_BUILTINS.get(e.fn);
        if (builtin === undefined) throw new Error(`no code for builtin ${e.fn}`);
        return builtin.code(e.args.map(gen));
      }
      case 'lookup':
        return `lookup(${layout.tableIndex.get(e.name) ?? -1}, ${gen(e.arg)})`;
      case 'stateful': {
        const state = layout.stateOf(e.slot);
        const [input, second, third, fourth] = e.args;
        const x = gen(input as Expr);
        switch (e.fn) {
          case 'init':
            return mode === 'init' ? `(c[${state.c}] = ${x})` : `c[${state.c}]`;
          case 'delay': {
            if (mode === 'init') return `(c[${state.c}] = ${third === undefined ? x : gen(third)})`;
            return `delay(rt, c, ${state.c}, ${x}, ${gen(second as Expr)}, t, n, rec)`;
          }
          default: {
            // smth1/3/n: a chain of hidden stocks holding levels, the output is the last one.
            // delay1/3/n: a chain of hidden stocks holding the material in transit; each stage
            // drains at its content / (time / stages), and the output is the last stage's outflow.
            const last = state.s + state.stages - 1;
            const initial = e.fn === 'smthn' || e.fn === 'delayn' ? fourth : third;
            const start = initial === undefined ? x : gen(initial);
            const targets = Array.from({ length: state.stages }, (_, i) => `s[${state.s + i}] = `).join('');
            if (!isMaterialDelay(e.fn)) return mode === 'run' ? `s[${last}]` : `(${targets}${start})`;
            const stageTime = `(${gen(second as Expr)} / ${state.stages})`;
            if (mode === 'run') return `(s[${last}] / ${stageTime})`;
            return `(${targets}(${start}) * ${stageTime}, s[${last}] / ${stageTime})`;
          }
        }
      }
    }
  };
  return gen(expr);
}

/** Whether a stateful builtin is a material delay (DELAY1/DELAY3/DELAYN) rather than a smooth. */
function isMaterialDelay(fn: string): boolean {
  return fn === 'delay1' || fn === 'delay3' || fn === 'delayn';
}

/**
 * The statements (run mode) that set the derivatives `d` of the hidden stocks of a smoothing or
 * delay builtin. A smooth's stage moves toward the one before it over `time / stages`. A material
 * delay's stage holds material: it receives the input (first stage) or the previous stage's
 * outflow, and drains at its content / (time / stages); so material is conserved also while the
 * delay time changes (XMILE's definition), where a smooth would not be.
 */
export function generateHiddenDerivatives(expr: Expr & { kind: 'stateful' }, layout: CodeLayout): string {
  const state = layout.stateOf(expr.slot);
  if (state.stages === 0) return '';
  const x = generateExpression(expr.args[0] as Expr, 'run', layout);
  const time = generateExpression(expr.args[1] as Expr, 'run', layout);
  const lines = [`{ const q = ${time} / ${state.stages};`];
  const material = isMaterialDelay(expr.fn);
  for (let i = 0; i < state.stages; i++) {
    const stage = `s[${state.s + i}]`;
    if (material) {
      const inflow = i === 0 ? x : `s[${state.s + i - 1}] / q`;
      lines.push(`d[${state.s + i}] = ${inflow} - ${stage} / q;`);
    } else {
      const from = i === 0 ? x : `s[${state.s + i - 1}]`;
      lines.push(`d[${state.s + i}] = (${from} - ${stage}) / q;`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}
