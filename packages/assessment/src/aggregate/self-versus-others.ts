import type { RoundSummary, SelfVersusOthers } from '../types.js';

/**
 * "How does the network see itself, and what do the partners think?": per factor the self and
 * others Stats and their difference (self − others, 0–100 points), sorted by the size of the
 * difference, largest first; factors without a difference come last, in summary order.
 */
export function selfVersusOthers(summary: RoundSummary): SelfVersusOthers[] {
  const rows = summary.factors.map((f) => ({
    factor: f.factor,
    self: f.self,
    others: f.others,
    difference: f.self.mean === null || f.others.mean === null ? null : f.self.mean - f.others.mean,
  }));
  const size = (d: number | null) => (d === null ? -1 : Math.abs(d));
  // Array.prototype.sort is stable, so equal sizes keep the summary's order.
  return rows.sort((a, b) => size(b.difference) - size(a.difference));
}
