import { listParameters } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('samenspel parameters', () => {
  it('--format json prints listParameters of the model', async () => {
    const { code, stdout } = await runCli(['parameters', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(listParameters(icuNetworkModel));
  });

  it('prints one line per parameter and a count as text', async () => {
    const { stdout } = await runCli(['parameters']);
    const parameters = listParameters(icuNetworkModel);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(parameters.length + 1);
    expect(lines[0]).toMatch(/^memberTurnover\s+0\.01\s+\[0, 0\.1\]\s+1\/month\s+/);
    expect(lines.at(-1)).toBe(`${String(parameters.length)} parameters`);
  });
});
