import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

describe('samenspel validate', () => {
  it('says ok and exits 0 for a valid scenario', async () => {
    const files = { 'good.json': JSON.stringify({ horizonMonths: 24, inputs: { networkObligation: 0.8 } }) };
    const { code, stdout, stderr } = await runCli(['validate', 'good.json'], { files });
    expect(code).toBe(0);
    expect(stdout).toBe('ok: good.json is a valid scenario\n');
    expect(stderr).toBe('');
  });

  it('prints every problem, one "error: <path>: <message>" line each, and exits 1', async () => {
    const bad = {
      horizonMonths: 24,
      inputs: { networkObligation: 2, unknownInput: 0.5, trust: 0.3 },
      parameters: { memberTurnover: 5, noSuchParameter: 1 },
      interventions: [{ lever: 'startSmall', startMonth: 10, endMonth: 5 }],
      colour: 'blue',
    };
    const { code, stdout, stderr } = await runCli(['validate', 'bad.json'], {
      files: { 'bad.json': JSON.stringify(bad) },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    const paths = lines.map((l) => /^error: ([^:]+): /.exec(l)?.[1]);
    expect(paths.sort()).toEqual(
      [
        'colour',
        'inputs.networkObligation',
        'inputs.trust',
        'inputs.unknownInput',
        'interventions[0].endMonth',
        'parameters.memberTurnover',
        'parameters.noSuchParameter',
      ].sort(),
    );
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { stdin: '{}' });
    expect(code).toBe(0);
    expect(stdout).toBe('ok: (stdin) is a valid scenario\n');
  });

  it('fails on a document that is not a JSON object', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'a.json'], { files: { 'a.json': '[]' } });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: (document): a scenario must be a JSON object ({ ... }), got an array\n');
  });

  it('fails on malformed JSON and on a missing file', async () => {
    const broken = await runCli(['validate', 'x.json'], { files: { 'x.json': 'not json' } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not valid JSON');
    const missing = await runCli(['validate', '/no/such/file.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("'/no/such/file.json': no such file");
  });
});
