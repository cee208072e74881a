import type { Scenario } from '@samenspel/core';
import {
  createScenarioRepository,
  type SavedScenario,
  type ScenarioRepository,
} from './scenario-repository.js';

/**
 * The saved scenarios as the menu and the comparison show them: a reactive list kept in step with
 * the repository. Every change goes to the repository first, then the list is read back.
 */
export class SavedScenarios {
  /** Saved scenarios, sorted by name. */
  list = $state.raw<readonly SavedScenario[]>([]);
  /** Why the repository could not be reached (null when it could). */
  error = $state<string | null>(null);
  /** True once the list has been read. */
  loaded = $state(false);
  readonly #repository: () => ScenarioRepository;
  #instance: ScenarioRepository | null = null;

  /** Creates the list on a repository (created on first use). */
  constructor(repository: () => ScenarioRepository = createScenarioRepository) {
    this.#repository = repository;
  }

  get #repo(): ScenarioRepository {
    this.#instance ??= this.#repository();
    return this.#instance;
  }

  /** Reads the list from the repository. */
  async refresh(): Promise<void> {
    try {
      this.list = await this.#repo.list();
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loaded = true;
    }
  }

  /** True when a scenario is saved under `name`. */
  has(name: string): boolean {
    return this.list.some((s) => s.name === name);
  }

  /** Saves a scenario under a name (replacing one of that name). */
  async save(name: string, scenario: Scenario): Promise<SavedScenario> {
    const record = await this.#repo.save(name, scenario);
    await this.refresh();
    return record;
  }

  /** The scenario saved under `name`, read afresh. */
  get(name: string): Promise<SavedScenario | undefined> {
    return this.#repo.get(name);
  }

  /** Deletes the scenario saved under `name`. */
  async remove(name: string): Promise<void> {
    await this.#repo.delete(name);
    await this.refresh();
  }
}

/** The saved scenarios of this browser, shared by the menu and the comparison. */
export const savedScenarios = new SavedScenarios();
