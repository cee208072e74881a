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

/** The text of a file, or a one-line message and exit code 1 when it cannot be read. */
function readOrExit(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`error: cannot read '${path}': ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

const [scenarioFile, outFile = join(tmpdir(), 'samenspel-icu-model.xmile')] = process.argv.slice(2);
const validation = parseScenario(
  icuNetworkModel,
  scenarioFile === undefined ? '{}' : readOrExit(scenarioFile),
);
if (!validation.ok) {
  console.error(formatDiagnostics(validation.diagnostics));
  process.exit(1);
}
const scenario = validation.scenario;

const xmile = modelToXmile(icuNetworkModel, scenario);
try {
  writeFileSync(outFile, xmile);
} catch (e) {
  console.error(`error: cannot write '${outFile}': ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
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
