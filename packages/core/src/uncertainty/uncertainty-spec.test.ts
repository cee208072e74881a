import { describe, expect, it } from 'vitest';
import { bistableModel } from '../test-support/bistable.js';
import {
  sampleScenario,
  spreadAround,
  uncertaintyProblems,
  type UncertaintySpec,
} from './uncertainty-spec.js';

const spec: UncertaintySpec = {
  parameters: { strain: { kind: 'uniform', min: 0, max: 0.2 } },
  initial: { a: { kind: 'triangular', min: 0.1, mode: 0.2, max: 0.5 } },
  inputs: { climate: { kind: 'normal', mean: 0.1, sd: 0.05, min: 0, max: 0.3 } },
};

describe('uncertaintyProblems', () => {
  it('accepts a spec within the allowed ranges', () => {
    expect(uncertaintyProblems(bistableModel, spec)).toEqual([]);
  });

  it('names unknown ids, bounds outside the allowed range and unknown fields', () => {
    const problems = uncertaintyProblems(bistableModel, {
      parameters: {
        ghost: { kind: 'uniform', min: 0, max: 1 },
        strain: { kind: 'uniform', min: 0, max: 0.9 },
      },
      initial: { climate: { kind: 'uniform', min: 0, max: 1 } },
      extra: {},
    } as UncertaintySpec);
    expect(problems).toEqual([
      'extra: unknown field; use parameters, initial or inputs',
      "parameters.ghost: unknown parameter (see listParameters) 'ghost'",
      'parameters.strain: the bounds [0, 0.9] must lie within [0, 0.5]',
      "initial.climate: unknown endogenous factor 'climate'",
    ]);
  });
});

describe('sampleScenario', () => {
  it('is the same for the same seed and run, and keeps the base scenario’s other fields', () => {
    const base = { horizonMonths: 24, initial: { b: 0.3 } };
    const one = sampleScenario(base, spec, 5, 3);
    expect(sampleScenario(base, spec, 5, 3)).toEqual(one);
    expect(one.horizonMonths).toBe(24);
    expect(one.initial?.b).toBe(0.3);
    expect(one.initial?.a).not.toBe(sampleScenario(base, spec, 5, 4).initial?.a);
  });
});

describe('spreadAround', () => {
  it('spreads every endogenous start by ± the amount and global parameters by ± the fraction, clipped', () => {
    const s = spreadAround(bistableModel, { initial: { a: 0.05 }, parameters: { strain: 0.4 } }, 0.1, 0.5);
    expect(s.initial).toEqual({
      a: { kind: 'uniform', min: 0, max: 0.15000000000000002 },
      b: { kind: 'uniform', min: 0.1, max: 0.30000000000000004 },
    });
    expect(s.parameters).toEqual({ strain: { kind: 'uniform', min: 0.2, max: 0.5 } });
    expect(uncertaintyProblems(bistableModel, s)).toEqual([]);
  });
});
