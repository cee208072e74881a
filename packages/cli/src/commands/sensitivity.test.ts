import { sensitivity } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, runCli } from '../test-support/run-cli.js';

const scenario = { inputs: { externalContext: 0.6 }, initial: { trust: 0.4 } };
const files = { 's.json': JSON.stringify(scenario) };

describe('samenspel sensitivity', () => {
  it('prints a row per value varied, largest swing first, as the core computes them', async () => {
    const { code, stdout, stderr } = await runCli(
      ['sensitivity', 's.json', '--outcome', 'trust', '--month', '36'],
      {
        files,
      },
    );
    expect(code).toBe(0);
    const want = sensitivity(icuNetworkModel, scenario, { outcome: 'trust', month: 36 });
    const rows = csvRows(stdout);
    expect(rows[0]).toEqual(['kind', 'id', 'base', 'low', 'high', 'outcome_low', 'outcome_high', 'swing']);
    expect(rows.length - 1).toBe(want.rows.length);
    const first = want.rows[0];
    expect(rows[1]).toEqual([
      first?.kind,
      first?.id,
      ...[first?.base, first?.low, first?.high, first?.outcomeLow, first?.outcomeHigh, first?.swing].map(
        String,
      ),
    ]);
    expect(stderr).toBe(`trust at month 36: baseline ${want.baseline}\n`);
  });

  it('varies only the global parameters over their range with --parameters global --range, and --top limits rows', async () => {
    const { stdout } = await runCli(
      [
        'sensitivity',
        's.json',
        '--parameters',
        'global',
        '--initial',
        'none',
        '--range',
        '--format',
        'json',
        '--top',
        '1',
      ],
      { files },
    );
    const got = JSON.parse(stdout) as { rows: { id: string; low: number; high: number }[]; baseline: number };
    expect(got.rows).toHaveLength(1);
    const p = icuNetworkModel.parameters.find((q) => q.id === got.rows[0]?.id);
    expect(got.rows[0]).toMatchObject({ low: p?.min, high: p?.max });
  });

  it('draws a text tornado with one bar per row', async () => {
    const { stdout } = await runCli(['sensitivity', 's.json', '--parameters', 'none', '--format', 'text'], {
      files,
    });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^collectiveIntelligence at month 60: baseline /);
    expect(lines.slice(2)).toHaveLength(icuNetworkModel.factors.filter((f) => !f.exogenous).length);
    expect(lines.slice(2).every((l) => l.startsWith('initial '))).toBe(true);
    // Every bar line marks the baseline once, in the same column, also where a bar crosses it.
    const columns = lines.slice(2).map((l) => l.indexOf('│'));
    expect(columns.every((c) => c > 0 && c === columns[0])).toBe(true);
    expect(lines.slice(2).every((l) => l.split('│').length === 2)).toBe(true);
  });

  it('names an unknown outcome or parameter and a month outside the run', async () => {
    const err = async (...args: string[]) =>
      (await runCli(['sensitivity', 's.json', ...args], { files })).stderr;
    expect(await err('--outcome', 'ghost')).toMatch(/unknown outcome 'ghost'/);
    expect(await err('--parameters', 'ghost')).toMatch(/unknown parameter 'ghost'/);
    expect(await err('--month', '100')).toMatch(/month must lie in \[0, 60\]/);
    expect(await err('--fraction', '0')).toMatch(/fraction/);
  });
});
