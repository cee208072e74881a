/**
 * A small bistable model for the search utilities' tests: two factors that raise each other with a
 * threshold-like response, so a region below a tipping level fades and one above it takes off.
 */
import type { Model } from '../index.js';
import { buildModel, factor, input, lever, link, mechanism, parameter, pattern } from './models.js';

/** Shared numbers of both factors. */
const PAIR = { initial: 0.2, erosion: 0.15, steepness: 4, halfSaturation: 0.5 } as const;

/**
 * `a` ⇄ `b` (weight 1 each way, r 0.5, e 0.15, K 0.5, n 4, initial 0.2): uniform starting levels
 * below about 0.3 fade to 0, higher ones climb to about 0.74 within 60 months. The input `climate`
 * (default 0.1, weight 0.2) also feeds `a` (from about 0.7 on it tips the pair by itself); the
 * global parameter `strain` (default 0, range 0–0.5) adds erosion to both. Levers: `pushA` (inflow
 * 0.6 into `a`), `pushB` (inflow 0.3 into `b`), `inert` (an effect of size 0: does nothing).
 * Pattern `takesOff`: `a` and `b` both at least 0.5 over the last 6 months.
 */
export const bistableModel: Model = buildModel({
  id: 'bistable',
  mechanisms: [mechanism('pair', ['a', 'b'])],
  factors: [factor('a', { mechanisms: ['pair'], ...PAIR }), factor('b', { mechanisms: ['pair'], ...PAIR })],
  inputs: [input('climate', 0.1)],
  links: [link('a-b', 'a', 'b'), link('b-a', 'b', 'a'), link('climate-a', 'climate', 'a', { weight: 0.2 })],
  parameters: [
    parameter(
      'strain',
      0,
      [0, 0.5],
      [
        { target: 'erosion', factor: 'a', size: 1 },
        { target: 'erosion', factor: 'b', size: 1 },
      ],
    ),
  ],
  levers: [
    lever('pushA', 'pair', [{ target: 'inflow', factor: 'a', size: 0.6 }]),
    lever('pushB', 'pair', [{ target: 'inflow', factor: 'b', size: 0.3 }]),
    lever('inert', 'pair', [{ target: 'inflow', factor: 'a', size: 0 }]),
  ],
  patterns: [
    pattern(
      'takesOff',
      [
        { variable: 'a', atLeast: 0.5 },
        { variable: 'b', atLeast: 0.5 },
      ],
      6,
      'end',
    ),
  ],
});
