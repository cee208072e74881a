import type { Model } from '@samenspel/core';
import { runnerMessages } from './errors.js';
import type { ModelRef } from './protocol.js';

/**
 * The main side's record of which models the worker holds: at most `capacity`, least recently used
 * dropped first. Compiling a model costs far more than a run, and the engine caches compiled models
 * per object, so each model object is sent once and then named by key.
 */
export class ModelKeys {
  readonly #capacity: number;
  /** Model → key, in order of last use. */
  readonly #keys = new Map<Model, number>();
  /** Keys dropped here that the worker has not yet been told about. */
  #forget: number[] = [];
  #next = 1;

  /** @param capacity - how many models the worker keeps (at least 1) */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`the model cache holds at least 1 model, got ${capacity}`);
    }
    this.#capacity = capacity;
  }

  /** The reference to send for `model`: the model itself the first time, its key after that. */
  ref(model: Model): ModelRef {
    const forget = this.#forget;
    this.#forget = [];
    const known = this.#keys.get(model);
    let ref: ModelRef;
    if (known !== undefined) {
      this.#keys.delete(model);
      this.#keys.set(model, known);
      ref = { key: known };
    } else {
      const key = this.#next++;
      this.#keys.set(model, key);
      for (const [old, oldKey] of this.#keys) {
        if (this.#keys.size <= this.#capacity) break;
        this.#keys.delete(old);
        forget.push(oldKey);
      }
      ref = { key, model };
    }
    return forget.length > 0 ? { ...ref, forget } : ref;
  }

  /** Undoes {@link ref} when its message could not be sent. */
  rollback(ref: ModelRef): void {
    if (ref.model !== undefined) this.#keys.delete(ref.model);
    this.#forget.push(...(ref.forget ?? []));
  }
}

/** The worker side's store of models by key, kept in step with {@link ModelKeys}. */
export class ModelStore {
  readonly #models = new Map<number, Model>();

  /**
   * Stores a model that comes with its reference, drops the keys it says to forget, and returns the
   * model it names.
   *
   * @throws Error when the key is unknown
   */
  resolve(ref: ModelRef): Model {
    if (ref.model !== undefined) this.#models.set(ref.key, ref.model);
    for (const key of ref.forget ?? []) this.#models.delete(key);
    const model = this.#models.get(ref.key);
    if (model === undefined) throw new Error(runnerMessages.unknownModel(ref.key));
    return model;
  }

  /** Number of models held. */
  get size(): number {
    return this.#models.size;
  }
}
