import type { Scenario } from '@samenspel/core';

/** The scenario carried by the page address, if any (filled in by the share-link feature). */
export function scenarioFromLocation(_location: Location): Scenario | null {
  return null;
}
