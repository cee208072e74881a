import { describe, expect, it } from 'vitest';
import { model } from '../../model.js';
import { axisTicks, cellRect, mapGeometry, markerPosition, takeOffOutline } from './map-layout.js';
import { listQuantities, quantityByKey } from './quantities.js';

const list = listQuantities(model);
const x = quantityByKey(list, 'initial.pioneerMotivation');
const y = quantityByKey(list, 'inputs.externalContext');
const turnover = quantityByKey(list, 'parameters.memberTurnover');

describe('the map layout', () => {
  const geo = mapGeometry(15, 15, 18);

  it('fits a 15 × 15 grid of square cells with room for ticks and titles', () => {
    expect(geo.plotW).toBe(270);
    expect(geo.plotH).toBe(270);
    expect(geo.width).toBeGreaterThan(geo.left + geo.plotW);
    expect(geo.height).toBeGreaterThan(geo.top + geo.plotH + 30);
  });

  it('puts row 0 at the bottom and column 0 at the left, like a chart', () => {
    expect(cellRect(geo, 0, 0)).toEqual({ x: geo.left, y: geo.top + 14 * 18, size: 18 });
    expect(cellRect(geo, 14, 14)).toEqual({ x: geo.left + 14 * 18, y: geo.top, size: 18 });
  });

  it('puts the region’s ring at its values, cell centres at the axis values', () => {
    expect(markerPosition(geo, x, y, 0, 0)).toEqual({ cx: geo.left + 9, cy: geo.top + geo.plotH - 9 });
    expect(markerPosition(geo, x, y, 1, 1)).toEqual({ cx: geo.left + geo.plotW - 9, cy: geo.top + 9 });
    const mid = markerPosition(geo, x, turnover, 0.5, 0.05);
    expect(mid?.cx).toBeCloseTo(geo.left + geo.plotW / 2, 9);
    expect(mid?.cy).toBeCloseTo(geo.top + geo.plotH / 2, 9);
    expect(markerPosition(geo, x, y, 2, -1)).toEqual({
      cx: geo.left + geo.plotW - 9,
      cy: geo.top + geo.plotH - 9,
    });
    expect(markerPosition(geo, x, y, null, 0.5)).toBeNull();
  });

  it('labels the ends and middle of each axis in shown units', () => {
    const ticks = axisTicks(geo, x, turnover);
    expect(ticks.x.map((t) => t.label)).toEqual(['0', '50', '100']);
    expect(ticks.y.map((t) => t.label)).toEqual(['0', '5', '10']);
  });

  it('outlines only the inner border between take-off and no take-off', () => {
    const g = mapGeometry(2, 2, 10);
    // Row-major, row 0 at the bottom: take-off in the right column only.
    expect(takeOffOutline(g, [0, 1, 0, 1])).toBe(
      `M${g.left + 10} ${g.top + 10}V${g.top + 20}M${g.left + 10} ${g.top}V${g.top + 10}`,
    );
    expect(takeOffOutline(g, [1, 1, 1, 1])).toBe('');
    expect(takeOffOutline(g, [0, 0, 0, 0])).toBe('');
    // Take-off in the top row only: one horizontal border across both columns.
    expect(takeOffOutline(g, [0, 0, 1, 1])).toBe(
      `M${g.left} ${g.top + 10}H${g.left + 10}M${g.left + 10} ${g.top + 10}H${g.left + 20}`,
    );
  });
});
