import {
  monteCarloPartSteps,
  shardRange,
  spreadAround,
  summariseMonteCarlo,
  uncertaintyProblems,
  type MonteCarloOptions,
  type MonteCarloPart,
  type MonteCarloResult,
  type Scenario,
  type UncertaintySpec,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec, ParsedArgs } from '../args.js';
import { CliError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import type { CliIo } from '../io.js';
import { flagValue } from '../options.js';
import { DEFAULT_PATTERN, chosenPattern } from '../pattern-option.js';
import { readInput } from '../read-input.js';
import type { Command } from './command.js';
import {
  asCliError,
  boundedFlag,
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
} from './long-job.js';

/** `--format csv|json` of `montecarlo` and `merge`. */
export const bandsFormatFlag: FlagSpec = {
  value: 'csv|json',
  choices: ['csv', 'json'],
  default: 'csv',
  description: 'csv: factor,month,p5,p25,p50,p75,p95 per factor and month; json: bands, share and settings',
};

/** The `format` field of a shard file. */
export const SHARD_FORMAT = 'samenspel-montecarlo-shard';

/** A Monte Carlo part as a JSON file: typed arrays as base64 of their bytes (little-endian on x64/arm64). */
type ShardFile = Omit<MonteCarloPart, 'months' | 'samples' | 'present'> & {
  readonly format: typeof SHARD_FORMAT;
  readonly version: 1;
  readonly shard: string;
  readonly months: readonly number[];
  readonly samples: string;
  readonly present: string;
};

const base64 = (view: ArrayBufferView): string =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');

/** A part as the text of a shard file. */
export function shardToJson(part: MonteCarloPart, shard: string): string {
  const file: ShardFile = {
    format: SHARD_FORMAT,
    version: 1,
    shard,
    study: part.study,
    runs: part.runs,
    seed: part.seed,
    from: part.from,
    to: part.to,
    pattern: part.pattern,
    variables: part.variables,
    months: [...part.months],
    samples: base64(part.samples),
    present: base64(part.present),
  };
  return `${JSON.stringify(file)}\n`;
}

/**
 * Reads a shard file back into a part.
 *
 * @throws CliError naming the file when it is not a shard file of this version or its arrays do not fit
 */
export function shardFromJson(text: string, name: string): MonteCarloPart {
  let data: Partial<ShardFile>;
  try {
    data = JSON.parse(text) as Partial<ShardFile>;
  } catch (e) {
    throw new CliError(`${name}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof data !== 'object' || (data as unknown) === null || data.format !== SHARD_FORMAT) {
    throw new CliError(`${name}: not a shard file (its "format" must be "${SHARD_FORMAT}")`);
  }
  if (data.version !== 1) throw new CliError(`${name}: unsupported shard version ${String(data.version)}`);
  const { study, runs, seed, from, to, pattern, variables, months, samples, present } = data;
  if (
    typeof study !== 'string' ||
    typeof runs !== 'number' ||
    typeof seed !== 'number' ||
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Array.isArray(variables) ||
    !Array.isArray(months) ||
    typeof samples !== 'string' ||
    typeof present !== 'string'
  ) {
    throw new CliError(`${name}: a field of the shard is missing or of the wrong type`);
  }
  const bytes = Buffer.from(samples, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const sampleArray = new Float32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
  const flags = Uint8Array.from(Buffer.from(present, 'base64'));
  if (sampleArray.length !== (to - from) * variables.length * months.length || flags.length !== to - from) {
    throw new CliError(`${name}: the samples do not fit runs ${from}–${to - 1}; is the file cut short?`);
  }
  return {
    study,
    runs,
    seed,
    from,
    to,
    pattern: pattern ?? null,
    variables,
    months: Float64Array.from(months),
    samples: sampleArray,
    present: flags,
  };
}

/** A Monte Carlo result as CSV (one row per factor and month) or JSON. */
export function formatBands(result: MonteCarloResult, format: string): string {
  if (format === 'json') {
    return `${JSON.stringify({
      runs: result.runs,
      seed: result.seed,
      pattern: result.pattern,
      present: result.present,
      share: result.pattern === null ? null : result.share,
      months: [...result.months],
      bands: result.bands.map((b) => ({
        factor: b.variable,
        p5: [...b.p5],
        p25: [...b.p25],
        p50: [...b.p50],
        p75: [...b.p75],
        p95: [...b.p95],
      })),
    })}\n`;
  }
  const factor: string[] = [];
  const month: number[] = [];
  const cols = {
    p5: [] as number[],
    p25: [] as number[],
    p50: [] as number[],
    p75: [] as number[],
    p95: [] as number[],
  };
  for (const band of result.bands) {
    result.months.forEach((m, k) => {
      factor.push(band.variable);
      month.push(m);
      for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) cols[key].push(band[key][k] as number);
    });
  }
  const csv = toCsv([
    { name: 'month', values: month },
    ...(['p5', 'p25', 'p50', 'p75', 'p95'] as const).map((key) => ({ name: key, values: cols[key] })),
  ]);
  // The factor column is text: prepend it line by line.
  const lines = csv.split('\n');
  return lines
    .map((line, i) => (i === 0 ? `factor,${line}` : line === '' ? '' : `${factor[i - 1] ?? ''},${line}`))
    .join('\n');
}

/** The line on standard error that reports the share of runs showing the pattern. */
export function shareLine(result: MonteCarloResult): string {
  if (result.pattern === null) return '';
  const percent = (100 * result.share).toFixed(1);
  return `${result.pattern}: ${result.present} of ${result.runs} runs (${percent} %)\n`;
}

/** Reads `--spec` and the spread flags into one uncertainty spec; refuses an empty or invalid one. */
async function buildSpec(args: ParsedArgs, io: CliIo, base: Scenario): Promise<UncertaintySpec> {
  const spread = spreadAround(
    icuNetworkModel,
    base,
    boundedFlag(args, 'vary-initial', 0, 0, 1),
    boundedFlag(args, 'vary-parameters', 0, 0, Number.POSITIVE_INFINITY),
  );
  let fromFile: UncertaintySpec = {};
  const specFile = args.flags.get('spec');
  if (specFile !== undefined) {
    try {
      fromFile = JSON.parse(await readInput(specFile, io)) as UncertaintySpec;
    } catch (e) {
      throw e instanceof CliError
        ? e
        : new CliError(`--spec ${specFile}: not JSON (${(e as Error).message})`);
    }
  }
  const spec: UncertaintySpec = {
    ...fromFile,
    parameters: { ...spread.parameters, ...fromFile.parameters },
    initial: { ...spread.initial, ...fromFile.initial },
    inputs: { ...fromFile.inputs },
  };
  const problems = uncertaintyProblems(icuNetworkModel, spec);
  if (problems.length > 0) {
    throw new CliError(`the uncertainty spec has problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const count = ['parameters', 'initial', 'inputs'].reduce(
    (n, key) => n + Object.keys(spec[key as keyof UncertaintySpec] ?? {}).length,
    0,
  );
  if (count === 0) {
    throw new CliError('nothing is uncertain: give --spec FILE, --vary-initial X or --vary-parameters F');
  }
  return spec;
}

/** Parses `--shard i/n`. */
function parseShard(
  text: string | undefined,
  runs: number,
): { label: string; from: number; to: number } | null {
  if (text === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (match === null) throw new CliError(`--shard: '${text}' is not of the form i/n, e.g. 2/4`);
  try {
    return { label: text, ...shardRange(runs, Number(match[1]), Number(match[2])) };
  } catch (e) {
    throw new CliError(`--shard: ${(e as Error).message}`);
  }
}

/** `samenspel montecarlo FILE`: percentile bands and the share of runs that take off. */
export const montecarloCommand: Command = {
  name: 'montecarlo',
  summary: 'Monte Carlo runs around a scenario: percentile bands per factor and the share that takes off',
  details: [
    'Runs the scenario FILE many times, each run with its uncertain values drawn from the distributions',
    'of --spec (a JSON file: {"parameters": {...}, "initial": {...}, "inputs": {...}}, each id mapped',
    'to {"kind": "uniform", "min", "max"}, {"kind": "triangular", "min", "mode", "max"} or',
    '{"kind": "normal", "mean", "sd", "min", "max"}) and/or spread by --vary-initial and',
    '--vary-parameters. Run i draws from a random stream derived from (seed, i) alone, so the result',
    'is the same for any --workers and for shards merged with "samenspel merge".',
    'csv: a row per factor and month with the 5th, 25th, 50th, 75th and 95th percentile; the share of',
    'runs showing the pattern goes to standard error. json: everything in one object.',
    "With --shard i/n only that shard's runs are computed and a shard file is written instead.",
    'Ctrl-C stops the runs; nothing is written then (exit code 130).',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILE', description: 'a scenario JSON file, or - to read standard input' }],
    flags: {
      runs: { value: 'N', default: '1000', description: 'number of runs' },
      seed: { value: 'S', default: '1', description: 'seed of the random streams (a whole number)' },
      spec: {
        value: 'FILE',
        description: 'uncertainty spec: distributions of parameters, initial levels, inputs',
      },
      'vary-initial': {
        value: 'X',
        default: '0',
        description: "spread every factor's initial level uniformly by ± X (clipped to [0, 1])",
      },
      'vary-parameters': {
        value: 'F',
        default: '0',
        description: 'spread every global parameter uniformly by ± F × its value (clipped to its range)',
      },
      pattern: {
        value: 'ID|none',
        default: DEFAULT_PATTERN,
        description: 'pattern whose share of runs is reported; none for no share',
      },
      factors: { value: 'ID,ID,…', default: 'every factor', description: 'factors to report bands for' },
      every: { value: 'MONTHS', default: '1', description: 'months between the reported points' },
      workers: {
        value: 'N',
        default: 'one per core: the main thread and cores − 1 threads',
        description: 'worker threads; 0 runs everything on the main thread',
      },
      shard: {
        value: 'i/n',
        description: 'compute only shard i of n (contiguous runs) and write a shard file',
      },
      format: bandsFormatFlag,
      out: outFlag,
      progress: progressFlag,
    },
  },
  examples: [
    'montecarlo examples/scenarios/region-stalls.json --vary-initial 0.1 --runs 2000',
    'montecarlo region.json --spec uncertainty.json --runs 10000 --seed 7 --format json',
    'montecarlo region.json --spec uncertainty.json --runs 10000 --shard 1/4 --out part1.json',
  ],
  async execute(args, io) {
    const base = await readScenario(args.positionals[0] ?? '-', io);
    const runs = numberFlag(args, 'runs', 1000, true);
    const seed = numberFlag(args, 'seed', 1, true);
    const spec = await buildSpec(args, io, base);
    const factors = args.flags
      .get('factors')
      ?.split(',')
      .map((f) => f.trim());
    const options: MonteCarloOptions = {
      runs,
      seed,
      spec,
      pattern: chosenPattern(args),
      variables: factors,
      saveEvery: numberFlag(args, 'every', 1),
    };
    if (runs < 1) throw new CliError(`--runs must be at least 1, got ${runs}`);
    const shard = parseShard(args.flags.get('shard'), runs);
    const from = shard?.from ?? 0;
    const to = shard?.to ?? runs;
    const workers = workersFlag(args);
    const job = startLongJob('montecarlo', args, io);
    let part: MonteCarloPart;
    try {
      if (workers === 0) {
        part = await runStepsAsync(monteCarloPartSteps(icuNetworkModel, base, options, from, to), job);
      } else {
        part = await withNodePool(workers, (pool) =>
          pool.monteCarlo(
            { model: icuNetworkModel, base, options, from, to },
            { onProgress: job.onProgress, signal: job.signal },
          ),
        );
      }
    } catch (e) {
      return interruptedOr(e, io);
    } finally {
      job.end();
    }
    if (shard !== null) {
      await writeOutput(args, io, shardToJson(part, shard.label));
      io.stderr(`shard ${shard.label}: runs ${from}–${to - 1} of ${runs}\n`);
      return 0;
    }
    let result: MonteCarloResult;
    try {
      result = summariseMonteCarlo(part);
    } catch (e) {
      throw asCliError(e);
    }
    await writeOutput(args, io, formatBands(result, flagValue(args, 'format', bandsFormatFlag)));
    io.stderr(shareLine(result));
    return 0;
  },
};
