import { describe, expect, it, vi } from 'vitest';
import { checkStockFlow, compileStockFlow } from './compile-stockflow.js';
import { simulateStockFlow } from './simulate-stockflow.js';
import { StockFlowError } from './stockflow-error.js';
import type { StockFlowModel, StockFlowSimSpecs, StockFlowVariable } from './stockflow-types.js';

const model = (
  variables: StockFlowVariable[],
  simSpecs: Partial<StockFlowSimSpecs> = {},
): StockFlowModel => ({
  simSpecs: { start: 0, stop: 10, dt: 1, ...simSpecs },
  variables,
});
const aux = (name: string, equation: string): StockFlowVariable => ({ kind: 'aux', name, equation });
const flow = (name: string, equation: string, nonNegative = false): StockFlowVariable => ({
  kind: 'flow',
  name,
  equation,
  nonNegative,
});
const stock = (
  name: string,
  initial: string,
  inflows: string[],
  outflows: string[],
  nonNegative = false,
): StockFlowVariable => ({
  kind: 'stock',
  name,
  initial,
  inflows,
  outflows,
  nonNegative,
});
const series = (m: StockFlowModel, name: string, options = {}): number[] => [
  ...(simulateStockFlow(m, options).series[name] ?? []),
];
const errorOf = (f: () => unknown): StockFlowError => {
  try {
    f();
  } catch (e) {
    if (e instanceof StockFlowError) return e;
    throw e;
  }
  throw new Error('expected a StockFlowError');
};

const decay = model(
  [stock('Level', '100', [], ['Drain']), flow('Drain', 'Level * rate'), aux('rate', '0.5')],
  {
    stop: 2,
    dt: 0.25,
  },
);

describe('simulateStockFlow: integration', () => {
  it('Euler follows level(n+1) = level(n)·(1 − k·dt) exactly (tolerance 1e-12)', () => {
    const level = series(decay, 'Level');
    level.forEach((x, n) => expect(x).toBeCloseTo(100 * 0.875 ** n, 12));
  });

  it('RK4 error shrinks about 16-fold when dt halves (fourth order)', () => {
    const exact = 100 * Math.exp(-0.5 * 2);
    const err = (dt: number): number =>
      Math.abs((series(decay, 'Level', { method: 'rk4', dt }).at(-1) ?? NaN) - exact);
    const ratio = err(0.5) / err(0.25);
    expect(ratio).toBeGreaterThan(14);
    expect(ratio).toBeLessThan(18);
  });

  it('saves flows and auxes computed from the stocks at each saved time, in model order', () => {
    const r = simulateStockFlow(decay);
    expect(r.names).toEqual(['Level', 'Drain', 'rate']);
    expect(r.series.Drain?.[4]).toBeCloseTo((r.series.Level?.[4] ?? NaN) * 0.5, 12);
  });

  it('saves every saveStep (rounded to whole steps) and lets options override the time settings', () => {
    const r = simulateStockFlow(decay, { saveStep: 0.5 });
    expect([...r.time]).toEqual([0, 0.5, 1, 1.5, 2]);
    const o = simulateStockFlow(decay, { start: 1, stop: 3, dt: 0.5 });
    expect([...o.time]).toEqual([1, 1.5, 2, 2.5, 3]);
  });

  it('gives the same numbers for a structured clone of the model (the model is plain data)', () => {
    const copy = structuredClone(decay);
    expect(simulateStockFlow(copy).series).toEqual(simulateStockFlow(decay).series);
  });
});

describe('simulateStockFlow: builtins', () => {
  const at = (equation: string, stop = 10, dt = 1): number[] =>
    series(model([aux('x', equation)], { stop, dt }), 'x');

  it('STEP, RAMP and PULSE follow time', () => {
    expect(at('STEP(2, 3)', 5)).toEqual([0, 0, 0, 2, 2, 2]);
    expect(at('RAMP(2, 1, 3)', 5)).toEqual([0, 0, 2, 4, 4, 4]);
    expect(at('PULSE(4, 2, 3)', 8, 0.5).filter((_, i) => i % 2 === 0)).toEqual([0, 0, 8, 0, 0, 8, 0, 0, 8]);
    expect(at('PULSE(4, 2)', 4, 0.5)).toEqual([0, 0, 0, 0, 8, 0, 0, 0, 0]);
  });

  it('TIME, DT, STARTTIME, STOPTIME, PI', () => {
    expect(at('TIME + DT * 10 + STARTTIME + STOPTIME * 100', 2, 0.5)).toEqual([205, 205.5, 206, 206.5, 207]);
    expect(at('PI')[0]).toBe(Math.PI);
  });

  it('arithmetic, logic and the pure functions', () => {
    expect(at('IF TIME > 1 AND NOT (TIME = 3) OR TIME = 0 THEN 1 ELSE 0', 4)).toEqual([1, 0, 1, 0, 1]);
    // NOT binds tighter than a comparison: (NOT TIME) = 0.
    expect(at('NOT TIME = 0', 2)).toEqual([0, 1, 1]);
    expect(at('2 ^ 3 ^ 2')[0]).toBe(512);
    expect(at('-2 ^ 2')[0]).toBe(-4);
    expect(at('INT(-9.5) + 10 * (-10 MOD 3)')[0]).toBe(-19);
    expect(at('SAFEDIV(1, 0) + SAFEDIV(1, 0, 7) + SAFEDIV(6, 3)')[0]).toBe(9);
    expect(at('MIN(3, 1, 2) + MAX(3, 1, 2) + ABS(-1) + SQRT(16) + EXP(0) + LN(1) + LOG10(100)')[0]).toBe(12);
  });

  it('INIT keeps the value its argument had at the start', () => {
    const m = model([aux('now', 'TIME * 2 + 1'), aux('first', 'INIT(now)')], { stop: 3 });
    expect(series(m, 'first')).toEqual([1, 1, 1, 1]);
  });

  it('SMTH1 of a step follows the Euler recurrence s(n+1) = s(n) + dt·(x − s)/T, starting at the input', () => {
    const m = model([aux('input', 'STEP(10, 2)'), aux('smooth', 'SMTH1(input, 4)')], { stop: 8 });
    const s = series(m, 'smooth');
    const expected = [0];
    for (let n = 1; n <= 8; n++)
      expected.push((expected[n - 1] ?? 0) + ((n - 1 >= 2 ? 10 : 0) - (expected[n - 1] ?? 0)) / 4);
    s.forEach((x, i) => expect(x).toBeCloseTo(expected[i] ?? NaN, 12));
  });

  it('SMTH1 and SMTH3 start at their initial value when given, and approach the input', () => {
    const m = model([aux('a', 'SMTH1(5, 1, 2)'), aux('b', 'SMTH3(5, 3, 2)')], { stop: 40, dt: 0.25 });
    const r = simulateStockFlow(m);
    expect(r.series.a?.[0]).toBe(2);
    expect(r.series.b?.[0]).toBe(2);
    expect(r.series.a?.at(-1)).toBeCloseTo(5, 6);
    expect(r.series.b?.at(-1)).toBeCloseTo(5, 6);
    // Third order lags more at first.
    expect(r.series.b?.[4] ?? NaN).toBeLessThan(r.series.a?.[4] ?? NaN);
  });

  it('DELAY1 equals SMTH1 and DELAY3 equals SMTH3 for a constant delay time', () => {
    const m = model(
      [
        aux('x', 'STEP(1, 1)'),
        aux('d1', 'DELAY1(x, 2)'),
        aux('s1', 'SMTH1(x, 2)'),
        aux('d3', 'DELAY3(x, 3)'),
        aux('s3', 'SMTH3(x, 3)'),
      ],
      { stop: 10, dt: 0.5 },
    );
    const r = simulateStockFlow(m);
    // Same numbers up to rounding: a delay stores material (level × stage time), a smooth the level.
    r.series.s1?.forEach((v, i) => expect(r.series.d1?.[i]).toBeCloseTo(v, 12));
    r.series.s3?.forEach((v, i) => expect(r.series.d3?.[i]).toBeCloseTo(v, 12));
  });

  it('DELAY1 with a changing delay time conserves material and follows the Euler recurrence of its stock', () => {
    // In: 1 per time unit until time 3, then nothing; the delay time grows from 1 to 11.
    const m = model([aux('x', '1 - STEP(1, 3)'), aux('T', '1 + TIME'), aux('out', 'DELAY1(x, T)')], {
      stop: 10,
      dt: 0.25,
    });
    const out = series(m, 'out');
    // The material in transit L: starts at x·T = 1, L(n+1) = L(n) + dt·(x − L/T), out = L / T.
    let material = 1;
    for (let n = 0; n < out.length; n++) {
      const t = n * 0.25;
      expect(out[n]).toBeCloseTo(material / (1 + t), 12);
      material += 0.25 * ((t >= 3 ? 0 : 1) - material / (1 + t));
    }
    // A smooth of the same input would not conserve it: SMTH1 differs once T changes.
    const smooth = series(
      model([aux('x', '1 - STEP(1, 3)'), aux('T', '1 + TIME'), aux('out', 'SMTH1(x, T)')], {
        stop: 10,
        dt: 0.25,
      }),
      'out',
    );
    expect(Math.abs((smooth[32] ?? NaN) - (out[32] ?? NaN))).toBeGreaterThan(1e-3);
  });

  it('DELAY3 with a changing delay time passes on all the material it received', () => {
    const m = model([aux('x', 'PULSE(4, 1)'), aux('T', '2 + TIME / 4'), aux('out', 'DELAY3(x, T)')], {
      stop: 200,
      dt: 0.125,
    });
    const out = series(m, 'out');
    // A pulse of 4 at time 1 (height 4/dt for one step) is 4 units of material; by time 200 it is out.
    const passedOn = out.reduce((sum, v) => sum + 0.125 * v, 0);
    expect(passedOn).toBeCloseTo(4, 3);
  });

  it('DELAY gives the input delayTime ago, its initial value (or the input at the start) before', () => {
    const m = model(
      [
        aux('x', 'TIME * TIME'),
        aux('d', 'DELAY(x, 2)'),
        aux('di', 'DELAY(x, 2, -1)'),
        aux('half', 'DELAY(x, 1.5)'),
      ],
      {
        stop: 5,
      },
    );
    const r = simulateStockFlow(m);
    expect([...(r.series.d ?? [])]).toEqual([0, 0, 0, 1, 4, 9]);
    expect([...(r.series.di ?? [])]).toEqual([-1, -1, 0, 1, 4, 9]);
    // Between step times the history is interpolated linearly: x(1.5) ≈ (1 + 4) / 2.
    expect(r.series.half?.[3]).toBeCloseTo(2.5, 12);
  });

  it('SMTHN and DELAYN take a whole-number order', () => {
    const m = model([aux('a', 'SMTHN(STEP(1, 1), 2, 3)'), aux('b', 'SMTH3(STEP(1, 1), 2)')], {
      stop: 6,
      dt: 0.5,
    });
    const r = simulateStockFlow(m);
    expect(r.series.a).toEqual(r.series.b);
    expect(errorOf(() => compileStockFlow(model([aux('c', 'DELAYN(1, 2, 2.5)')]))).message).toMatch(
      /whole number/,
    );
  });
});

describe('graphical functions', () => {
  const gf = (type: 'continuous' | 'extrapolate' | 'discrete'): StockFlowModel =>
    model(
      [
        { kind: 'aux', name: 'table', equation: '', graph: { type, xpts: [0, 1, 2], ypts: [0, 10, 0] } },
        aux('y', 'table(TIME / 2 - 1)'),
      ],
      { stop: 8 },
    );

  it('continuous: linear between points, end values held outside', () => {
    expect(series(gf('continuous'), 'y')).toEqual([0, 0, 0, 5, 10, 5, 0, 0, 0]);
  });
  it('extrapolate: the end segments continue', () => {
    expect(series(gf('extrapolate'), 'y')).toEqual([-10, -5, 0, 5, 10, 5, 0, -5, -10]);
  });
  it('discrete: each y holds until the next x', () => {
    expect(series(gf('discrete'), 'y')).toEqual([0, 0, 0, 0, 10, 10, 0, 0, 0]);
  });
  it('an aux with a graph and an equation is the graph of its equation; xscale spreads points evenly', () => {
    const m = model(
      [{ kind: 'aux', name: 'y', equation: 'TIME', graph: { xscale: { min: 0, max: 4 }, ypts: [0, 1, 4] } }],
      { stop: 4 },
    );
    expect(series(m, 'y')).toEqual([0, 0.5, 1, 2.5, 4]);
    expect(simulateStockFlow(gf('continuous')).names).toEqual(['y']);
  });
  it('refuses a graph with unequal x and y counts, naming the variable', () => {
    const e = errorOf(() =>
      compileStockFlow(
        model([{ kind: 'aux', name: 'bad', equation: 'TIME', graph: { xpts: [0, 1], ypts: [1] } }]),
      ),
    );
    expect(e.element).toBe('bad');
    expect(e.message).toMatch(/2 x values .* but 1 y values/);
  });
});

describe('non-negative stocks and flows', () => {
  it('a non-negative stock stops at zero while its outflow keeps its value; a plain one goes below', () => {
    const m = model(
      [flow('out', '3'), stock('kept', '10', [], ['out'], true), stock('free', '10', [], ['out'])],
      { stop: 6 },
    );
    const r = simulateStockFlow(m);
    expect([...(r.series.kept ?? [])]).toEqual([10, 7, 4, 1, 0, 0, 0]);
    expect([...(r.series.free ?? [])]).toEqual([10, 7, 4, 1, -2, -5, -8]);
    expect([...(r.series.out ?? [])].every((x) => x === 3)).toBe(true);
  });

  it('a non-negative flow counts a negative rate as zero', () => {
    const m = model([flow('f', 'TIME - 2', true), stock('s', '0', ['f'], [])], { stop: 4 });
    expect(series(m, 'f')).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('compile errors name the element and the reason', () => {
  it('unknown names, unknown and unsupported builtins, arrays', () => {
    const unknown = errorOf(() => compileStockFlow(model([aux('a', 'b + 1')])));
    expect(unknown.element).toBe('a');
    expect(unknown.message).toBe('a: unknown name "b"');
    const trend = errorOf(() => compileStockFlow(model([aux('Growth', 'TREND(TIME, 2)')])));
    expect(trend.element).toBe('Growth');
    expect(trend.feature).toBe('builtin TREND');
    expect(errorOf(() => compileStockFlow(model([aux('a', 'FOO(1)')]))).message).toMatch(
      /unknown function "FOO"/,
    );
    expect(errorOf(() => compileStockFlow(model([aux('a', 'MIN(1)')]))).message).toMatch(
      /MIN takes at least 2 arguments, got 1/,
    );
    expect(errorOf(() => compileStockFlow(model([aux('v', 'x[1]')]))).feature).toBe('arrays');
  });

  it('a circular definition lists the variables of the cycle', () => {
    const e = errorOf(() => compileStockFlow(model([aux('a', 'b'), aux('b', 'c * 2'), aux('c', 'a')])));
    expect(e.message).toMatch(/circular definition at the start: a → b → c → a/);
  });

  it('a loop through a stock is not circular; one through a stock initial value is', () => {
    expect(() => compileStockFlow(model([stock('s', '1', ['f'], []), flow('f', 's')]))).not.toThrow();
    const e = errorOf(() => compileStockFlow(model([stock('s', 'f', ['f'], []), flow('f', 's')])));
    expect(e.message).toMatch(/circular definition at the start/);
  });

  it('a stock whose inflow is not a flow of the model, and names used twice', () => {
    expect(errorOf(() => compileStockFlow(model([stock('s', '1', ['nope'], [])]))).message).toBe(
      's: inflow "nope" is not a flow of the model',
    );
    expect(errorOf(() => compileStockFlow(model([aux('A b', '1'), aux('a_B', '2')]))).message).toMatch(
      /used twice/,
    );
  });

  it('bad time settings name the setting', () => {
    expect(errorOf(() => simulateStockFlow(decay, { dt: 0 })).element).toBe('simSpecs.dt');
    expect(errorOf(() => simulateStockFlow(decay, { stop: -1 })).element).toBe('simSpecs.stop');
  });
});

describe('generated code', () => {
  it('never contains model names: a name that looks like code is only an array index', () => {
    const compiled = compileStockFlow(
      model([aux('x]; throw 1; //', '4'), aux('double', '"x]; throw 1; //" * 2')]),
    );
    expect(compiled.source.derive).not.toContain('throw');
    expect(compiled.source.derive).toBe('v[0] = 4;\nv[1] = (v[0] * 2);');
    expect(
      simulateStockFlow(model([aux('x]; throw 1; //', '4'), aux('double', '"x]; throw 1; //" * 2')])).series
        .double?.[0],
    ).toBe(8);
  });

  it('the inlined Euler loop gives exactly what init, derive and an Euler update give step by step', () => {
    const m = model(
      [
        stock('s', '10', ['inflow'], ['outflow'], true),
        flow('inflow', 'SMTH1(STEP(5, 3), 2) + DELAY(s, 1.5)'),
        flow('outflow', 's * 0.6'),
        aux('__proto__', 'INIT(s) + TIME'),
      ],
      { stop: 12, dt: 0.5 },
    );
    const compiled = compileStockFlow(m);
    const r = simulateStockFlow(m);
    const v = new Float64Array(compiled.valueCount);
    const s = new Float64Array(compiled.stateCount);
    const d = new Float64Array(compiled.stateCount);
    const c = new Float64Array(compiled.constantCount);
    const rt = { start: 0, stop: 12, dt: 0.5, history: [new Float64Array(25)] };
    compiled.init(v, s, c, rt, 0, 0.5);
    for (let n = 0; n <= 24; n++) {
      compiled.derive(v, s, d, c, rt, n * 0.5, 0.5, n, 1);
      expect(r.series.s?.[n]).toBe(s[0]);
      expect(r.series.inflow?.[n]).toBe(v[1]);
      expect(Object.hasOwn(r.series, '__proto__')).toBe(true);
      expect(r.series['__proto__']?.[n]).toBe(v[3]);
      for (let j = 0; j < s.length; j++)
        s[j] = Math.max(j === 0 ? 0 : -Infinity, (s[j] ?? 0) + 0.5 * (d[j] ?? 0));
    }
  });

  it('where code generation is forbidden, checking still works and compiling says why it cannot run', () => {
    const m = model([aux('a', '1'), aux('b', 'a * 2')]);
    vi.stubGlobal('Function', function forbidden() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    try {
      expect(() => checkStockFlow(m)).not.toThrow();
      const e = errorOf(() => compileStockFlow(m));
      expect(e.element).toBe('model');
      expect(e.message).toMatch(/generated code cannot run here .*unsafe-eval/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(simulateStockFlow(m).series.b?.[0]).toBe(2);
  });

  it('is compiled once per model object', () => {
    expect(compileStockFlow(decay)).toBe(compileStockFlow(decay));
  });
});
