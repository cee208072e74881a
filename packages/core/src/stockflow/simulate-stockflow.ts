import { compileStockFlow, type CompiledStockFlow } from './compile-stockflow.js';
import type { RunState } from './runtime.js';
import { StockFlowError } from './stockflow-error.js';
import type {
  SimulateStockFlowOptions,
  StockFlowMethod,
  StockFlowModel,
  StockFlowResult,
} from './stockflow-types.js';

/** Most steps one run may take (a guard against a tiny dt by mistake). */
export const MAX_STOCKFLOW_STEPS = 10_000_000;

/** The settings of one run after defaults and overrides, checked. */
export interface StockFlowRunSettings {
  /** Start time. */
  readonly start: number;
  /** Stop time. */
  readonly stop: number;
  /** Time step. */
  readonly dt: number;
  /** Number of steps from start to stop. */
  readonly steps: number;
  /** Steps between saved rows. */
  readonly saveEvery: number;
  /** Integration method. */
  readonly method: StockFlowMethod;
}

/**
 * The settings of a run: the model's `simSpecs` with `options` on top. `steps` is
 * `(stop − start) / dt`, rounded down (a last partial step is not taken, as in Stella and
 * Vensim); the save step is rounded to a whole number of steps (at least one). Throws
 * {@link StockFlowError} naming the setting (`simSpecs.dt`, …) when a value is not a finite number,
 * dt is not positive, stop is before start, the method is unknown, or the run would be too long.
 */
export function runSettings(
  model: StockFlowModel,
  options: SimulateStockFlowOptions = {},
): StockFlowRunSettings {
  const spec = model.simSpecs;
  const start = options.start ?? spec.start;
  const stop = options.stop ?? spec.stop;
  const dt = options.dt ?? spec.dt;
  const saveStep = options.saveStep ?? spec.saveStep ?? dt;
  const method = options.method ?? spec.method ?? 'euler';
  const finite = (name: string, x: number): void => {
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new StockFlowError(`simSpecs.${name}`, `must be a finite number, got ${String(x)}`);
  };
  finite('start', start);
  finite('stop', stop);
  finite('dt', dt);
  finite('saveStep', saveStep);
  if (dt <= 0) throw new StockFlowError('simSpecs.dt', `must be greater than 0, got ${dt}`);
  if (saveStep <= 0) throw new StockFlowError('simSpecs.saveStep', `must be greater than 0, got ${saveStep}`);
  if (stop < start) throw new StockFlowError('simSpecs.stop', `stop ${stop} is before start ${start}`);
  if ((method as string) !== 'euler' && (method as string) !== 'rk4') {
    // Models are data (JSON), so the type does not guarantee the value.
    throw new StockFlowError('simSpecs.method', `unknown method "${method}"; use "euler" or "rk4"`);
  }
  const steps = Math.floor((stop - start) / dt + 1e-9);
  if (steps > MAX_STOCKFLOW_STEPS) {
    throw new StockFlowError(
      'simSpecs.dt',
      `the run would take ${steps} steps, more than ${MAX_STOCKFLOW_STEPS}`,
    );
  }
  return { start, stop, dt, steps, saveEvery: Math.max(1, Math.round(saveStep / dt)), method };
}

/**
 * Runs a stock-and-flow model with its own time settings, or those of `options`, by Euler or
 * classic fourth-order Runge-Kutta at a fixed step. The model is compiled once (cached per model
 * object); the loop allocates nothing per step. Rows are saved at start + k·saveStep up to stop;
 * each row holds the stocks and the flows and auxiliaries computed from them at that time.
 * Throws {@link StockFlowError} for a model or setting it cannot run, naming the element.
 */
export function simulateStockFlow(
  model: StockFlowModel,
  options: SimulateStockFlowOptions = {},
): StockFlowResult {
  const compiled = compileStockFlow(model);
  const { start, stop, dt, steps, saveEvery, method } = runSettings(model, options);
  const v = new Float64Array(compiled.valueCount);
  const s = new Float64Array(compiled.stateCount);
  const d = new Float64Array(compiled.stateCount);
  const c = new Float64Array(compiled.constantCount);
  const rt: RunState = {
    start,
    stop,
    dt,
    history: Array.from({ length: compiled.delayCount }, () => new Float64Array(steps + 1)),
  };
  const rows = Math.floor(steps / saveEvery) + 1;
  const time = new Float64Array(rows);
  const columns = compiled.outputs.map(() => new Float64Array(rows));
  const outputs = compiled.outputs;
  const { init } = compiled;

  init(v, s, c, rt, start, dt);
  if (method === 'euler') {
    compiled.runEuler(v, s, d, c, rt, start, dt, steps, saveEvery, columns, time);
  } else {
    runRk4(compiled, { v, s, d, c, rt }, { start, dt, steps, saveEvery }, columns, time);
  }
  // fromEntries defines own properties, so any name (even "__proto__") is a plain key.
  const series = Object.fromEntries(outputs.map((o, i) => [o.name, columns[i] as Float64Array])) as Record<
    string,
    Float64Array
  >;
  return { time, names: outputs.map((o) => o.name), series };
}

/** Sets the non-negative stocks that a step left below zero (by rounding, or RK4's blend of stages) to zero. */
function clampNonNegative(s: Float64Array, which: Int32Array): void {
  for (let i = 0; i < which.length; i++) {
    const j = which[i] as number;
    if ((s[j] as number) < 0) s[j] = 0;
  }
}

/** The arrays of one run. */
interface RunArrays {
  readonly v: Float64Array;
  readonly s: Float64Array;
  readonly d: Float64Array;
  readonly c: Float64Array;
  readonly rt: RunState;
}

/** Classic fourth-order Runge-Kutta over the generated `derive`; DELAY records only at step times. */
function runRk4(
  compiled: CompiledStockFlow,
  { v, s, d, c, rt }: RunArrays,
  { start, dt, steps, saveEvery }: { start: number; dt: number; steps: number; saveEvery: number },
  columns: readonly Float64Array[],
  time: Float64Array,
): void {
  const { derive, save, nonNegativeStocks } = compiled;
  const m = s.length;
  const s0 = new Float64Array(m);
  const k1 = new Float64Array(m);
  const k2 = new Float64Array(m);
  const k3 = new Float64Array(m);
  const h = dt / 2;
  let row = 0;
  for (let n = 0; n <= steps; n++) {
    const t = start + n * dt;
    derive(v, s, d, c, rt, t, dt, n, 1);
    if (n % saveEvery === 0) save(v, s, columns, time, row++, t);
    if (n === steps) break;
    for (let j = 0; j < m; j++) {
      s0[j] = s[j] as number;
      k1[j] = d[j] as number;
      s[j] = (s0[j] as number) + h * (d[j] as number);
    }
    derive(v, s, d, c, rt, t + h, dt, n, 0);
    for (let j = 0; j < m; j++) {
      k2[j] = d[j] as number;
      s[j] = (s0[j] as number) + h * (d[j] as number);
    }
    derive(v, s, d, c, rt, t + h, dt, n, 0);
    for (let j = 0; j < m; j++) {
      k3[j] = d[j] as number;
      s[j] = (s0[j] as number) + dt * (d[j] as number);
    }
    derive(v, s, d, c, rt, t + dt, dt, n, 0);
    for (let j = 0; j < m; j++) {
      s[j] =
        (s0[j] as number) +
        (dt / 6) * ((k1[j] as number) + 2 * (k2[j] as number) + 2 * (k3[j] as number) + (d[j] as number));
    }
    clampNonNegative(s, nonNegativeStocks);
  }
}
