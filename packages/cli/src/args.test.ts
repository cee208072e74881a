import { describe, expect, it } from 'vitest';
import { parseArgs, type ArgsSpec } from './args.js';
import { CliError } from './errors.js';

const spec: ArgsSpec = {
  positionals: [{ name: 'FILE', description: 'a file' }],
  flags: {
    format: { value: 'csv|json', choices: ['csv', 'json'], description: 'format' },
    dt: { value: 'X', description: 'step' },
  },
};

describe('parseArgs', () => {
  it('reads flags with a separate or an attached value, and positionals anywhere', () => {
    const a = parseArgs('run', spec, ['--format', 'json', 'x.json', '--dt=0.5']);
    expect(a.positionals).toEqual(['x.json']);
    expect(Object.fromEntries(a.flags)).toEqual({ format: 'json', dt: '0.5' });
    expect(a.help).toBe(false);
  });

  it('takes the next argument as the value even when it starts with a dash', () => {
    expect(parseArgs('run', spec, ['x', '--dt', '-1']).flags.get('dt')).toBe('-1');
  });

  it('treats - as a positional and everything after -- as positionals', () => {
    expect(parseArgs('run', spec, ['-']).positionals).toEqual(['-']);
    expect(parseArgs('run', spec, ['--', '--format']).positionals).toEqual(['--format']);
  });

  it('lets the last of a repeated flag win', () => {
    expect(parseArgs('run', spec, ['x', '--dt', '1', '--dt', '2']).flags.get('dt')).toBe('2');
  });

  it('accepts --help without the required positionals', () => {
    expect(parseArgs('run', spec, ['--help']).help).toBe(true);
    expect(parseArgs('run', spec, ['-h']).help).toBe(true);
  });

  it.each([
    [['x', '--nope'], "unknown flag --nope for 'run'; its flags are --format, --dt"],
    [['x', '-q'], "unknown flag -q for 'run'"],
    [['x', '--dt'], 'flag --dt needs a value (--dt X)'],
    [['x', '--format', 'xml'], "--format: unknown value 'xml'; use csv or json"],
    [[], "'run' needs FILE: a file"],
    [['x', 'y'], "unexpected argument 'y' for 'run'"],
  ])('%j fails with a message naming the problem', (argv, message) => {
    expect(() => parseArgs('run', spec, argv)).toThrow(CliError);
    expect(() => parseArgs('run', spec, argv)).toThrow(message);
  });
});
