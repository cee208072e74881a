import type { Scenario } from '@samenspel/core';
import { produce, type Draft } from 'immer';
import { fromLevel } from '../charts/level.js';
import { scenarioKey } from '../sim/anticipation.js';
import type { App } from '../state/app-context.js';

/** Positions of a 0–100 slider (whole numbers). */
export const SLIDER_POSITIONS = 101;

/**
 * Has the app's runner make ahead the quick run of every position of a 0–100 slider (see
 * `SimStore.anticipate`), nearest to `level` first. `edit(value)` is the slider's own edit for
 * the model value (0–1) of a position, so each variant is the scenario its input would produce.
 * Call when the pointer comes over the slider, grabs it, or it gets focus; `name` tells the
 * sliders apart.
 */
export function anticipateSlider(
  app: Pick<App, 'scenario' | 'sim'>,
  name: string,
  level: number,
  edit: (value: number) => (draft: Draft<Scenario>) => void,
): void {
  const base = app.scenario.current;
  app.sim.anticipate({
    id: `${name} ${scenarioKey(base)}`,
    count: SLIDER_POSITIONS,
    from: level,
    at: (position) => produce(base, edit(fromLevel(position))),
  });
}
