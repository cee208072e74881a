import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

/** Absolute path of the repository root. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Absolute path of an example scenario. */
export const exampleScenario = (name: string): string => `${repoRoot}examples/scenarios/${name}`;

/** What a run of the command line printed and returned. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** In-memory files by path; other paths are read from disk. */
  readonly files?: Readonly<Record<string, string>>;
  /** Text of standard input. */
  readonly stdin?: string;
}

/** Runs `main` in-process with captured output. */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => {
      const text = options.files?.[path];
      return text === undefined ? readFile(path, 'utf8') : Promise.resolve(text);
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Splits CSV output into rows of cells (no quoting needed for numbers and factor ids). */
export function csvRows(text: string): string[][] {
  expectTrailingNewline(text);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => line.split(','));
}

function expectTrailingNewline(text: string): void {
  if (!text.endsWith('\n')) throw new Error('output does not end with a newline');
}
