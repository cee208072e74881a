import { parseArgs } from './args.js';
import { commandNames, findCommand } from './commands/registry.js';
import { CliError } from './errors.js';
import { commandHelp, generalHelp } from './help.js';
import type { CliIo } from './io.js';
import { cliVersion } from './version.js';

const unknownCommand = (name: string): CliError =>
  new CliError(
    `unknown command '${name}'; commands are ${commandNames().join(', ')}`,
    'run "samenspel --help" for usage',
  );

/** Handles `samenspel help [COMMAND]`. */
function help(rest: readonly string[], io: CliIo): number {
  const [name, extra] = rest;
  if (extra !== undefined) throw new CliError(`unexpected argument '${extra}' for 'help'`);
  if (name === undefined || name === 'help') {
    io.stdout(generalHelp());
    return 0;
  }
  const command = findCommand(name);
  if (command === undefined) throw unknownCommand(name);
  io.stdout(commandHelp(command));
  return 0;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp());
    throw new CliError('missing command');
  }
  if (first === '-h' || first === '--help') {
    io.stdout(generalHelp());
    return 0;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${cliVersion()}\n`);
    return 0;
  }
  if (first === 'help') return help(rest, io);
  if (first.startsWith('-')) {
    throw new CliError(
      `unknown flag ${first}; before a command only --help and --version are allowed`,
      'run "samenspel --help" for usage',
    );
  }
  const command = findCommand(first);
  if (command === undefined) throw unknownCommand(first);
  const args = parseArgs(command.name, command.args, rest);
  if (args.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.execute(args, io);
}

/**
 * Runs the command line: `argv` are the arguments after the program name (e.g. `['run', 'x.json']`),
 * `io` the streams and file access to use. Resolves to the exit code: 0 on success, 1 on invalid
 * input (bad scenario, unreadable file, malformed JSON, unknown command or flag), with a message on
 * standard error that names the field or flag and the reason. Never rejects and never prints a stack
 * trace; an unexpected failure is reported as `error: internal error: …` with exit code 1.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`error: ${e.message}\n${e.hint === undefined ? '' : `${e.hint}\n`}`);
    } else {
      io.stderr(`error: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    return 1;
  }
}
