import { modelToXmile, XMILE_NAMESPACE, xmileName } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, exampleScenario, runCli } from '../test-support/run-cli.js';

/** The stocks of an exported document with their initial equations (the document's layout is fixed). */
function stocks(xml: string): Map<string, string> {
  expect(xml).toContain(`xmlns="${XMILE_NAMESPACE}"`);
  const found = xml.matchAll(/<stock name="([^"]+)">\s*<eqn>([^<]*)<\/eqn>/g);
  return new Map([...found].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('samenspel export', () => {
  it('writes the ICU model under the default scenario as XMILE when no scenario is given', async () => {
    const { code, stdout, stderr } = await runCli(['export', '--format', 'xmile']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<xmile version="1.0"')).toBe(true);
    const levels = stocks(stdout);
    // One stock per endogenous factor, plus the delayed copy and the rise reference.
    expect(levels.size).toBe(icuNetworkModel.factors.filter((f) => !f.exogenous).length + 2);
    expect(levels.get('trust')).toBe(String(icuNetworkModel.factors.find((f) => f.id === 'trust')?.initial));
    expect(stdout).toContain('<sim_specs method="RK4"');
  });

  it("writes the scenario's initial levels, input changes, levers and flags", async () => {
    const scenario = {
      initial: { trust: 0.55 },
      inputs: { networkObligation: [{ month: 12, value: 0.8 }] },
      interventions: [{ lever: 'startSmall', startMonth: 6, endMonth: 30 }],
    };
    const files = { 's.json': JSON.stringify(scenario) };
    const { code, stdout } = await runCli(['export', '--format', 'xmile', 's.json', '--method', 'euler'], {
      files,
    });
    expect(code).toBe(0);
    expect(stocks(stdout).get('trust')).toBe('0.55');
    expect(stdout).toContain('IF TIME + 0.000000001 &gt;= 12 THEN 0.8 ELSE 0.2');
    expect(stdout).toContain('<aux name="start_small_intensity">');
    expect(stdout).toContain('<sim_specs method="Euler"');
    expect(stdout).toBe(modelToXmile(icuNetworkModel, { ...scenario, method: 'euler' }));
  });

  it.each([
    ['the default scenario', undefined],
    ['region-stalls.json', exampleScenario('region-stalls.json')],
    ['pseudo-rescued-by-starting-small.json', exampleScenario('pseudo-rescued-by-starting-small.json')],
  ])(
    'run on its export gives the trajectories of run on %s (rk4 and euler, within 1e-9)',
    async (_name, file) => {
      for (const method of ['rk4', 'euler']) {
        const scenarioArgs = file === undefined ? [] : [file];
        const exported = await runCli(['export', ...scenarioArgs, '--method', method]);
        expect(exported.code).toBe(0);
        const viaXmile = await runCli(['run', 'icu.xmile'], { files: { 'icu.xmile': exported.stdout } });
        const direct = await runCli(['run', file ?? 'default.json', '--method', method], {
          files: { 'default.json': '{}' },
        });
        expect(viaXmile.code).toBe(0);
        expect(direct.code).toBe(0);
        const [xmileHeader = [], ...xmileRows] = csvRows(viaXmile.stdout);
        const [header = [], ...rows] = csvRows(direct.stdout);
        expect(xmileRows).toHaveLength(rows.length);
        // Every column of `run SCENARIO` (time, the inputs and every factor) is in the export's run.
        for (const [column, id] of header.entries()) {
          const xmileColumn = xmileHeader.indexOf(id === 'time' ? 'time' : xmileName(id));
          expect(xmileColumn, id).toBeGreaterThanOrEqual(0);
          rows.forEach((row, i) => {
            const difference = Math.abs(Number(xmileRows[i]?.[xmileColumn]) - Number(row[column]));
            expect(difference, `${id} at row ${i}`).toBeLessThan(1e-9);
          });
        }
      }
    },
  );

  it('reads the scenario from standard input with -', async () => {
    const { code, stdout } = await runCli(['export', '-'], { stdin: '{"initial": {"trust": 0.7}}' });
    expect(code).toBe(0);
    expect(stocks(stdout).get('trust')).toBe('0.7');
  });

  it('prints every problem of a bad scenario and exits 1 without output', async () => {
    const files = {
      'bad.json': JSON.stringify({ initial: { trust: 2 }, interventions: [{ lever: 'nope' }] }),
    };
    const { code, stdout, stderr } = await runCli(['export', '--format', 'xmile', 'bad.json'], { files });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error: initial.trust:');
    expect(stderr).toContain('error: interventions[0].lever:');
  });

  it('refuses a format other than xmile', async () => {
    const { code, stdout, stderr } = await runCli(['export', '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("--format: unknown value 'json'; use xmile");
  });
});
