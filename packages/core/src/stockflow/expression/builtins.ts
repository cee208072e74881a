import type { StatefulFn } from './expr.js';

/** A builtin without memory: how many arguments it takes and the JavaScript it becomes. */
export interface PureBuiltin {
  /** Least number of arguments. */
  readonly min: number;
  /** Most number of arguments (`Infinity` for MIN/MAX). */
  readonly max: number;
  /** The JavaScript of a call, from the JavaScript of its arguments (runtime helpers are in scope). */
  readonly code: (args: readonly string[]) => string;
}

const math1 = (fn: string): PureBuiltin => ({ min: 1, max: 1, code: (a) => `Math.${fn}(${a.join()})` });

/**
 * The stateless builtins, by lower-case name. `int` truncates toward zero and `mod` (the operator)
 * keeps the dividend's sign, as the reference outputs of the SDXorg suite expect.
 */
export const PURE_BUILTINS: ReadonlyMap<string, PureBuiltin> = new Map<string, PureBuiltin>([
  ['abs', math1('abs')],
  ['exp', math1('exp')],
  ['ln', math1('log')],
  ['log10', math1('log10')],
  ['sqrt', math1('sqrt')],
  ['sin', math1('sin')],
  ['cos', math1('cos')],
  ['tan', math1('tan')],
  ['arcsin', math1('asin')],
  ['arccos', math1('acos')],
  ['arctan', math1('atan')],
  ['int', math1('trunc')],
  ['sign', math1('sign')],
  ['min', { min: 2, max: Infinity, code: (a) => `Math.min(${a.join()})` }],
  ['max', { min: 2, max: Infinity, code: (a) => `Math.max(${a.join()})` }],
  ['pi', { min: 0, max: 0, code: () => 'Math.PI' }],
  ['time', { min: 0, max: 0, code: () => 't' }],
  ['dt', { min: 0, max: 0, code: () => 'dt' }],
  ['starttime', { min: 0, max: 0, code: () => 'rt.start' }],
  ['stoptime', { min: 0, max: 0, code: () => 'rt.stop' }],
  ['safediv', { min: 2, max: 3, code: (a) => `safediv(${a[0] ?? '0'}, ${a[1] ?? '0'}, ${a[2] ?? '0'})` }],
  ['step', { min: 2, max: 2, code: (a) => `step(${a.join()}, t, dt)` }],
  [
    'pulse',
    { min: 1, max: 3, code: (a) => `pulse(${a[0] ?? '0'}, ${a[1] ?? 'rt.start'}, ${a[2] ?? '0'}, t, dt)` },
  ],
  ['ramp', { min: 2, max: 3, code: (a) => `ramp(${a[0] ?? '0'}, ${a[1] ?? '0'}, ${a[2] ?? 'Infinity'}, t)` }],
  [
    'if_then_else',
    { min: 3, max: 3, code: (a) => `(${a[0] ?? '0'} !== 0 ? ${a[1] ?? '0'} : ${a[2] ?? '0'})` },
  ],
]);

/** Builtins that keep state between steps, with their argument counts. */
export const STATEFUL_BUILTINS: ReadonlyMap<
  string,
  { readonly fn: StatefulFn; readonly min: number; readonly max: number }
> = new Map([
  ['init', { fn: 'init', min: 1, max: 1 }],
  ['smth1', { fn: 'smth1', min: 2, max: 3 }],
  ['smth3', { fn: 'smth3', min: 2, max: 3 }],
  ['smthn', { fn: 'smthn', min: 3, max: 4 }],
  ['delay1', { fn: 'delay1', min: 2, max: 3 }],
  ['delay3', { fn: 'delay3', min: 2, max: 3 }],
  ['delayn', { fn: 'delayn', min: 3, max: 4 }],
  ['delay', { fn: 'delay', min: 2, max: 3 }],
] as const);

/** Names that stand for a value without parentheses: `TIME`, `DT`, `STARTTIME`, `STOPTIME`, `PI`, `INF`. */
export const SYSTEM_SYMBOLS: ReadonlyMap<string, 'time' | 'dt' | 'start' | 'stop' | 'pi' | 'inf'> = new Map([
  ['time', 'time'],
  ['dt', 'dt'],
  ['starttime', 'start'],
  ['stoptime', 'stop'],
  ['pi', 'pi'],
  ['inf', 'inf'],
] as const);

/** Known XMILE or vendor functions this engine does not run, for a clearer message. */
export const KNOWN_UNSUPPORTED: ReadonlySet<string> = new Set([
  'random',
  'normal',
  'lognormal',
  'exprnd',
  'poisson',
  'uniform',
  'trend',
  'forcst',
  'size',
  'sum',
  'mean',
  'stddev',
  'rank',
  'prod',
  'previous',
  'self',
  'history',
  'lookupinv',
  'invert',
  'npv',
  'delayinf',
]);
