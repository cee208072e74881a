/**
 * The regions of this browser and the one being worked on, shared by the assessment and workshop
 * views (get it with `useRegions()` from `region-context.ts`).
 *
 * Reading:
 * - `regions`: every stored region as `{ id, name, rounds }`, sorted by name.
 * - `current`: the selected `Region` (rounds oldest first, plans, scenarios), or null. Immutable:
 *   change it only through the methods below, which write to IndexedDB first and then replace it.
 * - `startingValues`: the starting values last taken from one of the current region's rounds
 *   (`AppliedStartingValues`: `roundId`, `initial`, `spread`, `answered` per factor on 0–1), or null.
 * - `loaded` (the first read is done), `error` (why the database could not be reached, or null).
 * - `round(id)`, `plan(id)`: one of the current region's rounds or plans.
 *
 * Changing (each returns a promise that settles once the change is stored; changes are applied in
 * the order they were asked for; a method that needs a current region throws without one):
 * - `load()`: reads the list and the region selected last time.
 * - `create(name)`, `rename(name)`, `select(id)`, `remove(id)`.
 * - `addRound({ label, date })` → the new `Round` (id generated, `month` counted from the first
 *   round's date, no responses); `updateRound(id, recipe)` with an immer recipe on the round
 *   (months are recounted when a date changes); `removeRound(id)`.
 * - `addResponses(roundId, responses)`: appends responses with fresh ids (never names), keeping
 *   each one's free-text remark (`comment`, trimmed; empty ones are dropped).
 * - `savePlan(plan)` (insert or replace by id), `removePlan(id)`.
 * - `saveScenario(scenario)` (insert or replace by name), `removeScenario(name)`.
 * - `setStartingValues(values)`: remembers the values applied to the explorer with their spread.
 * - `importRegion(text)`: reads a region file; on success stores it as a new region (a fresh id and
 *   a numbered name when the id or name is taken) and selects it; otherwise changes nothing and
 *   returns the problems (path and reason).
 * - `exportText()`: the current region as a region file (`serializeRegion`).
 */
import {
  parseRegion,
  serializeRegion,
  type ActionPlan,
  type Region,
  type RegionProblem,
  type Response,
  type Round,
} from '@samenspel/assessment';
import type { Scenario } from '@samenspel/core';
import { castDraft, produce, type Draft } from 'immer';
import { newId, regionNameProblem, uniqueName } from './region-names.js';
import {
  createRegionRepository,
  type AppliedStartingValues,
  type RegionRepository,
  type StoredRegion,
} from './region-repository.js';
import { withRoundMonths } from './round-months.js';

/** A region in the list. */
export interface RegionListItem {
  /** Region id. */
  readonly id: string;
  /** Region name. */
  readonly name: string;
  /** Number of rounds. */
  readonly rounds: number;
}

/** Result of {@link RegionStore.importRegion}. */
export type RegionImportResult =
  | { readonly ok: true; readonly region: Region; readonly renamed: boolean }
  | { readonly ok: false; readonly problems: readonly RegionProblem[] };

/** See the file header for the whole API. */
export class RegionStore {
  /** Every stored region, sorted by name. */
  regions = $state.raw<readonly RegionListItem[]>([]);
  /** The selected region, or null. */
  current = $state.raw<Region | null>(null);
  /** Starting values last taken from one of the current region's rounds, or null. */
  startingValues = $state.raw<AppliedStartingValues | null>(null);
  /** True once the first read is done. */
  loaded = $state(false);
  /** Why the database could not be reached, or null. */
  error = $state<string | null>(null);

  readonly #repository: () => RegionRepository;
  #instance: RegionRepository | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  /** Creates the store on a repository (created on first use; IndexedDB by default). */
  constructor(repository: () => RegionRepository = createRegionRepository) {
    this.#repository = repository;
  }

  get #repo(): RegionRepository {
    this.#instance ??= this.#repository();
    return this.#instance;
  }

  /** Runs `task` after every change asked for before it; errors are recorded and rethrown. */
  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run.then(
      (value) => {
        this.error = null;
        return value;
      },
      (e: unknown) => {
        this.error = e instanceof Error ? e.message : String(e);
        throw e;
      },
    );
  }

  /** The current region's round with `id`, or undefined. */
  round(id: string): Round | undefined {
    return this.current?.rounds.find((r) => r.id === id);
  }

  /** The current region's plan with `id`, or undefined. */
  plan(id: string): ActionPlan | undefined {
    return this.current?.plans.find((p) => p.id === id);
  }

  /** Reads the list and the region selected last time. */
  load(): Promise<void> {
    return this.#enqueue(async () => {
      try {
        await this.#refreshList();
        const id = await this.#repo.selected();
        const record = id === undefined ? undefined : await this.#repo.get(id);
        this.#show(record ?? null);
      } finally {
        this.loaded = true;
      }
    });
  }

  async #refreshList(): Promise<StoredRegion[]> {
    const all = await this.#repo.list();
    this.regions = all
      .map((r) => ({ id: r.id, name: r.region.name, rounds: r.region.rounds.length }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return all;
  }

  #show(record: StoredRegion | null): void {
    this.current = record?.region ?? null;
    this.startingValues = record?.startingValues ?? null;
  }

  /** Stores `record`, refreshes the list, selects and shows it. */
  async #store(record: StoredRegion): Promise<void> {
    await this.#repo.put(record);
    await this.#repo.select(record.id);
    await this.#refreshList();
    this.#show(record);
  }

  #currentRecord(): { region: Region; startingValues: AppliedStartingValues | null } {
    if (this.current === null) throw new Error('no region is selected');
    return { region: this.current, startingValues: this.startingValues };
  }

  /** Applies an immer recipe to the current region and stores the result. */
  #mutate(
    recipe: (draft: Draft<Region>) => void,
    startingValues?: AppliedStartingValues | null,
  ): Promise<void> {
    return this.#enqueue(async () => {
      const now = this.#currentRecord();
      const region = produce(now.region, recipe);
      await this.#store({
        id: region.id,
        region,
        startingValues: startingValues === undefined ? now.startingValues : startingValues,
        updatedAt: Date.now(),
      });
    });
  }

  /** Creates a region named `name` (trimmed; throws when empty or too long) and selects it. */
  create(name: string): Promise<Region> {
    const problem = regionNameProblem(name);
    if (problem !== null) return Promise.reject(new Error(`region name is ${problem}`));
    return this.#enqueue(async () => {
      const region: Region = { id: newId('region'), name: name.trim(), rounds: [], plans: [], scenarios: [] };
      await this.#store({ id: region.id, region, startingValues: null, updatedAt: Date.now() });
      return region;
    });
  }

  /** Renames the current region (trimmed; throws when empty or too long). */
  rename(name: string): Promise<void> {
    const problem = regionNameProblem(name);
    if (problem !== null) return Promise.reject(new Error(`region name is ${problem}`));
    return this.#mutate((d) => {
      d.name = name.trim();
    });
  }

  /** Selects the region with `id` (throws when there is none). */
  select(id: string): Promise<void> {
    return this.#enqueue(async () => {
      const record = await this.#repo.get(id);
      if (record === undefined) throw new Error(`there is no region '${id}'`);
      await this.#repo.select(id);
      this.#show(record);
    });
  }

  /** Deletes the region with `id`; when it was the current one, none is selected. */
  remove(id: string): Promise<void> {
    return this.#enqueue(async () => {
      await this.#repo.delete(id);
      if (this.current?.id === id) {
        await this.#repo.select(undefined);
        this.#show(null);
      }
      await this.#refreshList();
    });
  }

  /** Adds a round without responses (date `yyyy-mm-dd`); months are counted from the first round. */
  async addRound(round: { label: string; date: string }): Promise<Round> {
    const id = newId('round');
    await this.#mutate((d) => {
      d.rounds.push({ id, label: round.label, date: round.date, month: 0, responses: [] });
      d.rounds = withRoundMonths(d.rounds);
    });
    const added = this.round(id);
    if (added === undefined) throw new Error('the round was not stored');
    return added;
  }

  /** Changes a round with an immer recipe (its id stays); months are recounted afterwards. */
  updateRound(id: string, recipe: (draft: Draft<Round>) => void): Promise<void> {
    return this.#mutate((d) => {
      const round = d.rounds.find((r) => r.id === id);
      if (round === undefined) throw new Error(`there is no round '${id}'`);
      recipe(round);
      round.id = id;
      d.rounds = withRoundMonths(d.rounds);
    });
  }

  /** Removes a round (and the plans that answer it). */
  removeRound(id: string): Promise<void> {
    return this.#mutate((d) => {
      d.rounds = withRoundMonths(d.rounds.filter((r) => r.id !== id));
      d.plans = d.plans.filter((p) => p.roundId !== id);
    });
  }

  /** Appends responses to a round, each with a fresh id and its remark (returns how many were added). */
  async addResponses(roundId: string, responses: readonly Response[]): Promise<number> {
    await this.updateRound(roundId, (r) => {
      for (const response of responses) {
        // The remark is kept (trimmed) when there is one; an empty remark is not stored.
        const comment = response.comment?.trim() ?? '';
        r.responses.push({
          id: newId('r'),
          group: response.group,
          answers: { ...response.answers },
          ...(comment === '' ? {} : { comment }),
        });
      }
    });
    return responses.length;
  }

  /** Stores an action plan (replacing the plan with its id). */
  savePlan(plan: ActionPlan): Promise<void> {
    return this.#mutate((d) => {
      const i = d.plans.findIndex((p) => p.id === plan.id);
      if (i === -1) d.plans.push(plan);
      else d.plans[i] = plan;
    });
  }

  /** Removes the action plan with `id`. */
  removePlan(id: string): Promise<void> {
    return this.#mutate((d) => {
      d.plans = d.plans.filter((p) => p.id !== id);
    });
  }

  /** Stores a scenario with the region (replacing the scenario of the same name). */
  saveScenario(scenario: Scenario): Promise<void> {
    return this.#mutate((d) => {
      const i = d.scenarios.findIndex((s) => s.name === scenario.name);
      if (i === -1) d.scenarios.push(castDraft(scenario));
      else d.scenarios[i] = castDraft(scenario);
    });
  }

  /** Removes the region's scenario named `name`. */
  removeScenario(name: string): Promise<void> {
    return this.#mutate((d) => {
      d.scenarios = d.scenarios.filter((s) => s.name !== name);
    });
  }

  /** Remembers the starting values applied to the explorer (with their spread) for the current region. */
  setStartingValues(values: AppliedStartingValues | null): Promise<void> {
    return this.#mutate(() => {}, values);
  }

  /**
   * Reads a region file. On success stores it as a new region and selects it (a fresh id when its
   * id is taken, a numbered name when its name is; `renamed` says so). Otherwise nothing changes.
   */
  importRegion(text: string): Promise<RegionImportResult> {
    const parsed = parseRegion(text);
    if (!parsed.ok) return Promise.resolve({ ok: false, problems: parsed.problems });
    return this.#enqueue(async () => {
      const existing = await this.#repo.list();
      const idTaken = existing.some((r) => r.id === parsed.region.id);
      const name = uniqueName(
        parsed.region.name,
        existing.map((r) => r.region.name),
      );
      const region: Region = {
        ...parsed.region,
        id: idTaken ? newId('region') : parsed.region.id,
        name,
      };
      await this.#store({ id: region.id, region, startingValues: null, updatedAt: Date.now() });
      return { ok: true, region, renamed: name !== parsed.region.name } as const;
    });
  }

  /** The current region as a region file (throws without a current region). */
  exportText(): string {
    return serializeRegion(this.#currentRecord().region);
  }
}
