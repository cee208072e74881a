import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  link,
  mechanism,
  parameter,
} from '../test-support/models.js';
import { parseScenario, validateScenario } from './validate-scenario.js';

/** Endogenous `a`, `b`; exogenous factor `ext`; input `u`; lever `boost`; parameter `turnover` in [0, 0.2]. */
const model = buildModel({
  mechanisms: [mechanism('m', ['a', 'b'])],
  factors: [factor('a'), factor('b'), exogenousFactor('ext', 0.5)],
  inputs: [input('u', 0.2)],
  links: [link('a-b', 'a', 'b'), link('ext-a', 'ext', 'a'), link('u-b', 'u', 'b', { delay: 2 })],
  parameters: [parameter('turnover', 0.1, [0, 0.2], [{ target: 'erosion', factor: 'a', size: 1 }])],
  levers: [lever('boost', 'm', [{ target: 'inflow', factor: 'a', size: 0.3 }])],
});

/** The diagnostic at `path`, failing the test when there is none. */
function at(diagnostics: readonly Diagnostic[], path: string): Diagnostic {
  const hit = diagnostics.find((d) => d.path === path);
  if (hit === undefined)
    throw new Error(`no diagnostic at '${path}'; got ${JSON.stringify(diagnostics, null, 1)}`);
  return hit;
}

interface Case {
  readonly what: string;
  readonly scenario: unknown;
  readonly code: DiagnosticCode;
  readonly path: string;
  /** Strings the message must contain (the offending value or id). */
  readonly mentions: readonly string[];
}

const cases: readonly Case[] = [
  {
    what: 'an unknown factor in initial',
    scenario: { initial: { ghost: 0.5 } },
    code: 'unknown_factor',
    path: 'initial.ghost',
    mentions: ['ghost'],
  },
  {
    what: 'an initial level above 1',
    scenario: { initial: { a: 1.5 } },
    code: 'out_of_range',
    path: 'initial.a',
    mentions: ['1.5'],
  },
  {
    what: 'an initial level below 0',
    scenario: { initial: { a: -0.1 } },
    code: 'out_of_range',
    path: 'initial.a',
    mentions: ['-0.1'],
  },
  {
    what: 'a string for dt',
    scenario: { dt: 'quarter' },
    code: 'invalid_type',
    path: 'dt',
    mentions: ['quarter', 'number'],
  },
  {
    what: 'a dt of 0',
    scenario: { dt: 0 },
    code: 'not_positive',
    path: 'dt',
    mentions: ['0'],
  },
  {
    what: 'a negative dt',
    scenario: { dt: -0.25 },
    code: 'not_positive',
    path: 'dt',
    mentions: ['-0.25'],
  },
  {
    what: 'a dt that does not divide the horizon',
    scenario: { horizonMonths: 10, dt: 0.3 },
    code: 'invalid_value',
    path: 'dt',
    mentions: ['0.3', '10'],
  },
  {
    what: 'an unknown method',
    scenario: { method: 'rk5' },
    code: 'unknown_method',
    path: 'method',
    mentions: ['rk5'],
  },
  {
    what: 'an unknown input id',
    scenario: { inputs: { ghost: 0.5 } },
    code: 'unknown_input',
    path: 'inputs.ghost',
    mentions: ['ghost'],
  },
  {
    what: 'an input value above 1',
    scenario: { inputs: { u: 1.5 } },
    code: 'out_of_range',
    path: 'inputs.u',
    mentions: ['1.5'],
  },
  {
    what: 'a series value above 1',
    scenario: { inputs: { u: [{ month: 0, value: 1.2 }] } },
    code: 'out_of_range',
    path: 'inputs.u[0].value',
    mentions: ['1.2'],
  },
  {
    what: 'an endogenous factor set under inputs',
    scenario: { inputs: { a: 0.5 } },
    code: 'invalid_value',
    path: 'inputs.a',
    mentions: ['a', 'initial'],
  },
  {
    what: 'an initial level for an exogenous factor',
    scenario: { initial: { ext: 0.5 } },
    code: 'invalid_value',
    path: 'initial.ext',
    mentions: ['ext', 'inputs'],
  },
  {
    what: 'an unsorted series',
    scenario: {
      inputs: {
        u: [
          { month: 5, value: 0.2 },
          { month: 2, value: 0.3 },
        ],
      },
    },
    code: 'invalid_series',
    path: 'inputs.u[1].month',
    mentions: ['2', '5'],
  },
  {
    what: 'an unknown lever',
    scenario: { interventions: [{ lever: 'ghost' }] },
    code: 'unknown_lever',
    path: 'interventions[0].lever',
    mentions: ['ghost'],
  },
  {
    what: 'an intervention whose endMonth equals its startMonth',
    scenario: { interventions: [{ lever: 'boost', startMonth: 10, endMonth: 10 }] },
    code: 'invalid_interval',
    path: 'interventions[0].endMonth',
    mentions: ['10'],
  },
  {
    what: 'an intervention that ends before it starts',
    scenario: { interventions: [{ lever: 'boost', startMonth: 12, endMonth: 3 }] },
    code: 'invalid_interval',
    path: 'interventions[0].endMonth',
    mentions: ['12', '3'],
  },
  {
    what: 'an intensity of 2',
    scenario: { interventions: [{ lever: 'boost', intensity: 2 }] },
    code: 'out_of_range',
    path: 'interventions[0].intensity',
    mentions: ['2'],
  },
  {
    what: 'an unknown parameter id',
    scenario: { parameters: { ghost: 1 } },
    code: 'unknown_parameter',
    path: 'parameters.ghost',
    mentions: ['ghost'],
  },
  {
    what: 'a global parameter outside its range',
    scenario: { parameters: { turnover: 0.5 } },
    code: 'out_of_range',
    path: 'parameters.turnover',
    mentions: ['0.5', '0.2'],
  },
  {
    what: 'a per-factor parameter outside its range',
    scenario: { parameters: { 'a.growthRate': -1 } },
    code: 'out_of_range',
    path: 'parameters.a.growthRate',
    mentions: ['-1'],
  },
  {
    what: 'an unknown top-level field',
    scenario: { colour: 'red' },
    code: 'unknown_field',
    path: 'colour',
    mentions: ['colour'],
  },
];

describe('validateScenario', () => {
  it('accepts a valid scenario that uses every field', () => {
    const scenario = {
      name: 'all fields',
      horizonMonths: 24,
      dt: 0.5,
      method: 'euler',
      initial: { a: 0.1, b: 0.9 },
      inputs: {
        ext: 0.3,
        u: [
          { month: 0, value: 0.1 },
          { month: 6, value: 0.8 },
        ],
      },
      parameters: { turnover: 0.2, 'a.erosion': 0.1, 'a-b.weight': 2, 'u-b.delay': 3 },
      interventions: [{ lever: 'boost', startMonth: 2, endMonth: 12, intensity: 0.5 }],
    };
    const result = validateScenario(model, scenario);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario).toEqual(scenario);
  });

  it('accepts the empty scenario (every field has a default)', () => {
    expect(validateScenario(model, {}).ok).toBe(true);
  });

  it.each(cases)('reports $what as $code at $path, naming the offending value', (c) => {
    const result = validateScenario(model, c.scenario);
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, c.path);
    expect(d.code).toBe(c.code);
    expect(d.severity).toBe('error');
    expect(d.message.length).toBeGreaterThan(0);
    for (const s of c.mentions) expect(d.message).toContain(s);
  });

  it('reports every problem of the id checks at once', () => {
    const result = validateScenario(model, {
      horizonMonths: 10,
      dt: 0.3,
      initial: { ghost: 0.5, ext: 0.5 },
      inputs: {
        nobody: 0.5,
        u: [
          { month: 5, value: 0.2 },
          { month: 2, value: 0.3 },
        ],
      },
      parameters: { ghost: 1, turnover: 0.5 },
      interventions: [{ lever: 'ghost' }, { lever: 'boost', startMonth: 8, endMonth: 4 }],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path).sort()).toEqual(
      [
        'dt',
        'initial.ghost',
        'initial.ext',
        'inputs.nobody',
        'inputs.u[1].month',
        'parameters.ghost',
        'parameters.turnover',
        'interventions[0].lever',
        'interventions[1].endMonth',
      ].sort(),
    );
  });

  it('reports shape problems and id problems of one scenario together, not only the shape problems', () => {
    // A wrong type in one field must not hide an unknown id in another: a user fixing the file
    // should see every problem in one go.
    const result = validateScenario(model, {
      dt: 'quarter',
      method: 'rk5',
      initial: { ghost: 0.5, a: 1.5 },
      inputs: { nobody: 0.5 },
      parameters: { ghost: 1 },
      interventions: [{ lever: 'ghost', intensity: 2 }],
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    const paths = result.diagnostics.map((d) => d.path);
    for (const path of [
      'dt',
      'method',
      'initial.a',
      'interventions[0].intensity',
      'colour',
      'initial.ghost',
      'inputs.nobody',
      'parameters.ghost',
      'interventions[0].lever',
    ])
      expect(paths).toContain(path);
  });

  it('reports an unknown factor id even when its level is also out of range', () => {
    // Both are wrong; reporting only the range would send the user round a second time.
    const result = validateScenario(model, { initial: { ghost: 1.5 }, inputs: { nobody: 'high' } });
    const codes = (path: string) => result.diagnostics.filter((d) => d.path === path).map((d) => d.code);
    expect(codes('initial.ghost')).toContain('unknown_factor');
    expect(codes('inputs.nobody')).toContain('unknown_input');
  });

  it.each(['constructor', '__proto__', 'prototype'])(
    'reports the id %s as unknown rather than silently dropping it',
    (id) => {
      const json = `{"initial": {"${id}": 0.5}, "inputs": {"${id}": 0.5}, "parameters": {"${id}": 1}}`;
      const result = validateScenario(model, JSON.parse(json));
      expect(result.ok).toBe(false);
      expect(at(result.diagnostics, `initial.${id}`).code).toBe('unknown_factor');
      expect(at(result.diagnostics, `inputs.${id}`).code).toBe('unknown_input');
      expect(at(result.diagnostics, `parameters.${id}`).code).toBe('unknown_parameter');
    },
  );

  it('never throws, whatever JSON value it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateScenario(model, value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on scenario-shaped objects whose fields hold arbitrary JSON', () => {
    const keys = [
      'initial',
      'inputs',
      'parameters',
      'interventions',
      'dt',
      'horizonMonths',
      'method',
      'name',
    ];
    const field = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('a', 'ext', 'u', 'turnover', 'ghost', 'a.erosion'), fc.jsonValue()),
      fc.array(
        fc.record(
          {
            lever: fc.oneof(fc.constantFrom('boost', 'ghost'), fc.jsonValue()),
            month: fc.jsonValue(),
            value: fc.jsonValue(),
            startMonth: fc.jsonValue(),
            endMonth: fc.jsonValue(),
            intensity: fc.jsonValue(),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), field), (value) => {
        const result = validateScenario(model, value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseScenario', () => {
  it('reports malformed JSON as invalid_json for the whole document instead of throwing', () => {
    const result = parseScenario(model, '{"dt": 0.25,');
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0]!;
    expect(d.code).toBe('invalid_json');
    expect(d.path).toBe('');
    expect(d.message.length).toBeGreaterThan(0);
  });

  it('validates well-formed JSON exactly like validateScenario', () => {
    const json = '{"initial": {"ghost": 0.5}, "dt": 0}';
    expect(parseScenario(model, json)).toEqual(validateScenario(model, JSON.parse(json)));
    expect(parseScenario(model, '{"horizonMonths": 12}').ok).toBe(true);
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (json) => {
        const result = parseScenario(model, json);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateScenario on a wrong type inside an input', () => {
  it('names the input field, not an empty path', () => {
    const result = validateScenario(model, { inputs: { ext: 'hoog' } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path)).toEqual(['inputs.ext']);
  });
});
