import { formatDiagnostics } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { inputLabel, readInput } from '../read-input.js';
import { loadScenario } from '../scenario/load-scenario.js';
import type { Command } from './command.js';

/** `samenspel validate FILE`: checks a scenario file against the ICU model and lists every problem. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a scenario file and list every problem in it',
  details: [
    'Prints "ok: FILE is a valid scenario" and exits 0, or prints every problem, one per line as',
    '"error: <field path>: <message>", to standard error and exits 1. FILE "-" reads standard input.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILE', description: 'a scenario JSON file, or - to read standard input' }],
    flags: {},
  },
  examples: ['validate examples/scenarios/pseudo-collaboration.json'],
  async execute(args, io) {
    const file = args.positionals[0] ?? '-';
    const validation = loadScenario(icuNetworkModel, await readInput(file, io));
    const warnings = validation.diagnostics.filter((d) => d.severity === 'warning');
    if (!validation.ok) {
      io.stderr(`${formatDiagnostics(validation.diagnostics)}\n`);
      return 1;
    }
    if (warnings.length > 0) io.stderr(`${formatDiagnostics(warnings)}\n`);
    io.stdout(`ok: ${inputLabel(file)} is a valid scenario\n`);
    return 0;
  },
};
