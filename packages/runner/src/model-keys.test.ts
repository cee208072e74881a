import type { Model } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { ModelKeys, ModelStore } from './model-keys.js';

describe('ModelKeys and ModelStore', () => {
  it('stay in step: the store holds exactly the models the keys say, least recently used dropped first', () => {
    const models: Model[] = [0, 1, 2].map(() => structuredClone(icuNetworkModel));
    const keys = new ModelKeys(2);
    const store = new ModelStore();
    const use = (m: Model) => expect(store.resolve(structuredClone(keys.ref(m)))).toEqual(m);
    use(models[0]!);
    use(models[1]!);
    use(models[0]!);
    use(models[2]!); // drops models[1], the least recently used
    expect(store.size).toBe(2);
    expect(keys.ref(models[0]!).model).toBeUndefined();
    expect(keys.ref(models[1]!).model).toBe(models[1]);
  });

  it('resends a model whose message could not be sent', () => {
    const keys = new ModelKeys(1);
    const ref = keys.ref(icuNetworkModel);
    keys.rollback(ref);
    expect(keys.ref(icuNetworkModel).model).toBe(icuNetworkModel);
  });
});
