import type { RoundSummary, StartingValues } from '../types.js';

/**
 * Turns a round summary into the region's starting values for the engine: per factor the mean of
 * all respondents on 0–1 (`initial`, usable as a scenario's `initial`), its sd on 0–1 (`spread`, 0
 * when the summary has no sd) and the number of respondents behind it. Factors whose mean the
 * summary hides (nobody, or fewer than the minimum group size, answered; see `aggregateRound`) are
 * left out, so the model's defaults apply to them.
 */
export function startingValues(summary: RoundSummary): StartingValues {
  const out: StartingValues = { initial: {}, spread: {}, answered: {} };
  for (const f of summary.factors) {
    if (f.all.mean === null) continue;
    out.initial[f.factor] = f.all.mean / 100;
    out.spread[f.factor] = (f.all.sd ?? 0) / 100;
    out.answered[f.factor] = f.all.n;
  }
  return out;
}
