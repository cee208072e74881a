import { getContext, setContext } from 'svelte';
import type { Model } from '@samenspel/core';
import type { ScenarioStore } from './scenario-store.svelte.js';
import type { SimStore } from './sim-store.svelte.js';
import type { UiStore } from './ui-store.svelte.js';

/** Everything the panels share. */
export interface App {
  /** The model shown. */
  readonly model: Model;
  /** The scenario being edited, with undo/redo. */
  readonly scenario: ScenarioStore;
  /** The latest runs. */
  readonly sim: SimStore;
  /** View state. */
  readonly ui: UiStore;
}

const key = Symbol('samenspel-app');

/** Makes the app state available to child components (call in the root component). */
export function setApp(app: App): App {
  return setContext(key, app);
}

/** The app state (call in a component below the root). */
export function useApp(): App {
  const app = getContext<App | undefined>(key);
  if (app === undefined) throw new Error('useApp() called outside the app');
  return app;
}
