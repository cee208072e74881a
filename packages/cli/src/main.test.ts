import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from './commands/registry.js';
import { runCli } from './test-support/run-cli.js';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('samenspel (dispatch)', () => {
  it('--help lists every command and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of ['run', 'validate', 'loops', 'model', 'levers', 'parameters', 'help']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it("help COMMAND and COMMAND --help print that command's usage, flags and defaults", async () => {
    for (const command of commands) {
      const viaHelp = await runCli(['help', command.name]);
      const viaFlag = await runCli([command.name, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
      expect(viaHelp.stdout).toContain(`Usage: samenspel ${command.name}`);
      for (const flag of Object.keys(command.args.flags)) expect(viaHelp.stdout).toContain(`--${flag} `);
    }
    const run = await runCli(['help', 'run']);
    expect(run.stdout).toContain(
      'Usage: samenspel run FILE [--format csv|json] [--method rk4|euler] [--dt X] [--horizon MONTHS]',
    );
    expect(run.stdout).toContain('(default: csv)');
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('an unknown command exits 1 and lists the commands', async () => {
    const { code, stdout, stderr } = await runCli(['simulate', 'x.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // Commands added later (calibrate, dominance, …) come after the first six, before help.
    expect(stderr).toMatch(
      /^error: unknown command 'simulate'; commands are run, validate, loops, model, levers, parameters(, [a-z-]+)*, help$/m,
    );
  });

  it('help for an unknown command exits 1', async () => {
    const { code, stderr } = await runCli(['help', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toContain("unknown command 'nope'");
  });

  it('an unknown flag exits 1 and names the flag, before or after the command', async () => {
    const before = await runCli(['--verbose', 'loops']);
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('unknown flag --verbose');
    const after = await runCli(['loops', '--colour', 'red']);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain("unknown flag --colour for 'loops'; its flags are --format");
  });

  it('no command at all prints the usage to stderr and exits 1', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: samenspel COMMAND');
    expect(stderr).toContain('error: missing command');
  });

  it('a flag that needs a value but has none exits 1', async () => {
    const { code, stderr } = await runCli(['loops', '--format']);
    expect(code).toBe(1);
    expect(stderr).toContain('flag --format needs a value');
  });

  it('an extra argument exits 1', async () => {
    const { code, stderr } = await runCli(['loops', 'extra']);
    expect(code).toBe(1);
    expect(stderr).toContain("unexpected argument 'extra' for 'loops'");
  });
});
