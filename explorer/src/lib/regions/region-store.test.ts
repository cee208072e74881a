import type { Region } from '@samenspel/assessment';
import { describe, expect, it } from 'vitest';
import { createMemoryRegionRepository, type RegionRepository } from './region-repository.js';
import { RegionStore } from './region-store.svelte.js';

function store(repo: RegionRepository = createMemoryRegionRepository()): RegionStore {
  return new RegionStore(() => repo);
}

describe('RegionStore', () => {
  it('creates, renames and selects regions, and another store on the same repository reads them back', async () => {
    const repo = createMemoryRegionRepository();
    const a = store(repo);
    await a.load();
    expect(a.current).toBeNull();
    const zuid = await a.create('  Zuid ');
    await a.create('Noord');
    expect(a.regions.map((r) => r.name)).toEqual(['Noord', 'Zuid']);
    expect(a.current?.name).toBe('Noord');
    await a.select(zuid.id);
    await a.rename('Zuidoost');
    const b = store(repo);
    await b.load();
    expect(b.current?.id).toBe(zuid.id);
    expect(b.current?.name).toBe('Zuidoost');
    expect(b.regions.map((r) => r.name)).toEqual(['Noord', 'Zuidoost']);
  });

  it('refuses an empty name and a change without a selected region', async () => {
    const s = store();
    await s.load();
    await expect(s.create('   ')).rejects.toThrow(/empty/);
    await expect(s.addRound({ label: 'Nulmeting', date: '2026-01-01' })).rejects.toThrow(/no region/);
    expect(s.error).toMatch(/no region/);
    expect(s.regions).toEqual([]);
  });

  it('adds rounds with months since the first round, and responses with fresh ids', async () => {
    const s = store();
    await s.load();
    await s.create('Noord');
    const later = await s.addRound({ label: 'Tweede meting', date: '2026-09-10' });
    const first = await s.addRound({ label: 'Nulmeting', date: '2026-03-10' });
    expect(s.current?.rounds.map((r) => [r.label, r.month])).toEqual([
      ['Nulmeting', 0],
      ['Tweede meting', 6],
    ]);
    const response = { id: 'r1', group: 'network', answers: { a: 4 as const } };
    await s.addResponses(first.id, [response, response]);
    const stored = s.round(first.id)?.responses ?? [];
    expect(stored).toHaveLength(2);
    expect(new Set(stored.map((r) => r.id)).size).toBe(2);
    expect(stored.map((r) => r.id)).not.toContain('r1');
    expect(stored[0]?.answers).toEqual({ a: 4 });
    await s.updateRound(later.id, (r) => {
      r.date = '2026-01-10';
    });
    expect(s.current?.rounds.map((r) => [r.label, r.month])).toEqual([
      ['Tweede meting', 0],
      ['Nulmeting', 2],
    ]);
  });

  it('keeps each response remark (trimmed) and stores none for an empty one', async () => {
    const repo = createMemoryRegionRepository();
    const s = store(repo);
    await s.load();
    await s.create('Noord');
    const round = await s.addRound({ label: 'Nulmeting', date: '2026-03-10' });
    await s.addResponses(round.id, [
      { id: 'a', group: 'network', answers: { a: 4 }, comment: '  Meer overleg met verwijzers ' },
      { id: 'b', group: 'nurses', answers: { a: 2 }, comment: '   ' },
      { id: 'c', group: 'nurses', answers: { a: 3 } },
    ]);
    const reread = store(repo);
    await reread.load();
    const stored = reread.round(round.id)?.responses ?? [];
    expect(stored.map((r) => r.comment)).toEqual(['Meer overleg met verwijzers', undefined, undefined]);
    expect(stored[1]).not.toHaveProperty('comment');
  });

  it('keeps plans, scenarios and starting values with the region, and removing a round drops its plans', async () => {
    const repo = createMemoryRegionRepository();
    const s = store(repo);
    await s.load();
    await s.create('Noord');
    const round = await s.addRound({ label: 'Nulmeting', date: '2026-03-10' });
    const plan = { id: 'p1', roundId: round.id, created: '2026-03-11', interventions: [], actions: [] };
    await s.savePlan(plan);
    await s.savePlan({ ...plan, interventions: [{ lever: 'startSmall' }] });
    await s.saveScenario({ name: 'Start' });
    await s.saveScenario({ name: 'Start', horizonMonths: 24 });
    await s.setStartingValues({
      roundId: round.id,
      initial: { trust: 0.5 },
      spread: { trust: 0.1 },
      answered: { trust: 4 },
      appliedAt: 1,
    });
    const other = store(repo);
    await other.load();
    expect(other.current?.plans).toEqual([{ ...plan, interventions: [{ lever: 'startSmall' }] }]);
    expect(other.current?.scenarios).toEqual([{ name: 'Start', horizonMonths: 24 }]);
    expect(other.startingValues?.spread).toEqual({ trust: 0.1 });
    await s.removeRound(round.id);
    expect(s.current?.plans).toEqual([]);
  });

  it('removing the current region leaves none selected', async () => {
    const s = store();
    await s.load();
    const r = await s.create('Noord');
    await s.remove(r.id);
    expect(s.current).toBeNull();
    expect(s.regions).toEqual([]);
  });
});

describe('RegionStore import and export', () => {
  it('imports an exported region as a new one, renamed when the name is taken', async () => {
    const s = store();
    await s.load();
    await s.create('Noord');
    const round = await s.addRound({ label: 'Nulmeting', date: '2026-03-10' });
    await s.addResponses(round.id, [{ id: 'x', group: 'network', answers: {} }]);
    const original = s.current as Region;
    const text = s.exportText();
    const result = await s.importRegion(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.renamed).toBe(true);
    expect(result.region.id).not.toBe(original.id);
    expect(s.current?.name).toBe('Noord (2)');
    expect(s.current?.rounds).toEqual(original.rounds);
    expect(s.regions).toHaveLength(2);
  });

  it('refuses a bad file with its problems and changes nothing', async () => {
    const repo = createMemoryRegionRepository();
    const s = store(repo);
    await s.load();
    await s.create('Noord');
    const before = await repo.list();
    const bad = JSON.stringify({ format: 'samenspel-region', version: 1, region: { id: 'x', name: 3 } });
    const result = await s.importRegion(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.some((p) => p.path.includes('name'))).toBe(true);
    expect(await repo.list()).toEqual(before);
    expect(s.current?.name).toBe('Noord');
    const notJson = await s.importRegion('{');
    expect(notJson.ok).toBe(false);
  });
});
