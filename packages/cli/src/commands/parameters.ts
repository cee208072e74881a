import { listParameters } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { table } from '../format/table.js';
import { flagValue, listingFormatFlag } from '../options.js';
import type { Command } from './command.js';

/** `samenspel parameters`: every number a scenario may override under `parameters`. */
export const parametersCommand: Command = {
  name: 'parameters',
  summary: 'list the parameters a scenario can override, with defaults and ranges',
  details: [
    'text: one line per parameter: id, default, [min, max], unit, description; then a count line.',
    'json: an array of { id, value, min, max, unit, description }. Use the ids as keys of a',
    'scenario\'s "parameters".',
  ].join('\n'),
  args: { positionals: [], flags: { format: listingFormatFlag } },
  examples: ['parameters', 'parameters --format json'],
  execute(args, io) {
    const parameters = listParameters(icuNetworkModel);
    if (flagValue(args, 'format', listingFormatFlag) === 'json') {
      io.stdout(`${JSON.stringify(parameters)}\n`);
    } else {
      const rows = parameters.map((p) => [
        p.id,
        String(p.value),
        `[${String(p.min)}, ${String(p.max)}]`,
        p.unit === '' ? '-' : p.unit,
        p.description,
      ]);
      io.stdout(`${table(rows)}${parameters.length} parameters\n`);
    }
    return Promise.resolve(0);
  },
};
