import { locateThreshold } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { defaultScenario, model } from '../../model.js';
import { computeTippingMap } from './compute-map.js';
import { TAKE_OFF } from './map-colours.js';
import { currentValue, listQuantities, quantityByKey } from './quantities.js';
import { createChunkedRunner } from './search-runner.js';

const list = listQuantities(model);
const base = defaultScenario();
const runner = createChunkedRunner();

describe('computing the tipping map', () => {
  it('sweeps 15 × 15 cells around the stalled default region (motivation × context)', async () => {
    const fractions: number[] = [];
    const x = quantityByKey(list, 'initial.pioneerMotivation');
    const y = quantityByKey(list, 'inputs.externalContext');
    const map = await computeTippingMap(runner, { model, base, x, y }, (f) => fractions.push(f));
    expect(map.values).toHaveLength(225);
    expect(map.present).toHaveLength(225);
    expect(map.xValues[14]).toBe(1);
    expect(map.xCurrent).toBe(currentValue(model, base, x));
    expect(map.yCurrent).toBe(currentValue(model, base, y));
    expect(map.base).toBe(base);
    // Neither motivation nor context alone makes this region take off.
    expect(map.xLine).toEqual({ kind: 'none', present: false });
    expect(map.yLine).toEqual({ kind: 'none', present: false });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] ?? 0))).toBe(true);
  });

  it('locates the tipping point of a uniform start with the core’s locateThreshold', async () => {
    const x = quantityByKey(list, 'initial.*');
    const y = quantityByKey(list, 'inputs.externalContext');
    const map = await computeTippingMap(runner, { model, base, x, y, steps: 5 });
    expect(map.values).toHaveLength(25);
    const want = locateThreshold(model, base, { target: x.target, from: 0, to: 1 }, TAKE_OFF);
    expect(want).not.toBeNull();
    expect(map.xLine.kind).toBe('rising');
    if (map.xLine.kind === 'rising') {
      expect(map.xLine.exact).toBe(true);
      expect(Math.abs(map.xLine.at - (want ?? 0))).toBeLessThan(0.002);
    }
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const x = quantityByKey(list, 'initial.trust');
    const y = quantityByKey(list, 'inputs.externalContext');
    await expect(
      computeTippingMap(runner, { model, base, x, y }, () => {}, controller.signal),
    ).rejects.toThrow();
  });
});
