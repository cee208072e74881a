import { readFileSync } from 'node:fs';

/**
 * The version of the command line, read from packages/cli/package.json (one folder above both
 * `src/` and `dist/`). Returns `unknown` when the file cannot be read.
 */
export function cliVersion(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const version = (manifest as { version?: unknown } | null)?.version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
