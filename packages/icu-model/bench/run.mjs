// `pnpm bench`: speed of the ICU model through `simulate` (built packages, from dist) against a
// hand-written straight-line version of the same equations (./straight-line.js), measured in one run.
// Prints runs per second (60 months, dt 0.25) for RK4 and Euler, the ratios, and whether the targets
// are met. Options: --json (machine-readable output on stdout), --quick (short timings, for trying
// the script out), --check (exit 1 when a target is missed). See docs/performance.md.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { SCENARIO_DEFAULTS, simulate } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { measure } from './measure.mjs';
import { createStraightLine } from './straight-line.js';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const options = args.has('--quick')
  ? { warmupMs: 500, batchMs: 250, batches: 5 }
  : { warmupMs: 2000, batchMs: 1000, batches: 7 };
const TARGET_RK4_RUNS = 5000;
const TARGET_RATIO = 2;

const model = icuNetworkModel;
const steps = Math.round(SCENARIO_DEFAULTS.horizonMonths / SCENARIO_DEFAULTS.dt);
const line = createStraightLine(model);
const out = new Float64Array((steps + 1) * line.nState);
const trustLast = steps * line.nState + line.stateIds.indexOf('trust');
const rk4 = { method: 'rk4' };
const euler = { method: 'euler' };
const bulk = { loops: false };

/** The largest gap between the straight-line trajectory and `simulate`'s factor series, over both methods. */
function agreement() {
  let gap = 0;
  for (const method of ['rk4', 'euler']) {
    line[method](out, SCENARIO_DEFAULTS.dt, steps);
    const result = simulate(model, { method }, bulk);
    line.stateIds.slice(0, 12).forEach((id, i) => {
      const series = result.series[id];
      for (let r = 0; r <= steps; r++) gap = Math.max(gap, Math.abs(series[r] - out[r * line.nState + i]));
    });
  }
  return gap;
}

const gap = agreement();
if (!(gap < 1e-12)) throw new Error(`straight-line and simulate disagree by ${gap}; the comparison is void`);

const cases = [
  { name: 'simulate RK4', run: () => simulate(model, rk4).series.trust[steps] },
  { name: 'simulate Euler', run: () => simulate(model, euler).series.trust[steps] },
  { name: 'simulate RK4 { loops: false }', run: () => simulate(model, rk4, bulk).series.trust[steps] },
  { name: 'simulate Euler { loops: false }', run: () => simulate(model, euler, bulk).series.trust[steps] },
  // Loop analysis is computed when a result's loops are first read; this case reads them, so its
  // cost is measured too (no target applies to it).
  {
    name: 'simulate RK4 + loop analysis read',
    run: () => {
      const r = simulate(model, rk4);
      return r.loops.length + r.series.trust[steps];
    },
  },
  { name: 'straight-line RK4', run: () => (line.rk4(out, SCENARIO_DEFAULTS.dt, steps), out[trustLast]) },
  { name: 'straight-line Euler', run: () => (line.euler(out, SCENARIO_DEFAULTS.dt, steps), out[trustLast]) },
];

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  node: process.version,
  v8: process.versions.v8,
};
const log = (message) => (json ? process.stderr : process.stdout).write(`${message}\n`);
log(`ICU model, ${SCENARIO_DEFAULTS.horizonMonths} months, dt ${SCENARIO_DEFAULTS.dt} (${steps} steps)`);
log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.platform}; ` +
    `node ${machine.node} (V8 ${machine.v8})`,
);
log(
  `method: ${options.warmupMs / 1000} s warm-up per case, then ${options.batches} rounds of one ` +
    `~${options.batchMs / 1000} s batch per case; median batch`,
);
log(`straight-line vs simulate: largest difference ${gap.toExponential(1)} (must be < 1e-12)\n`);

const load = () => os.loadavg()[0].toFixed(2);
const loadBefore = load();
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const { results, checksum } = measure(cases, options, (message) => log(`  ${message}`));
const cpu = process.cpuUsage(cpuBefore);
// Share of one core this process got while measuring; well below 1 means other work competed for the CPU.
const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
const contention = { loadBefore, loadAfter: load(), cpuShare: Number(cpuShare.toFixed(2)) };
const rate = Object.fromEntries(results.map((r) => [r.name, r.median]));
const ratio = (method, loops) =>
  rate[`straight-line ${method}`] / rate[`simulate ${method}${loops ? '' : ' { loops: false }'}`];
const ratios = {
  rk4: ratio('RK4', true),
  euler: ratio('Euler', true),
  rk4Bulk: ratio('RK4', false),
  eulerBulk: ratio('Euler', false),
};
const targets = [
  [`simulate RK4 >= ${TARGET_RK4_RUNS} runs/s`, rate['simulate RK4'] >= TARGET_RK4_RUNS],
  [
    `simulate RK4 { loops: false } >= ${TARGET_RK4_RUNS} runs/s`,
    rate['simulate RK4 { loops: false }'] >= TARGET_RK4_RUNS,
  ],
  [`simulate within ${TARGET_RATIO}x of straight-line, RK4`, ratios.rk4 <= TARGET_RATIO],
  [`simulate within ${TARGET_RATIO}x of straight-line, Euler`, ratios.euler <= TARGET_RATIO],
  [`simulate { loops: false } within ${TARGET_RATIO}x, RK4`, ratios.rk4Bulk <= TARGET_RATIO],
  [`simulate { loops: false } within ${TARGET_RATIO}x, Euler`, ratios.eulerBulk <= TARGET_RATIO],
];

if (json) {
  const report = {
    model: model.id,
    steps,
    dt: SCENARIO_DEFAULTS.dt,
    machine,
    options,
    agreement: gap,
    contention,
  };
  const met = Object.fromEntries(targets);
  process.stdout.write(
    `${JSON.stringify({ ...report, results, ratios, targets: met, checksum }, null, 2)}\n`,
  );
} else {
  const fmt = (x) => Math.round(x).toLocaleString('en-US');
  const rows = results.map((r) => [
    r.name,
    fmt(r.median),
    `${fmt(r.min)} – ${fmt(r.max)}`,
    String(r.runsPerBatch),
  ]);
  const head = ['case', 'runs/s (median)', 'batch range', 'runs/batch'];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const formatRow = (row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join('  ');
  log(`\n${formatRow(head)}\n${width.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) log(formatRow(row));
  log('\nslowdown of simulate against the straight-line version (straight-line runs/s ÷ simulate runs/s):');
  log(`  RK4   ${ratios.rk4.toFixed(1)}x   { loops: false } ${ratios.rk4Bulk.toFixed(1)}x`);
  log(`  Euler ${ratios.euler.toFixed(1)}x   { loops: false } ${ratios.eulerBulk.toFixed(1)}x`);
  log('\ntargets:');
  for (const [what, met] of targets) log(`  ${met ? 'met    ' : 'MISSED '} ${what}`);
  log(`\nload average ${contention.loadBefore} before, ${contention.loadAfter} after the measurement`);
  log(
    `CPU time ÷ wall time of this process: ${contention.cpuShare} (all threads: GC helpers can push it above 1)`,
  );
  log(`(checksum ${checksum.toPrecision(6)})`);
}
if (args.has('--check') && targets.some(([, met]) => !met)) process.exitCode = 1;
