// The sensitivity study of this folder as plain functions (run.ts prints and writes what they return).
import {
  listParameters,
  sensitivity,
  spreadAround,
  type Distribution,
  type Model,
  type MonteCarloOptions,
  type MonteCarloResult,
  type Scenario,
  type SensitivityResult,
  type UncertaintySpec,
} from '@samenspel/core';

/** The factor and month the study looks at. */
export const OUTCOME = { factor: 'collectiveIntelligence', month: 36 } as const;

/** Step 1: a tornado of every parameter and initial level, each moved ± 10 % (levels ± 0.1). */
export function tornado(model: Model, region: Scenario): SensitivityResult {
  return sensitivity(model, region, { outcome: OUTCOME.factor, month: OUTCOME.month });
}

/**
 * Step 2: the uncertainty worth a Monte Carlo study: every initial level ± 0.1 and every global
 * parameter ± 20 % (uniform), plus the `top` most influential parameters of the tornado, each
 * triangular from −25 % to +25 % of its value with the peak at its value (clipped to its range).
 */
export function studySpec(
  model: Model,
  region: Scenario,
  result: SensitivityResult,
  top = 3,
): UncertaintySpec {
  const spread = spreadAround(model, region, 0.1, 0.2);
  const info = new Map(listParameters(model).map((p) => [p.id, p]));
  const parameters: Record<string, Distribution> = { ...spread.parameters };
  for (const row of result.rows.filter((r) => r.kind === 'parameter').slice(0, top)) {
    const p = info.get(row.id);
    if (p === undefined || row.base === 0) continue;
    const lo = Math.max(p.min, row.base * 0.75);
    const hi = Math.min(p.max, row.base * 1.25);
    parameters[row.id] = { kind: 'triangular', min: Math.min(lo, hi), mode: row.base, max: Math.max(lo, hi) };
  }
  return { ...spread, parameters };
}

/** The Monte Carlo options of step 2. */
export function studyOptions(spec: UncertaintySpec, runs: number): MonteCarloOptions {
  return { runs, seed: 2026, spec, pattern: 'collaborationTakesOff', variables: [OUTCOME.factor] };
}

const pct = (v: number) => (100 * v).toFixed(1);

/** The report: the tornado's top rows, then the spread and the share that takes off. */
export function report(result: SensitivityResult, mc: MonteCarloResult, topRows = 12): string {
  const shown = result.rows.slice(0, topRows);
  const label = (r: SensitivityResult['rows'][number]) => `${r.kind === 'initial' ? 'initial ' : ''}${r.id}`;
  const width = Math.max(5, ...shown.map((r) => label(r).length));
  const lines = [
    `Sensitivity of ${result.outcome} at month ${result.month} (baseline ${pct(result.baseline)} %)`,
    'one value at a time, parameters × (1 ± 0.1), initial levels ± 0.1; largest swing first',
    '',
    `${'value'.padEnd(width)} ${'low'.padStart(9)} ${'high'.padStart(9)} ${'outcome low → high (%)'.padStart(24)}`,
  ];
  for (const r of shown) {
    lines.push(
      `${label(r).padEnd(width)} ${r.low.toPrecision(3).padStart(9)} ${r.high.toPrecision(3).padStart(9)} ${`${pct(r.outcomeLow)} → ${pct(r.outcomeHigh)}`.padStart(24)}`,
    );
  }
  const band = mc.bands[0];
  lines.push(
    '',
    `Monte Carlo: ${mc.runs} runs (seed ${mc.seed}), initial levels ± 0.1, global parameters ± 20 %,`,
    'the three most influential parameters triangular ± 25 %',
    `collaboration takes off in ${mc.present} of ${mc.runs} runs (${pct(mc.share)} %)`,
    '',
    `${'month'.padStart(5)} ${['p5', 'p25', 'median', 'p75', 'p95'].map((h) => h.padStart(7)).join(' ')}   (${OUTCOME.factor}, %)`,
  );
  if (band !== undefined) {
    mc.months.forEach((m, k) => {
      if (m % 12 !== 0) return;
      const cells = [band.p5, band.p25, band.p50, band.p75, band.p95].map((s) => pct(s[k] ?? 0).padStart(7));
      lines.push(`${String(m).padStart(5)} ${cells.join(' ')}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
