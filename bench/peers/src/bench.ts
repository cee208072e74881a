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

/** Runs per second of `run`: after a warm-up, the median of `batches` timed batches. */
function runsPerSecond(run: () => unknown, minMs: number, batches = 5): number {
  for (let i = 0; i < 3; i++) run();
  const rates: number[] = [];
  for (let b = 0; b < batches; b++) {
    let n = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      run();
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    rates.push((n * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
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
  const oursSimulate = runsPerSecond(() => simulate(icuNetworkModel, scenario, { loops: false }), 200);
  const plan = planRun(compiled, scenario);
  const oursIntegrate = runsPerSecond(() => integrate(plan), 200);
  const xmile = modelToXmile(icuNetworkModel, scenario);
  let theirs: number;
  let diff: number;
  if (peer === 'sde') {
    const sde = await compileWithSde(xmile, names);
    diff = largestDifference(ours.series, sde.series());
    theirs = runsPerSecond(() => sde.run(), 200);
  } else {
    const im = buildInsightMaker(xmile, names);
    diff = largestDifference(ours.series, im.series());
    theirs = runsPerSecond(() => im.series(), 0, 3);
  }
  const peerName = peer === 'sde' ? 'SDEverywhere 0.7.28 (JS)' : 'Insight Maker engine 9.0.0';
  rows.push([
    label,
    peerName,
    scenario.method ?? 'rk4',
    fmt(oursSimulate),
    fmt(oursIntegrate),
    fmt(theirs),
    `${fmt(oursSimulate / theirs)}×`,
    `${fmt(oursIntegrate / theirs)}×`,
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
