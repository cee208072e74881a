import { mergeMonteCarloParts, summariseMonteCarlo } from '@samenspel/core';
import { CliError } from '../errors.js';
import { flagValue } from '../options.js';
import { readInput } from '../read-input.js';
import type { Command } from './command.js';
import { outFlag, writeOutput } from './long-job.js';
import { bandsFormatFlag, formatBands, shardFromJson, shareLine } from './montecarlo.js';

/** `samenspel merge FILE…`: joins the shard files of a Monte Carlo study into its result. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge Monte Carlo shard files into the result an unsharded run prints',
  details: [
    'FILES are the shard files written by "samenspel montecarlo --shard i/n", in any order. They must',
    'come from the same study (same scenario, spec, runs, seed, pattern, factors and --every) and',
    'together cover every run once; otherwise the message says which runs are missing or doubled.',
    'Prints what "samenspel montecarlo" prints without --shard: the same numbers, to the last digit.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILES…', description: 'shard files (at least one)', variadic: true }],
    flags: { format: bandsFormatFlag, out: outFlag },
  },
  examples: [
    'merge part1.json part2.json part3.json part4.json',
    'merge part*.json --format json --out bands.json',
  ],
  async execute(args, io) {
    const files = args.positionals;
    const parts = [];
    for (const file of files) parts.push(shardFromJson(await readInput(file, io), file));
    let result;
    try {
      result = summariseMonteCarlo(mergeMonteCarloParts(parts));
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message : String(e));
    }
    await writeOutput(args, io, formatBands(result, flagValue(args, 'format', bandsFormatFlag)));
    io.stderr(shareLine(result));
    return 0;
  },
};
