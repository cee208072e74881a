import type { Region } from '@samenspel/assessment';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { closeForNewerVersion, lazyConnection } from '../idb-connection.js';

/** Name of the browser database of regions (separate from the saved scenarios' `samenspel`). */
export const REGIONS_DB_NAME = 'samenspel-regions';
/** Version of the database layout. */
export const REGIONS_DB_VERSION = 1;

/** Starting values taken from a round and applied to the explorer's scenario, with their spread. */
export interface AppliedStartingValues {
  /** Round the values come from. */
  readonly roundId: string;
  /** Level per factor (0–1), as applied. */
  readonly initial: Readonly<Record<string, number>>;
  /** Standard deviation per factor (0–1): how far respondents were apart. */
  readonly spread: Readonly<Record<string, number>>;
  /** Respondents per factor behind each value. */
  readonly answered: Readonly<Record<string, number>>;
  /** When they were applied (ms since the epoch). */
  readonly appliedAt: number;
}

/** One region as this browser stores it: the region itself plus what only this browser knows. */
export interface StoredRegion {
  /** The region's id (the key). */
  readonly id: string;
  /** The region: rounds, plans, scenarios (the part that export and import carry). */
  readonly region: Region;
  /** The starting values last taken from one of its rounds (null before any). */
  readonly startingValues: AppliedStartingValues | null;
  /** Last change (ms since the epoch). */
  readonly updatedAt: number;
}

interface RegionsDb extends DBSchema {
  regions: { key: string; value: StoredRegion };
  settings: { key: string; value: string };
}

/** Key in the settings store of the selected region's id. */
const SELECTED = 'selectedRegion';

/** Regions of this browser: list, get, put (insert or overwrite), delete, and which one is selected. */
export interface RegionRepository {
  /** Every stored region. */
  list(): Promise<StoredRegion[]>;
  /** The region with `id`, or undefined. */
  get(id: string): Promise<StoredRegion | undefined>;
  /** Stores a region (replacing one with its id). */
  put(record: StoredRegion): Promise<void>;
  /** Deletes the region with `id` (nothing when there is none). */
  delete(id: string): Promise<void>;
  /** Id of the selected region, or undefined. */
  selected(): Promise<string | undefined>;
  /** Remembers the selected region (undefined forgets it). */
  select(id: string | undefined): Promise<void>;
}

/** Opens (and on first use creates) the regions database. */
export function openRegionsDb(): Promise<IDBPDatabase<RegionsDb>> {
  return openDB<RegionsDb>(REGIONS_DB_NAME, REGIONS_DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('regions')) db.createObjectStore('regions', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
    },
    blocking: closeForNewerVersion,
  });
}

/** The repository on IndexedDB (database {@link REGIONS_DB_NAME}). */
export function createRegionRepository(
  open: () => Promise<IDBPDatabase<RegionsDb>> = openRegionsDb,
): RegionRepository {
  const connect = lazyConnection(open);
  return {
    async list() {
      return (await connect()).getAll('regions');
    },
    async get(id) {
      return (await connect()).get('regions', id);
    },
    async put(record) {
      // Svelte state and immer drafts are not structured-cloneable as they are: store plain data.
      await (await connect()).put('regions', JSON.parse(JSON.stringify(record)) as StoredRegion);
    },
    async delete(id) {
      await (await connect()).delete('regions', id);
    },
    async selected() {
      return (await connect()).get('settings', SELECTED);
    },
    async select(id) {
      const conn = await connect();
      if (id === undefined) await conn.delete('settings', SELECTED);
      else await conn.put('settings', id, SELECTED);
    },
  };
}

/** A repository in memory (tests, and a fallback when the browser offers no IndexedDB). */
export function createMemoryRegionRepository(): RegionRepository {
  const regions = new Map<string, StoredRegion>();
  let selected: string | undefined;
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  return {
    list: () => Promise.resolve([...regions.values()].map(copy)),
    get: (id) => Promise.resolve(regions.has(id) ? copy(regions.get(id)) : undefined),
    put: (record) => {
      regions.set(record.id, copy(record));
      return Promise.resolve();
    },
    delete: (id) => {
      regions.delete(id);
      return Promise.resolve();
    },
    selected: () => Promise.resolve(selected),
    select: (id) => {
      selected = id;
      return Promise.resolve();
    },
  };
}
