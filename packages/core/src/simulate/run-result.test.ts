import { describe, expect, it, vi } from 'vitest';
import * as loopStrength from '../analysis/loop-strength.js';
import { twoFactorModel } from '../test-support/models.js';
import { resultToJson } from './result-json.js';
import { simulate } from './simulate.js';

describe('the result of simulate', () => {
  it('computes the loop analysis only when loops or dominance are read, and only once', () => {
    const spy = vi.spyOn(loopStrength, 'loopStrengths');
    const before = spy.mock.calls.length;
    const result = simulate(twoFactorModel, { horizonMonths: 12 });
    expect(spy.mock.calls.length).toBe(before);
    expect(result.loops.length).toBeGreaterThan(0);
    expect(result.summary.mechanisms.duo?.dominantLoop).not.toBeUndefined();
    expect(result.dominance.length).toBeGreaterThan(0);
    expect(spy.mock.calls.length).toBe(before + 1);
    spy.mockRestore();
  });

  it('serialises completely with JSON.stringify, loops and dominance included', () => {
    const result = simulate(twoFactorModel, { horizonMonths: 12 });
    const plain = JSON.parse(JSON.stringify(result)) as ReturnType<typeof resultToJson>;
    expect(plain).toEqual(JSON.parse(JSON.stringify(resultToJson(result))));
    expect(plain.loops.length).toBe(result.loops.length);
    expect(plain.loops[0]?.strength.length).toBe(result.time.length);
    expect(plain.dominance.length).toBeGreaterThan(0);
    expect(plain.summary.mechanisms.duo?.dominantLoop).toBe(result.summary.mechanisms.duo?.dominantLoop);
  });

  it('gives the same loop analysis whether read early or late', () => {
    const a = simulate(twoFactorModel, { horizonMonths: 12 });
    const b = simulate(twoFactorModel, { horizonMonths: 12 });
    const early = a.loops.map((l) => Array.from(l.strength));
    expect(b.summary.mechanisms.duo?.dominance.length).toBeGreaterThan(0);
    expect(b.loops.map((l) => Array.from(l.strength))).toEqual(early);
  });
});
