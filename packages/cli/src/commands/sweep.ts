import {
  locateThresholdSteps,
  sweep1dSteps,
  sweep1dToCsv,
  sweep2dSteps,
  sweep2dToCsv,
  targetKey,
  tippingLineSteps,
  type Axis,
  type AxisTarget,
  type Outcome,
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
  writeOutput,
} from './long-job.js';

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

function outcomeName(outcome: Outcome): string {
  return outcome.kind === 'final'
    ? `final.${outcome.variable}`
    : outcome.kind === 'pattern'
      ? `pattern.${outcome.pattern}`
      : `mean.${outcome.variables.join('+')}`;
}

/** The JSON fields that 1-D and 2-D sweeps share: the outcome's name, its values and, with a pattern, present. */
function runsJson(result: { readonly values: Float64Array; readonly present?: Uint8Array }, outcome: string) {
  return {
    outcome,
    values: [...result.values],
    ...(result.present === undefined ? {} : { present: [...result.present] }),
  };
}

/** Adds a `tipping` column to sweep CSV: the same value on every row (1-D) or the row's y value's. */
function withTipping(csv: string, tippingOf: (row: number) => number | null): string {
  return csv
    .split('\n')
    .map((line, i) => {
      if (line === '') return line;
      if (i === 0) return `${line},tipping`;
      const t = tippingOf(i - 1);
      return `${line},${t === null ? '' : String(t)}`;
    })
    .join('\n');
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
        default: '0.001',
        description: 'width within which a tipping point is located',
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
  ],
  async execute(args, io) {
    const base = await readScenario(args.positionals[0] ?? '-', io);
    const xText = args.flags.get('x');
    if (xText === undefined)
      throw new CliError("'sweep' needs --x TARGET:FROM:TO:STEPS, e.g. --x initial.*:0:1:21");
    const x = parseAxis('x', xText);
    const yText = args.flags.get('y');
    const y = yText === undefined ? undefined : parseAxis('y', yText);
    const outcome = parseOutcome(args.flags.get('outcome') ?? 'final:collectiveIntelligence');
    const pattern = chosenPattern(args);
    const tolerance = numberFlag(args, 'tolerance', 0.001);
    const lo = Math.min(x.from, x.to);
    const hi = Math.max(x.from, x.to);
    const job = startLongJob('sweep', args, io);
    const options = pattern === undefined ? {} : { pattern };
    const names = {
      x: targetKey(x.target),
      ...(y === undefined ? {} : { y: targetKey(y.target) }),
      outcome: outcomeName(outcome),
    };
    // The tipping point is searched along x from its lower to its upper end, when there is a pattern.
    const along = { target: x.target, from: lo, to: hi };
    const locate = pattern !== undefined && lo !== hi;
    const json = flagValue(args, 'format', formatFlag) === 'json';
    let text: string;
    try {
      if (y === undefined) {
        const result = await runStepsAsync(sweep1dSteps(icuNetworkModel, base, x, outcome, options), job);
        const tipping = locate
          ? await runStepsAsync(
              locateThresholdSteps(icuNetworkModel, base, along, pattern, { tolerance }),
              job,
            )
          : undefined;
        text = json
          ? `${JSON.stringify({
              x: { target: names.x, values: [...result.xValues] },
              ...runsJson(result, names.outcome),
              ...(tipping === undefined ? {} : { tipping: { pattern, along: names.x, threshold: tipping } }),
            })}\n`
          : tipping === undefined
            ? sweep1dToCsv(result, names)
            : withTipping(sweep1dToCsv(result, names), () => tipping);
      } else {
        const result = await runStepsAsync(sweep2dSteps(icuNetworkModel, base, x, y, outcome, options), job);
        const line = locate
          ? await runStepsAsync(
              tippingLineSteps(icuNetworkModel, base, along, y, pattern, { tolerance }),
              job,
            )
          : undefined;
        const nx = result.xValues.length;
        text = json
          ? `${JSON.stringify({
              x: { target: names.x, values: [...result.xValues] },
              y: { target: names.y, values: [...result.yValues] },
              ...runsJson(result, names.outcome),
              ...(line === undefined
                ? {}
                : {
                    tipping: { pattern, along: names.x, y: [...line.yValues], thresholds: line.thresholds },
                  }),
            })}\n`
          : line === undefined
            ? sweep2dToCsv(result, names)
            : withTipping(
                sweep2dToCsv(result, names),
                (row) => line.thresholds[Math.floor(row / nx)] ?? null,
              );
      }
    } catch (e) {
      // An axis value can make the scenario invalid; interruptedOr turns bad options into a CliError.
      if (e instanceof Error && e.name === 'InvalidScenarioError') throw new CliError(e.message);
      return interruptedOr(e, io);
    } finally {
      job.end();
    }
    await writeOutput(args, io, text);
    return 0;
  },
};
