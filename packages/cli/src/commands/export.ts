import { formatDiagnostics, modelToXmile } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { overrideFlagSpecs, overridesFromFlags } from '../scenario/override-flags.js';
import type { Command } from './command.js';

const formatFlag: FlagSpec = {
  value: 'xmile',
  choices: ['xmile'],
  default: 'xmile',
  description: 'output format; XMILE 1.0 is the only one',
};

/** `samenspel export [SCENARIO]`: writes the ICU model under a scenario as an XMILE 1.0 document. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write the ICU model with a scenario as XMILE 1.0 for other system-dynamics tools',
  details: [
    'Writes the ICU model as an XMILE 1.0 document on standard output: one stock per factor with',
    'growth and erosion flows, the drives, pressures, moderators, delays and rises as named',
    "variables, and the scenario's initial levels, inputs (with their changes), global parameters,",
    'interventions, method, dt and horizon. SCENARIO is a scenario JSON file ("-" reads standard',
    'input); without it the default scenario is written. The flags override the fields method, dt',
    'and horizonMonths of the file. An invalid scenario prints every problem, one per line, to',
    'standard error and exits 1.',
  ].join('\n'),
  args: {
    positionals: [
      {
        name: 'SCENARIO',
        description: 'a scenario JSON file, or - to read standard input (default: the default scenario)',
        optional: true,
      },
    ],
    flags: {
      format: formatFlag,
      ...overrideFlagSpecs,
    },
  },
  examples: [
    'export --format xmile > icu-model.xmile',
    'export --format xmile examples/scenarios/region-stalls.json > region-stalls.xmile',
    'export --format xmile - --method euler < my-scenario.json',
  ],
  async execute(args, io) {
    const file = args.positionals[0];
    const text = file === undefined ? '{}' : await readInput(file, io);
    const validation = loadScenario(icuNetworkModel, text, overridesFromFlags(args));
    if (!validation.ok) {
      io.stderr(`${formatDiagnostics(validation.diagnostics)}\n`);
      return 1;
    }
    io.stdout(modelToXmile(icuNetworkModel, validation.scenario));
    return 0;
  },
};
