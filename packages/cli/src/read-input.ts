import { CliError } from './errors.js';
import type { CliIo } from './io.js';

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

/** How `FILE` is named in messages: the path as given, or `(stdin)` for `-`. */
export function inputLabel(file: string): string {
  return file === '-' ? '(stdin)' : file;
}

/**
 * Reads the text of an input file, or of standard input when `file` is `-`. A file that cannot be
 * read becomes a {@link CliError} that names the file and the reason (`no such file`, …).
 */
export async function readInput(file: string, io: CliIo): Promise<string> {
  try {
    return file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const reason =
      (typeof code === 'string' ? reasons[code] : undefined) ?? (e instanceof Error ? e.message : String(e));
    throw new CliError(`cannot read ${file === '-' ? 'standard input' : `'${file}'`}: ${reason}`);
  }
}
