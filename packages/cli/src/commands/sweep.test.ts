import { locateThreshold, sweep1d, sweep2d, tippingLine } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, runCli } from '../test-support/run-cli.js';

const scenario = { inputs: { externalContext: 0.6 } };
const files = { 's.json': JSON.stringify(scenario) };
const x = { target: { kind: 'uniformInitial' }, from: 0, to: 1, steps: 6 } as const;

describe('samenspel sweep', () => {
  it('prints one row per value with the outcome, whether the pattern shows, and the tipping point', async () => {
    const { code, stdout, stderr } = await runCli(['sweep', 's.json', '--x', 'initial.*:0:1:6'], { files });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows[0]).toEqual(['initial.*', 'final.collectiveIntelligence', 'present', 'tipping']);
    const want = sweep1d(
      icuNetworkModel,
      scenario,
      x,
      { kind: 'final', variable: 'collectiveIntelligence' },
      {
        pattern: 'collaborationTakesOff',
      },
    );
    const threshold = locateThreshold(icuNetworkModel, scenario, x, 'collaborationTakesOff');
    expect(rows.slice(1)).toEqual(
      [...want.xValues].map((v, i) => [
        String(v),
        String(want.values[i]),
        String(want.present?.[i]),
        String(threshold),
      ]),
    );
  });

  it('locates the tipping point within a tenth of a fine grid’s step, agreeing with its present column', async () => {
    const fine = locateThreshold(icuNetworkModel, scenario, x, 'collaborationTakesOff', { tolerance: 1e-7 });
    if (fine === null) throw new Error('the test scenario takes off somewhere along x');
    const [from, to] = [fine - 0.0006, fine + 0.0006];
    const { stdout } = await runCli(['sweep', 's.json', '--x', `initial.*:${from}:${to}:13`], { files });
    const rows = csvRows(stdout).slice(1);
    const firstPresent = rows.find((r) => r[2] === '1');
    const lastAbsent = rows.filter((r) => r[2] === '0').at(-1);
    const tipping = Number(rows[0]?.[3]);
    expect(Number(lastAbsent?.[0])).toBeLessThan(tipping);
    expect(tipping).toBeLessThanOrEqual(Number(firstPresent?.[0]));
  });

  it('leaves the tipping point out of a sweep of one x value', async () => {
    const { stdout } = await runCli(['sweep', 's.json', '--x', 'initial.*:0:1:1'], { files });
    expect(csvRows(stdout)[0]).toEqual(['initial.*', 'final.collectiveIntelligence', 'present']);
  });

  it('maps two axes and gives a tipping point per y value (json)', async () => {
    const y = { target: { kind: 'input', input: 'externalContext' }, from: 0.2, to: 1, steps: 3 } as const;
    const { code, stdout } = await runCli(
      [
        'sweep',
        's.json',
        '--x',
        'initial.*:0:1:4',
        '--y',
        'inputs.externalContext:0.2:1:3',
        '--outcome',
        'final:trust',
        '--format',
        'json',
      ],
      { files },
    );
    expect(code).toBe(0);
    const got = JSON.parse(stdout) as {
      values: number[];
      tipping: { thresholds: (number | null)[] };
      y: { values: number[] };
    };
    const xs = { ...x, steps: 4 };
    expect(got.values).toEqual([
      ...sweep2d(icuNetworkModel, scenario, xs, y, { kind: 'final', variable: 'trust' }).values,
    ]);
    expect(got.tipping.thresholds).toEqual(
      tippingLine(icuNetworkModel, scenario, x, y, 'collaborationTakesOff').thresholds,
    );
    expect(got.y.values.map((v) => Number(v.toFixed(12)))).toEqual([0.2, 0.6, 1]);
  });

  it('leaves the pattern out with --pattern none', async () => {
    const { stdout } = await runCli(
      [
        'sweep',
        's.json',
        '--x',
        'parameters.memberTurnover:0:0.1:3',
        '--pattern',
        'none',
        '--outcome',
        'mean:trust,collectiveIntelligence',
      ],
      { files },
    );
    expect(csvRows(stdout)[0]).toEqual(['parameters.memberTurnover', 'mean.trust+collectiveIntelligence']);
  });

  it('reports the grid and then the tipping-point search as two named stages with --progress', async () => {
    const { stderr } = await runCli(
      ['sweep', 's.json', '--x', 'initial.*:0:1:6', '--workers', '0', '--progress'],
      { files },
    );
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^sweep: \d+ of 6 runs/);
    expect(lines.at(-1)).toMatch(/^sweep, tipping points: (\d+) of \1 runs \(100 %\)$/);
    const firstTipping = lines.findIndex((l) => l.startsWith('sweep, tipping points'));
    expect(lines.slice(0, firstTipping).every((l) => l.startsWith('sweep: '))).toBe(true);
    expect(lines[firstTipping - 1]).toBe('sweep: 6 of 6 runs (100 %)');
  });

  it('prints the same with --workers 0, 1 and 2, whole and as merged shards', async () => {
    const axes = ['--x', 'initial.*:0:1:5', '--y', 'inputs.externalContext:0.2:1:4'];
    const fs: Record<string, string> = { ...files };
    for (const format of ['csv', 'json']) {
      const run = (workers: string) =>
        runCli(['sweep', 's.json', ...axes, '--workers', workers, '--format', format], { files: fs });
      const main = await run('0');
      expect(main.stderr).toBe('');
      expect(main.code).toBe(0);
      if (format === 'csv') expect(csvRows(main.stdout)).toHaveLength(1 + 5 * 4);
      else expect((JSON.parse(main.stdout) as { values: number[] }).values).toHaveLength(5 * 4);
      expect((await run('1')).stdout).toBe(main.stdout);
      expect((await run('2')).stdout).toBe(main.stdout);
      for (const i of [1, 2]) {
        const r = await runCli(['sweep', 's.json', ...axes, '--workers', '2', '--shard', `${i}/2`], {
          files: fs,
        });
        expect(r.code, r.stderr).toBe(0);
        fs[`w${i}.json`] = r.stdout;
      }
      const merged = await runCli(['merge', 'w2.json', 'w1.json', '--format', format], { files: fs });
      expect(merged.stdout).toBe(main.stdout);
    }
  }, 120_000);

  it('refuses a negative --workers', async () => {
    for (const workers of ['-2', '-1']) {
      const r = await runCli(['sweep', 's.json', '--x', 'initial.*:0:1:3', '--workers', workers], { files });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toBe(`error: --workers must be 0 or more, got ${workers}\n`);
    }
  });

  it('names a malformed axis, an unknown target or outcome and a value out of range', async () => {
    const err = async (...args: string[]) => (await runCli(['sweep', 's.json', ...args], { files })).stderr;
    expect(await err()).toMatch(/needs --x/);
    expect(await err('--x', 'initial.*:0:1')).toMatch(/TARGET:FROM:TO:STEPS/);
    expect(await err('--x', 'levels.trust:0:1:3')).toMatch(/unknown target 'levels\.trust'/);
    expect(await err('--x', 'initial.*:0:1:0')).toMatch(/STEPS/);
    expect(await err('--x', 'initial.*:0:1:3', '--outcome', 'last:trust')).toMatch(/--outcome/);
    expect(await err('--x', 'initial.trust:0:2:3')).toMatch(/initial\.trust/);
    expect(await err('--x', 'initial.ghost:0:1:3')).toMatch(/ghost/);
  });
});
