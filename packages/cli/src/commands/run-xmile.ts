import {
  firstNonFinite,
  parseXmile,
  runSettings,
  simulateStockFlow,
  StockFlowError,
  XmileError,
  type SimulateStockFlowOptions,
  type StockFlowModel,
} from '@samenspel/core';
import { CliError } from '../errors.js';
import { toCsv } from '../format/csv.js';

/** File name endings that `run` reads as XMILE. */
export const XMILE_EXTENSIONS = ['.xmile', '.stmx', '.xml'] as const;

/**
 * True when `run` should read the input as an XMILE model: the file name ends in `.xmile`, `.stmx`
 * or `.xml` (any case), or the text's root element is `<xmile` (after an XML declaration, comments
 * and a byte-order mark), which also covers standard input.
 */
export function isXmileInput(file: string, text: string): boolean {
  const lower = file.toLowerCase();
  if (XMILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[\s\S]*?\?>/, '')
    .replace(/^(\s*<!--[\s\S]*?-->)*/, '')
    .trimStart();
  return /^<xmile[\s>/]/.test(body);
}

/** The `run` flags as typed, for an XMILE run. */
export interface XmileRunFlags {
  /** `--format`: `csv` or `json`. */
  readonly format: string;
  /** `--method`, if given. */
  readonly method?: string | undefined;
  /** `--dt`, if given. */
  readonly dt?: string | undefined;
  /** `--horizon`, if given: the run's length from the model's start. */
  readonly horizon?: string | undefined;
}

function numberFlag(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${flag}: "${text}" is not a number`);
  return n;
}

/** The run options from the flags, checked against the model's own settings. */
function optionsFrom(model: StockFlowModel, flags: XmileRunFlags): SimulateStockFlowOptions {
  const options: { -readonly [K in keyof SimulateStockFlowOptions]: SimulateStockFlowOptions[K] } = {};
  if (flags.method !== undefined) {
    if (flags.method !== 'euler' && flags.method !== 'rk4') {
      throw new CliError(`--method: unknown method "${flags.method}"; use "rk4" or "euler"`);
    }
    options.method = flags.method;
  }
  if (flags.dt !== undefined) options.dt = numberFlag('dt', flags.dt);
  if (flags.horizon !== undefined) options.stop = model.simSpecs.start + numberFlag('horizon', flags.horizon);
  try {
    runSettings(model, options);
  } catch (e) {
    if (e instanceof StockFlowError) {
      const flag =
        e.element === 'simSpecs.dt'
          ? ' (from --dt)'
          : e.element === 'simSpecs.stop'
            ? ' (from --horizon)'
            : '';
      throw new CliError(`${e.message}${flag}`);
    }
    throw e;
  }
  return options;
}

/** What `run` prints for an XMILE model: the table (stdout) and warnings (stderr). */
export interface XmileRunOutput {
  /** The CSV or JSON text. */
  readonly output: string;
  /** Warnings about the run, one line each without the `warning: ` prefix. */
  readonly warnings: readonly string[];
}

/**
 * Runs an XMILE model with its own time settings and method (or the flags' overrides) and returns
 * what `run` prints: CSV with a `time` column and one column per stock, flow and auxiliary named
 * as in the file, or JSON `{ model, method, start, stop, dt, saveStep, time, names, series }`.
 * An import problem becomes a {@link CliError} `<element>: <reason>`. A run that leaves the numbers
 * (NaN or infinite, e.g. a delay time of 0) still prints, with a warning naming the variable and time.
 */
export function runXmile(text: string, flags: XmileRunFlags): XmileRunOutput {
  let model: StockFlowModel;
  try {
    model = parseXmile(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof XmileError) throw new CliError(e.message);
    throw e;
  }
  const options = optionsFrom(model, flags);
  const settings = runSettings(model, options);
  let result;
  try {
    result = simulateStockFlow(model, options);
  } catch (e) {
    if (e instanceof StockFlowError) throw new CliError(e.message);
    throw e;
  }
  const bad = firstNonFinite(result);
  const warnings =
    bad === null
      ? []
      : [
          `${bad.name} is ${String(bad.value)} from time ${bad.time} on (a division by zero? for example a delay or smoothing time of 0)`,
        ];
  if (flags.format === 'json') {
    const series: Record<string, number[]> = {};
    for (const name of result.names) series[name] = [...(result.series[name] ?? [])];
    const json = `${JSON.stringify({
      model: model.name ?? null,
      method: settings.method,
      start: settings.start,
      stop: settings.stop,
      dt: settings.dt,
      saveStep: settings.saveEvery * settings.dt,
      time: [...result.time],
      names: result.names,
      series,
    })}\n`;
    return { output: json, warnings };
  }
  const csv = toCsv([
    { name: 'time', values: result.time },
    ...result.names.map((name) => ({
      name,
      values: result.series[name] ?? new Float64Array(result.time.length),
    })),
  ]);
  return { output: csv, warnings };
}
