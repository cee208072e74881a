import { getContext, setContext } from 'svelte';
import type { RegionStore } from './region-store.svelte.js';

const key = Symbol('samenspel-regions');

/** Makes the region store available to child components (call in the root component). */
export function setRegions(store: RegionStore): RegionStore {
  return setContext(key, store);
}

/** The region store (call in a component below the root). */
export function useRegions(): RegionStore {
  const store = getContext<RegionStore | undefined>(key);
  if (store === undefined) throw new Error('useRegions() called outside the app');
  return store;
}
