import { mergeMonteCarloParts, summariseMonteCarlo } from '@samenspel/core';
import { CliError } from '../errors.js';
import { flagValue } from '../options.js';
import { readInput } from '../read-input.js';
import type { Command } from './command.js';
import { outFlag, writeOutput } from './long-job.js';
import { bandsFormatFlag, formatBands, shardFromJson, shareLine } from './montecarlo.js';
import { formatSensitivity } from './sensitivity.js';
import { isSensitivityShard, mergeSensitivityShards, sensitivityShardFromJson } from './sensitivity-shard.js';
import { formatSweep } from './sweep-output.js';
import { isSweepShard, mergeSweepShards, sweepShardFromJson } from './sweep-shard.js';

/** The parsed JSON of a file, or undefined when it is not JSON (the Monte Carlo reader then says so). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `samenspel merge FILE…`: joins the shard files of a Monte Carlo study or a sweep into its result. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge Monte Carlo, sweep or sensitivity shard files into the result an unsharded run prints',
  details: [
    'FILES are the shard files written by "samenspel montecarlo", "sweep" or "sensitivity" with',
    '--shard i/n, in any order (the kind is told by the files\' "format"). They must come from the',
    'same study or sweep (same scenario and options) and together hold every shard once; otherwise the',
    'message names the file and what differs, or the runs or shards that are missing or doubled.',
    'Prints what the command prints without --shard: the same numbers, to the last digit.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILES…', description: 'shard files (at least one)', variadic: true }],
    flags: {
      format: {
        ...bandsFormatFlag,
        value: 'csv|json|text',
        choices: ['csv', 'json', 'text'],
        description:
          'csv or json (text too for sensitivity), as the command that wrote the shards prints them',
      },
      out: outFlag,
    },
  },
  examples: [
    'merge part1.json part2.json part3.json part4.json',
    'merge part*.json --format json --out bands.json',
  ],
  async execute(args, io) {
    const files = args.positionals;
    const texts: { file: string; text: string }[] = [];
    for (const file of files) texts.push({ file, text: await readInput(file, io) });
    const format = flagValue(args, 'format', bandsFormatFlag);
    const first = texts[0] === undefined ? undefined : parsed(texts[0].text);
    if (isSensitivityShard(first)) {
      const shards = texts.map(({ file, text }) => sensitivityShardFromJson(parsed(text), file));
      const { spec, result } = mergeSensitivityShards(shards);
      const { out, err } = formatSensitivity(result, spec.top, format);
      await writeOutput(args, io, out);
      io.stderr(err);
      return 0;
    }
    if (format === 'text')
      throw new CliError('--format text is only for sensitivity shards; use csv or json');
    if (isSweepShard(first)) {
      const shards = texts.map(({ file, text }) => sweepShardFromJson(parsed(text), file));
      const { spec, numbers } = mergeSweepShards(shards);
      await writeOutput(args, io, formatSweep(spec, numbers, format === 'json' ? 'json' : 'csv'));
      return 0;
    }
    const parts = texts.map(({ file, text }) => shardFromJson(text, file));
    let result;
    try {
      result = summariseMonteCarlo(mergeMonteCarloParts(parts));
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message : String(e));
    }
    await writeOutput(args, io, formatBands(result, format));
    io.stderr(shareLine(result));
    return 0;
  },
};
