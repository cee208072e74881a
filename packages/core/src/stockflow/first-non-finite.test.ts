import { describe, expect, it } from 'vitest';
import { parseXmile } from '../xmile/index.js';
import { firstNonFinite } from './first-non-finite.js';
import { simulateStockFlow } from './simulate-stockflow.js';

/** A one-stock XMILE model whose flow is `flow` (time 0–4, dt 1, Euler). */
function model(flow: string, extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><name>m</name></header>
  <sim_specs><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
  <model><variables>
    <stock name="level"><eqn>1</eqn><inflow>change</inflow></stock>
    <flow name="change"><eqn>${flow}</eqn></flow>
    ${extra}
  </variables></model>
</xmile>`;
}

describe('firstNonFinite', () => {
  it('is null for a run whose values are all finite', () => {
    expect(firstNonFinite(simulateStockFlow(parseXmile(model('level * 0.1'))))).toBeNull();
  });

  it('names the variable and the first time a division by zero shows', () => {
    const result = simulateStockFlow(parseXmile(model('IF TIME >= 2 THEN 1 / (TIME - TIME) ELSE 0')));
    expect(firstNonFinite(result)).toEqual({ name: 'change', time: 2, value: Infinity });
  });

  it('finds the NaN that a delay time of 0 gives', () => {
    const result = simulateStockFlow(
      parseXmile(
        model(
          '0',
          '<aux name="late"><eqn>DELAY1(level, zero)</eqn></aux><aux name="zero"><eqn>0</eqn></aux>',
        ),
      ),
    );
    const found = firstNonFinite(result);
    expect(found?.name).toBe('late');
    expect(found?.time).toBe(0);
    expect(Number.isNaN(found?.value)).toBe(true);
  });
});
