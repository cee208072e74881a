import { sortSensitivity, type SensitivityPart, type SensitivityResult } from '@samenspel/core';
import { CliError } from '../errors.js';
import { orderShards } from './shard-set.js';

/** The `format` field of a sensitivity shard file. */
export const SENSITIVITY_SHARD_FORMAT = 'samenspel-sensitivity-shard';

/** Everything that defines a sensitivity study's output: the scenario and the options. */
export interface SensitivitySpec {
  readonly scenario: unknown;
  readonly outcome: string;
  readonly month: number;
  readonly span: unknown;
  readonly parameters: readonly string[] | null;
  readonly initial: readonly string[] | null;
  /** `--top`, null for all rows. */
  readonly top: number | null;
}

/** A sensitivity shard file: the spec, the shard's block of quantities and its (unsorted) rows. */
interface SensitivityShardFile {
  readonly format: typeof SENSITIVITY_SHARD_FORMAT;
  readonly version: 1;
  readonly shard: string;
  readonly spec: SensitivitySpec;
  readonly part: SensitivityPart;
}

/** A parsed sensitivity shard. */
export interface SensitivityShard {
  /** The file it came from, for messages. */
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly spec: SensitivitySpec;
  readonly part: SensitivityPart;
}

/** Parses `--shard i/n` for a study of `total` quantities. */
export function parseSensitivityShard(text: string, total: number): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (match === null) throw new CliError(`--shard: '${text}' is not of the form i/n, e.g. 2/4`);
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (!(index >= 1 && index <= count && count <= total)) {
    throw new CliError(`--shard: ${text} needs 1 ≤ i ≤ n ≤ ${total}, the number of quantities varied`);
  }
  return { index, count };
}

/** A computed shard as the text of a shard file. */
export function sensitivityShardToJson(shard: Omit<SensitivityShard, 'name'>): string {
  const file: SensitivityShardFile = {
    format: SENSITIVITY_SHARD_FORMAT,
    version: 1,
    shard: `${shard.index}/${shard.count}`,
    spec: shard.spec,
    part: shard.part,
  };
  return `${JSON.stringify(file)}\n`;
}

/** Whether a parsed JSON value is a sensitivity shard file (by its `format`). */
export function isSensitivityShard(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === SENSITIVITY_SHARD_FORMAT
  );
}

/**
 * Reads a sensitivity shard file.
 *
 * @throws CliError naming the file when it is not a sensitivity shard of this version or is incomplete
 */
export function sensitivityShardFromJson(data: unknown, name: string): SensitivityShard {
  if (!isSensitivityShard(data)) {
    throw new CliError(
      `${name}: not a sensitivity shard file (its "format" must be "${SENSITIVITY_SHARD_FORMAT}")`,
    );
  }
  const file = data as Partial<SensitivityShardFile>;
  if (file.version !== 1)
    throw new CliError(`${name}: unsupported sensitivity shard version ${String(file.version)}`);
  const match = /^(\d+)\/(\d+)$/.exec(String(file.shard));
  const { spec, part } = file;
  if (match === null || typeof spec !== 'object' || typeof part !== 'object' || !Array.isArray(part.rows)) {
    throw new CliError(`${name}: a field of the sensitivity shard is missing or of the wrong type`);
  }
  if (part.rows.length !== part.to - part.from) {
    throw new CliError(`${name}: its rows do not fit shard ${String(file.shard)}; is the file cut short?`);
  }
  return { name, index: Number(match[1]), count: Number(match[2]), spec, part };
}

/**
 * Joins the shards of one sensitivity study into its result, sorted as an unsharded run sorts it.
 *
 * @throws CliError naming the file when shards come from different studies, a shard is given twice
 * or does not hold the block its number says; naming the missing shards when some are not given
 */
export function mergeSensitivityShards(shards: readonly SensitivityShard[]): {
  spec: SensitivitySpec;
  result: SensitivityResult;
} {
  const ordered = orderShards(shards, {
    what: 'study',
    keys: ['scenario', 'outcome', 'month', 'span', 'parameters', 'initial', 'top'],
    units: shards[0]?.part.total ?? 0,
    block: (shard) => ({
      from: shard.part.from,
      to: shard.part.to,
      fits: shard.part.total === shards[0]?.part.total,
    }),
  });
  const first = ordered[0] as SensitivityShard;
  const { spec } = first;
  const rows = ordered.flatMap((s) => s.part.rows);
  const { outcome, month, baseline } = first.part;
  return { spec, result: sortSensitivity({ outcome, month, baseline, rows }) };
}
