import type { Model, SimulationResult } from '@samenspel/core';
import { toCsv } from './csv.js';

/**
 * The CSV of a run: a `time` column, then one column per factor of the model in model order
 * (exogenous factors included, inputs that are not factors left out), one row per saved time.
 */
export function resultToCsv(model: Model, result: SimulationResult): string {
  const columns = model.factors.map((f) => {
    const values = result.series[f.id];
    if (values === undefined) throw new Error(`the run has no series for factor '${f.id}'`);
    return { name: f.id, values };
  });
  return toCsv([{ name: 'time', values: result.time }, ...columns]);
}
