import { describe, expect, it } from 'vitest';

import type { Diagnostic, DiagnosticParams } from '../diagnostics/diagnostic.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  mechanism,
  parameter,
} from '../test-support/models.js';
import { parseScenario, validateScenario } from './validate-scenario.js';

// The params of scenario diagnostics: the facts behind each English message, so an interface can
// word the problem in another language. The messages themselves are covered in
// validate-scenario.test.ts.

const model = buildModel({
  mechanisms: [mechanism('m', ['a', 'b'])],
  factors: [factor('a'), factor('b'), exogenousFactor('ext', 0.5)],
  inputs: [input('u', 0.2)],
  links: [],
  parameters: [parameter('turnover', 0.1, [0, 0.2], [{ target: 'erosion', factor: 'a', size: 1 }])],
  levers: [lever('boost', 'm', [{ target: 'inflow', factor: 'a', size: 0.3 }])],
});

function at(diagnostics: readonly Diagnostic[], path: string): Diagnostic {
  const hit = diagnostics.find((d) => d.path === path);
  if (hit === undefined) throw new Error(`no diagnostic at '${path}': ${JSON.stringify(diagnostics)}`);
  return hit;
}

const cases: readonly { scenario: unknown; path: string; code: string; params: DiagnosticParams }[] = [
  {
    scenario: { initial: { a: 1.5 } },
    path: 'initial.a',
    code: 'out_of_range',
    params: { value: 1.5, max: 1 },
  },
  {
    scenario: { initial: { a: -0.25 } },
    path: 'initial.a',
    code: 'out_of_range',
    params: { value: -0.25, min: 0 },
  },
  {
    scenario: { horizonMonths: 2000 },
    path: 'horizonMonths',
    code: 'out_of_range',
    params: { value: 2000, max: 1200 },
  },
  { scenario: { dt: 0 }, path: 'dt', code: 'not_positive', params: { value: 0 } },
  {
    scenario: { dt: 'quarter' },
    path: 'dt',
    code: 'invalid_type',
    params: { expected: ['number'], received: 'string', value: 'quarter' },
  },
  {
    scenario: { interventions: [{ startMonth: 2 }] },
    path: 'interventions[0].lever',
    code: 'invalid_type',
    params: { received: 'missing' },
  },
  {
    scenario: { initial: 'high' },
    path: 'initial',
    code: 'invalid_type',
    params: { expected: ['object'], received: 'string', value: 'high' },
  },
  {
    scenario: { inputs: { u: 'high' } },
    path: 'inputs.u',
    code: 'invalid_type',
    params: { expected: ['number', 'list'], received: 'string', value: 'high' },
  },
  {
    scenario: { inputs: { u: [] } },
    path: 'inputs.u',
    code: 'invalid_value',
    params: { detail: 'empty_list' },
  },
  {
    scenario: { method: 'heun' },
    path: 'method',
    code: 'unknown_method',
    params: { expected: ['choice'], received: 'string', value: 'heun', known: ['rk4', 'euler'] },
  },
  { scenario: { colour: 'red' }, path: 'colour', code: 'unknown_field', params: { id: 'colour' } },
  {
    scenario: { initial: { ghost: 0.5 } },
    path: 'initial.ghost',
    code: 'unknown_factor',
    params: { id: 'ghost' },
  },
  {
    scenario: { initial: { ext: 0.5 } },
    path: 'initial.ext',
    code: 'invalid_value',
    params: { id: 'ext', detail: 'exogenous_in_initial' },
  },
  {
    scenario: { inputs: { a: 0.5 } },
    path: 'inputs.a',
    code: 'invalid_value',
    params: { id: 'a', detail: 'endogenous_in_inputs' },
  },
  {
    scenario: { inputs: { nobody: 0.5 } },
    path: 'inputs.nobody',
    code: 'unknown_input',
    params: { id: 'nobody', known: ['ext', 'u'] },
  },
  {
    scenario: {
      inputs: {
        u: [
          { month: 5, value: 0.2 },
          { month: 2, value: 0.3 },
        ],
      },
    },
    path: 'inputs.u[1].month',
    code: 'invalid_series',
    params: { value: 2, previous: 5 },
  },
  {
    scenario: { parameters: { turnover: 0.5 } },
    path: 'parameters.turnover',
    code: 'out_of_range',
    params: { value: 0.5, min: 0, max: 0.2 },
  },
  {
    scenario: { parameters: { ghost: 1 } },
    path: 'parameters.ghost',
    code: 'unknown_parameter',
    params: { id: 'ghost' },
  },
  {
    scenario: { interventions: [{ lever: 'ghost' }] },
    path: 'interventions[0].lever',
    code: 'unknown_lever',
    params: { id: 'ghost', known: ['boost'] },
  },
  {
    scenario: { interventions: [{ lever: 'boost', startMonth: 8, endMonth: 4 }] },
    path: 'interventions[0].endMonth',
    code: 'invalid_interval',
    params: { start: 8, end: 4 },
  },
  {
    scenario: { horizonMonths: 10, dt: 0.3 },
    path: 'dt',
    code: 'invalid_value',
    params: { value: 0.3, horizon: 10, detail: 'dt_not_dividing' },
  },
  {
    scenario: { horizonMonths: 1200, dt: 0.0001 },
    path: 'dt',
    code: 'out_of_range',
    params: { value: 0.0001, steps: 12_000_000, max: 1_000_000, detail: 'too_many_steps' },
  },
];

describe('scenario diagnostic params', () => {
  it.each(cases)('$code at $path carries $params', (c) => {
    const result = validateScenario(model, c.scenario);
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, c.path);
    expect(d.code).toBe(c.code);
    expect(d.params).toEqual(c.params);
  });

  it('keeps the English message beside the params', () => {
    const result = validateScenario(model, { initial: { a: 1.5 } });
    expect(at(result.diagnostics, 'initial.a').message).toBe(
      'initial level 1.5 is above 1; levels run from 0 to 1',
    );
  });

  it('gives the JSON parser reason of malformed text as a param', () => {
    const result = parseScenario(model, '{"dt": 0.25,');
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, '');
    expect(d.code).toBe('invalid_json');
    expect(typeof d.params?.reason).toBe('string');
    expect(d.message).toBe(`not valid JSON: ${d.params?.reason ?? ''}`);
  });

  it('leaves a long string value out of the params', () => {
    const long = 'x'.repeat(41);
    const d = at(validateScenario(model, { dt: long }).diagnostics, 'dt');
    expect(d.params).toEqual({ expected: ['number'], received: 'string' });
  });
});
