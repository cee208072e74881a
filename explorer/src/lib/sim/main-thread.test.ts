// The explorer's simulations run in Web Workers. This test reads the sources and fails when a
// module of the page (not a worker, not a test) takes up one of the engine's running functions, other than
// the stand-ins for browsers without workers, and when a stand-in is made anywhere but behind a
// check that workers are missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/** Everything of core and runner that runs the model (directly or through a job). */
const ENGINE = [
  'simulate',
  'sweep1d',
  'sweep2d',
  'sweep1dSteps',
  'sweep2dSteps',
  'locateThreshold',
  'locateThresholdSteps',
  'findLeastIntervention',
  'findLeastInterventionSteps',
  'monteCarlo',
  'monteCarloPart',
  'monteCarloPartSteps',
  'sensitivity',
  'sensitivitySteps',
  'sensitivityPartSteps',
  'calibrate',
  'loopsThatMatter',
  'createDirectRunner',
  'handleMessages',
  'handlePoolTasks',
];

/** The page's stand-ins for browsers without Web Workers, and the one module that makes each. */
const STAND_INS: Readonly<Record<string, { readonly file: string; readonly madeIn: string }>> = {
  createDirectExplorerRunner: { file: 'lib/sim/explorer-runner.ts', madeIn: 'lib/sim/create-runner.ts' },
  createChunkedRunner: {
    file: 'lib/panels/tipping/search-runner.ts',
    madeIn: 'lib/panels/tipping/runner.ts',
  },
  createInPagePool: { file: 'lib/sim/in-page-pool.ts', madeIn: 'lib/sim/run-pool.ts' },
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Names a module imports from `@samenspel/core` and `@samenspel/runner`. */
function engineImports(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*'@samenspel\/(?:core|runner)'/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim();
      if (name !== '' && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0] ?? name);
    }
  }
  return names.filter((n) => ENGINE.includes(n));
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const isWorker = (path: string) => path.endsWith('.worker.ts');
const standInFiles = new Set(Object.values(STAND_INS).map((s) => s.file));

describe('the page’s own thread', () => {
  it('reads the explorer’s sources (the test would pass vacuously otherwise)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'lib/sim/sim.worker.ts')).toBe(true);
  });

  it('takes up the engine only in workers and in the stand-ins for browsers without workers', () => {
    const users = files.filter((f) => engineImports(f.text).length > 0).map((f) => f.path);
    const outside = users.filter((path) => !isWorker(path) && !standInFiles.has(path));
    expect(outside).toEqual([]);
    // Each stand-in does run the engine (else this list is stale).
    for (const file of standInFiles) expect(users).toContain(file);
  });

  it('makes a stand-in only where Web Workers are missing', () => {
    for (const [name, { madeIn }] of Object.entries(STAND_INS)) {
      const callers = files.filter(
        (f) => new RegExp(`\\b${name}\\(`).test(f.text) && !f.text.includes(`function ${name}(`),
      );
      expect(callers.map((f) => f.path)).toEqual([madeIn]);
      const text = callers[0]?.text ?? '';
      expect(text).toMatch(new RegExp(`typeof Worker === 'undefined'[^;]*\\n?[^;]*${name}\\(`));
    }
  });
});
