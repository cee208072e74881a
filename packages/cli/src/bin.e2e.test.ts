import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './test-support/run-cli.js';

// End-to-end: the real bin with the built output (`pnpm test` builds before running vitest).
const bin = join(repoRoot, 'packages/cli/bin/samenspel.js');
const built = [
  'packages/core/dist/index.js',
  'packages/icu-model/dist/index.js',
  'packages/cli/dist/main.js',
];

function samenspel(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('bin/samenspel.js (built)', () => {
  it('has its build output (run "pnpm build" before the tests)', () => {
    for (const file of built) {
      expect(existsSync(join(repoRoot, file)), `${file} is missing: run "pnpm build" first`).toBe(true);
    }
  });

  it('runs an example scenario and prints the CSV', () => {
    const result = samenspel('run', 'examples/scenarios/region-stalls.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]?.startsWith('time,externalContext,providerCircumstances,')).toBe(true);
    expect(lines).toHaveLength(242);
  });

  it('exits 1 with a one-line message and no stack trace on a missing file', () => {
    const result = samenspel('run', 'examples/scenarios/does-not-exist.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("error: cannot read 'examples/scenarios/does-not-exist.json': no such file\n");
  });

  it('ends quietly when the reader of its output goes away (EPIPE)', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'run', 'examples/scenarios/region-stalls.json', '--format', 'json'],
      {
        cwd: repoRoot,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints a one-line hint when the build output is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenspel-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin/samenspel.js'));
      const result = spawnSync(process.execPath, [join(dir, 'bin/samenspel.js'), '--help'], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^samenspel: .*run "pnpm build" first\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
