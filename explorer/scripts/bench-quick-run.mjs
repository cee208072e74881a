// Main-thread cost of one quick run of the explorer (simulate without loop analysis + resultToJson,
// default scenario: 60 months, dt 0.25, RK4), with and without the precompiled integrators, and of the
// integration alone per path. Run as the explorer's CSP would (no code generation from strings):
//   node --disallow-code-generation-from-strings --conditions=@samenspel/source --import tsx \
//     explorer/scripts/bench-quick-run.mjs
// Figures are medians of batches; on a loaded machine they are noisy, so read them as ratios.
import {
  clearPrecompiledIntegrators,
  compileModel,
  integrate,
  planRun,
  registerPrecompiledIntegrators,
  resolveIntegrator,
  resultToJson,
  simulate,
  validateScenario,
} from '@samenspel/core';
import { icuNetworkModel as model } from '@samenspel/icu-model';
import { integrators } from '../src/lib/sim/icu-integrators.generated.js';

const BATCHES = 15;
const PER_BATCH = 200;

/** Median time per call in milliseconds of `fn`, over batches. */
function measure(fn) {
  for (let i = 0; i < PER_BATCH; i++) fn();
  const times = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    for (let i = 0; i < PER_BATCH; i++) fn();
    times.push((performance.now() - start) / PER_BATCH);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

const valid = validateScenario(model, {});
if (!valid.ok) throw new Error('default scenario invalid');
const plan = planRun(compileModel(model), valid.scenario);
const quick = () => resultToJson(simulate(model, {}, { loops: false }));
const rows = [];

clearPrecompiledIntegrators();
rows.push([`quick run, auto (${String(resolveIntegrator(plan))})`, measure(quick)]);
rows.push(['integrate, interpreted', measure(() => integrate(plan, 'interpreted'))]);
if (resolveIntegrator(plan, 'generated') !== null)
  rows.push(['integrate, generated (new Function)', measure(() => integrate(plan, 'generated'))]);
const registration = registerPrecompiledIntegrators(model, integrators);
if (registration.refused.length > 0) throw new Error('precompiled integrators are stale');
rows.push([`quick run, auto (${String(resolveIntegrator(plan))})`, measure(quick)]);
rows.push(['integrate, precompiled', measure(() => integrate(plan, 'precompiled'))]);

console.log(`node ${process.version}, ${String(BATCHES)}×${String(PER_BATCH)} runs, median ms per run`);
for (const [label, ms] of rows) console.log(`${label.padEnd(40)} ${ms.toFixed(3)} ms`);
