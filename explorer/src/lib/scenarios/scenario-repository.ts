import type { Scenario } from '@samenspel/core';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { closeForNewerVersion, lazyConnection } from '../idb-connection.js';

/** Name of the browser database. */
export const DB_NAME = 'samenspel';
/** Name of the object store of saved scenarios (key: the scenario's name). */
export const STORE = 'scenarios';
/** Version of the database layout. */
export const DB_VERSION = 1;

/** A scenario saved in the browser under a name. */
export interface SavedScenario {
  /** The name it was saved under (the key; also the scenario's `name`). */
  readonly name: string;
  /** The scenario, in the CLI's format. */
  readonly scenario: Scenario;
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
}

interface SamenspelDb extends DBSchema {
  scenarios: { key: string; value: SavedScenario };
}

/** Saved scenarios: list, get, save (insert or overwrite) and delete by name. */
export interface ScenarioRepository {
  /** Every saved scenario, sorted by name. */
  list(): Promise<SavedScenario[]>;
  /** The scenario saved under `name`, or undefined. */
  get(name: string): Promise<SavedScenario | undefined>;
  /** Saves `scenario` under `name` (its `name` field set to it), replacing one of that name. */
  save(name: string, scenario: Scenario): Promise<SavedScenario>;
  /** Deletes the scenario saved under `name` (nothing when there is none). */
  delete(name: string): Promise<void>;
}

/** Opens (and on first use creates) the browser database. */
export function openScenarioDb(): Promise<IDBPDatabase<SamenspelDb>> {
  return openDB<SamenspelDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'name' });
    },
    blocking: closeForNewerVersion,
  });
}

/** The repository on IndexedDB (database {@link DB_NAME}, store {@link STORE}, key = name). */
export function createScenarioRepository(
  open: () => Promise<IDBPDatabase<SamenspelDb>> = openScenarioDb,
): ScenarioRepository {
  const connect = lazyConnection(open);
  return {
    async list() {
      const all = await (await connect()).getAll(STORE);
      return all.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
    async get(name) {
      return (await connect()).get(STORE, name);
    },
    async save(name, scenario) {
      const record: SavedScenario = { name, scenario: { ...scenario, name }, savedAt: Date.now() };
      await (await connect()).put(STORE, record);
      return record;
    },
    async delete(name) {
      await (await connect()).delete(STORE, name);
    },
  };
}
