import { formatDiagnostics, resultToJson, simulate } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { resultToCsv } from '../format/result-csv.js';
import { flagValue } from '../options.js';
import { readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { overrideFlagSpecs, overridesFromFlags } from '../scenario/override-flags.js';
import type { Command } from './command.js';
import { isXmileInput, runXmile } from './run-xmile.js';

const formatFlag: FlagSpec = {
  value: 'csv|json',
  choices: ['csv', 'json'],
  default: 'csv',
  description:
    'csv: time and every factor (XMILE: every stock, flow and aux) per saved time; json: the full result',
};

/**
 * `samenspel run FILE`: runs a scenario on the ICU model and prints the trajectories (CSV) or the
 * result (JSON); or, for an XMILE file, runs that model with its own time settings.
 */
export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario file on the ICU model, or an XMILE model, and print the result (csv or json)',
  details: [
    'FILE is a scenario JSON file ("-" reads standard input). The flags override the fields',
    "method, dt and horizonMonths of the file and are checked like the file's own values.",
    'csv: a header "time,<factor ids in model order>" and one row per saved time, numbers at full',
    'precision. json: the whole result (time, series of every factor and input, loops with their',
    'strength, dominance, summary with mechanisms.<id>.status and the patterns, e.g.',
    'summary.pseudoCollaboration). An invalid scenario prints every problem, one per line, to',
    'standard error and exits 1.',
    'An XMILE model (.xmile, .stmx, .xml, or any file whose root element is <xmile>) runs with its',
    'own start, stop, dt, save step and method; --method, --dt and --horizon (model time units from',
    'the start) override them. csv: time and one column per stock, flow and aux, named as in the',
    'file. json: { model, method, start, stop, dt, saveStep, time, names, series }. An unsupported',
    'feature (arrays, modules, macros, an unknown builtin) is reported naming the variable.',
  ].join('\n'),
  args: {
    positionals: [
      { name: 'FILE', description: 'a scenario JSON file or an XMILE model, or - to read standard input' },
    ],
    flags: {
      format: formatFlag,
      ...overrideFlagSpecs,
    },
  },
  examples: [
    'run examples/scenarios/region-stalls.json',
    'run examples/scenarios/region-stalls.json --format json --horizon 120',
    'run - --method euler --dt 0.5 < my-scenario.json',
    'run teacup.xmile --format json',
  ],
  async execute(args, io) {
    const file = args.positionals[0] ?? '-';
    const text = await readInput(file, io);
    if (isXmileInput(file, text)) {
      const run = runXmile(text, {
        format: flagValue(args, 'format', formatFlag),
        method: args.flags.get('method'),
        dt: args.flags.get('dt'),
        horizon: args.flags.get('horizon'),
      });
      for (const warning of run.warnings) io.stderr(`warning: ${warning}\n`);
      io.stdout(run.output);
      return 0;
    }
    const validation = loadScenario(icuNetworkModel, text, overridesFromFlags(args));
    if (!validation.ok) {
      io.stderr(`${formatDiagnostics(validation.diagnostics)}\n`);
      return 1;
    }
    if (flagValue(args, 'format', formatFlag) === 'json') {
      const result = simulate(icuNetworkModel, validation.scenario);
      io.stdout(`${JSON.stringify(resultToJson(result))}\n`);
    } else {
      // The CSV needs only the trajectories, so loop analysis is skipped.
      const result = simulate(icuNetworkModel, validation.scenario, { loops: false });
      io.stdout(resultToCsv(icuNetworkModel, result));
    }
    return 0;
  },
};
