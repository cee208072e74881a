import { shardRange } from '@samenspel/core';
import { CliError } from '../errors.js';

/** What {@link orderShards} needs of a shard file. */
export interface ShardOf<S> {
  /** File name (for messages). */
  readonly name: string;
  /** The study or sweep the shard belongs to. */
  readonly spec: S;
  /** Its number i of `--shard i/n`. */
  readonly index: number;
  /** n of `--shard i/n`. */
  readonly count: number;
}

/** How to check a set of shards of one kind. */
export interface ShardSetRules<S, T extends ShardOf<S>> {
  /** "study" or "sweep", for messages. */
  readonly what: string;
  /** The fields of a spec, in the order differences are named. */
  readonly keys: readonly (keyof S & string)[];
  /** Units (runs, rows, quantities) the whole job is split into. */
  readonly units: number;
  /** The block a shard holds, and whether it also fits the whole job otherwise. */
  readonly block: (shard: T) => { readonly from: number; readonly to: number; readonly fits?: boolean };
}

/**
 * The shards of one job in shard order, checked: all of the same spec (the first differing field
 * named), all split into the same n, none twice, each holding exactly the block its number stands
 * for (`shardRange`), and none missing.
 *
 * @throws CliError naming the file, or the missing shards
 */
export function orderShards<S, T extends ShardOf<S>>(shards: readonly T[], rules: ShardSetRules<S, T>): T[] {
  const [first] = shards;
  if (first === undefined) throw new CliError("'merge' needs at least one shard file");
  const { spec, count } = first;
  const byIndex = new Map<number, T>();
  for (const shard of shards) {
    if (JSON.stringify(shard.spec) !== JSON.stringify(spec)) {
      const field =
        rules.keys.find((k) => JSON.stringify(shard.spec[k]) !== JSON.stringify(spec[k])) ?? 'spec';
      throw new CliError(
        `${shard.name}: a shard of a different ${rules.what} than ${first.name} (its ${field} differs)`,
      );
    }
    if (shard.count !== count) {
      throw new CliError(
        `${shard.name}: shard ${shard.index}/${shard.count}, but ${first.name} is one of ${count}`,
      );
    }
    const twin = byIndex.get(shard.index);
    if (twin !== undefined) {
      throw new CliError(`${shard.name}: shard ${shard.index}/${count} is given twice (also ${twin.name})`);
    }
    const want =
      count <= rules.units && shard.index >= 1 && shard.index <= count
        ? shardRange(rules.units, shard.index, count)
        : null;
    const held = rules.block(shard);
    if (want === null || want.from !== held.from || want.to !== held.to || held.fits === false) {
      throw new CliError(
        `${shard.name}: shard ${shard.index}/${count} does not hold the block that number stands for`,
      );
    }
    byIndex.set(shard.index, shard);
  }
  const missing: string[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(`${i}/${count}`);
  if (missing.length > 0)
    throw new CliError(`shard${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}`);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
