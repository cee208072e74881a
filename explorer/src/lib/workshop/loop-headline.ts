import type { MechanismCard } from '../panels/loops/loop-summary.js';

/** What step 3 says first: which mechanisms stall at the end, and which took off only later. */
export interface LoopHeadline {
  /** Names of the mechanisms stalling at the end of the run. */
  readonly stalling: readonly string[];
  /** Mechanisms reinforcing at the end that stalled at first, with the month they took off. */
  readonly late: readonly { readonly label: string; readonly since: number }[];
}

/** The headline of the loops step from the loops panel's cards (in card order). */
export function loopHeadline(cards: readonly MechanismCard[]): LoopHeadline {
  return {
    stalling: cards.filter((c) => c.status === 'stalling').map((c) => c.label),
    late: cards
      .filter((c) => c.status === 'reinforcing' && c.since > 0)
      .map((c) => ({ label: c.label, since: c.since })),
  };
}
