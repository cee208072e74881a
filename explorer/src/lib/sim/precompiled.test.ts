import {
  compileModel,
  integrate,
  planRun,
  resolveIntegrator,
  validateScenario,
  type Scenario,
} from '@samenspel/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endogenousIds, model } from '../model.js';
import { createDirectExplorerRunner } from './explorer-runner.js';
import { usePrecompiledIntegrators } from './precompiled.js';

/** Calls of the checked-in integrators, by method: the module is wrapped so a test sees which path ran. */
const calls = vi.hoisted(() => ({ rk4: 0, euler: 0 }));

vi.mock('./icu-integrators.generated.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./icu-integrators.generated.js')>();
  return {
    integrators: original.integrators.map((entry) => ({
      ...entry,
      run: (...args: Parameters<typeof entry.run>) => {
        calls[entry.method] += 1;
        entry.run(...args);
      },
    })),
  };
});

const TOLERANCE = 1e-12;
const lever = model.levers[0]?.id ?? '';
const parameter = model.parameters[0];
const input = model.inputs[0]?.id ?? '';

/** Scenarios touching every number a run may change: method, step, horizon, inputs, parameters, levers. */
const scenarios: readonly Scenario[] = [
  {},
  { method: 'euler' },
  { method: 'euler', dt: 0.1, horizonMonths: 36 },
  { dt: 0.5, horizonMonths: 120 },
  { inputs: { [input]: 0.9 }, parameters: { [parameter?.id ?? '']: parameter?.max ?? 0 } },
  {
    method: 'euler',
    inputs: {
      [input]: [
        { month: 0, value: 0.1 },
        { month: 12, value: 0.8 },
      ],
    },
    interventions: [{ lever, startMonth: 3, endMonth: 30, intensity: 0.7 }],
  },
  { interventions: [{ lever, startMonth: 6, intensity: 1 }], initial: { [endogenousIds[0] ?? '']: 0.6 } },
];

beforeEach(() => {
  calls.rk4 = 0;
  calls.euler = 0;
});

describe('the precompiled ICU integrators', () => {
  it('are up to date with the model and the engine (else run pnpm explorer:integrators)', () => {
    expect(usePrecompiledIntegrators()).toEqual({ registered: ['rk4', 'euler'], refused: [] });
  });

  it('give the same numbers as the generated and interpreted paths', () => {
    usePrecompiledIntegrators();
    for (const scenario of scenarios) {
      const valid = validateScenario(model, scenario);
      expect(valid.ok, JSON.stringify(scenario)).toBe(true);
      if (!valid.ok) continue;
      const plan = planRun(compileModel(model), valid.scenario);
      expect(resolveIntegrator(plan)).toBe('precompiled');
      const pre = integrate(plan, 'precompiled');
      for (const kind of ['generated', 'interpreted'] as const) {
        const other = integrate(plan, kind);
        expect(Array.from(pre.time)).toEqual(Array.from(other.time));
        pre.fullState.forEach((v, i) => {
          expect(Math.abs(v - (other.fullState[i] ?? Number.NaN))).toBeLessThanOrEqual(TOLERANCE);
        });
      }
    }
    expect(calls.rk4).toBeGreaterThan(0);
    expect(calls.euler).toBeGreaterThan(0);
  });

  it('make the quick runs of the direct runner (main run and comparison)', async () => {
    const runner = createDirectExplorerRunner();
    const [outcome] = await runner.runMany([
      { scenario: { inputs: { [input]: 0.7 } }, compare: [{ method: 'euler' }] },
    ]);
    expect(outcome?.compare).toHaveLength(1);
    expect(calls).toEqual({ rk4: 1, euler: 1 });
  });
});
