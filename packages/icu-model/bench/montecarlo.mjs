// `pnpm bench:montecarlo`: wall time of a Monte Carlo study of the ICU model (built packages, from
// dist) spread over 1 and over 2 worker threads. The study: 10,000 runs (RK4, 60 months, dt 0.25) of
// the example "supportive region", every factor's initial level spread ± 0.15 and the global
// parameters ± 30 %, bands of all 12 endogenous factors at every month, the share that takes off.
// Each round starts a fresh pool (cold: thread start-up included), then runs the study again on the
// same pool (warm). The time includes merging the parts and computing the bands. It also checks that
// every round, with any worker count, gives the same result. Not a test: it prints figures.
// Options: --runs N (default 10000), --rounds N (default 3), --json. See docs/performance.md.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { monteCarlo, spreadAround, summariseMonteCarlo } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
// icu-model does not depend on the runner; the benchmark reaches its build output directly.
import { createNodePool } from '../../runner/dist/pool/node-pool-entry.js';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(argv[i + 1]);
};
const runs = option('runs', 10_000);
const rounds = option('rounds', 3);
const json = argv.includes('--json');
const TARGET_MS = 2000;

const model = icuNetworkModel;
const base = JSON.parse(
  readFileSync(
    new URL('../../../examples/scenarios/supportive-region-takes-off.json', import.meta.url),
    'utf8',
  ),
);
const options = {
  runs,
  seed: 2026,
  spec: spreadAround(model, base, 0.15, 0.3),
  pattern: 'collaborationTakesOff',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time of the whole process (all threads, user + system) in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timed(pool) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const part = await pool.monteCarlo({ model, base, options });
  const t1 = performance.now();
  const result = summariseMonteCarlo(part);
  const t2 = performance.now();
  return { total: t2 - t0, runsMs: t1 - t0, bandsMs: t2 - t1, cpuMs: cpuMs() - c0, result };
}

const loadBefore = os.loadavg();
const figures = {};
let reference = null;
let identical = true;
const fingerprint = (r) =>
  JSON.stringify({
    ...r,
    months: [...r.months],
    bands: r.bands.map((b) =>
      Object.fromEntries(Object.entries(b).map(([k, v]) => [k, typeof v === 'string' ? v : [...v]])),
    ),
  });
// Cases: worker threads alone, and (`+main`) with the calling thread computing tasks as well, as
// `samenspel montecarlo` does.
const CASES = [
  { label: '1', workers: 1, callingThread: false },
  { label: '2', workers: 2, callingThread: false },
  { label: '1+main', workers: 1, callingThread: true },
  { label: '2+main', workers: 2, callingThread: true },
];
for (const { label, workers, callingThread } of CASES) {
  const cold = [];
  const warm = [];
  const bands = [];
  const cpu = [];
  for (let round = 0; round < rounds; round++) {
    const pool = createNodePool({ workers, callingThread });
    try {
      const a = await timed(pool);
      const b = await timed(pool);
      cold.push(a.total);
      warm.push(b.total);
      bands.push(b.bandsMs);
      cpu.push(b.cpuMs);
      for (const r of [a.result, b.result]) {
        const f = fingerprint(r);
        if (reference === null) reference = f;
        else if (f !== reference) identical = false;
      }
    } finally {
      pool.dispose();
    }
  }
  figures[label] = {
    coldMs: median(cold),
    warmMs: median(warm),
    bandsMs: median(bands),
    warmCpuMs: median(cpu),
    cold,
    warm,
  };
}
// The same study on the main thread, once, as a check of the numbers (not timed against the target).
const t0 = performance.now();
const direct = monteCarlo(model, base, options);
const directMs = performance.now() - t0;
if (fingerprint(direct) !== reference) identical = false;
const loadAfter = os.loadavg();

// What \`samenspel montecarlo\` uses by default on this 2-core machine: one computing thread per
// core, the calling thread being one of them (see createNodePool's \`callingThread\`).
const bestLabel = '1+main';
const summary = {
  runs,
  rounds,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverage: { before: loadBefore[0], after: loadAfter[0] },
  workers: figures,
  mainThreadMs: directMs,
  share: direct.share,
  identical,
  targetMs: TARGET_MS,
  met: figures[bestLabel].coldMs < TARGET_MS,
};

if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `Monte Carlo: ${runs} runs of the ICU model (RK4, 60 months, dt 0.25), ${rounds} rounds per case`,
  );
  console.log(`machine: ${summary.cpus} × ${summary.cpuModel}, node ${summary.node}`);
  console.log(
    `load average (1 min) before ${loadBefore[0].toFixed(2)}, after ${loadAfter[0].toFixed(2)}${loadAfter[0] > 1.5 || loadBefore[0] > 1.5 ? '  (other work is loading the machine: figures are noisy)' : ''}`,
  );
  console.log('');
  console.log(
    'workers | cold (start-up included) | warm (pool reused) | of which bands | warm CPU time, all threads',
  );
  for (const { label: w } of CASES) {
    const x = figures[w];
    console.log(
      `${String(w).padStart(7)} | ${f(x.coldMs).padStart(24)} | ${f(x.warmMs).padStart(18)} | ${f(x.bandsMs).padStart(14)} | ${f(x.warmCpuMs).padStart(26)}`,
    );
  }
  console.log(`main thread, no workers: ${f(directMs)}`);
  console.log(
    'CPU time is what the work costs whatever else runs: on an otherwise idle machine, 2 workers need about half the 2-worker CPU time in wall time, plus start-up and bands.',
  );
  console.log(`share that takes off: ${(100 * direct.share).toFixed(1)} %`);
  console.log(`same numbers with every case above and the main thread alone: ${identical ? 'yes' : 'NO'}`);
  console.log(
    `target: ${runs} runs in under ${f(TARGET_MS)} on 2 cores, cold (start-up included), as samenspel montecarlo runs them (${bestLabel}): ${summary.met ? 'met' : 'not met'}`,
  );
}
if (!identical) process.exitCode = 1;
