import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compileModel } from '../compile/compile-model.js';
import { planRun } from '../compile/run-plan.js';
import type { Model } from '../model/model-types.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { modelArb, scenarioArb } from '../test-support/arbitraries.js';
import { bistableModel } from '../test-support/bistable.js';
import { buildModel, delayRiseModel, factor, link, mechanism } from '../test-support/models.js';
import { integrate, resolveIntegrator, type IntegratorKind } from './integrate.js';
import {
  clearPrecompiledIntegrators,
  generateIntegratorModule,
  integratorKey,
  registerPrecompiledIntegrators,
  type PrecompiledIntegrator,
} from './precompiled-integrator.js';

const TOLERANCE = 1e-12;
const dir = mkdtempSync(join(tmpdir(), 'samenspel-precompiled-'));
let files = 0;

/** Writes a generated module to a file and imports it, as a bundler would at build time. */
async function load(text: string): Promise<readonly PrecompiledIntegrator[]> {
  files += 1;
  const file = join(dir, `integrators-${String(files)}.mjs`);
  writeFileSync(file, text);
  const mod = (await import(pathToFileURL(file).href)) as { integrators: readonly PrecompiledIntegrator[] };
  return mod.integrators;
}

function run(model: Model, scenario: Scenario, kind: IntegratorKind) {
  const valid = validateScenario(model, scenario);
  if (!valid.ok) throw new Error('invalid scenario in test');
  return integrate(planRun(compileModel(model), valid.scenario), kind);
}

function expectClose(a: Float64Array, b: Float64Array): void {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => {
    expect(Math.abs(v - (b[i] ?? Number.NaN))).toBeLessThanOrEqual(TOLERANCE);
  });
}

/** A gate, an amplifier and a dampener, so every moderator kind is in the generated code. */
const moderatedModel: Model = buildModel({
  mechanisms: [mechanism('m', ['a', 'b', 'c'])],
  factors: [
    factor('a', { mechanisms: ['m'], initial: 0.4 }),
    factor('b', { mechanisms: ['m'], initial: 0.3 }),
    factor('c', { mechanisms: ['m'], initial: 0.5 }),
  ],
  links: [
    link('a-b', 'a', 'b', { moderators: [{ effect: 'gate', by: 'c', threshold: 0.3, steepness: 2 }] }),
    link('b-c', 'b', 'c', { moderators: [{ effect: 'amplify', by: 'a', strength: 0.5 }] }),
    link('c-a', 'c', 'a', { moderators: [{ effect: 'dampen', by: 'b', strength: 0.4 }] }),
  ],
});

afterEach(() => {
  clearPrecompiledIntegrators();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('precompiled integrators', () => {
  it('give the same numbers as the generated and interpreted paths (Euler and RK4)', async () => {
    const samples = fc.sample(
      modelArb.chain((model) =>
        fc.array(scenarioArb(model), { minLength: 3, maxLength: 3 }).map((s) => ({ model, s })),
      ),
      { numRuns: 6, seed: 20261124 },
    );
    const cases = [
      ...[bistableModel, delayRiseModel, moderatedModel].map((model) => ({
        model,
        s: [{}, { method: 'euler', dt: 0.5 }, { horizonMonths: 24, dt: 0.1 }] as Scenario[],
      })),
      ...samples,
    ];
    for (const { model, s } of cases) {
      clearPrecompiledIntegrators();
      const registration = registerPrecompiledIntegrators(model, await load(generateIntegratorModule(model)));
      expect(registration).toEqual({ registered: ['rk4', 'euler'], refused: [] });
      for (const scenario of s) {
        if (!validateScenario(model, scenario).ok) continue;
        const pre = run(model, scenario, 'precompiled');
        for (const other of [run(model, scenario, 'generated'), run(model, scenario, 'interpreted')]) {
          expect(Array.from(pre.time)).toEqual(Array.from(other.time));
          expectClose(pre.fullState, other.fullState);
          pre.exogenous.forEach((col, k) => {
            expectClose(col, other.exogenous[k] ?? new Float64Array());
          });
        }
      }
    }
  });

  it('are used by auto once registered, and only for a model with the same key', async () => {
    const plan = planRun(compileModel(bistableModel), {});
    expect(resolveIntegrator(plan)).toBe('generated');
    registerPrecompiledIntegrators(
      bistableModel,
      await load(generateIntegratorModule(bistableModel, ['rk4'])),
    );
    expect(resolveIntegrator(plan)).toBe('precompiled');
    expect(resolveIntegrator(planRun(compileModel(bistableModel), { method: 'euler' }))).toBe('generated');
    expect(resolveIntegrator(planRun(compileModel(moderatedModel), {}))).toBe('generated');
  });

  it('refuse a stale module: the model changed after it was generated', async () => {
    const old = await load(generateIntegratorModule(moderatedModel));
    const changedGate: Model = {
      ...moderatedModel,
      links: moderatedModel.links.map((l) =>
        l.id === 'b-c' ? { ...l, moderators: [{ effect: 'amplify' as const, by: 'a', strength: 0.6 }] } : l,
      ),
    };
    const extraLink: Model = { ...moderatedModel, links: [...moderatedModel.links, link('a-c', 'a', 'c')] };
    for (const changed of [changedGate, extraLink]) {
      expect(registerPrecompiledIntegrators(changed, old)).toEqual({
        registered: [],
        refused: ['rk4', 'euler'],
      });
      const plan = planRun(compileModel(changed), {});
      expect(resolveIntegrator(plan)).toBe('generated');
      expect(() => integrate(plan, 'precompiled')).toThrow(/no precompiled integrator/);
    }
  });

  it('refuse entries whose key or method does not match, and a module for another model', async () => {
    const [rk4, euler] = await load(generateIntegratorModule(bistableModel));
    if (rk4 === undefined || euler === undefined) throw new Error('module has two entries');
    const swapped = [
      { ...rk4, method: 'euler' as const },
      { ...euler, key: `${euler.key}x` },
    ];
    expect(registerPrecompiledIntegrators(bistableModel, swapped)).toEqual({
      registered: [],
      refused: ['euler', 'euler'],
    });
    expect(registerPrecompiledIntegrators(delayRiseModel, [rk4, euler]).registered).toEqual([]);
    expect(resolveIntegrator(planRun(compileModel(bistableModel), {}))).toBe('generated');
  });

  it('differ in key between methods and models, and keep model ids out of the module text', () => {
    const tricky = buildModel({
      id: 'secret-model-id',
      mechanisms: [mechanism('secret-mechanism', ['secret-alpha'])],
      factors: [
        factor('secret-alpha', { mechanisms: ['secret-mechanism'] }),
        factor('secret-beta', { mechanisms: ['secret-mechanism'] }),
      ],
      links: [
        link('secret-link-ab', 'secret-alpha', 'secret-beta'),
        link('secret-link-ba', 'secret-beta', 'secret-alpha'),
      ],
    });
    const text = generateIntegratorModule(tricky);
    expect(text).not.toContain('secret');
    const c = compileModel(tricky);
    expect(integratorKey(c, 'rk4')).not.toBe(integratorKey(c, 'euler'));
    expect(integratorKey(c, 'rk4')).not.toBe(integratorKey(compileModel(bistableModel), 'rk4'));
  });
});
