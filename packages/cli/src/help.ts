import type { Command } from './commands/command.js';
import { commands } from './commands/registry.js';
import { table } from './format/table.js';

/** The usage line of a command: `samenspel run FILE [--format csv|json] …`. */
export function usageLine(command: Command): string {
  const positionals = command.args.positionals.map((p) => (p.optional === true ? `[${p.name}]` : p.name));
  const flags = Object.entries(command.args.flags).map(([name, f]) => {
    const flag = f.switch === true ? `--${name}` : `--${name} ${f.value}`;
    return f.required === true ? flag : `[${flag}]`;
  });
  return ['samenspel', command.name, ...positionals, ...flags].join(' ');
}

/** The overview printed by `samenspel --help` and `samenspel help`. */
export function generalHelp(): string {
  const rows = commands.map((c) => [c.name, c.summary]);
  rows.push(['help', 'show the help of a command: samenspel help COMMAND']);
  return [
    'samenspel: the command line of Samenspel, the model of regional ICU collaboration',
    '',
    'Usage: samenspel COMMAND [ARGS] [FLAGS]',
    '',
    'Commands:',
    table(rows, '  ').trimEnd(),
    '',
    'Flags: --help (also after a command), --version',
    'Exit codes: 0 success, 1 invalid input (bad scenario, unreadable file, unknown command or flag).',
    'Details of a command: samenspel help COMMAND',
    '',
  ].join('\n');
}

/** The help of one command: usage, what it does, its arguments and flags with defaults, examples. */
export function commandHelp(command: Command): string {
  const lines = [`Usage: ${usageLine(command)}`, '', `${command.summary}.`, '', command.details, ''];
  if (command.args.positionals.length > 0) {
    lines.push(
      'Arguments:',
      table(
        command.args.positionals.map((p) => [p.name, p.description]),
        '  ',
      ).trimEnd(),
      '',
    );
  }
  const flagRows = Object.entries(command.args.flags).map(([name, f]) => [
    f.switch === true ? `--${name}` : `--${name} ${f.value}`,
    f.default === undefined ? f.description : `${f.description} (default: ${f.default})`,
  ]);
  flagRows.push(['-h, --help', 'show this help']);
  lines.push('Flags:', table(flagRows, '  ').trimEnd(), '');
  lines.push('Examples:', ...command.examples.map((e) => `  samenspel ${e}`), '');
  return lines.join('\n');
}
