import { describe, expect, it } from 'vitest';
import { scenarioKey, type Variants } from '../sim/anticipation.js';
import { ScenarioStore } from '../state/scenario-store.svelte.js';
import type { SimStore } from '../state/sim-store.svelte.js';
import { fromLevel } from '../charts/level.js';
import { setIntensityPercent } from '../panels/levers/intervention-edits.js';
import { anticipatePositions, anticipateSlider, SLIDER_POSITIONS } from './anticipate-slider.js';
import { withChange, withStart } from './input-series.js';
import { setInitial, setInput } from './profile-model.js';

/** A sim store stand-in that keeps what it was asked to anticipate. */
function capturing(): { sim: SimStore; asked: Variants[] } {
  const asked: Variants[] = [];
  return { asked, sim: { anticipate: (v: Variants) => asked.push(v) } as unknown as SimStore };
}

describe('anticipateSlider', () => {
  it('builds, for every position, exactly the scenario the slider’s input then produces', () => {
    const scenario = new ScenarioStore();
    const { sim, asked } = capturing();
    anticipateSlider({ scenario, sim }, 'initial.trust', 40, (v) => (d) => setInitial(d, 'trust', v));
    const variants = asked[0];
    expect(variants?.count).toBe(SLIDER_POSITIONS);
    expect(variants?.from).toBe(40);
    // A drag: each input edits the scenario the previous one left.
    for (const level of [41, 45, 12, 100, 0, 40]) {
      scenario.update((d) => setInitial(d, 'trust', fromLevel(level)), { coalesce: 'initial.trust' });
      expect(scenarioKey(variants?.at(level) ?? {})).toBe(scenarioKey(scenario.current));
    }
  });

  it('does so for an input with a change at a month, for its start and its new value', () => {
    const scenario = new ScenarioStore();
    scenario.update((d) => setInput(d, 'externalContext', withChange(undefined, 0.5, 12, 0.7)));
    const setting = () => scenario.current.inputs?.externalContext;
    const { sim, asked } = capturing();
    const before = setting();
    anticipateSlider(
      { scenario, sim },
      'start',
      50,
      (v) => (d) => setInput(d, 'externalContext', withStart(before, 0.5, v)),
    );
    anticipateSlider(
      { scenario, sim },
      'change',
      70,
      (v) => (d) => setInput(d, 'externalContext', withChange(before, 0.5, 12, v)),
    );
    for (const level of [55, 20]) {
      scenario.update((d) => setInput(d, 'externalContext', withStart(setting(), 0.5, fromLevel(level))));
      expect(scenarioKey(asked[0]?.at(level) ?? {})).toBe(scenarioKey(scenario.current));
    }
    const started = new ScenarioStore();
    started.replace(asked[1]?.at(70) ?? {});
    for (const level of [71, 3]) {
      started.update((d) =>
        setInput(
          d,
          'externalContext',
          withChange(started.current.inputs?.externalContext, 0.5, 12, fromLevel(level)),
        ),
      );
      expect(scenarioKey(asked[1]?.at(level) ?? {})).toBe(scenarioKey(started.current));
    }
  });

  it('names the set by the slider and the scenario it starts from', () => {
    const scenario = new ScenarioStore();
    const { sim, asked } = capturing();
    const edit = (v: number) => (d: Parameters<typeof setInitial>[0]) => setInitial(d, 'trust', v);
    anticipateSlider({ scenario, sim }, 'initial.trust', 40, edit);
    anticipateSlider({ scenario, sim }, 'initial.trust', 40, edit);
    scenario.update((d) => setInitial(d, 'pioneerMotivation', 0.9));
    anticipateSlider({ scenario, sim }, 'initial.trust', 40, edit);
    expect(asked[0]?.id).toBe(asked[1]?.id);
    expect(asked[2]?.id).not.toBe(asked[0]?.id);
  });

  it('runs a slider with other positions (a lever’s intensity in steps of 5) from the nearest one', () => {
    const scenario = new ScenarioStore();
    scenario.update((d) => {
      d.interventions = [{ lever: 'startSmall', intensity: 0.42 }];
    });
    const { sim, asked } = capturing();
    const positions = Array.from({ length: 21 }, (_, k) => k * 5);
    anticipatePositions({ scenario, sim }, 'intensity', positions, 42, (p) => setIntensityPercent(0, p));
    const variants = asked[0];
    expect(variants?.count).toBe(21);
    expect(variants?.from).toBe(8); // 40 is the position nearest to 42
    for (const p of [45, 5, 100]) {
      scenario.update(setIntensityPercent(0, p), { coalesce: 'interventions.0.intensity' });
      expect(scenarioKey(variants?.at(positions.indexOf(p)) ?? {})).toBe(scenarioKey(scenario.current));
    }
  });
});
