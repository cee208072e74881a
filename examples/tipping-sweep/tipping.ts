// The tipping-point sweep of this folder as plain functions (run.ts prints and writes what they return).
import {
  listParameters,
  locateThreshold,
  simulate,
  sweep2d,
  tippingLine,
  type Axis,
  type Model,
  type Scenario,
  type Sweep2dResult,
  type TippingLine,
} from '@samenspel/core';

/** The pattern whose tipping point is sought. */
export const PATTERN = 'collaborationTakesOff';

/** x: every factor starting at the same level, 0 to 0.8. */
export const X_AXIS: Axis = { target: { kind: 'uniformInitial' }, from: 0, to: 0.8, steps: 17 };
/** y: the external context, held constant, 0 to 1. */
export const Y_AXIS: Axis = {
  target: { kind: 'input', input: 'externalContext' },
  from: 0,
  to: 1,
  steps: 11,
};

/** Everything the report shows. */
export interface TippingStudy {
  /** The map: final collective intelligence and take-off per (start, context). */
  readonly map: Sweep2dResult;
  /** Per context value: the least uniform start that takes off (bisection, 0.001). */
  readonly line: TippingLine;
  /**
   * For the region as it is: the least value of each global parameter at which it takes off
   * (`locateThreshold`, which assumes more helps), or null, with whether the range's minimum tips it.
   */
  readonly parameters: readonly {
    readonly id: string;
    readonly value: number;
    readonly threshold: number | null;
    /** When no value tips it with `locateThreshold` (more helps): whether the range's minimum does. */
    readonly atMinimum: boolean;
  }[];
}

/** Runs the sweep, the tipping line and the per-parameter thresholds of the region. */
export function tippingStudy(model: Model, region: Scenario): TippingStudy {
  const map = sweep2d(
    model,
    region,
    X_AXIS,
    Y_AXIS,
    { kind: 'final', variable: 'collectiveIntelligence' },
    {
      pattern: PATTERN,
    },
  );
  const line = tippingLine(model, region, X_AXIS, Y_AXIS, PATTERN);
  const info = listParameters(model);
  const parameters = model.parameters.map((p) => {
    const range = info.find((q) => q.id === p.id) ?? p;
    const threshold = locateThreshold(
      model,
      region,
      { target: { kind: 'parameter', id: p.id }, from: range.min, to: range.max },
      PATTERN,
    );
    const atMinimum =
      threshold === null &&
      simulate(
        model,
        { ...region, parameters: { ...region.parameters, [p.id]: range.min } },
        { loops: false },
      ).summary[PATTERN] === true;
    return { id: p.id, value: region.parameters?.[p.id] ?? p.value, threshold, atMinimum };
  });
  return { map, line, parameters };
}

/** The map drawn in text (█ takes off, · does not; highest context on top), the line and thresholds. */
export function report(study: TippingStudy): string {
  const { map, line } = study;
  const nx = map.xValues.length;
  const lines = [
    'Where does the collaboration take off? Every factor starting at the same level (x) and the',
    'external context (y); █ takes off within 60 months, · does not.',
    '',
  ];
  for (let j = map.yValues.length - 1; j >= 0; j--) {
    let row = '';
    for (let i = 0; i < nx; i++) row += map.present?.[j * nx + i] === 1 ? '█' : '·';
    lines.push(`context ${(map.yValues[j] ?? 0).toFixed(1)} ${row}`);
  }
  lines.push(
    `start       ${(map.xValues[0] ?? 0).toFixed(1)}${' '.repeat(nx - 6)}${(map.xValues[nx - 1] ?? 0).toFixed(1)}`,
    '',
  );
  lines.push('Tipping line: the least uniform start that takes off, per external context');
  line.yValues.forEach((y, j) => {
    const t = line.thresholds[j];
    lines.push(
      `  context ${y.toFixed(1)}: ${t === null || t === undefined ? `does not take off even from ${X_AXIS.to}` : `from ${t.toFixed(3)}`}`,
    );
  });
  lines.push('', 'The region as it is (region.json): the least value of each global parameter that tips it');
  for (const p of study.parameters) {
    const t = p.threshold;
    const none = p.atMinimum
      ? 'higher values do not tip it, its minimum does (lower is better here)'
      : 'no value in its range tips it on its own';
    lines.push(`  ${p.id} (now ${p.value}): ${t === null ? none : `from ${t.toFixed(3)}`}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The tipping line as CSV: external_context,least_uniform_start (empty when none in range). */
export function lineToCsv(line: TippingLine): string {
  const rows = Array.from(line.yValues, (y, j) => `${y},${line.thresholds[j] ?? ''}`);
  return `external_context,least_uniform_start\n${rows.join('\n')}\n`;
}
