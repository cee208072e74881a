import { describe, expect, it } from 'vitest';
import { buildModel, exogenousFactor, factor } from '../test-support/models.js';
import { parseObservations, validateObservations } from './observations.js';

const model = buildModel({ factors: [exogenousFactor('ctx', 0.5), factor('a'), factor('b')] });

const paths = (input: unknown): Record<string, string> => {
  const v = validateObservations(model, input);
  return v.ok ? {} : Object.fromEntries(v.diagnostics.map((d) => [d.path, d.message]));
};

describe('validateObservations', () => {
  it('accepts numbers and { value, weight } / { value, spread } objects', () => {
    const v = validateObservations(model, {
      rounds: [
        { label: 'first', month: 0, values: { a: 0.2, b: { value: 0.3, spread: 0.05 } } },
        { month: 12, values: { a: { value: 0.4, weight: 2 } } },
      ],
    });
    expect(v.ok).toBe(true);
    expect(v.ok && v.observations.rounds[1]?.values.a).toEqual({ value: 0.4, weight: 2 });
  });

  it('names the field and reason of every problem at once', () => {
    const p = paths({
      rounds: [
        { month: -1, values: { a: 1.4 } },
        { month: 6, values: { b: { value: 0.2, spread: 0 } } },
        { month: 'x', values: { a: { value: 0.2, weight: 1, spread: 0.1 } } },
        { month: 9, values: { zzz: 0.3, ctx: 0.5 }, extra: true },
        { month: 9, values: {} },
      ],
    });
    expect(p['rounds[0].month']).toMatch(/month -1 is negative/);
    expect(p['rounds[0].values.a']).toMatch(/1\.4 is above 1/);
    expect(p['rounds[1].values.b.spread']).toMatch(/spread must be greater than 0, got 0/);
    expect(p['rounds[2].month']).toMatch(/month must be a number/);
    expect(p['rounds[2].values.a']).toMatch(/weight or spread, not both/);
    expect(p['rounds[3].values.zzz']).toMatch(/unknown factor id 'zzz'/);
    expect(p['rounds[3].values.ctx']).toMatch(/exogenous/);
    expect(p['rounds[3].extra']).toMatch(/unknown field 'extra'/);
    expect(p['rounds[4].values']).toMatch(/at least one observed value/);
  });

  it('names a missing month or values field of a round and says what it holds', () => {
    const p = paths({ rounds: [{ month: 3, valuez: { a: 0.3 } }, { values: { a: 0.4 } }] });
    expect(p['rounds[0].values']).toBe(
      'missing field; each round needs "values": { "<factorId>": level, … }',
    );
    expect(p['rounds[0].valuez']).toMatch(/unknown field 'valuez'/);
    expect(p['rounds[1].month']).toMatch(/^missing field; each round needs the month it was taken/);
  });

  it('needs a list of rounds', () => {
    expect(paths({}).rounds).toMatch(/^missing field; the file is \{ "rounds"/);
    expect(paths({ rounds: [] }).rounds).toMatch(/at least one round/);
    expect(paths({ rounds: 3 }).rounds).toMatch(/rounds must be a list/);
  });
});

describe('parseObservations', () => {
  it('reports malformed JSON and a document that is not an object', () => {
    const bad = parseObservations(model, '{"rounds": [');
    expect(!bad.ok && bad.diagnostics[0]?.code).toBe('invalid_json');
    const list = parseObservations(model, '[]');
    expect(!list.ok && list.diagnostics[0]?.message).toMatch(/must be a JSON object/);
  });

  it('ignores a byte-order mark', () => {
    expect(parseObservations(model, '\uFEFF{"rounds":[{"month":1,"values":{"a":0.5}}]}').ok).toBe(true);
  });
});
