import type { FlagSpec, ParsedArgs } from '../args.js';
import { OVERRIDE_FLAGS, type ScenarioOverrides } from './load-scenario.js';

/**
 * The flags `--method`, `--dt` and `--horizon` that override a scenario file's fields, as listed in
 * the help of the commands that take them (`run`, `export`).
 */
export const overrideFlagSpecs: Readonly<Record<'method' | 'dt' | 'horizon', FlagSpec>> = {
  method: { value: 'rk4|euler', default: "the file's, else rk4", description: 'integration method' },
  dt: {
    value: 'X',
    default: "the file's, else 0.25",
    description: 'time step in months; must divide the horizon',
  },
  horizon: {
    value: 'MONTHS',
    default: "the file's, else 60",
    description: 'length of the run in months',
  },
};

/** The scenario overrides given on the command line, as typed (checked later by `loadScenario`). */
export function overridesFromFlags(args: ParsedArgs): ScenarioOverrides {
  const overrides: ScenarioOverrides = {};
  for (const [field, flag] of Object.entries(OVERRIDE_FLAGS)) {
    const value = args.flags.get(flag);
    if (value !== undefined) overrides[field as keyof ScenarioOverrides] = value;
  }
  return overrides;
}
