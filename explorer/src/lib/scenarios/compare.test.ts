import { describe, expect, it } from 'vitest';
import { defaultScenario, endogenousIds, model } from '../model.js';
import { createDirectExplorerRunner, type RunItem } from '../sim/explorer-runner.js';
import { compareScenarios, COMPARE_SERIES } from './compare.js';

/** The direct runner, recording how many scenarios each job ran. */
function counting(jobs: number[]) {
  const direct = createDirectExplorerRunner();
  return {
    runMany: (items: readonly RunItem[], signal?: AbortSignal) => {
      jobs.push(items.length);
      return direct.runMany(items, signal);
    },
  };
}

const stalls = {
  inputs: { externalContext: 0.5, networkObligation: 0.2 },
  initial: Object.fromEntries(endogenousIds.map((id) => [id, 0.2])),
};

describe('compareScenarios', () => {
  it('runs each scenario in the order given, in one job, with final levels, statuses and the chart series', async () => {
    const jobs: number[] = [];
    const out = await compareScenarios(counting(jobs), model, [
      { name: 'B', scenario: stalls },
      { name: 'A', scenario: { ...defaultScenario(), horizonMonths: 24 } },
    ]);
    expect(jobs).toEqual([2]);
    expect(out.map((o) => (o.ok ? o.run.name : o.name))).toEqual(['B', 'A']);
    const [b, a] = out;
    if (!b?.ok || !a?.ok) throw new Error('both should run');
    expect(Object.keys(b.run.final).sort()).toEqual([...endogenousIds].sort());
    expect(Object.keys(b.run.mechanisms).sort()).toEqual(model.mechanisms.map((m) => m.id).sort());
    for (const m of Object.values(b.run.mechanisms)) expect(m.status).toBe('stalling');
    expect(b.run.series).toHaveLength(241);
    expect(a.run.time.at(-1)).toBe(24);
    expect(b.run.series.at(-1)).toBe(b.run.final[COMPARE_SERIES]);
    expect(typeof b.run.patterns.pseudoCollaboration).toBe('boolean');
  });

  it('reports a scenario the model no longer accepts instead of running it, and runs the others', async () => {
    const jobs: number[] = [];
    const [out, fine] = await compareScenarios(counting(jobs), model, [
      { name: 'old', scenario: { initial: { ghost: 0.5 } } },
      { name: 'fine', scenario: stalls },
    ]);
    expect(jobs).toEqual([1]);
    expect(out?.ok).toBe(false);
    if (out?.ok === false) expect(out.diagnostics[0]?.path).toBe('initial.ghost');
    expect(fine?.ok === true && fine.run.name).toBe('fine');
  });
});
