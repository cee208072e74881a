import type { InputSetting } from '../../scenario/scenario-types.js';
import { NOW } from './equation-parts.js';
import { xmileNumber as lit } from './xmile-number.js';

/** One point of a step-wise schedule: from `month` on, the value is `value`. */
export interface SchedulePoint {
  readonly month: number;
  readonly value: number;
}

/** A step-wise schedule with its first point at month 0, as the engine's run plan builds it. */
export function schedule(setting: InputSetting | undefined, fallback: number): readonly SchedulePoint[] {
  if (setting === undefined || typeof setting === 'number') return [{ month: 0, value: setting ?? fallback }];
  const points = setting.map((p) => ({ month: p.month, value: p.value }));
  return (points[0]?.month ?? 0) > 0 ? [{ month: 0, value: fallback }, ...points] : points;
}

/** A constant, or nested `IF TIME + ε >= m THEN v ELSE …` from the last point back to the first. */
export function scheduleEquation(points: readonly SchedulePoint[]): string {
  const first = points[0];
  if (first === undefined) return '0';
  let eqn = lit(first.value);
  for (const p of points.slice(1)) eqn = `IF ${NOW} >= ${lit(p.month)} THEN ${lit(p.value)} ELSE ${eqn}`;
  // Written from the first point outwards, the last point is tested first, as the engine's
  // "last point at or before t" rule requires.
  return eqn;
}
