import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { InvalidScenarioError } from '../../simulate/simulate.js';
import { balancingModel, buildModel, factor, text, twoFactorModel } from '../../test-support/models.js';
import { modelToXmile } from './model-to-xmile.js';
import { XMILE_NAMESPACE } from './write-xmile.js';

interface Variable {
  '@_name': string;
  eqn: string | number;
  inflow?: string | string[];
  outflow?: string | string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['stock', 'flow', 'aux', 'inflow', 'outflow'].includes(name),
});

function read(xml: string) {
  const doc = parser.parse(xml) as {
    xmile: {
      '@_version': string;
      '@_xmlns': string;
      header: { vendor: string; name: string };
      sim_specs: { '@_method': string; start: string; stop: string; dt: string };
      model: { variables: { stock?: Variable[]; flow?: Variable[]; aux?: Variable[] } };
    };
  };
  const { variables } = doc.xmile.model;
  const all = [...(variables.stock ?? []), ...(variables.flow ?? []), ...(variables.aux ?? [])];
  const byName = new Map(all.map((v) => [v['@_name'], v]));
  return { root: doc.xmile, variables, byName };
}

describe('modelToXmile', () => {
  it('writes an XMILE 1.0 document with header and the scenario’s sim_specs', () => {
    const { root } = read(modelToXmile(twoFactorModel, { method: 'euler', dt: 0.5, horizonMonths: 24 }));
    expect(root['@_version']).toBe('1.0');
    expect(root['@_xmlns']).toBe(XMILE_NAMESPACE);
    expect(root.header.vendor).toBe('Samenspel');
    expect(root.header.name).toBe('test model');
    expect(root.sim_specs).toMatchObject({ '@_method': 'Euler', start: '0', stop: '24', dt: '0.5' });
    expect(read(modelToXmile(twoFactorModel)).root.sim_specs['@_method']).toBe('RK4');
  });

  it('has one stock per factor with a growth inflow and an erosion outflow that exist as flows', () => {
    const { variables, byName } = read(modelToXmile(twoFactorModel, { initial: { b: 0.3 } }));
    expect(variables.stock?.map((s) => s['@_name'])).toEqual(['a', 'b']);
    for (const stock of variables.stock ?? []) {
      const flows = [stock.inflow, stock.outflow].flat();
      expect(flows).toEqual([`${stock['@_name']}_growth`, `${stock['@_name']}_erosion`]);
      for (const f of flows) expect(variables.flow?.some((v) => v['@_name'] === f)).toBe(true);
    }
    expect(byName.get('a')?.eqn).toBe('0.4');
    expect(byName.get('b')?.eqn).toBe('0.3');
  });

  it('refers only to variables it defines (and TIME)', () => {
    const xml = modelToXmile(twoFactorModel, {
      interventions: [{ lever: 'boost', startMonth: 2, endMonth: 5 }],
    });
    const { byName } = read(xml);
    const keywords = new Set(['IF', 'THEN', 'ELSE', 'AND', 'MAX', 'MIN', 'TIME']);
    for (const v of byName.values()) {
      for (const word of String(v.eqn).match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
        if (!keywords.has(word)) expect(byName.has(word), `${word} in ${v['@_name']}`).toBe(true);
      }
    }
  });

  it('writes an intervention as its intensity inside its window', () => {
    const { byName } = read(
      modelToXmile(twoFactorModel, {
        interventions: [{ lever: 'boost', startMonth: 2, endMonth: 5, intensity: 0.5 }],
      }),
    );
    expect(byName.get('boost_intensity')?.eqn).toBe(
      'IF TIME + 0.000000001 >= 2 AND TIME + 0.000000001 < 5 THEN 0.5 ELSE 0',
    );
    expect(byName.get('a_drive')?.eqn).toBe('0.5 * boost_intensity + b_a_effect');
  });

  it('adds a negative pressure for negative links', () => {
    const { byName } = read(modelToXmile(balancingModel));
    expect(byName.get('a_negative_pressure')?.eqn).toBe('b_a_effect');
    expect(byName.get('a_erosion')?.eqn).toBe('(a_erosion_rate + a_negative_pressure) * a_level');
  });

  it('escapes text that is not XML', () => {
    const model = buildModel({
      label: text('Tom & Jerry <1>'),
      factors: [factor('a', { definition: text('less < more & "quoted"') })],
    });
    const xml = modelToXmile(model);
    expect(xml).toContain('Tom &amp; Jerry &lt;1&gt;');
    expect(read(xml).root.header.name).toBe('Tom & Jerry <1>');
  });

  it('throws with every diagnostic when the scenario is invalid', () => {
    const attempt = () => modelToXmile(twoFactorModel, { dt: -1, initial: { nope: 0.5 } });
    expect(attempt).toThrow(InvalidScenarioError);
    try {
      attempt();
    } catch (error) {
      const paths = (error as InvalidScenarioError).diagnostics.map((d) => d.path);
      expect(paths).toContain('dt');
      expect(paths).toContain('initial.nope');
    }
  });
});
