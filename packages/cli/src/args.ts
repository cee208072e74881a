import { CliError } from './errors.js';

/** A flag that takes a value (`--name value` or `--name=value`). */
export interface FlagSpec {
  /** Placeholder for the value in the usage line, e.g. `csv|json` or `X`. */
  readonly value: string;
  /** Allowed values; any other value is refused with a message naming the flag. Omit to accept any. */
  readonly choices?: readonly string[];
  /** The default, as shown in the help. */
  readonly default?: string;
  /** What the flag does, in one line. */
  readonly description: string;
  /** True for a switch that takes no value (`--progress`); it is then recorded as `'true'`. */
  readonly switch?: boolean;
  /** True when the command cannot run without it; the usage line then shows it without brackets. */
  readonly required?: boolean;
}

/** A positional argument of a command. */
export interface PositionalSpec {
  /** Name in the usage line, e.g. `FILE`. */
  readonly name: string;
  /** What the argument is, in one line. */
  readonly description: string;
  /** True when the argument may be left out. */
  readonly optional?: boolean;
  /** True for a last argument that takes all the remaining ones (`FILES…`). */
  readonly variadic?: boolean;
}

/** What a command accepts on its command line (besides `-h`/`--help`, which every command accepts). */
export interface ArgsSpec {
  /** Flags by name, without the leading `--`. */
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Positional arguments in order; optional ones come last. */
  readonly positionals: readonly PositionalSpec[];
}

/** The parsed command line of one command. */
export interface ParsedArgs {
  /** Values of the flags that were given, by name (the last one wins when a flag is repeated). */
  readonly flags: ReadonlyMap<string, string>;
  /** The positional arguments, in order. */
  readonly positionals: readonly string[];
  /** True when `-h` or `--help` was given. */
  readonly help: boolean;
}

const flagList = (spec: ArgsSpec): string => {
  const names = Object.keys(spec.flags).map((name) => `--${name}`);
  return names.length === 0 ? 'it takes no flags besides --help' : `its flags are ${names.join(', ')}`;
};

/**
 * Parses the arguments after the command name against the command's spec. A lone `-` is a
 * positional (standard input), `--` ends the flags, and a flag that takes a value always takes the
 * next argument (so `--dt -1` passes -1 on for validation). Throws {@link CliError} naming the flag
 * or argument for unknown flags, missing values, values outside a flag's choices, and missing or
 * extra positionals (the positional count is not checked when `--help` is given).
 */
export function parseArgs(command: string, spec: ArgsSpec, argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : arg;
    const flag = arg.startsWith('--') ? spec.flags[name] : undefined;
    if (flag === undefined) {
      throw new CliError(
        `unknown flag ${arg.startsWith('--') ? `--${name}` : arg} for '${command}'; ${flagList(spec)}`,
        `run "samenspel help ${command}" for usage`,
      );
    }
    if (flag.switch === true) {
      if (eq >= 0) throw new CliError(`flag --${name} takes no value`);
      flags.set(name, 'true');
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new CliError(`flag --${name} needs a value (--${name} ${flag.value})`);
      value = next;
      i++;
    }
    if (flag.choices !== undefined && !flag.choices.includes(value)) {
      throw new CliError(`--${name}: unknown value '${value}'; use ${flag.choices.join(' or ')}`);
    }
    flags.set(name, value);
  }
  if (!help) checkPositionals(command, spec, positionals);
  return { flags, positionals, help };
}

function checkPositionals(command: string, spec: ArgsSpec, positionals: readonly string[]): void {
  const required = spec.positionals.filter((p) => p.optional !== true);
  const missing = required[positionals.length];
  if (missing !== undefined) {
    throw new CliError(
      `'${command}' needs ${missing.name}: ${missing.description}`,
      `run "samenspel help ${command}" for usage`,
    );
  }
  const extra = positionals[spec.positionals.length];
  if (extra !== undefined && spec.positionals.at(-1)?.variadic !== true) {
    throw new CliError(
      `unexpected argument '${extra}' for '${command}'`,
      `run "samenspel help ${command}" for usage`,
    );
  }
}
