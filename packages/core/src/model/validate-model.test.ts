import { describe, expect, it } from 'vitest';

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  buildModel,
  exogenousFactor,
  factor,
  input,
  lever,
  link,
  mechanism,
  twoFactorModel,
} from '../test-support/models.js';
import { validateModel } from './validate-model.js';

/** The diagnostic at `path`, failing the test when there is none. */
function at(diagnostics: readonly Diagnostic[], path: string): Diagnostic {
  const hit = diagnostics.find((d) => d.path === path);
  if (hit === undefined)
    throw new Error(`no diagnostic at ${path}; got ${diagnostics.map((d) => d.path).join(', ')}`);
  return hit;
}

describe('validateModel', () => {
  it('accepts a valid model with no diagnostics and hands back the same model', () => {
    const result = validateModel(twoFactorModel);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([]);
    if (result.ok) expect(result.model).toBe(twoFactorModel);
  });

  it('reports every cross-reference problem at once, each with its path', () => {
    const broken = buildModel({
      mechanisms: [mechanism('m', ['a'])],
      factors: [factor('a', { mechanisms: ['m', 'nowhere'] }), factor('a'), exogenousFactor('ext', 0.5)],
      inputs: [input('u', 0.1)],
      links: [
        link('toGhost', 'a', 'ghost'),
        link('fromGhost', 'phantom', 'a'),
        link('intoExogenous', 'a', 'ext'),
        link('toGhost', 'u', 'a'),
      ],
      levers: [
        lever('push', 'm', [{ target: 'weight', link: 'noSuchLink', size: 1 }]),
        lever('pull', 'noSuchMechanism', [{ target: 'inflow', factor: 'a', size: 1 }]),
      ],
    });
    const result = validateModel(broken);
    expect(result.ok).toBe(false);
    const d = result.diagnostics;
    expect(at(d, 'factors[1].id').code).toBe('duplicate_id');
    expect(at(d, 'factors[1].id').message).toContain("'a'");
    expect(at(d, 'links[3].id').code).toBe('duplicate_id');
    expect(at(d, 'factors[0].mechanisms[1]').code).toBe('unknown_mechanism');
    expect(at(d, 'factors[0].mechanisms[1]').message).toContain('nowhere');
    expect(at(d, 'links[0].to').code).toBe('unknown_factor');
    expect(at(d, 'links[0].to').message).toContain('ghost');
    expect(at(d, 'links[1].from').code).toBe('unknown_factor');
    expect(at(d, 'links[1].from').message).toContain('phantom');
    expect(at(d, 'links[2].to').code).toBe('exogenous_target');
    expect(at(d, 'links[2].to').message).toContain('ext');
    expect(at(d, 'levers[0].effects[0].link').code).toBe('unknown_link');
    expect(at(d, 'levers[0].effects[0].link').message).toContain('noSuchLink');
    expect(at(d, 'levers[1].mechanism').code).toBe('unknown_mechanism');
    expect(at(d, 'levers[1].mechanism').message).toContain('noSuchMechanism');
    // Nothing else is wrong with the model, so nothing else is reported.
    expect(d.map((x) => x.path).sort()).toEqual(
      [
        'factors[1].id',
        'links[3].id',
        'factors[0].mechanisms[1]',
        'links[0].to',
        'links[1].from',
        'links[2].to',
        'levers[0].effects[0].link',
        'levers[1].mechanism',
      ].sort(),
    );
    for (const x of d) {
      expect(x.severity).toBe('error');
      expect(x.message.length).toBeGreaterThan(0);
    }
  });

  it('reports an unsupported schemaVersion at path schemaVersion, naming the version', () => {
    const result = validateModel({ ...twoFactorModel, schemaVersion: 2 });
    expect(result.ok).toBe(false);
    const d = at(result.diagnostics, 'schemaVersion');
    expect(d.code).toBe('unsupported_version');
    expect(d.message).toContain('2');
  });

  it('reports every shape problem at once (wrong types, values out of range, unknown fields)', () => {
    const result = validateModel({
      ...twoFactorModel,
      factors: [
        { ...twoFactorModel.factors[0], initial: 1.5 },
        { ...twoFactorModel.factors[1], steepness: 'x' },
      ],
      links: [
        { ...twoFactorModel.links[0], weight: -1 },
        { ...twoFactorModel.links[1], colour: 'red' },
      ],
    });
    expect(result.ok).toBe(false);
    const d = result.diagnostics;
    expect(at(d, 'factors[0].initial').code).toBe('out_of_range');
    expect(at(d, 'factors[1].steepness').code).toBe('invalid_type');
    expect(at(d, 'links[0].weight').code).toBe('out_of_range');
    expect(at(d, 'links[1].colour').code).toBe('unknown_field');
  });

  it('reports shape problems and cross-reference problems of one model together', () => {
    // As for scenarios: a wrong value in one place must not hide an unknown id in another.
    const result = validateModel(
      buildModel({
        factors: [factor('a'), factor('b')],
        links: [link('a-b', 'a', 'b', { weight: -1 }), link('ghost-b', 'ghost', 'b')],
      }),
    );
    expect(result.ok).toBe(false);
    expect(at(result.diagnostics, 'links[0].weight').code).toBe('out_of_range');
    expect(at(result.diagnostics, 'links[1].from').code).toBe('unknown_factor');
  });

  it('rejects a rise link without a riseTime and rise settings on a level link', () => {
    const result = validateModel(
      buildModel({
        factors: [factor('a'), factor('b')],
        links: [link('ab', 'a', 'b', { signal: 'rise' }), link('ba', 'b', 'a', { riseTime: 2 })],
      }),
    );
    expect(result.ok).toBe(false);
    expect(at(result.diagnostics, 'links[0].riseTime').code).toBe('invalid_value');
    expect(at(result.diagnostics, 'links[1].riseTime').code).toBe('invalid_value');
  });

  it('does not throw on arbitrary non-model input', () => {
    for (const junk of [null, undefined, 42, 'model', [], {}, { schemaVersion: 1 }])
      expect(validateModel(junk).ok).toBe(false);
  });

  it('caches the result per model object', () => {
    const model = buildModel({ factors: [factor('solo')] });
    expect(validateModel(model)).toBe(validateModel(model));
    expect(validateModel(structuredClone(model))).not.toBe(validateModel(model));
    expect(validateModel(structuredClone(model))).toEqual(validateModel(model));
  });
});
