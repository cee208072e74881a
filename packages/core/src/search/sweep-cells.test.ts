import { describe, expect, it } from 'vitest';
import { bistableModel } from '../test-support/bistable.js';
import type { Axis } from './axis.js';
import { runToEnd } from './progress.js';
import { sweep1d, sweep2d, sweepCellsSteps } from './sweep.js';
import { tippingLine, tippingRowsSteps } from './tipping-line.js';

const x: Axis = { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 5 };
const y: Axis = { target: { kind: 'parameter', id: 'strain' }, from: 0, to: 0.1, steps: 3 };
const outcome = { kind: 'final', variable: 'b' } as const;

describe('sweepCellsSteps', () => {
  it('gives for a block of a 2-D sweep exactly the numbers the whole sweep gives there', () => {
    const whole = sweep2d(bistableModel, {}, x, y, outcome, { pattern: 'takesOff' });
    const part = runToEnd(
      sweepCellsSteps(bistableModel, {}, [x, y], outcome, { pattern: 'takesOff' }, 3, 11),
    );
    expect([part.from, part.to]).toEqual([3, 11]);
    expect([...part.values]).toEqual([...whole.values.subarray(3, 11)]);
    expect([...(part.present ?? [])]).toEqual([...(whole.present ?? new Uint8Array(0)).subarray(3, 11)]);
  });

  it('joins blocks that cover a 1-D sweep into the whole sweep', () => {
    const whole = sweep1d(bistableModel, {}, x, outcome);
    const blocks = [
      [0, 2],
      [2, 2],
      [2, 5],
    ].map(([from, to]) => runToEnd(sweepCellsSteps(bistableModel, {}, [x], outcome, {}, from ?? 0, to ?? 0)));
    expect(blocks.flatMap((b) => [...b.values])).toEqual([...whole.values]);
    expect(blocks[0]?.present).toBeUndefined();
  });

  it('refuses a block outside the grid and two axes over one field', () => {
    expect(() => runToEnd(sweepCellsSteps(bistableModel, {}, [x], outcome, {}, 2, 6))).toThrow(
      /0 ≤ from ≤ to ≤ 5/,
    );
    expect(() => runToEnd(sweepCellsSteps(bistableModel, {}, [x], outcome, {}, 3, 2))).toThrow(RangeError);
    expect(() => runToEnd(sweepCellsSteps(bistableModel, {}, [x, x], outcome, {}, 0, 1))).toThrow(
      /same field/,
    );
  });
});

describe('tippingRowsSteps', () => {
  const along = { target: x.target, from: 0, to: 1 };

  it('gives for a block of rows exactly the tipping points of the whole line', () => {
    const whole = tippingLine(bistableModel, {}, along, y, 'takesOff');
    const rows = runToEnd(tippingRowsSteps(bistableModel, {}, along, y, 'takesOff', {}, 1, 3));
    expect(rows).toEqual(whole.thresholds.slice(1, 3));
  });

  it('refuses rows outside the axis', () => {
    expect(() => runToEnd(tippingRowsSteps(bistableModel, {}, along, y, 'takesOff', {}, 0, 4))).toThrow(
      /0 ≤ from ≤ to ≤ 3/,
    );
  });
});
