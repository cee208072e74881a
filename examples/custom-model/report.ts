// The report the custom-model example prints: the model's loops, then a run's summary and which
// loops drive it (Loops That Matter), for any model in the engine's format.
import {
  findLoops,
  loopDominance,
  simulate,
  type DominanceLoop,
  type Model,
  type Scenario,
} from '@samenspel/core';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** A loop in words: a model loop by its factors, a structural one by what it does. */
function describe(l: DominanceLoop): string {
  if (l.kind === 'model') return `${l.id} ${l.factors.join('→')}`;
  const flow = l.nodes.find((n) => /^(growth|erosion|delayFlow|riseFlow):/.test(n)) ?? '';
  const [kind = '', of = ''] = flow.split(':');
  const what =
    kind === 'growth'
      ? `saturation of ${of}`
      : kind === 'erosion'
        ? `erosion of ${of}`
        : kind === 'delayFlow'
          ? `delay of ${of} catching up`
          : `rise reference of ${of}`;
  return `${l.id} (${what})`;
}

/** The loops of `model` and a summary of a run of `scenario`, as text. */
export function modelReport(
  model: Model,
  scenario: Scenario,
  months: readonly number[] = [1, 3, 6, 12],
): string {
  const out: string[] = [];
  const loops = findLoops(model);
  const balancing = loops.filter((l) => l.polarity === 'balancing').length;
  out.push(`${model.label.en}: ${String(model.factors.length)} factors, ${String(model.links.length)} links`);
  out.push(
    '',
    `Loops (${String(loops.length)}: ${String(loops.length - balancing)} reinforcing, ${String(balancing)} balancing)`,
  );
  for (const l of loops)
    out.push(
      `  ${l.id} ${l.polarity} [${l.mechanisms.join(', ')}] ${[...l.factors, l.factors[0] ?? ''].join(' → ')}`,
    );

  const run = simulate(model, scenario);
  const last = run.time.length - 1;
  out.push('', `Run: ${scenario.name ?? 'Scenario'} (${String(run.time[last])} months)`);
  out.push('Mechanisms');
  for (const m of model.mechanisms) {
    const s = run.summary.mechanisms[m.id];
    if (s === undefined) continue;
    out.push(
      `  ${m.id}: ${s.status} since month ${String(s.since)}, level ${s.level.toFixed(2)}, strongest loop ${s.dominantLoop ?? '-'}`,
    );
  }
  out.push('Patterns');
  for (const p of model.patterns)
    out.push(`  ${p.id}: ${run.summary.patterns[p.id]?.present === true ? 'yes' : 'no'}`);
  out.push('Final levels');
  for (const f of model.factors) out.push(`  ${f.id}: ${(run.series[f.id]?.[last] ?? 0).toFixed(2)}`);

  const d = loopDominance(model, scenario);
  out.push('Loops that matter (largest relative loop scores)');
  for (const month of months) {
    const k = d.time.findIndex((t) => t >= month - 1e-9);
    if (k < 0) continue;
    const ranked = [...d.loops].sort((a, b) => Math.abs(b.relative[k] ?? 0) - Math.abs(a.relative[k] ?? 0));
    const shown = ranked.slice(0, 3);
    out.push(
      `  month ${String(d.time[k])}: ${shown.map((l) => `${describe(l)} ${pct(l.relative[k] ?? 0)}`).join('; ')}`,
    );
    const firstModel = ranked.find((l) => l.kind === 'model');
    if (firstModel !== undefined && !shown.includes(firstModel))
      out.push(`    largest model loop: ${describe(firstModel)} ${pct(firstModel.relative[k] ?? 0)}`);
  }
  return `${out.join('\n')}\n`;
}
