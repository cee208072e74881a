import { describe, expect, it } from 'vitest';
import { lazyConnection } from './idb-connection.js';

describe('lazyConnection', () => {
  it('opens once and hands every caller the same connection', async () => {
    let opened = 0;
    const connect = lazyConnection(() => Promise.resolve(++opened));
    expect(await Promise.all([connect(), connect()])).toEqual([1, 1]);
    expect(await connect()).toBe(1);
    expect(opened).toBe(1);
  });

  it('forgets a failed open, so the next call tries again', async () => {
    let attempts = 0;
    const connect = lazyConnection(() =>
      ++attempts === 1 ? Promise.reject(new Error('blocked')) : Promise.resolve('db'),
    );
    await expect(connect()).rejects.toThrow('blocked');
    expect(await connect()).toBe('db');
    expect(attempts).toBe(2);
  });
});
