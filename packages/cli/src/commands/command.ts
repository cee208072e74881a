import type { ArgsSpec, ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';

/** One subcommand of `samenspel`: its name, help and what it does. */
export interface Command {
  /** The word that selects it, e.g. `run`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** A few lines on what it prints, shown by `samenspel help <name>`. */
  readonly details: string;
  /** Flags and positional arguments it accepts. */
  readonly args: ArgsSpec;
  /** Short examples for the help, without the leading `samenspel `. */
  readonly examples: readonly string[];
  /** Runs the command; resolves to the exit code. Throws `CliError` for expected failures. */
  readonly execute: (args: ParsedArgs, io: CliIo) => Promise<number>;
}
