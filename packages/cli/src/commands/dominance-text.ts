import type { DominanceLoop, LoopDominance } from '@samenspel/core';

const percent = (x: number): string => `${x >= 0 ? '+' : '−'}${(100 * Math.abs(x)).toFixed(1)}%`;

/** What a structural loop does, from the flow node it passes (`growth:trust` → saturation of trust). */
function structuralMeaning(l: DominanceLoop): string {
  const flow = l.nodes.find((n) => /^(growth|erosion|delayFlow|riseFlow):/.test(n)) ?? '';
  const [kind = '', of = ''] = flow.split(':');
  if (kind === 'growth') return `saturation of ${of}`;
  if (kind === 'erosion') return `erosion of ${of}`;
  if (kind === 'delayFlow') return `delay on link ${of} catching up`;
  if (kind === 'riseFlow') return `rise reference on link ${of} catching up`;
  return l.factors.join(' → ');
}

/** A loop in words: a model loop by its polarity and factors, a structural one by what it does. */
export function describeDominanceLoop(l: DominanceLoop): string {
  return l.kind === 'model'
    ? `${l.id} ${l.polarity} ${l.factors.join(' → ')}`
    : `${l.id} structural (${structuralMeaning(l)})`;
}

/** The months the text report shows: 1 and 3, then every 6 months up to the end of the run. */
export function reportMonths(end: number): number[] {
  const months = [1, 3];
  for (let m = 6; m <= end + 1e-9; m += 6) months.push(m);
  return months.filter((m) => m <= end + 1e-9);
}

/**
 * The loops that matter at a few months as text: per month the `count` loops with the largest
 * |relative score| over the interval ending then, and the largest model loop when none is among them.
 */
export function dominanceText(d: LoopDominance, loops: readonly DominanceLoop[], count = 3): string {
  const end = d.time.at(-1) ?? 0;
  const out = [
    'Loops that matter: share of the change per loop (Loops That Matter), + reinforcing, − balancing',
    '',
  ];
  for (const month of reportMonths(end)) {
    const k = d.time.findIndex((t) => Math.abs(t - month) < 1e-9);
    if (k < 0) continue;
    const ranked = [...loops].sort((a, b) => Math.abs(b.relative[k] ?? 0) - Math.abs(a.relative[k] ?? 0));
    const shown = ranked.slice(0, count).filter((l) => (l.relative[k] ?? 0) !== 0);
    out.push(`month ${String(month)}`);
    if (shown.length === 0) out.push('  nothing changes');
    for (const l of shown)
      out.push(`  ${percent(l.relative[k] ?? 0).padStart(7)}  ${describeDominanceLoop(l)}`);
    const firstModel = ranked.find((l) => l.kind === 'model');
    if (firstModel !== undefined && !shown.includes(firstModel) && (firstModel.relative[k] ?? 0) !== 0) {
      out.push(
        `  largest model loop: ${percent(firstModel.relative[k] ?? 0)}  ${describeDominanceLoop(firstModel)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
