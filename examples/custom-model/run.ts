// Runs the community-garden model of this folder:
//   pnpm exec tsx --conditions=@samenspel/source examples/custom-model/run.ts [scenario.json]
// It validates the model (every problem with its path), then prints its loops and a run summary.
import { readFileSync } from 'node:fs';
import { formatDiagnostics, parseScenario, validateModel } from '@samenspel/core';
import { modelReport } from './report.js';

const here = new URL('./', import.meta.url);
const modelCheck = validateModel(JSON.parse(readFileSync(new URL('model.json', here), 'utf8')));
if (!modelCheck.ok) {
  process.stderr.write(`${formatDiagnostics(modelCheck.diagnostics)}\n`);
  process.exit(1);
}
const scenarioPath = process.argv[2] ?? new URL('scenario.json', here);
let scenarioText: string;
try {
  scenarioText = readFileSync(scenarioPath, 'utf8');
} catch (e) {
  process.stderr.write(
    `error: cannot read '${String(scenarioPath)}': ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
}
// parseScenario reports malformed JSON as a problem of the document, like any other field.
const scenarioCheck = parseScenario(modelCheck.model, scenarioText);
if (!scenarioCheck.ok) {
  process.stderr.write(`${formatDiagnostics(scenarioCheck.diagnostics)}\n`);
  process.exit(1);
}
process.stdout.write(modelReport(modelCheck.model, scenarioCheck.scenario));
