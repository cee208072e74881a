// Peer benchmark: runs per second of the exported ICU model in our engine, SDEverywhere (Euler)
// and Insight Maker's engine (RK4), all in this Node process. Run with `pnpm bench:peers`.
// Figures measured while other work loads the machine are noisy; the agreement is checked by the
// tests beside this file, not here (this script only prints the largest difference it sees).
import {
  compileModel,
  integrate,
  modelToXmile,
  planRun,
  simulate,
  xmileName,
  type Scenario,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { buildInsightMaker } from './insight-maker.js';
import { PEER_SCENARIOS, stockIds } from './scenarios.js';
import { compileWithSde } from './sdeverywhere.js';

const ids = stockIds(icuNetworkModel);
const names = ids.map(xmileName);

/** Runs per second of `run` over one timed batch of at least `minMs` (at least one run). */
function rate(run: () => unknown, minMs: number): number {
  let n = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    run();
    n++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (n * 1000) / elapsed;
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Interleaved measurement: each round times every case once (a batch of at least `minMs[k]`), one after the other, so that a change
 * in the machine's load hits all of them alike. Returns the median runs/s of each case and the
 * median of the per-round ratios of the first cases to the last.
 */
function measure(
  cases: readonly (() => unknown)[],
  minMs: readonly number[],
  rounds: number,
): { rates: number[]; ratios: number[] } {
  for (const run of cases) for (let i = 0; i < 2; i++) run();
  const perRound = Array.from({ length: rounds }, () => cases.map((run, k) => rate(run, minMs[k] ?? 0)));
  const peer = perRound.map((r) => r[r.length - 1] ?? Number.NaN);
  return {
    rates: cases.map((_, k) => median(perRound.map((r) => r[k] ?? Number.NaN))),
    ratios: cases
      .slice(0, -1)
      .map((_, k) => median(perRound.map((r, i) => (r[k] ?? Number.NaN) / (peer[i] ?? 1)))),
  };
}

function largestDifference(ours: Record<string, Float64Array>, theirs: Record<string, Float64Array>): number {
  let worst = 0;
  ids.forEach((id, k) => {
    const a = ours[id] ?? new Float64Array();
    const b = theirs[names[k] ?? ''] ?? new Float64Array();
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  });
  return worst;
}

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));
const rows: string[][] = [];

async function compare(label: string, scenario: Scenario, peer: 'sde' | 'im'): Promise<void> {
  const compiled = compileModel(icuNetworkModel);
  const ours = simulate(icuNetworkModel, scenario, { loops: false });
  const plan = planRun(compiled, scenario);
  const xmile = modelToXmile(icuNetworkModel, scenario);
  const oursSimulate = () => simulate(icuNetworkModel, scenario, { loops: false });
  const oursIntegrate = () => integrate(plan);
  let result: { rates: number[]; ratios: number[] };
  let diff: number;
  if (peer === 'sde') {
    const sde = await compileWithSde(xmile, names);
    diff = largestDifference(ours.series, sde.series());
    result = measure([oursSimulate, oursIntegrate, () => sde.run()], [250, 250, 250], 7);
  } else {
    const im = buildInsightMaker(xmile, names);
    diff = largestDifference(ours.series, im.series());
    // One Insight Maker run takes seconds: one per round, ours timed as usual.
    result = measure([oursSimulate, oursIntegrate, () => im.series()], [250, 250, 0], 3);
  }
  const [simulateRate = 0, integrateRate = 0, peerRate = 0] = result.rates;
  const [simulateRatio = 0, integrateRatio = 0] = result.ratios;
  const peerName = peer === 'sde' ? 'SDEverywhere 0.7.28 (JS)' : 'Insight Maker engine 9.0.0';
  rows.push([
    label,
    peerName,
    scenario.method ?? 'rk4',
    fmt(simulateRate),
    fmt(integrateRate),
    fmt(peerRate),
    `${fmt(simulateRatio)}×`,
    `${fmt(integrateRatio)}×`,
    diff.toExponential(1),
  ]);
}

const base = { dt: 0.25, horizonMonths: 60 };
for (const [label, scenario] of Object.entries(PEER_SCENARIOS))
  await compare(label, { ...scenario, ...base, method: 'euler' }, 'sde');
await compare(
  'levers and input changes',
  { ...PEER_SCENARIOS['levers and input changes'], ...base, method: 'rk4' },
  'im',
);

const header = [
  'scenario',
  'peer',
  'method',
  'ours simulate runs/s',
  'ours integrate runs/s',
  'peer runs/s',
  'ratio (simulate)',
  'ratio (integrate)',
  'largest difference',
];
console.log(`ICU model, 60 months, dt 0.25 (241 saved points), node ${process.version}\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
