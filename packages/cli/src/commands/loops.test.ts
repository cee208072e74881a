import { findLoops } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

const factorIds = new Set(icuNetworkModel.factors.map((f) => f.id));
const mechanismIds = new Set(icuNetworkModel.mechanisms.map((m) => m.id));

describe('samenspel loops', () => {
  it('--format json lists every loop of the model with id, factors, edges, polarity, mechanisms', async () => {
    const { code, stdout } = await runCli(['loops', '--format', 'json']);
    expect(code).toBe(0);
    const loops = JSON.parse(stdout) as {
      id: string;
      factors: string[];
      edges: string[];
      polarity: string;
      mechanisms: string[];
    }[];
    expect(loops.length).toBe(findLoops(icuNetworkModel).length);
    expect(loops.length).toBeGreaterThan(0);
    for (const loop of loops) {
      expect(Object.keys(loop).sort()).toEqual(['edges', 'factors', 'id', 'mechanisms', 'polarity']);
      expect(loop.polarity).toBe('reinforcing');
      expect(loop.mechanisms.length).toBeGreaterThanOrEqual(1);
      expect(loop.mechanisms.every((m) => mechanismIds.has(m))).toBe(true);
      expect(loop.factors.every((f) => factorIds.has(f))).toBe(true);
      expect(loop.edges).toHaveLength(loop.factors.length);
    }
    expect(new Set(loops.map((l) => l.id)).size).toBe(loops.length);
  });

  it('prints one readable line per loop and a count line by default', async () => {
    const { code, stdout } = await runCli(['loops']);
    expect(code).toBe(0);
    const loops = findLoops(icuNetworkModel);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(loops.length + 1);
    const first = loops[0]!;
    expect(lines[0]).toBe(
      `${first.id} reinforcing [${first.mechanisms.join(', ')}] ${[...first.factors, first.factors[0]].join(' → ')}`,
    );
    expect(lines.at(-1)).toBe(`${loops.length} loops: ${loops.length} reinforcing, 0 balancing`);
  });

  it('shows a loop of the building mechanism in the documented form', async () => {
    const { stdout } = await runCli(['loops', '--format', 'text']);
    expect(stdout).toMatch(
      /^L\d+ reinforcing \[building\] pioneerMotivation → supportForCollaboration → pioneerMotivation$/m,
    );
  });
});
