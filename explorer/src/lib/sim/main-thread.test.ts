// The explorer's simulations run in Web Workers. This test reads the sources and fails when a
// module of the page (not a worker, not a test) takes up one of the engine's running functions, other than
// the stand-ins for browsers without workers, and when a stand-in is made anywhere but behind a
// check that workers are missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The functions of core (and its `search` and `uncertainty` entry points) and of runner that run the
 * model, directly, through step generators, or by serving a worker.
 */
const ENGINE = [
  'calibrate',
  'engineGraphRun',
  'findLeastIntervention',
  'findLeastInterventionSteps',
  'graphRunFromStocks',
  'integrate',
  'locateThreshold',
  'locateThresholdSteps',
  'loopsThatMatter',
  'monteCarlo',
  'monteCarloPart',
  'monteCarloPartSteps',
  'runGraph',
  'runToEnd',
  'sensitivity',
  'sensitivityPartSteps',
  'sensitivitySteps',
  'simulate',
  'simulateStockFlow',
  'sweep1d',
  'sweep1dSteps',
  'sweep2d',
  'sweep2dSteps',
  'sweepCellsSteps',
  'tippingLine',
  'tippingLineSteps',
  'tippingRowsSteps',
  'createDirectRunner',
  'handleMessages',
  'handlePoolTasks',
  'servePoolWorker',
  'serveWorker',
];

/** Their other functions: checks, parsing, formatting, compiling, statistics of given numbers, runners that post to workers. */
const NOT_ENGINE = [
  'InvalidScenarioError',
  'StockFlowError',
  'XmileError',
  'applyFitTargets',
  'axisValues',
  'canonicalName',
  'checkStockFlow',
  'classifyMechanism',
  'clearPrecompiledIntegrators',
  'compileGraph',
  'compileModel',
  'compileStockFlow',
  'createEvaluator',
  'detectPattern',
  'distributionProblems',
  'draw',
  'edgeGains',
  'engineGraph',
  'findCycles',
  'findLoops',
  'firstNonFinite',
  'formatDiagnostics',
  'generateIntegratorModule',
  'graphLoops',
  'hasErrors',
  'identifiabilityWarnings',
  'influenceEdges',
  'integratorKey',
  'listParameters',
  'loopDominance',
  'loopStrengths',
  'measureOutcome',
  'mergeMonteCarloParts',
  'modelToXmile',
  'nelderMead',
  'observationWeight',
  'parseObservations',
  'parseScenario',
  'parseXmile',
  'planRun',
  'quantileSorted',
  'registerPrecompiledIntegrators',
  'resolveFitTargets',
  'resolveIntegrator',
  'resultToJson',
  'runSettings',
  'runStream',
  'sampleScenario',
  'shardRange',
  'sortSensitivity',
  'spreadAround',
  'summariseMonteCarlo',
  'sweep1dToCsv',
  'sweep2dToCsv',
  'targetKey',
  'uncertaintyProblems',
  'validateModel',
  'validateObservations',
  'validateQuestionnaire',
  'validateScenario',
  'withAxisValue',
  'xmileName',
  'CancelledError',
  'RunnerDisposedError',
  'WorkerError',
  'createRunPool',
  'createWebPool',
  'createWorkerRunner',
  'packResult',
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

/**
 * What a module takes up of core and runner that may run the model: engine functions imported by
 * name (from any entry point), and whole-module or dynamic imports of them (which could reach any
 * function), and their worker entry points.
 */
function engineUses(text: string): string[] {
  const uses: string[] = [];
  for (const m of text.matchAll(/import\s*{([^}]*)}\s*from\s*('@samenspel\/(?:core|runner)[^']*')/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim().replace(/^type\s+/, '');
      const imported = name.split(/\s+as\s+/)[0] ?? name;
      if (!part.trim().startsWith('type ') && ENGINE.includes(imported)) uses.push(imported);
    }
  }
  for (const m of text.matchAll(/import\s*\*\s*as\s+\w+\s+from\s*('@samenspel\/(?:core|runner)[^']*')/g))
    uses.push(`* from ${m[1] ?? ''}`);
  for (const m of text.matchAll(/import\s*\(\s*('@samenspel\/(?:core|runner)[^']*')\s*\)/g))
    uses.push(`import(${m[1] ?? ''})`);
  for (const m of text.matchAll(/import\s+('@samenspel\/runner\/[^']*')/g)) uses.push(m[1] ?? '');
  return uses;
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const isWorker = (path: string) => path.endsWith('.worker.ts');
const standInFiles = new Set(Object.values(STAND_INS).map((s) => s.file));

describe('the page’s own thread', () => {
  it('reads the explorer’s sources (the test would pass vacuously otherwise)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'lib/sim/sim.worker.ts')).toBe(true);
  });

  it('knows every function core and runner export, as running the model or not', async () => {
    const modules = await Promise.all([
      import('@samenspel/core'),
      import('@samenspel/core/search'),
      import('@samenspel/core/uncertainty'),
      import('@samenspel/runner'),
    ]);
    const exported = new Set(
      modules.flatMap((m) =>
        Object.entries(m)
          .filter(([, v]) => typeof v === 'function')
          .map(([k]) => k),
      ),
    );
    // A new export must be put in one of the two lists; a name no longer exported must go.
    expect([...exported].filter((n) => !ENGINE.includes(n) && !NOT_ENGINE.includes(n))).toEqual([]);
    expect([...ENGINE, ...NOT_ENGINE].filter((n) => !exported.has(n))).toEqual([]);
  });

  it('finds engine use written in every form (the check itself)', () => {
    expect(engineUses("import { simulate, type Scenario } from '@samenspel/core';")).toEqual(['simulate']);
    expect(engineUses("import { sweepCellsSteps as s } from '@samenspel/core/search';")).toEqual([
      'sweepCellsSteps',
    ]);
    expect(engineUses("import * as core from '@samenspel/core';")).toHaveLength(1);
    expect(engineUses("const m = await import('@samenspel/core/uncertainty');")).toHaveLength(1);
    expect(engineUses("import '@samenspel/runner/worker';")).toHaveLength(1);
    expect(engineUses("import { validateScenario, type Model } from '@samenspel/core';")).toEqual([]);
  });

  it('takes up the engine only in workers and in the stand-ins for browsers without workers', () => {
    const users = files.filter((f) => engineUses(f.text).length > 0).map((f) => f.path);
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
