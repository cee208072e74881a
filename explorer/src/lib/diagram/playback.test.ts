import { describe, expect, it } from 'vitest';
import { nextPlaybackMonth } from './playback.js';

describe('nextPlaybackMonth', () => {
  it('advances whole months at the playback speed and carries the rest', () => {
    const a = nextPlaybackMonth(10, 100, 0, 60, 8);
    expect(a.month).toBe(10);
    expect(a.carried).toBeCloseTo(0.8, 12);
    const b = nextPlaybackMonth(10, 100, a.carried, 60, 8);
    expect(b.month).toBe(11);
    expect(b.carried).toBeCloseTo(0.6, 12);
    expect(b.done).toBe(false);
  });

  it('stops at the horizon', () => {
    const s = nextPlaybackMonth(59, 1000, 0, 60, 8);
    expect(s).toEqual({ month: 60, carried: 0, done: true });
  });
});
