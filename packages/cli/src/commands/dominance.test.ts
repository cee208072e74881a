import { findLoops, loopDominance } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, exampleScenario, runCli } from '../test-support/run-cli.js';

const scenario = { inputs: { externalContext: 0.7 }, horizonMonths: 24 };
const files = { 's.json': JSON.stringify(scenario) };
const modelLoops = findLoops(icuNetworkModel);

describe('samenspel dominance', () => {
  it('prints a csv with time and one relative-score column per loop: every model loop, then structural ones', async () => {
    const { code, stdout, stderr } = await runCli(['dominance', 's.json'], { files });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    const header = rows[0] ?? [];
    expect(header[0]).toBe('time');
    expect(header.slice(1, 1 + modelLoops.length)).toEqual(modelLoops.map((l) => l.id));
    expect(header.slice(1 + modelLoops.length).every((id) => /^S\d+$/.test(id))).toBe(true);
    expect(rows).toHaveLength(1 + 24 / 0.25);
    expect(rows[1]?.[0]).toBe('0.25');
    // Relative scores: absolute values sum to 1 in every row where anything changes.
    for (const row of rows.slice(1)) {
      const sum = row.slice(1).reduce((s, x) => s + Math.abs(Number(x)), 0);
      expect(sum === 0 || Math.abs(sum - 1) < 1e-9).toBe(true);
    }
  });

  it('prints the same numbers as loopDominance in json', async () => {
    const { code, stdout } = await runCli(['dominance', 's.json', '--format', 'json'], { files });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    const d = loopDominance(icuNetworkModel, scenario);
    expect(parsed.time).toEqual(Array.from(d.time));
    expect(parsed.loops).toHaveLength(d.loops.length);
    const l1 = parsed.loops[0];
    expect(l1.id).toBe('L1');
    expect(l1.kind).toBe('model');
    expect(l1.factors).toEqual(modelLoops[0]?.factors);
    expect(l1.relative).toEqual(Array.from(d.loops[0]?.relative ?? []));
  });

  it('keeps the N loops with the largest peak |relative score| with --top', async () => {
    const { code, stdout } = await runCli([
      'dominance',
      exampleScenario('supportive-region-takes-off.json'),
      '--top',
      '3',
    ]);
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows[0]).toHaveLength(4);
    const all = csvRows(
      (await runCli(['dominance', exampleScenario('supportive-region-takes-off.json')])).stdout,
    );
    const peak = (col: number) => Math.max(...all.slice(1).map((r) => Math.abs(Number(r[col]))));
    const peaks = (all[0] ?? []).slice(1).map((id, i) => ({ id, p: peak(i + 1) }));
    const kept = new Set((rows[0] ?? []).slice(1));
    const lowestKept = Math.min(...peaks.filter((x) => kept.has(x.id)).map((x) => x.p));
    const highestDropped = Math.max(...peaks.filter((x) => !kept.has(x.id)).map((x) => x.p));
    expect(lowestKept).toBeGreaterThanOrEqual(highestDropped);
  });

  it('as text names the three largest loops at months 1, 3, 6, 12, 18 and 24 with their share and factors', async () => {
    const { code, stdout } = await runCli(['dominance', 's.json', '--format', 'text'], { files });
    expect(code).toBe(0);
    const d = loopDominance(icuNetworkModel, scenario);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('month '))).toEqual(
      ['1', '3', '6', '12', '18', '24'].map((m) => `month ${m}`),
    );
    // Under "month 12": the loops with the largest |relative| at the interval ending at month 12.
    const k = d.time.findIndex((t) => t === 12);
    const expected = [...d.loops]
      .sort((a, b) => Math.abs(b.relative[k] ?? 0) - Math.abs(a.relative[k] ?? 0))
      .slice(0, 3);
    const at12 = lines.slice(lines.indexOf('month 12') + 1, lines.indexOf('month 12') + 4);
    at12.forEach((line, i) => {
      const loop = expected[i];
      const share = `${(100 * Math.abs(loop?.relative[k] ?? NaN)).toFixed(1)}%`;
      expect(line).toContain(share);
      expect(line).toContain(` ${loop?.id ?? '?'} `);
      if (loop?.kind === 'model') expect(line).toContain(loop.factors.join(' → '));
      else expect(line).toMatch(/structural \((saturation|erosion|delay|rise)/);
    });
  });

  it('refuses a bad --top and reports an invalid scenario by field', async () => {
    const top = await runCli(['dominance', 's.json', '--top', '0'], { files });
    expect(top.code).toBe(1);
    expect(top.stderr).toContain('--top: expected a whole number of at least 1');
    const bad = await runCli(['dominance', 'bad.json'], { files: { 'bad.json': '{"dt": 0}' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: dt: /);
  });
});
