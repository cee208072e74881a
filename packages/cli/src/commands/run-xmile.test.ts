import { parseXmile, simulateStockFlow } from '@samenspel/core';
import { describe, expect, it } from 'vitest';
import { csvRows, runCli } from '../test-support/run-cli.js';
import { isXmileInput } from './run-xmile.js';

const teacup = `<?xml version="1.0" encoding="UTF-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><name>Teacup</name></header>
  <sim_specs method="Euler"><start>0</start><stop>30</stop><dt>0.125</dt><save_step>1</save_step></sim_specs>
  <model><variables>
    <stock name="Teacup Temperature"><eqn>180</eqn><outflow>"Heat Loss to Room"</outflow></stock>
    <flow name="Heat Loss to Room"><eqn>("Teacup Temperature" - "Room Temperature") / Characteristic_Time</eqn></flow>
    <aux name="Room Temperature"><eqn>70</eqn></aux>
    <aux name="Characteristic Time"><eqn>10</eqn></aux>
    <aux name="Odd, name"><eqn>1</eqn></aux>
  </variables></model>
</xmile>`;
const files = { 'teacup.xmile': teacup, 'teacup.txt': teacup, 'teacup.stmx': teacup };
const names = [
  'Teacup Temperature',
  'Heat Loss to Room',
  'Room Temperature',
  'Characteristic Time',
  'Odd, name',
];

describe('samenspel run MODEL.xmile', () => {
  it('prints time and one column per stock, flow and aux named as in the file, a row per save step', async () => {
    const { code, stdout, stderr } = await runCli(['run', 'teacup.xmile'], { files });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'time,Teacup Temperature,Heat Loss to Room,Room Temperature,Characteristic Time,"Odd, name"',
    );
    expect(lines).toHaveLength(32);
    expect(lines[1]).toBe('0,180,11,70,10,1');
  });

  it('prints the values of simulateStockFlow at full precision', async () => {
    const { stdout } = await runCli(['run', 'teacup.xmile'], { files });
    const result = simulateStockFlow(parseXmile(teacup));
    const row = stdout.trimEnd().split('\n')[11]?.split(',');
    expect(row?.[0]).toBe('10');
    expect(Number(row?.[1])).toBe(result.series['Teacup Temperature']?.[10]);
  });

  it('--format json gives the settings, names and series', async () => {
    const { code, stdout } = await runCli(['run', 'teacup.xmile', '--format', 'json'], { files });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      model: 'Teacup',
      method: 'euler',
      start: 0,
      stop: 30,
      dt: 0.125,
      saveStep: 1,
      names,
    });
    expect(json.time).toHaveLength(31);
    expect(json.series['Teacup Temperature'][0]).toBe(180);
  });

  it('recognises .stmx by its extension and any file or standard input by its <xmile> root', async () => {
    const fromXmile = await runCli(['run', 'teacup.xmile'], { files });
    expect((await runCli(['run', 'teacup.stmx'], { files })).stdout).toBe(fromXmile.stdout);
    expect((await runCli(['run', 'teacup.txt'], { files })).stdout).toBe(fromXmile.stdout);
    expect((await runCli(['run', '-'], { stdin: teacup })).stdout).toBe(fromXmile.stdout);
  });

  it('--method, --dt and --horizon override the file', async () => {
    const { stdout } = await runCli(
      ['run', 'teacup.xmile', '--method', 'rk4', '--dt', '0.5', '--horizon', '4'],
      {
        files,
      },
    );
    const rows = csvRows(stdout.replace('"Odd, name"', 'Odd name'));
    expect(rows.map((r) => r[0])).toEqual(['time', '0', '1', '2', '3', '4']);
    const rk4 = simulateStockFlow(parseXmile(teacup), { method: 'rk4', dt: 0.5, stop: 4 });
    expect(Number(rows[5]?.[1])).toBe(rk4.series['Teacup Temperature']?.[4]);
  });

  it('reports a bad override naming the flag', async () => {
    const dt = await runCli(['run', 'teacup.xmile', '--dt', '0'], { files });
    expect(dt.code).toBe(1);
    expect(dt.stderr).toBe('error: simSpecs.dt: must be greater than 0, got 0 (from --dt)\n');
    const method = await runCli(['run', 'teacup.xmile', '--method', 'heun'], { files });
    expect(method.stderr).toBe('error: --method: unknown method "heun"; use "rk4" or "euler"\n');
    const horizon = await runCli(['run', 'teacup.xmile', '--horizon', 'long'], { files });
    expect(horizon.stderr).toBe('error: --horizon: "long" is not a number\n');
  });

  it('reports an unsupported feature naming the variable, with exit code 1', async () => {
    const arrayed = teacup.replace(
      '<aux name="Room Temperature"><eqn>70</eqn>',
      '<aux name="Room Temperature"><eqn>x[1]</eqn>',
    );
    const { code, stdout, stderr } = await runCli(['run', 'm.xmile'], { files: { 'm.xmile': arrayed } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: Room Temperature: subscripts ("[...]") are arrays\n');
    const malformed = await runCli(['run', 'm.xmile'], { files: { 'm.xmile': '<xmile><model>' } });
    expect(malformed.stderr).toMatch(/^error: xml: malformed XML at line 1/);
  });

  it('still prints a run that leaves the numbers, with a warning naming the variable and time', async () => {
    const zeroTime = teacup.replace(
      '<aux name="Room Temperature"><eqn>70</eqn>',
      '<aux name="Room Temperature"><eqn>70 / (TIME - 3)</eqn>',
    );
    const { code, stdout, stderr } = await runCli(['run', 'm.xmile'], { files: { 'm.xmile': zeroTime } });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^time,/);
    expect(stderr).toMatch(/^warning: Heat Loss to Room is -Infinity from time 3 on \(a division by zero\?/);
  });
});

describe('isXmileInput', () => {
  it('goes by extension, else by the root element after a declaration and comments', () => {
    expect(isXmileInput('model.XMILE', '')).toBe(true);
    expect(isXmileInput('model.xml', '')).toBe(true);
    expect(isXmileInput('x.json', '\uFEFF<?xml version="1.0"?>\n<!-- c --><xmile version="1.0">')).toBe(true);
    expect(isXmileInput('-', '{ "dt": 0.5 }')).toBe(false);
    expect(isXmileInput('-', '<xmilex/>')).toBe(false);
  });
});
