import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { modelArb, scenarioArb } from '../test-support/arbitraries.js';
import { canGenerateCode } from './generate-integrator.js';
import { integrate } from './integrate.js';

/** Generated and interpreted integrators evaluate the same terms in the same order. */
const TOLERANCE = 1e-12;

describe('the generated integrator', () => {
  it('is available in Node', () => {
    expect(canGenerateCode()).toBe(true);
  });

  it('gives the same trajectories as the interpreter for random models and scenarios', () => {
    fc.assert(
      fc.property(
        modelArb.chain((model) => scenarioArb(model).map((scenario) => ({ model, scenario }))),
        ({ model, scenario }) => {
          const valid = validateScenario(model, scenario);
          if (!valid.ok) return;
          const plan = planRun(compileModel(model), valid.scenario);
          const a = integrate(plan, 'generated');
          const b = integrate(plan, 'interpreted');
          expect(Array.from(a.time)).toEqual(Array.from(b.time));
          a.fullState.forEach((v, i) => {
            expect(Math.abs(v - (b.fullState[i] ?? Number.NaN))).toBeLessThanOrEqual(TOLERANCE);
          });
          a.exogenous.forEach((col, k) => expect(Array.from(col)).toEqual(Array.from(b.exogenous[k] ?? [])));
        },
      ),
      { numRuns: 150 },
    );
  });
});
