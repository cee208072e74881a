import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/scenario-types.js';
import { runToEnd } from '../search/progress.js';
import { bistableModel } from '../test-support/bistable.js';
import { sensitivity, sensitivityPartSteps, sortSensitivity } from './sensitivity.js';

const base: Scenario = { initial: { a: 0.3, b: 0.3 }, parameters: { strain: 0.05 } };
const options = { outcome: 'b', month: 24, span: { kind: 'fraction', fraction: 0.2 } } as const;

describe('sensitivityPartSteps', () => {
  const whole = sensitivity(bistableModel, base, options);
  const total = whole.rows.length;

  it('gives parts whose rows, joined in order and sorted, are exactly the whole study', () => {
    const cut = Math.floor(total / 2);
    const parts = [
      [0, cut],
      [cut, cut],
      [cut, total],
    ].map(([from, to]) => runToEnd(sensitivityPartSteps(bistableModel, base, options, from, to)));
    expect(parts.map((p) => [p.from, p.to, p.total])).toEqual([
      [0, cut, total],
      [cut, cut, total],
      [cut, total, total],
    ]);
    expect(parts[1]?.rows).toEqual([]);
    const joined = sortSensitivity({ ...whole, rows: parts.flatMap((p) => [...p.rows]) });
    expect(joined).toEqual(whole);
    expect(parts.every((p) => p.baseline === whole.baseline)).toBe(true);
  });

  it('refuses a block outside the quantities', () => {
    expect(() => runToEnd(sensitivityPartSteps(bistableModel, base, options, 0, total + 1))).toThrow(
      new RegExp(`0 ≤ from ≤ to ≤ ${total}`),
    );
    expect(() => runToEnd(sensitivityPartSteps(bistableModel, base, options, 2, 1))).toThrow(RangeError);
  });
});
