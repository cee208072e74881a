// Exports the ICU model with a scenario to an XMILE file, reads the file back with the XMILE
// import, runs both and prints the largest difference between the two runs.
//
//   pnpm exec tsx --conditions=@samenspel/source examples/xmile-round-trip/round-trip.ts [SCENARIO] [OUT]
//
// SCENARIO: a scenario JSON file (default: the default scenario). OUT: where to write the XMILE
// file (default: samenspel-icu-model.xmile in the system's temporary folder).
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatDiagnostics,
  modelToXmile,
  parseScenario,
  parseXmile,
  simulate,
  simulateStockFlow,
  xmileName,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';

const [scenarioFile, outFile = join(tmpdir(), 'samenspel-icu-model.xmile')] = process.argv.slice(2);
const validation = parseScenario(
  icuNetworkModel,
  scenarioFile === undefined ? '{}' : readFileSync(scenarioFile, 'utf8'),
);
if (!validation.ok) {
  console.error(formatDiagnostics(validation.diagnostics));
  process.exit(1);
}
const scenario = validation.scenario;

const xmile = modelToXmile(icuNetworkModel, scenario);
writeFileSync(outFile, xmile);
const imported = parseXmile(readFileSync(outFile, 'utf8'));
const back = simulateStockFlow(imported);
const ours = simulate(icuNetworkModel, scenario, { loops: false });

let worst = { diff: 0, id: '', month: 0 };
for (const [id, series] of Object.entries(ours.series)) {
  const other = back.series[xmileName(id)];
  if (other === undefined) throw new Error(`the imported run has no variable ${xmileName(id)}`);
  series.forEach((value, i) => {
    const diff = Math.abs(value - (other[i] ?? Number.NaN));
    if (!(diff <= worst.diff)) worst = { diff, id, month: ours.time[i] ?? 0 };
  });
}

console.log(
  `wrote ${outFile} (${String(xmile.length)} characters, ${String(imported.variables.length)} variables)`,
);
console.log(
  `ran ${scenario.name ?? 'the default scenario'}: ${scenario.method ?? 'rk4'}, dt ${String(scenario.dt ?? 0.25)}, ` +
    `${String(ours.time.length)} saved times, ${String(Object.keys(ours.series).length)} factors and inputs compared`,
);
console.log(
  `largest difference between simulate() and the XMILE file's run: ${worst.diff.toExponential(2)} ` +
    `(${worst.id} at month ${String(worst.month)})`,
);
