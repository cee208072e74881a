import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.js';

describe('loadScenario', () => {
  it('applies the overrides over the fields of the file', () => {
    const v = loadScenario(icuNetworkModel, '{"dt": 0.25, "method": "rk4"}', {
      dt: '0.5',
      method: 'euler',
      horizonMonths: '12',
    });
    expect(v.ok && v.scenario).toMatchObject({ dt: 0.5, method: 'euler', horizonMonths: 12 });
  });

  it('passes a flag value that is not a number on as text, so the message shows it', () => {
    const v = loadScenario(icuNetworkModel, '{}', { dt: 'fast' });
    expect(v.ok).toBe(false);
    expect(v.diagnostics).toHaveLength(1);
    expect(v.diagnostics[0]?.path).toBe('dt');
    expect(v.diagnostics[0]?.message).toContain('"fast"');
    expect(v.diagnostics[0]?.message).toMatch(/\(from --dt\)$/);
  });

  it('names the flag only for problems with overridden fields', () => {
    const v = loadScenario(icuNetworkModel, '{"dt": -1, "method": "x"}', { method: 'y' });
    const byPath = Object.fromEntries(v.diagnostics.map((d) => [d.path, d.message]));
    expect(byPath['method']).toMatch(/"y".*\(from --method\)$/);
    expect(byPath['dt']).not.toContain('(from');
  });

  it('reports malformed JSON as one invalid_json diagnostic, whatever the flags', () => {
    const v = loadScenario(icuNetworkModel, '{', { dt: '1' });
    expect(v.diagnostics.map((d) => d.code)).toEqual(['invalid_json']);
  });

  it.each([
    ['[]', 'an array'],
    ['[1, 2]', 'an array'],
    ['null', 'null'],
    ['5', 'a number'],
    ['"x"', 'a string'],
  ])('refuses the document %s, which is not an object', (text, type) => {
    const v = loadScenario(icuNetworkModel, text, { dt: '0.5' });
    expect(v.ok).toBe(false);
    expect(v.diagnostics).toEqual([
      {
        code: 'invalid_type',
        path: '',
        severity: 'error',
        message: `a scenario must be a JSON object ({ ... }), got ${type}`,
      },
    ]);
  });

  it('skips a byte order mark', () => {
    expect(loadScenario(icuNetworkModel, '\uFEFF{"dt": 0.5}').ok).toBe(true);
  });
});
