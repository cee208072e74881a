import { describe, expect, it } from 'vitest';
import { simulateStockFlow } from '../../stockflow/simulate-stockflow.js';
import { parseXmile } from './parse-xmile.js';
import { XmileError } from './xmile-error.js';

const xmile = (
  variables: string,
  simSpecs = '<start>0</start><stop>4</stop><dt>1</dt>',
  extra = '',
  specAttrs = '',
): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0" xmlns:isee="http://iseesystems.com/XMILE">
  <header><name>Test</name></header>
  <sim_specs${specAttrs}>${simSpecs}</sim_specs>
  ${extra}
  <model><variables>${variables}</variables><views><view/></views></model>
</xmile>`;

const errorOf = (text: string): XmileError => {
  try {
    parseXmile(text);
  } catch (e) {
    if (e instanceof XmileError) return e;
    throw e;
  }
  throw new Error('expected an XmileError');
};

describe('parseXmile', () => {
  it('reads stocks, flows and auxes with their names, docs, units and time settings', () => {
    const model = parseXmile(
      xmile(
        `<stock name="Teacup Temperature"><doc>Tea</doc><eqn>180</eqn><outflow>"Heat Loss"</outflow><units>F</units></stock>
         <flow name="Heat Loss"><eqn>("Teacup Temperature" - room_temperature) / 10</eqn></flow>
         <aux name="Room Temperature"><eqn>70</eqn></aux>
         <isee:extension/>`,
        '<start>0</start><stop>30</stop><dt reciprocal="true">8</dt><save_step>1</save_step>',
        '',
        ' method="RK4" time_units="Minutes"',
      ),
    );
    expect(model).toEqual({
      name: 'Test',
      simSpecs: { start: 0, stop: 30, dt: 0.125, method: 'rk4', saveStep: 1, timeUnits: 'Minutes' },
      variables: [
        {
          kind: 'stock',
          name: 'Teacup Temperature',
          doc: 'Tea',
          units: 'F',
          initial: '180',
          inflows: [],
          outflows: ['Heat Loss'],
          nonNegative: false,
        },
        {
          kind: 'flow',
          name: 'Heat Loss',
          equation: '("Teacup Temperature" - room_temperature) / 10',
          nonNegative: false,
        },
        { kind: 'aux', name: 'Room Temperature', equation: '70' },
      ],
    });
    const r = simulateStockFlow(model);
    expect(r.time).toHaveLength(31);
    expect(r.series['Teacup Temperature']?.[1]).toBeLessThan(180);
  });

  it('reads graphical functions: standalone, inline, xscale, a separator, and the type', () => {
    const model = parseXmile(
      xmile(
        `<gf name="table" type="extrapolate"><xscale min="0" max="2"/><ypts sep=";">0;1;4</ypts></gf>
         <aux name="inline"><eqn>TIME</eqn><gf discrete="true"><xpts>0,2</xpts><ypts>1,3</ypts><yscale min="0" max="3"/></gf></aux>
         <aux name="called"><eqn>table(TIME)</eqn></aux>`,
      ),
    );
    expect(model.variables[0]).toEqual({
      kind: 'aux',
      name: 'table',
      equation: '',
      graph: { type: 'extrapolate', ypts: [0, 1, 4], xscale: { min: 0, max: 2 } },
    });
    const r = simulateStockFlow(model);
    expect(r.names).toEqual(['inline', 'called']);
    expect([...(r.series.called ?? [])]).toEqual([0, 1, 4, 7, 10]);
    expect([...(r.series.inline ?? [])]).toEqual([1, 1, 3, 3, 3]);
  });

  it('applies <behavior> defaults for non-negative stocks and flows, which a variable may override', () => {
    const model = parseXmile(
      xmile(
        `<stock name="a"><eqn>1</eqn><outflow>f</outflow></stock>
         <stock name="b"><eqn>1</eqn><outflow>f</outflow><non_negative>false</non_negative></stock>
         <flow name="f"><eqn>TIME - 1</eqn></flow>`,
        undefined,
        '<behavior><non_negative/></behavior>',
      ),
    );
    expect(model.variables.map((v) => (v.kind === 'aux' ? undefined : v.nonNegative))).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('refuses unsupported features with the element and the feature named', () => {
    const arrays = errorOf(
      xmile('<aux name="Population"><dimensions><dim name="Region"/></dimensions><eqn>1</eqn></aux>'),
    );
    expect([arrays.element, arrays.feature]).toEqual(['Population', 'arrays']);
    const modules = errorOf(xmile('<module name="hares"/>'));
    expect([modules.element, modules.feature]).toEqual(['hares', 'modules']);
    const macros = errorOf(xmile('', undefined, '<macro name="MYFUNC"><eqn>1</eqn></macro>'));
    expect([macros.element, macros.feature]).toEqual(['MYFUNC', 'macros']);
    const builtin = errorOf(xmile('<aux name="Noise"><eqn>NORMAL(0, 1)</eqn></aux>'));
    expect([builtin.element, builtin.feature]).toEqual(['Noise', 'builtin NORMAL']);
    expect(builtin.message).toBe('Noise: the builtin NORMAL is not supported');
    const unknown = errorOf(xmile('<aux name="x"><eqn>FROB(1)</eqn></aux>'));
    expect(unknown.message).toBe('x: unknown function "FROB"');
    const method = errorOf(xmile('', undefined, '', ' method="RK2"'));
    expect([method.element, method.feature]).toEqual(['sim_specs', 'method rk2']);
    const subscript = errorOf(xmile('<aux name="y"><eqn>x[1]</eqn></aux><aux name="x"><eqn>1</eqn></aux>'));
    expect([subscript.element, subscript.feature]).toEqual(['y', 'arrays']);
  });

  it('refuses malformed input with the element and the reason', () => {
    expect(errorOf('<xmile><model>').message).toMatch(/^xml: malformed XML at line 1/);
    expect(errorOf('<notxmile/>').message).toBe('notxmile: the root element is <notxmile>, not <xmile>');
    expect(errorOf(xmile('', '<start>0</start><dt>1</dt>')).message).toBe('sim_specs: <stop> is missing');
    expect(errorOf(xmile('', '<start>zero</start><stop>1</stop>')).message).toBe(
      'sim_specs: <start> "zero" is not a number',
    );
    expect(errorOf(xmile('<stock name="s"><inflow>f</inflow></stock>')).message).toBe(
      's: the stock has no initial value (<eqn>)',
    );
    expect(errorOf(xmile('<aux name="a"><eqn>b</eqn></aux>')).message).toBe('a: unknown name "b"');
    expect(errorOf(xmile('<aux name="a"><eqn>IF 1 THEN 2</eqn></aux>')).message).toBe(
      'a: IF ... THEN without ELSE',
    );
    expect(errorOf(xmile('<gf name="g"><xpts>0,1</xpts><ypts>1</ypts></gf>')).element).toBe('g');
  });
});
