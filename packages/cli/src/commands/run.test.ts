import { resultToJson, simulate, type Scenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { csvRows, runCli } from '../test-support/run-cli.js';

const factorIds = icuNetworkModel.factors.map((f) => f.id);
const scenario: Scenario = {
  name: 'test',
  inputs: { externalContext: 0.6, networkObligation: 0.3 },
  initial: { trust: 0.4 },
  interventions: [{ lever: 'startSmall', startMonth: 6 }],
};
const files = { 's.json': JSON.stringify(scenario), 'empty.json': '{}' };

describe('samenspel run --format csv', () => {
  it('prints a header "time" + every factor id in model order, and 241 rows for the defaults', async () => {
    const { code, stdout, stderr } = await runCli(['run', 'empty.json'], { files });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows[0]).toEqual(['time', ...factorIds]);
    expect(factorIds).toHaveLength(13);
    expect(rows[0]).toContain('externalContext');
    expect(rows[0]).not.toContain('networkObligation');
    expect(rows).toHaveLength(242);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows[1]?.[0]).toBe('0');
    expect(rows.at(-1)?.[0]).toBe('60');
  });

  it('prints the simulated values at full precision', async () => {
    const { stdout } = await runCli(['run', 's.json'], { files });
    const result = simulate(icuNetworkModel, scenario);
    const rows = csvRows(stdout).slice(1);
    const r = 100;
    expect(rows[r]).toEqual([
      String(result.time[r]),
      ...factorIds.map((id) => String(result.series[id]?.[r])),
    ]);
    // Round trip: the printed text reads back to the same number.
    expect(Number(rows.at(-1)?.[9])).toBe(result.series[factorIds[8] ?? '']?.at(-1));
  });

  it('reads the scenario from standard input with -', async () => {
    const fromStdin = await runCli(['run', '-'], { stdin: JSON.stringify(scenario) });
    const fromFile = await runCli(['run', 's.json'], { files });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });
});

describe('samenspel run --format json', () => {
  it('prints exactly JSON.stringify(resultToJson(simulate(model, scenario)))', async () => {
    const { code, stdout } = await runCli(['run', 's.json', '--format', 'json'], { files });
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(resultToJson(simulate(icuNetworkModel, scenario)))}\n`);
    const parsed = JSON.parse(stdout);
    expect(parsed.scenario).toBe('test');
    expect(Object.keys(parsed.series)).toEqual([...factorIds, 'networkObligation']);
    expect(parsed.loops.length).toBeGreaterThan(0);
    expect(['reinforcing', 'stalling']).toContain(parsed.summary.mechanisms.network.status);
    expect(typeof parsed.summary.pseudoCollaboration).toBe('boolean');
    expect(typeof parsed.summary.collaborationTakesOff).toBe('boolean');
  });

  it('accepts --format=json', async () => {
    const a = await runCli(['run', 's.json', '--format=json'], { files });
    const b = await runCli(['run', 's.json', '--format', 'json'], { files });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('samenspel run flags override the file', () => {
  const withFields = JSON.stringify({ ...scenario, method: 'rk4', dt: 0.25, horizonMonths: 60 });

  it('--method euler changes the numbers and the reported method', async () => {
    const rk4 = await runCli(['run', 'f.json'], { files: { 'f.json': withFields } });
    const euler = await runCli(['run', 'f.json', '--method', 'euler'], { files: { 'f.json': withFields } });
    expect(euler.code).toBe(0);
    expect(csvRows(euler.stdout)).toHaveLength(242);
    expect(euler.stdout).not.toBe(rk4.stdout);
    const json = await runCli(['run', 'f.json', '--method', 'euler', '--format', 'json'], {
      files: { 'f.json': withFields },
    });
    expect(JSON.parse(json.stdout).method).toBe('euler');
  });

  it('--dt 0.5 gives 121 rows', async () => {
    const { code, stdout } = await runCli(['run', 'f.json', '--dt', '0.5'], {
      files: { 'f.json': withFields },
    });
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows).toHaveLength(122);
    expect(rows[2]?.[0]).toBe('0.5');
  });

  it('--horizon 12 ends the run at month 12', async () => {
    const { code, stdout } = await runCli(['run', 'f.json', '--horizon', '12'], {
      files: { 'f.json': withFields },
    });
    expect(code).toBe(0);
    const rows = csvRows(stdout);
    expect(rows).toHaveLength(1 + 12 / 0.25 + 1);
    expect(rows.at(-1)?.[0]).toBe('12');
  });

  it.each([
    [['--dt', '0'], 'dt', '--dt'],
    [['--dt', '-1'], 'dt', '--dt'],
    [['--dt', 'abc'], 'dt', '--dt'],
    [['--dt', '0.7'], 'dt', '--dt'],
    [['--method', 'foo'], 'method', '--method'],
    [['--horizon', '0'], 'horizonMonths', '--horizon'],
  ])('%j is validated like the file and named in the message', async (flags, field, flag) => {
    const { code, stdout, stderr } = await runCli(['run', 'f.json', ...flags], {
      files: { 'f.json': withFields },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^error: ${field}: .*\\(from ${flag}\\)$`, 'm'));
  });
});

describe('samenspel run with bad input', () => {
  it('reports every problem of an invalid scenario, each with its field, without a stack trace', async () => {
    const bad = {
      initial: { noSuchFactor: 0.3, trust: 1.5 },
      interventions: [{ lever: 'startSmall' }, { lever: 'magicWand' }],
      dt: -1,
      method: 'foo',
    };
    const { code, stdout, stderr } = await runCli(['run', 'bad.json'], {
      files: { 'bad.json': JSON.stringify(bad) },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('error: '))).toBe(true);
    for (const field of ['initial.noSuchFactor', 'initial.trust', 'interventions[1].lever', 'dt', 'method']) {
      expect(stderr).toContain(`error: ${field}: `);
    }
    expect(stderr).toContain("unknown factor id 'noSuchFactor'");
    expect(stderr).toContain("unknown lever id 'magicWand'");
    expect(stderr).toContain('1.5');
    expect(stderr).not.toContain('interventions[0]');
    expect(stderr).not.toContain('    at ');
  });

  it('reports malformed JSON', async () => {
    const { code, stdout, stderr } = await runCli(['run', 'broken.json'], {
      files: { 'broken.json': '{"dt": 0.25,' },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: \(document\): not valid JSON: /);
    expect(stderr).not.toContain('    at ');
  });

  it('reports a scenario that is not an object', async () => {
    const { code, stderr } = await runCli(['run', 'list.json'], { files: { 'list.json': '[1, 2]' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: /);
  });

  it('reports a missing file by name', async () => {
    const { code, stdout, stderr } = await runCli(['run', '/no/such/dir/scenario.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe("error: cannot read '/no/such/dir/scenario.json': no such file\n");
  });

  it('needs a FILE', async () => {
    const { code, stderr } = await runCli(['run']);
    expect(code).toBe(1);
    expect(stderr).toContain("'run' needs FILE");
  });

  it('refuses an unknown --format', async () => {
    const { code, stderr } = await runCli(['run', 's.json', '--format', 'xml'], { files });
    expect(code).toBe(1);
    expect(stderr).toContain("--format: unknown value 'xml'; use csv or json");
  });

  it('refuses an unknown flag', async () => {
    const { code, stderr } = await runCli(['run', 's.json', '--speed', '2'], { files });
    expect(code).toBe(1);
    expect(stderr).toContain("unknown flag --speed for 'run'");
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const { code } = await runCli(['run', 'bom.json'], { files: { 'bom.json': '\uFEFF{}' } });
    expect(code).toBe(0);
  });
});
