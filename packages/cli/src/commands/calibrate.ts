import { calibrate, formatDiagnostics, parseObservations } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { CliError } from '../errors.js';
import { flagValue } from '../options.js';
import { readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { calibrationCsv, calibrationJson, calibrationText } from './calibrate-output.js';
import type { Command } from './command.js';

const formatFlag: FlagSpec = {
  value: 'text|json|csv',
  choices: ['text', 'json', 'csv'],
  default: 'text',
  description:
    'text: fitted values, warnings and residuals; json: the whole result; csv: one row per observation',
};

const fitFlag: FlagSpec = {
  value: 'ID,ID,…',
  required: true,
  description:
    'required: the quantities to fit, parameter ids (memberTurnover, trust.erosion, …), initial.<factorId>, inputs.<inputId>',
};

/**
 * `samenspel calibrate SCENARIO OBSERVATIONS --fit a,b`: fits quantities of a scenario to observed
 * levels (assessment rounds) by least squares and prints the fitted values and residuals.
 */
export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'fit parameters, initial levels or inputs of a scenario to observed assessment rounds',
  details: [
    'SCENARIO is a scenario JSON file; OBSERVATIONS a JSON file { "rounds": [ { "label"?, "month",',
    '"values": { "<factorId>": level | { "value", "weight" } | { "value", "spread" } } } ] } with levels',
    'on 0–1 ("-" reads either from standard input). --fit names the quantities to fit. Minimises',
    "Σ weight·(simulated − observed)² with a bounded Nelder–Mead search within each quantity's range",
    '(levels within [0, 1]), then warns when the data cannot identify a quantity (insensitive,',
    'collinear, too few observations, or a value on a bound). Every problem in either file is listed',
    'with its field, one per line, and the exit code is 1.',
  ].join('\n'),
  args: {
    positionals: [
      { name: 'SCENARIO', description: 'a scenario JSON file, or - to read standard input' },
      { name: 'OBSERVATIONS', description: 'an observations JSON file, or - to read standard input' },
    ],
    flags: { fit: fitFlag, format: formatFlag },
  },
  examples: [
    'calibrate examples/calibration/region.json examples/calibration/rounds.json --fit memberTurnover,resultsVisibility',
    'calibrate my-region.json rounds.json --fit initial.trust,memberTurnover --format json',
  ],
  async execute(args, io) {
    const [scenarioFile = '-', observationsFile = '-'] = args.positionals;
    const fitText = args.flags.get('fit');
    if (fitText === undefined)
      throw new CliError(
        "'calibrate' needs --fit with the quantities to fit, e.g. --fit memberTurnover,resultsVisibility",
        'run "samenspel help calibrate" for usage',
      );
    if (scenarioFile === '-' && observationsFile === '-')
      throw new CliError('only one of SCENARIO and OBSERVATIONS can be read from standard input');
    const fit = fitText
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const scenario = loadScenario(icuNetworkModel, await readInput(scenarioFile, io));
    const observations = parseObservations(icuNetworkModel, await readInput(observationsFile, io));
    if (!scenario.ok || !observations.ok) {
      const problems = [
        ...(scenario.ok ? [] : scenario.diagnostics),
        ...(observations.ok ? [] : observations.diagnostics),
      ];
      io.stderr(`${formatDiagnostics(problems)}\n`);
      return 1;
    }
    const outcome = calibrate(icuNetworkModel, scenario.scenario, observations.observations, fit);
    if (!outcome.ok) {
      io.stderr(
        `${formatDiagnostics(outcome.diagnostics).replace(/^error: fit(\[\d+\])?: /gm, 'error: --fit: ')}\n`,
      );
      return 1;
    }
    const format = flagValue(args, 'format', formatFlag);
    io.stdout(
      format === 'json'
        ? calibrationJson(outcome.result)
        : format === 'csv'
          ? calibrationCsv(outcome.result)
          : calibrationText(outcome.result),
    );
    return 0;
  },
};
