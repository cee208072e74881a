import { describe, expect, it } from 'vitest';
import { bistableModel } from '../test-support/bistable.js';
import type { Axis } from './axis.js';
import { locateThreshold } from './locate-threshold.js';
import { tippingLine } from './tipping-line.js';

describe('tippingLine', () => {
  const x = { target: { kind: 'uniformInitial' }, from: 0, to: 1 } as const;
  const y: Axis = { target: { kind: 'parameter', id: 'strain' }, from: 0, to: 0.1, steps: 3 };

  it('gives per y value what locateThreshold gives with y held there', () => {
    const line = tippingLine(bistableModel, {}, x, y, 'takesOff');
    expect([...line.yValues]).toEqual([0, 0.05, 0.1]);
    line.yValues.forEach((strain, j) => {
      expect(line.thresholds[j]).toBe(
        locateThreshold(bistableModel, { parameters: { strain } }, x, 'takesOff'),
      );
    });
    // More strain needs a higher start to take off.
    expect(line.thresholds[2] as number).toBeGreaterThan(line.thresholds[0] as number);
  });

  it('refuses axes that vary the same field or would overwrite each other', () => {
    expect(() =>
      tippingLine(bistableModel, {}, x, { ...y, target: { kind: 'uniformInitial' } }, 'takesOff'),
    ).toThrow(RangeError);
    expect(() =>
      tippingLine(
        bistableModel,
        {},
        x,
        { ...y, target: { kind: 'initial', factor: 'a' }, to: 1 },
        'takesOff',
      ),
    ).toThrow(/swap/);
  });
});
