import { axisValues, shardRange } from '@samenspel/core';
import { CliError } from '../errors.js';
import type { SweepNumbers, SweepSpec } from './sweep-output.js';
import { orderShards } from './shard-set.js';

/** The `format` field of a sweep shard file. */
export const SWEEP_SHARD_FORMAT = 'samenspel-sweep-shard';

/**
 * A block of a sweep as a JSON file. A sweep is split over its y values (rows of a map) or, in 1-D,
 * over its x values; `from`/`to` are that block of rows or values (see core's `shardRange`).
 */
interface SweepShardFile {
  readonly format: typeof SWEEP_SHARD_FORMAT;
  readonly version: 1;
  /** `i/n`. */
  readonly shard: string;
  readonly spec: SweepSpec;
  readonly from: number;
  readonly to: number;
  /** Outcomes of the block's runs, x fastest; null stands for NaN. */
  readonly values: readonly (number | null)[];
  readonly present?: readonly number[];
  /** 1-D, shard 1 only: the tipping point along x. */
  readonly threshold?: number | null;
  /** 2-D: the tipping points of the block's rows. */
  readonly thresholds?: readonly (number | null)[];
}

/** A parsed sweep shard: its place and its numbers. */
export interface SweepShard {
  /** The file it came from, for messages. */
  readonly name: string;
  /** Shard number, 1-based. */
  readonly index: number;
  /** Number of shards. */
  readonly count: number;
  readonly spec: SweepSpec;
  /** The block of rows (2-D) or x values (1-D). */
  readonly from: number;
  readonly to: number;
  readonly numbers: SweepNumbers;
}

/** How many units (y values of a map, x values of a 1-D sweep) a sweep is split over. */
export function shardUnits(spec: SweepSpec): number {
  return spec.y === null ? spec.x.steps : spec.y.steps;
}

/** Parses `--shard i/n` for a sweep of `units` rows or values. */
export function parseSweepShard(
  text: string,
  spec: SweepSpec,
): { index: number; count: number; from: number; to: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (match === null) throw new CliError(`--shard: '${text}' is not of the form i/n, e.g. 2/4`);
  const [index, count] = [Number(match[1]), Number(match[2])];
  const units = shardUnits(spec);
  const what = spec.y === null ? 'x values' : 'y values (rows)';
  if (!(index >= 1 && index <= count && count <= units)) {
    throw new CliError(
      `--shard: ${text} needs 1 ≤ i ≤ n ≤ ${units}, the number of ${what} split into shards`,
    );
  }
  return { index, count, ...shardRange(units, index, count) };
}

/** The block's runs: cells [from, to) of the whole sweep, x fastest. */
export function shardCells(spec: SweepSpec, from: number, to: number): { from: number; to: number } {
  const width = spec.y === null ? 1 : spec.x.steps;
  return { from: from * width, to: to * width };
}

/** A computed shard as the text of a shard file. */
export function sweepShardToJson(shard: Omit<SweepShard, 'name'>): string {
  const { numbers } = shard;
  const file: SweepShardFile = {
    format: SWEEP_SHARD_FORMAT,
    version: 1,
    shard: `${shard.index}/${shard.count}`,
    spec: shard.spec,
    from: shard.from,
    to: shard.to,
    values: [...numbers.values].map((v) => (Number.isNaN(v) ? null : v)),
    ...(numbers.present === undefined ? {} : { present: [...numbers.present] }),
    ...(numbers.threshold === undefined ? {} : { threshold: numbers.threshold }),
    ...(numbers.thresholds === undefined ? {} : { thresholds: numbers.thresholds }),
  };
  return `${JSON.stringify(file)}\n`;
}

/** Whether a parsed JSON value is a sweep shard file (by its `format`). */
export function isSweepShard(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SWEEP_SHARD_FORMAT
  );
}

/**
 * Reads a sweep shard file.
 *
 * @throws CliError naming the file when it is not a sweep shard of this version or its numbers do not fit
 */
export function sweepShardFromJson(data: unknown, name: string): SweepShard {
  if (!isSweepShard(data)) {
    throw new CliError(`${name}: not a sweep shard file (its "format" must be "${SWEEP_SHARD_FORMAT}")`);
  }
  const file = data as Partial<SweepShardFile>;
  if (file.version !== 1)
    throw new CliError(`${name}: unsupported sweep shard version ${String(file.version)}`);
  const match = /^(\d+)\/(\d+)$/.exec(String(file.shard));
  const { spec, from, to, values } = file;
  if (
    match === null ||
    typeof spec !== 'object' ||
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Array.isArray(values)
  ) {
    throw new CliError(`${name}: a field of the sweep shard is missing or of the wrong type`);
  }
  const [index, count] = [Number(match[1]), Number(match[2])];
  const cells = shardCells(spec, from, to);
  const size = cells.to - cells.from;
  const fits =
    values.length === size &&
    (file.present === undefined || file.present.length === size) &&
    (file.thresholds === undefined || file.thresholds.length === to - from);
  if (!fits)
    throw new CliError(`${name}: its numbers do not fit shard ${index}/${count}; is the file cut short?`);
  return {
    name,
    index,
    count,
    spec,
    from,
    to,
    numbers: {
      values: Float64Array.from(values, (v: number | null): number => v ?? Number.NaN),
      ...(file.present === undefined ? {} : { present: Uint8Array.from(file.present) }),
      ...(file.threshold === undefined ? {} : { threshold: file.threshold }),
      ...(file.thresholds === undefined ? {} : { thresholds: file.thresholds }),
    },
  };
}

/** The first field of the spec in which two sweeps differ, for a message. */
/**
 * Joins the shards of one sweep into the numbers of the whole sweep.
 *
 * @throws CliError naming the file when shards come from different sweeps, a shard is given twice
 * or does not have the block its number says; naming the missing shards when some are not given
 */
export function mergeSweepShards(shards: readonly SweepShard[]): { spec: SweepSpec; numbers: SweepNumbers } {
  const units = shards[0] === undefined ? 0 : shardUnits(shards[0].spec);
  const ordered = orderShards(shards, {
    what: 'sweep',
    keys: ['scenario', 'x', 'y', 'outcome', 'pattern', 'tolerance'],
    units,
    block: (shard) => shard,
  });
  const { spec } = ordered[0] as SweepShard;
  const total = axisValues(spec.x).length * (spec.y === null ? 1 : axisValues(spec.y).length);
  const values = new Float64Array(total);
  const present = spec.pattern === null ? undefined : new Uint8Array(total);
  const thresholds: (number | null)[] = [];
  let threshold: number | null | undefined;
  for (const shard of ordered) {
    const at = shardCells(spec, shard.from, shard.to).from;
    values.set(shard.numbers.values, at);
    if (present !== undefined && shard.numbers.present !== undefined) present.set(shard.numbers.present, at);
    if (shard.numbers.thresholds !== undefined) thresholds.push(...shard.numbers.thresholds);
    if (shard.numbers.threshold !== undefined) threshold = shard.numbers.threshold;
  }
  const numbers: SweepNumbers = {
    values,
    ...(present === undefined ? {} : { present }),
    ...(spec.y === null
      ? threshold === undefined
        ? {}
        : { threshold }
      : thresholds.length === units
        ? { thresholds }
        : {}),
  };
  return { spec, numbers };
}
