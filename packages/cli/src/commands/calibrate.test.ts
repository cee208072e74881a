import { simulate, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, repoRoot, runCli } from '../test-support/run-cli.js';

const region: Scenario = {
  inputs: { externalContext: 0.7, networkObligation: 0.1 },
  initial: {
    pioneerMotivation: 0.65,
    trust: 0.45,
    supportForCollaboration: 0.45,
    collectiveIntelligence: 0.35,
  },
};
const endogenous = icuNetworkModel.factors.filter((f) => !f.exogenous).map((f) => f.id);

/** Rounds at `months` of every endogenous factor, taken from a run with the given parameters. */
function generatedRounds(parameters: Record<string, number>, months: readonly number[]): string {
  const run = simulate(icuNetworkModel, { ...region, parameters }, { loops: false });
  return JSON.stringify({
    rounds: months.map((month) => ({
      month,
      values: Object.fromEntries(endogenous.map((id) => [id, run.series[id]?.[month * 4] ?? 0])),
    })),
  });
}

const files = {
  'region.json': JSON.stringify(region),
  'rounds.json': generatedRounds({ memberTurnover: 0.04, resultsVisibility: 0.8 }, [6, 12, 24]),
};

describe('samenspel calibrate', () => {
  it('recovers memberTurnover 0.04 and resultsVisibility 0.8 of the ICU model from three generated rounds (to 1e-3)', async () => {
    const { code, stdout, stderr } = await runCli(
      [
        'calibrate',
        'region.json',
        'rounds.json',
        '--fit',
        'memberTurnover,resultsVisibility',
        '--format',
        'json',
      ],
      { files },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const byId = Object.fromEntries(result.fitted.map((f: { id: string; value: number }) => [f.id, f.value]));
    expect(Math.abs(byId.memberTurnover - 0.04)).toBeLessThan(1e-3);
    expect(Math.abs(byId.resultsVisibility - 0.8)).toBeLessThan(1e-3);
    expect(result.residuals).toHaveLength(3 * endogenous.length);
    expect(result.sumOfSquares).toBeLessThan(1e-8);
    expect(result.startSumOfSquares).toBeGreaterThan(result.sumOfSquares);
    expect(result.warnings).toEqual([]);
    expect(result.scenario.parameters.memberTurnover).toBe(byId.memberTurnover);
  });

  it('prints fitted values, the sum of squares and one residual line per observation as text', async () => {
    const { code, stdout } = await runCli(
      ['calibrate', 'region.json', 'rounds.json', '--fit', 'memberTurnover'],
      {
        files,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Fitted 1 quantity to 36 observations in 3 rounds/);
    expect(stdout).toMatch(/^ {2}memberTurnover +0\.0\d+ +start 0\.01 +range \[0, 0\.1\]$/m);
    expect(stdout).toMatch(/^Sum of squares /m);
    expect(stdout.split('\n').filter((l) => /^ {2}round \d +\d+ +\w+ +0\.\d{4}/.test(l))).toHaveLength(36);
  });

  it('prints one CSV row per observation whose residual is simulated − observed', async () => {
    const { code, stdout } = await runCli(
      ['calibrate', 'region.json', 'rounds.json', '--fit', 'resultsVisibility', '--format', 'csv'],
      { files },
    );
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows[0]).toEqual([
      'round',
      'label',
      'month',
      'factor',
      'observed',
      'simulated',
      'residual',
      'weight',
    ]);
    expect(rows).toHaveLength(1 + 36);
    for (const row of rows.slice(1)) {
      expect(Number(row[6])).toBeCloseTo(Number(row[5]) - Number(row[4]), 12);
    }
  });

  it('warns when the data cannot identify a quantity', async () => {
    // Only the building mechanism is observed, and only its first months: the results link's weight
    // does not reach it in that time.
    const rounds = JSON.stringify({
      rounds: [
        { month: 0.5, values: { pioneerMotivation: 0.6 } },
        { month: 1, values: { pioneerMotivation: 0.6 } },
      ],
    });
    const { code, stdout } = await runCli(
      ['calibrate', 'region.json', 'few.json', '--fit', 'resultsVisibility,memberTurnover'],
      { files: { ...files, 'few.json': rounds } },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Warnings$/m);
    expect(stdout).toMatch(/insensitive: the observations hardly depend on resultsVisibility/);
  });

  it('names the field of every problem in the observations file', async () => {
    const bad = JSON.stringify({
      rounds: [
        { month: 3, values: { trust: 1.2, trsut: 0.3 } },
        { month: 6, values: { trust: { value: 0.4, spread: -1 } } },
      ],
    });
    const { code, stdout, stderr } = await runCli(
      ['calibrate', 'region.json', 'bad.json', '--fit', 'memberTurnover'],
      {
        files: { ...files, 'bad.json': bad },
      },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: rounds[0].values.trust: ');
    expect(stderr).toContain('error: rounds[0].values.trsut: unknown factor id');
    expect(stderr).toContain('error: rounds[1].values.trust.spread: spread must be greater than 0');
    expect(
      stderr
        .trimEnd()
        .split('\n')
        .every((l) => l.startsWith('error: ')),
    ).toBe(true);
  });

  it('refuses an unknown --fit id and a missing --fit', async () => {
    const unknown = await runCli(
      ['calibrate', 'region.json', 'rounds.json', '--fit', 'memberTurnover,speed'],
      { files },
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: --fit: cannot fit 'speed'/m);
    const missing = await runCli(['calibrate', 'region.json', 'rounds.json'], { files });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("'calibrate' needs --fit");
  });

  it('shows --fit as required (without brackets) in its usage line', async () => {
    const { code, stdout } = await runCli(['help', 'calibrate']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Usage: samenspel calibrate SCENARIO OBSERVATIONS --fit ID,ID,… [--format text|json|csv]',
    );
  });

  it('runs the documented example and fits both quantities without warnings', async () => {
    const dir = `${repoRoot}examples/calibration/`;
    const { code, stdout } = await runCli([
      'calibrate',
      `${dir}region.json`,
      `${dir}rounds.json`,
      '--fit',
      'memberTurnover,resultsVisibility',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.converged).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.sumOfSquares).toBeLessThan(result.startSumOfSquares / 5);
  });
});
