import type { Scenario } from '@samenspel/core';
import { produce, type Draft } from 'immer';
import { fromLevel } from '../charts/level.js';
import { scenarioKey } from '../sim/anticipation.js';
import type { App } from '../state/app-context.js';

/** Positions of a 0–100 slider (whole numbers). */
export const SLIDER_POSITIONS = 101;

/** An edit of the scenario, as `ScenarioStore.update` takes it. */
export type Edit = (draft: Draft<Scenario>) => void;

/**
 * Has the app's runner make ahead the quick run of every position of a slider (see
 * `SimStore.anticipate`), nearest to `current` first. `edit(position)` is the slider's own edit
 * for that position, so each variant is the scenario its input would produce. Call when the
 * pointer comes over the slider, grabs it, or it gets focus; `name` tells the sliders apart.
 */
export function anticipatePositions(
  app: Pick<App, 'scenario' | 'sim'>,
  name: string,
  positions: readonly number[],
  current: number,
  edit: (position: number) => Edit,
): void {
  const base = app.scenario.current;
  let from = 0;
  positions.forEach((p, i) => {
    if (Math.abs(p - current) < Math.abs((positions[from] ?? p) - current)) from = i;
  });
  app.sim.anticipate({
    id: `${name} ${scenarioKey(base)}`,
    count: positions.length,
    from,
    at: (index) => produce(base, edit(positions[index] ?? current)),
  });
}

/**
 * {@link anticipatePositions} for a 0–100 slider of a model level: `edit(value)` takes the model
 * value (0–1) of a position, `level` is where the slider is.
 */
export function anticipateSlider(
  app: Pick<App, 'scenario' | 'sim'>,
  name: string,
  level: number,
  edit: (value: number) => Edit,
): void {
  const levels = Array.from({ length: SLIDER_POSITIONS }, (_, i) => i);
  anticipatePositions(app, name, levels, level, (position) => edit(fromLevel(position)));
}
