import {
  runToEnd,
  sensitivityPartSteps,
  shardRange,
  sortSensitivity,
  type SensitivityResult,
  type SensitivitySpan,
} from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import type { FlagSpec } from '../args.js';
import { CliError } from '../errors.js';
import { toCsv } from '../format/csv.js';
import { flagValue } from '../options.js';
import type { Command } from './command.js';
import {
  interruptedOr,
  numberFlag,
  outFlag,
  progressFlag,
  readScenario,
  runStepsAsync,
  startLongJob,
  writeOutput,
} from './long-job.js';
import { parseSensitivityShard, sensitivityShardToJson, type SensitivitySpec } from './sensitivity-shard.js';

/** `--format csv|json|text` of `sensitivity`. */
export const sensitivityFormatFlag: FlagSpec = {
  value: 'csv|json|text',
  choices: ['csv', 'json', 'text'],
  default: 'csv',
  description:
    'csv: a row per value varied, largest swing first; json: the same with the baseline; text: a tornado chart',
};

/** The rows of a result as CSV: kind,id,base,low,high,outcome_low,outcome_high,swing. */
function toCsvText(result: SensitivityResult): string {
  const rows = result.rows;
  const csv = toCsv([
    { name: 'base', values: rows.map((r) => r.base) },
    { name: 'low', values: rows.map((r) => r.low) },
    { name: 'high', values: rows.map((r) => r.high) },
    { name: 'outcome_low', values: rows.map((r) => r.outcomeLow) },
    { name: 'outcome_high', values: rows.map((r) => r.outcomeHigh) },
    { name: 'swing', values: rows.map((r) => r.swing) },
  ]);
  return csv
    .split('\n')
    .map((line, i) => {
      if (line === '') return line;
      const row = rows[i - 1];
      return i === 0 ? `kind,id,${line}` : `${row?.kind ?? ''},${row?.id ?? ''},${line}`;
    })
    .join('\n');
}

/** A tornado chart in text: one bar per row from the lower to the higher outcome, around the baseline. */
function toTornado(result: SensitivityResult): string {
  const width = 40;
  const lo = Math.min(result.baseline, ...result.rows.map((r) => Math.min(r.outcomeLow, r.outcomeHigh)));
  const hi = Math.max(result.baseline, ...result.rows.map((r) => Math.max(r.outcomeLow, r.outcomeHigh)));
  const span = hi - lo || 1;
  const col = (v: number) => Math.round(((v - lo) / span) * width);
  const label = (r: SensitivityResult['rows'][number]) => `${r.kind === 'initial' ? 'initial ' : ''}${r.id}`;
  const labelWidth = Math.max(...result.rows.map((r) => label(r).length), 8);
  const lines = [`${result.outcome} at month ${result.month}: baseline ${result.baseline.toFixed(4)}`, ''];
  for (const r of result.rows) {
    const a = col(Math.min(r.outcomeLow, r.outcomeHigh));
    const b = col(Math.max(r.outcomeLow, r.outcomeHigh));
    // The baseline marker is drawn over the bar too, so every line shows where the baseline is.
    const bar = Array.from({ length: width + 1 }, (_, k) =>
      k === col(result.baseline) ? '│' : k >= a && k <= b ? '█' : ' ',
    ).join('');
    lines.push(
      `${label(r).padEnd(labelWidth)} ${bar} ${r.outcomeLow.toFixed(3)} → ${r.outcomeHigh.toFixed(3)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * What `sensitivity` prints: the rows (only the `top` largest swings when given) as csv, json or a
 * text tornado, and for csv the baseline line for standard error.
 */
export function formatSensitivity(
  result: SensitivityResult,
  top: number | null,
  format: string,
): { out: string; err: string } {
  const shown = { ...result, rows: result.rows.slice(0, top ?? undefined) };
  if (format === 'json') return { out: `${JSON.stringify(shown)}\n`, err: '' };
  if (format === 'text') return { out: toTornado(shown), err: '' };
  return {
    out: toCsvText(shown),
    err: `${result.outcome} at month ${result.month}: baseline ${result.baseline}\n`,
  };
}

/** Which ids a list flag names: all, none, or a comma-separated list. */
function idList(text: string | undefined, all: () => string[]): string[] {
  if (text === undefined || text === 'all') return all();
  if (text === 'none') return [];
  return text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** `samenspel sensitivity FILE`: a one-at-a-time tornado of every parameter and initial level. */
export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: "one-at-a-time sensitivity: each parameter's and initial level's effect on a factor at a month",
  details: [
    'Moves each parameter and each initial level of the scenario FILE down and up on its own, runs',
    'both, and reports the level of --outcome at --month, largest swing first (a tornado).',
    'By default a parameter goes to its value × (1 ∓ 0.1) and an initial level to its value ∓ 0.1',
    '(levels are already fractions, so that step is absolute), clipped to the allowed range; --fraction',
    'changes the 0.1, --range uses the whole allowed range (parameters: their min and max as listed by',
    '"samenspel parameters"; initial levels: 0 and 1). csv and json also carry the baseline (json) or',
    "print it on standard error (csv). With --shard i/n only that shard's quantities (parameters, then",
    'initial levels, in a contiguous block) are run and a shard file is written; "samenspel merge"',
    'joins the shards into this output.',
  ].join('\n'),
  args: {
    positionals: [{ name: 'FILE', description: 'a scenario JSON file, or - to read standard input' }],
    flags: {
      outcome: {
        value: 'ID',
        default: 'collectiveIntelligence',
        description: 'the factor whose level is measured',
      },
      month: {
        value: 'M',
        default: "the scenario's horizon",
        description: 'the month at which it is measured',
      },
      fraction: { value: 'F', default: '0.1', description: 'how far each value moves (see above)' },
      range: { value: '', switch: true, description: 'move each value over its whole allowed range instead' },
      parameters: {
        value: 'all|global|none|ID,…',
        default: 'all',
        description: 'parameters to vary: all, the global ones, none, or a list',
      },
      initial: { value: 'all|none|ID,…', default: 'all', description: 'factors whose initial level to vary' },
      top: { value: 'N', default: 'all', description: 'report only the N largest swings' },
      shard: {
        value: 'i/n',
        description: 'compute only shard i of n (contiguous quantities varied) and write a shard file',
      },
      format: sensitivityFormatFlag,
      out: outFlag,
      progress: progressFlag,
    },
  },
  examples: [
    'sensitivity examples/scenarios/region-stalls.json --outcome trust --month 36 --format text',
    'sensitivity region.json --parameters global --range --format json',
  ],
  async execute(args, io) {
    const base = await readScenario(args.positionals[0] ?? '-', io);
    const outcome = args.flags.get('outcome') ?? 'collectiveIntelligence';
    const month = numberFlag(args, 'month', base.horizonMonths ?? 60);
    const span: SensitivitySpan = args.flags.has('range')
      ? { kind: 'range' }
      : { kind: 'fraction', fraction: numberFlag(args, 'fraction', 0.1) };
    const parameterFlag = args.flags.get('parameters');
    const parameters =
      parameterFlag === 'global'
        ? icuNetworkModel.parameters.map((p) => p.id)
        : parameterFlag === undefined || parameterFlag === 'all'
          ? undefined
          : idList(parameterFlag, () => []);
    const initial =
      args.flags.get('initial') === undefined
        ? undefined
        : idList(args.flags.get('initial'), () =>
            icuNetworkModel.factors.filter((f) => !f.exogenous).map((f) => f.id),
          );
    const top = numberFlag(args, 'top', Number.POSITIVE_INFINITY, args.flags.has('top'));
    if (top < 1) throw new CliError(`--top must be at least 1, got ${top}`);
    const options = { outcome, month, parameters, initial, span };
    const spec: SensitivitySpec = {
      scenario: base,
      outcome,
      month,
      span,
      parameters: parameters ?? null,
      initial: initial ?? null,
      top: Number.isFinite(top) ? top : null,
    };
    const shardText = args.flags.get('shard');
    let block: { index: number; count: number; from: number; to: number } | undefined;
    if (shardText !== undefined) {
      let total: number;
      try {
        // Checks the options and counts the quantities (one run: the baseline).
        total = runToEnd(sensitivityPartSteps(icuNetworkModel, base, options, 0, 0)).total;
      } catch (e) {
        return interruptedOr(e, io);
      }
      const { index, count } = parseSensitivityShard(shardText, total);
      block = { index, count, ...shardRange(total, index, count) };
    }
    const job = startLongJob('sensitivity', args, io);
    let part;
    try {
      const steps = sensitivityPartSteps(icuNetworkModel, base, options, block?.from, block?.to);
      // The generator checks its options on the first step; interruptedOr turns a bad one into a CliError.
      part = await runStepsAsync(steps, job);
    } catch (e) {
      return interruptedOr(e, io);
    } finally {
      job.end();
    }
    if (block !== undefined) {
      await writeOutput(args, io, sensitivityShardToJson({ ...block, spec, part }));
      io.stderr(
        `shard ${block.index}/${block.count}: quantities ${block.from}–${block.to - 1} of ${part.total}\n`,
      );
      return 0;
    }
    const { out, err } = formatSensitivity(
      sortSensitivity(part),
      spec.top,
      flagValue(args, 'format', sensitivityFormatFlag),
    );
    await writeOutput(args, io, out);
    io.stderr(err);
    return 0;
  },
};
