// Runs the community-garden model of this folder:
//   pnpm exec tsx --conditions=@samenspel/source examples/custom-model/run.ts [scenario.json]
// It validates the model (every problem with its path), then prints its loops and a run summary.
import { readFileSync } from 'node:fs';
import { formatDiagnostics, validateModel, validateScenario } from '@samenspel/core';
import { modelReport } from './report.js';

const here = new URL('./', import.meta.url);
const modelCheck = validateModel(JSON.parse(readFileSync(new URL('model.json', here), 'utf8')));
if (!modelCheck.ok) {
  process.stderr.write(`${formatDiagnostics(modelCheck.diagnostics)}\n`);
  process.exit(1);
}
const scenarioPath = process.argv[2] ?? new URL('scenario.json', here);
const scenarioCheck = validateScenario(modelCheck.model, JSON.parse(readFileSync(scenarioPath, 'utf8')));
if (!scenarioCheck.ok) {
  process.stderr.write(`${formatDiagnostics(scenarioCheck.diagnostics)}\n`);
  process.exit(1);
}
process.stdout.write(modelReport(modelCheck.model, scenarioCheck.scenario));
