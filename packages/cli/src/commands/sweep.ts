import {
  locateThresholdSteps,
  sweepCellsSteps,
  tippingRowsSteps,
  type Axis,
  type AxisTarget,
  type Outcome,
  type SweepCells,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { CliError } from '../errors.js';
import { flagValue } from '../options.js';
import { DEFAULT_PATTERN, chosenPattern } from '../pattern-option.js';
import type { Command } from './command.js';
import {
  interruptedOr,
  numberFlag,
  outFlag,
  progressFlag,
  readScenario,
  runStepsAsync,
  startLongJob,
  withNodePool,
  workersFlag,
  writeOutput,
  type LongJob,
} from './long-job.js';
import {
  formatSweep,
  defaultTolerance,
  locatesTipping,
  tippingAlong,
  type SweepNumbers,
  type SweepSpec,
} from './sweep-output.js';
import { parseSweepShard, shardCells, shardUnits, sweepShardToJson } from './sweep-shard.js';
const formatFlag: FlagSpec = {
  value: 'csv|json',
  choices: ['csv', 'json'],
  default: 'csv',
  description: 'csv: a row per run (x[,y],outcome[,present,tipping]); json: values, axes and tipping points',
};

/**
 * Parses an axis `TARGET:FROM:TO:STEPS`, TARGET being `initial.ID`, `initial.*` (every factor),
 * `inputs.ID` or `parameters.ID`.
 *
 * @throws CliError naming the flag and what is wrong
 */
export function parseAxis(flag: string, text: string): Axis {
  const parts = text.split(':');
  if (parts.length !== 4)
    throw new CliError(`--${flag}: '${text}' is not TARGET:FROM:TO:STEPS, e.g. initial.*:0:1:21`);
  const [target = '', fromText = '', toText = '', stepsText = ''] = parts;
  const dot = target.indexOf('.');
  const group = dot < 0 ? target : target.slice(0, dot);
  const id = dot < 0 ? '' : target.slice(dot + 1);
  let axisTarget: AxisTarget;
  if (group === 'initial' && id === '*') axisTarget = { kind: 'uniformInitial' };
  else if (group === 'initial' && id !== '') axisTarget = { kind: 'initial', factor: id };
  else if (group === 'inputs' && id !== '') axisTarget = { kind: 'input', input: id };
  else if (group === 'parameters' && id !== '') axisTarget = { kind: 'parameter', id };
  else
    throw new CliError(
      `--${flag}: unknown target '${target}'; use initial.ID, initial.*, inputs.ID or parameters.ID`,
    );
  const [from, to, steps] = [fromText, toText, stepsText].map(Number) as [number, number, number];
  if (![fromText, toText].every((t) => t.trim() !== '') || !Number.isFinite(from) || !Number.isFinite(to)) {
    throw new CliError(`--${flag}: FROM and TO must be numbers, got '${fromText}' and '${toText}'`);
  }
  if (!Number.isInteger(steps) || steps < 1)
    throw new CliError(`--${flag}: STEPS must be a whole number ≥ 1, got '${stepsText}'`);
  return { target: axisTarget, from, to, steps };
}

/** Parses `--outcome final:ID | pattern:ID | mean:ID,ID,…`. */
export function parseOutcome(text: string): Outcome {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  if (colon > 0 && rest !== '') {
    if (kind === 'final') return { kind: 'final', variable: rest };
    if (kind === 'pattern') return { kind: 'pattern', pattern: rest };
    if (kind === 'mean') return { kind: 'meanFinal', variables: rest.split(',') };
  }
  throw new CliError(`--outcome: '${text}' is not final:ID, pattern:ID or mean:ID,ID,…`);
}

/** `samenspel sweep FILE --x AXIS [--y AXIS]`: outcome maps and tipping points, as CSV or JSON. */
export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'sweep one or two quantities: map an outcome and locate the tipping point (csv or json)',
  details: [
    'Runs the scenario FILE once per value of --x (and of --y: a grid), each axis written',
    "TARGET:FROM:TO:STEPS with TARGET one of initial.ID (a factor's initial level), initial.* (every",
    'factor\'s), inputs.ID (an input held constant) or parameters.ID (an id of "samenspel parameters").',
    'The outcome per run is --outcome. With a pattern (default collaborationTakesOff) each run also',
    'records whether it shows it (present 1/0), and the tipping point along x is located by',
    'bisection to --tolerance: the least x at which the pattern shows (per y value on a grid), empty',
    "when it does not show even at x's upper end. Axis values out of range are reported per field.",
    "With --shard i/n only that shard's runs (a block of y values, or of x values without --y) are",
    'computed and a shard file is written; "samenspel merge" joins the shards into this output.',
    'The runs of the grid are spread over --workers threads; tipping points are located afterwards',
    'on the main thread. The output is the same for any --workers and for merged shards.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILE', description: 'a scenario JSON file, or - to read standard input' }],
    flags: {
      x: { value: 'TARGET:FROM:TO:STEPS', description: 'the first axis (required), e.g. initial.*:0:1:21' },
      y: { value: 'TARGET:FROM:TO:STEPS', description: 'a second axis, for a map' },
      outcome: {
        value: 'final:ID|pattern:ID|mean:ID,…',
        default: 'final:collectiveIntelligence',
        description: 'what to record per run: a level at the end, a pattern (1/0), a mean of levels',
      },
      pattern: {
        value: 'ID|none',
        default: DEFAULT_PATTERN,
        description: 'pattern whose tipping point to locate',
      },
      tolerance: {
        value: 'X',
        default: '0.001, or a tenth of the x step if smaller',
        description: 'width within which a tipping point is located',
      },
      shard: {
        value: 'i/n',
        description:
          'compute only shard i of n (contiguous y values, or x values in 1-D) and write a shard file',
      },
      workers: {
        value: 'N',
        default: 'one per core: the main thread and cores − 1 threads',
        description: 'worker threads for the runs of the grid; 0 runs everything on the main thread',
      },
      format: formatFlag,
      out: outFlag,
      progress: progressFlag,
    },
  },
  examples: [
    'sweep examples/scenarios/region-stalls.json --x initial.*:0:1:21',
    'sweep region.json --x initial.*:0:1:21 --y inputs.externalContext:0:1:11 --format json',
    'sweep region.json --x parameters.memberTurnover:0:0.1:11 --outcome final:trust --pattern none',
    'sweep region.json --x initial.*:0:1:21 --y inputs.externalContext:0:1:11 --shard 2/4 --out part2.json',
  ],
  async execute(args, io) {
    const scenario = await readScenario(args.positionals[0] ?? '-', io);
    const xText = args.flags.get('x');
    if (xText === undefined)
      throw new CliError("'sweep' needs --x TARGET:FROM:TO:STEPS, e.g. --x initial.*:0:1:21");
    const yText = args.flags.get('y');
    const x = parseAxis('x', xText);
    const spec: SweepSpec = {
      scenario,
      x,
      y: yText === undefined ? null : parseAxis('y', yText),
      outcome: parseOutcome(args.flags.get('outcome') ?? 'final:collectiveIntelligence'),
      pattern: chosenPattern(args) ?? null,
      tolerance: numberFlag(args, 'tolerance', defaultTolerance(x)),
    };
    const format = flagValue(args, 'format', formatFlag) === 'json' ? 'json' : 'csv';
    const shardText = args.flags.get('shard');
    const shard =
      shardText === undefined
        ? { index: 1, count: 1, from: 0, to: shardUnits(spec) }
        : parseSweepShard(shardText, spec);
    const workers = workersFlag(args);
    const job = startLongJob('sweep', args, io);
    let numbers: SweepNumbers;
    try {
      numbers = await computeShard(spec, shard, job, workers);
    } catch (e) {
      // An axis value can make the scenario invalid; interruptedOr turns bad options into a CliError.
      if (e instanceof Error && e.name === 'InvalidScenarioError') throw new CliError(e.message);
      return interruptedOr(e, io);
    } finally {
      job.end();
    }
    if (shardText !== undefined) {
      await writeOutput(args, io, sweepShardToJson({ ...shard, spec, numbers }));
      const what = spec.y === null ? 'x values' : 'y values';
      io.stderr(`shard ${shardText}: ${what} ${shard.from}–${shard.to - 1} of ${shardUnits(spec)}\n`);
      return 0;
    }
    await writeOutput(args, io, formatSweep(spec, numbers, format));
    return 0;
  },
};

/**
 * The numbers of one block of a sweep (the whole sweep when it is the only shard): the runs of its
 * rows (2-D) or x values (1-D) and, with a pattern, the tipping points of its rows (2-D) or, for
 * shard 1 of a 1-D sweep, the tipping point.
 */
async function computeShard(
  spec: SweepSpec,
  shard: { index: number; from: number; to: number },
  job: LongJob,
  workers: number,
): Promise<SweepNumbers> {
  const { scenario, x, y, outcome, pattern, tolerance } = spec;
  const options = pattern === null ? {} : { pattern };
  const cells = shardCells(spec, shard.from, shard.to);
  const axes: [Axis] | [Axis, Axis] = y === null ? [x] : [x, y];
  let runs: SweepCells;
  if (workers === 0) {
    runs = await runStepsAsync(
      sweepCellsSteps(icuNetworkModel, scenario, axes, outcome, options, cells.from, cells.to),
      job,
    );
  } else {
    runs = await withNodePool(workers, (pool) =>
      pool.sweep(
        { model: icuNetworkModel, base: scenario, axes, outcome, options, from: cells.from, to: cells.to },
        { onProgress: job.onProgress, signal: job.signal },
      ),
    );
  }
  const part = { values: runs.values, ...(runs.present === undefined ? {} : { present: runs.present }) };
  if (pattern === null || !locatesTipping(spec)) return part;
  const along = tippingAlong(spec);
  job.stage('sweep, tipping points');
  if (y === null) {
    if (shard.index !== 1) return part;
    const threshold = await runStepsAsync(
      locateThresholdSteps(icuNetworkModel, scenario, along, pattern, { tolerance }),
      job,
    );
    return { ...part, threshold };
  }
  const thresholds = await runStepsAsync(
    tippingRowsSteps(icuNetworkModel, scenario, along, y, pattern, { tolerance }, shard.from, shard.to),
    job,
  );
  return { ...part, thresholds };
}
