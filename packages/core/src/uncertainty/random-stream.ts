import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A source of uniform numbers in [0, 1), advanced by each call. */
export type UniformSource = () => number;

/** Mixes a 32-bit word (the finaliser of MurmurHash3): every input bit affects every output bit. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The random stream of run `run` of a job seeded with `seed`: a xoroshiro128+ generator (from
 * `pure-rand`) whose 128-bit state is derived from `(seed, run)` alone, by hashing both with four
 * different salts. So run 17 draws the same numbers whether it is computed alone, in a shard or in
 * any worker, and streams of different runs are unrelated.
 *
 * @param seed - any whole number; only its lowest 32 bits matter
 * @param run - the run's index, a whole number ≥ 0 (only its lowest 32 bits matter)
 * @returns numbers uniform in [0, 1) with 53 random bits each
 * @throws RangeError when `seed` or `run` is not a whole number, or `run` is negative
 */
export function runStream(seed: number, run: number): UniformSource {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!Number.isInteger(run) || run < 0) throw new RangeError(`run must be a whole number ≥ 0, got ${run}`);
  const s = mix32(seed ^ 0x5bd1e995);
  const r = run | 0;
  const state = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344].map((salt, k) =>
    mix32(mix32(s ^ salt) + Math.imul(r ^ (salt >>> k), 0x9e3779b9)),
  );
  // An all-zero state would only ever give zeros.
  if (!state.some((word) => word !== 0)) state[0] = 1;
  const rng = xoroshiro128plusFromState(state);
  // A few steps away from the hashed state, so the first outputs are well mixed.
  for (let i = 0; i < 4; i++) rng.next();
  return () => uniformFloat64(rng);
}
