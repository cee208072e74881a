import type { Scenario } from '@samenspel/core';
import type { ExplorerRunner, QuickOutcome, RunItem } from './explorer-runner.js';

/**
 * The scenarios a control may produce next, e.g. one per position of a slider: `count` of them,
 * the `index`-th built by `at` (only when it is about to be run), and the position the control is
 * at now (`from`), around which they are run first.
 */
export interface Variants {
  /** How many there are. */
  readonly count: number;
  /** Builds the `index`-th (0 ≤ index < count), the way the control's edit would. */
  readonly at: (index: number) => Scenario;
  /** Where the control is now. */
  readonly from: number;
  /** Names the set (e.g. the control and the scenario it started from): the same set again is not run again. */
  readonly id?: string;
}

/** Options of {@link Anticipation}. */
export interface AnticipationOptions {
  /** Scenarios per job sent to the runner (default 8: about 2 ms of the worker's time). */
  readonly chunk?: number;
  /** Most outcomes kept; the oldest go first (default 256, a few megabytes). */
  readonly capacity?: number;
}

/**
 * The key of a scenario's outcome: its JSON text. Two scenarios with the same text run the same,
 * so a hit is always right; one built with its keys in another order is merely a miss.
 */
export function scenarioKey(scenario: Scenario): string {
  return JSON.stringify(scenario);
}

interface Plan {
  readonly variants: Variants;
  readonly controller: AbortController;
  /** Per index: whether it was built and sent (or found kept). */
  readonly sent: boolean[];
}

/**
 * Quick runs made before they are asked for: while a slider is held, the runner (the app's Web
 * Worker) runs the scenario for each of its positions, nearest to the slider's position first, a
 * few per job, and keeps the outcomes here. When the slider then moves, its new scenario's run is
 * usually here already and can be drawn in the frame that handles the input, though no
 * simulation runs on the page's thread. A miss costs nothing but the lookup.
 */
export class Anticipation {
  readonly #runner: Pick<ExplorerRunner, 'runMany'>;
  readonly #compareFor: (scenario: Scenario) => readonly Scenario[];
  readonly #chunk: number;
  readonly #capacity: number;
  readonly #outcomes = new Map<string, QuickOutcome>();
  #plan: Plan | null = null;

  /**
   * Creates it on a runner; `compareFor` gives the scenarios run beside a scenario (as the
   * explorer's own requests do, so the outcomes match them).
   */
  constructor(
    runner: Pick<ExplorerRunner, 'runMany'>,
    compareFor: (scenario: Scenario) => readonly Scenario[],
    options: AnticipationOptions = {},
  ) {
    this.#runner = runner;
    this.#compareFor = compareFor;
    this.#chunk = Math.max(1, options.chunk ?? 8);
    this.#capacity = Math.max(1, options.capacity ?? 256);
  }

  /** How many outcomes are kept (for tests). */
  get size(): number {
    return this.#outcomes.size;
  }

  /**
   * Starts running `variants` (those not already kept), nearest to `variants.from` first. Replaces
   * the previous plan, whose job in progress is cancelled; outcomes already kept stay. The plan
   * in use is kept when `variants.id` names it again.
   */
  anticipate(variants: Variants): void {
    if (variants.id !== undefined && this.#plan?.variants.id === variants.id) return;
    this.stop();
    const plan: Plan = {
      variants,
      controller: new AbortController(),
      sent: Array.from({ length: Math.max(0, variants.count) }, () => false),
    };
    this.#plan = plan;
    void this.#pump(plan);
  }

  /** The kept outcome of exactly this scenario, if any. */
  lookup(scenario: Scenario): QuickOutcome | undefined {
    const key = scenarioKey(scenario);
    const outcome = this.#outcomes.get(key);
    if (outcome !== undefined) this.#keep(key, outcome); // the most recently used goes last
    return outcome;
  }

  /** Cancels the current plan (kept outcomes stay). */
  stop(): void {
    this.#plan?.controller.abort();
    this.#plan = null;
  }

  /** Stops and forgets every outcome. */
  clear(): void {
    this.stop();
    this.#outcomes.clear();
  }

  async #pump(plan: Plan): Promise<void> {
    try {
      while (this.#plan === plan) {
        const indices = this.#nextIndices(plan);
        if (indices.length === 0) return;
        const items: RunItem[] = [];
        const itemKeys: string[] = [];
        for (const i of indices) {
          const scenario = plan.variants.at(i);
          const key = scenarioKey(scenario);
          plan.sent[i] = true;
          if (this.#outcomes.has(key) || itemKeys.includes(key)) continue;
          items.push({ scenario, compare: this.#compareFor(scenario) });
          itemKeys.push(key);
        }
        if (items.length === 0) continue;
        const outcomes = await this.#runner.runMany(items, plan.controller.signal);
        outcomes.forEach((outcome, n) => {
          const key = itemKeys[n];
          if (key !== undefined) this.#keep(key, outcome);
        });
      }
    } catch {
      // Cancelled, or a variant the engine refuses or cannot build: nothing more is run ahead, and
      // the explorer's own request for that scenario will say what is wrong.
    }
  }

  /** Up to a chunk of the plan's indices not yet run, nearest to where the control was first. */
  #nextIndices(plan: Plan): number[] {
    const out: number[] = [];
    const { count } = plan.variants;
    const focus = Math.min(count - 1, Math.max(0, Math.round(plan.variants.from)));
    for (let d = 0; d < count && out.length < this.#chunk; d++) {
      for (const i of d === 0 ? [focus] : [focus + d, focus - d]) {
        if (i >= 0 && i < count && !plan.sent[i] && out.length < this.#chunk) out.push(i);
      }
    }
    return out;
  }

  #keep(key: string, outcome: QuickOutcome): void {
    this.#outcomes.delete(key);
    this.#outcomes.set(key, outcome);
    while (this.#outcomes.size > this.#capacity) {
      const oldest = this.#outcomes.keys().next().value;
      if (oldest === undefined) break;
      this.#outcomes.delete(oldest);
    }
  }
}
