import type { Command } from './command.js';
import { calibrateCommand } from './calibrate.js';
import { dominanceCommand } from './dominance.js';
import { exportCommand } from './export.js';
import { leversCommand } from './levers.js';
import { loopsCommand } from './loops.js';
import { mergeCommand } from './merge.js';
import { modelCommand } from './model.js';
import { montecarloCommand } from './montecarlo.js';
import { parametersCommand } from './parameters.js';
import { runCommand } from './run.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order the help lists them (`help` itself is handled by `main`). */
export const commands: readonly Command[] = [
  runCommand,
  validateCommand,
  loopsCommand,
  modelCommand,
  leversCommand,
  parametersCommand,
  exportCommand,
  calibrateCommand,
  dominanceCommand,
  sensitivityCommand,
  montecarloCommand,
  sweepCommand,
  mergeCommand,
];

/** The command with this name, if any. */
export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

/** The names of all commands, `help` included, for messages. */
export function commandNames(): string[] {
  return [...commands.map((c) => c.name), 'help'];
}
