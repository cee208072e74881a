import { SCENARIO_DEFAULTS, type Model, type Scenario } from '@samenspel/core';

/** Longest file name stem produced by {@link fileStem}. */
export const MAX_STEM = 60;

/**
 * A safe file name stem from a user-given name: accents dropped, lower case, every run of other
 * characters than a–z and 0–9 turned into one `-`, at most {@link MAX_STEM} characters (cut between words where possible), and
 * `fallback` when nothing is left (so `../<b>x` gives `b-x`, and `***` gives the fallback).
 */
export function fileStem(name: string | undefined, fallback = 'scenario'): string {
  const stem = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem === '' ? fallback : shorten(stem);
}

/** Cuts a stem to {@link MAX_STEM} characters, at a word boundary when there is one in its second half. */
function shorten(stem: string): string {
  if (stem.length <= MAX_STEM) return stem;
  const cut = stem.lastIndexOf('-', MAX_STEM);
  return cut > MAX_STEM / 2 ? stem.slice(0, cut) : stem.slice(0, MAX_STEM);
}

/** A file name: the stem of `name`, an optional suffix (`-diagram`) and the extension. */
export function fileName(name: string | undefined, extension: string, suffix = ''): string {
  return `${fileStem(name)}${suffix}.${extension}`;
}

/**
 * The scenario as the CLI reads it: pretty-printed JSON with `name` first (the default name when it
 * has none), ending with a newline.
 */
export function scenarioFileText(scenario: Scenario): string {
  const named: Scenario = { name: scenario.name ?? SCENARIO_DEFAULTS.name, ...scenario };
  return `${JSON.stringify(named, null, 2)}\n`;
}

/** The part of a run the CSV needs (a `SimulationResultJson` or a `SimulationResult`). */
export interface RunSeries {
  /** Saved times (months). */
  readonly time: ArrayLike<number>;
  /** Per factor and input id: its value at each saved time. */
  readonly series: Readonly<Record<string, ArrayLike<number>>>;
}

/** Quotes a cell when it holds a comma, a double quote or a line break (RFC 4180). */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV of a run, exactly as `samenspel run FILE` prints it: a `time` column, then one column per
 * factor of the model in model order (exogenous factors included, inputs that are not factors left
 * out), one row per saved time, numbers at full precision, lines ending with `\n`.
 */
export function runCsv(model: Model, run: RunSeries): string {
  const columns = [
    { name: 'time', values: run.time },
    ...model.factors.map((f) => {
      const values = run.series[f.id];
      if (values === undefined) throw new Error(`the run has no series for factor '${f.id}'`);
      return { name: f.id, values };
    }),
  ];
  const rows = run.time.length;
  const uneven = columns.find((c) => c.values.length !== rows);
  if (uneven !== undefined)
    throw new Error(
      `column '${uneven.name}' has ${String(uneven.values.length)} values, expected ${String(rows)}`,
    );
  const lines = [columns.map((c) => cell(c.name)).join(',')];
  for (let r = 0; r < rows; r++) lines.push(columns.map((c) => String(c.values[r])).join(','));
  return `${lines.join('\n')}\n`;
}
