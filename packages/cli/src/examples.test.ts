import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleScenario, repoRoot, runCli } from './test-support/run-cli.js';

interface RunJson {
  readonly time: number[];
  readonly series: Record<string, number[]>;
  readonly summary: {
    readonly collaborationTakesOff: boolean;
    readonly pseudoCollaboration: boolean;
    readonly mechanisms: Record<string, { status: string }>;
    readonly final: Record<string, number>;
  };
}

async function run(name: string): Promise<RunJson> {
  const { code, stdout, stderr } = await runCli(['run', exampleScenario(name), '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as RunJson;
}

/** Largest value of a series up to and including a month. */
const maxUntil = (r: RunJson, id: string, month: number): number =>
  Math.max(...(r.series[id] ?? []).filter((_, i) => (r.time[i] ?? Infinity) <= month));

const examples = [
  'supportive-region-takes-off.json',
  'region-stalls.json',
  'pseudo-collaboration.json',
  'pseudo-rescued-by-starting-small.json',
];

describe('example scenarios', () => {
  it('are exactly the four documented files', () => {
    const files = readdirSync(`${repoRoot}examples/scenarios`).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([...examples].sort());
  });

  it.each(examples)('%s validates and has a name', async (name) => {
    const { code, stdout } = await runCli(['validate', exampleScenario(name)]);
    expect(code).toBe(0);
    expect(stdout).toBe(`ok: ${exampleScenario(name)} is a valid scenario\n`);
    const scenario = JSON.parse(readFileSync(exampleScenario(name), 'utf8')) as { name?: string };
    expect(scenario.name?.length).toBeGreaterThan(0);
  });

  it('a supportive region takes off by month 60 with the four drawn mechanisms reinforcing', async () => {
    const r = await run('supportive-region-takes-off.json');
    expect(r.summary.collaborationTakesOff).toBe(true);
    expect(r.summary.pseudoCollaboration).toBe(false);
    for (const id of ['context', 'building', 'network', 'results']) {
      expect(r.summary.mechanisms[id]?.status, id).toBe('reinforcing');
    }
  });

  it('a region with middling context and low levels stalls', async () => {
    const r = await run('region-stalls.json');
    expect(r.summary.collaborationTakesOff).toBe(false);
    expect(r.summary.mechanisms['network']?.status).toBe('stalling');
    expect(r.summary.final['collectiveIntelligence']).toBeLessThan(0.2);
  });

  it('a strong obligation on a region without motivation, trust or support gives pseudo-collaboration', async () => {
    const r = await run('pseudo-collaboration.json');
    expect(r.summary.pseudoCollaboration).toBe(true);
    expect(r.summary.collaborationTakesOff).toBe(false);
    expect(maxUntil(r, 'collectiveIntelligence', 24)).toBeLessThanOrEqual(0.25);
    // Local implementation barely moves: it stays near its start for four years.
    const start = r.series['localImplementation']?.[0] ?? NaN;
    expect(maxUntil(r, 'localImplementation', 48) - start).toBeLessThan(0.05);
    expect(r.summary.final['localImplementation']).toBeLessThan(0.3);
  });

  it('the same region that starts small from month 3 takes off by month 60', async () => {
    const rescued = await run('pseudo-rescued-by-starting-small.json');
    const stuck = await run('pseudo-collaboration.json');
    expect(rescued.summary.collaborationTakesOff).toBe(true);
    const ci = (r: RunJson) => r.summary.final['collectiveIntelligence'] ?? NaN;
    expect(ci(rescued)).toBeGreaterThan(ci(stuck) + 0.1);
    // Only the lever differs between the two files.
    const read = (name: string) =>
      JSON.parse(readFileSync(exampleScenario(name), 'utf8')) as Record<string, unknown>;
    const { name: _a, interventions, ...rescuedRest } = read('pseudo-rescued-by-starting-small.json');
    const { name: _b, ...stuckRest } = read('pseudo-collaboration.json');
    expect(rescuedRest).toEqual(stuckRest);
    expect(interventions).toEqual([{ lever: 'startSmall', startMonth: 3 }]);
  });
});
