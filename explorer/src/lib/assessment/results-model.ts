import type { RoundSummary, Stat } from '@samenspel/assessment';

/** Key of the folded small groups in a summary's `byGroup`. */
export const OTHERS_KEY = 'others';

/** One column of the results: a shown group, the folded small groups, or everyone. */
export interface ResultColumn {
  /** Group id, {@link OTHERS_KEY}, or `all`. */
  readonly key: string;
  /** What the column holds. */
  readonly kind: 'group' | 'others' | 'all';
}

/**
 * The columns of the results table and chart, in a fixed order: the groups shown on their own (in
 * the questionnaire's order), then the folded small groups when there are any, then everyone.
 */
export function resultColumns(summary: RoundSummary): ResultColumn[] {
  const present = new Set(summary.factors.flatMap((f) => Object.keys(f.byGroup)));
  const groups = summary.groups
    .filter((g) => g.shown && present.has(g.id))
    .map((g) => ({ key: g.id, kind: 'group' as const }));
  const others = present.has(OTHERS_KEY) ? [{ key: OTHERS_KEY, kind: 'others' as const }] : [];
  return [...groups, ...others, { key: 'all', kind: 'all' }];
}

/** The statistic of a column for one factor summary (a group missing there has n = 0). */
export function columnStat(
  factor: { readonly all: Stat; readonly byGroup: Readonly<Record<string, Stat>> },
  column: ResultColumn,
): Stat {
  if (column.kind === 'all') return factor.all;
  return factor.byGroup[column.key] ?? { mean: null, sd: null, n: 0 };
}

/** Groups that had respondents but too few to be shown on their own (folded into "others" or left out). */
export function foldedGroups(summary: RoundSummary): { id: string; respondents: number }[] {
  return summary.groups
    .filter((g) => !g.shown && g.respondents > 0)
    .map((g) => ({ id: g.id, respondents: g.respondents }));
}

/** A 0–100 value as a whole number, or '–' when missing. */
export function formatScore(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '–' : String(Math.round(value));
}

/**
 * How much higher the network rates itself than its partners do: the exact difference of the two
 * means (self − others, points on 0–100), or null when either is missing. Round only the result
 * (with {@link formatDifference}), never the means first, so every screen shows the same number.
 */
export function selfOthersDifference(self: Stat, others: Stat): number | null {
  return self.mean === null || others.mean === null ? null : self.mean - others.mean;
}

/**
 * A difference in points with its sign (`+12`, `−3`, `0`), or '–' when missing. Halves round away
 * from zero in both directions (−2.5 → −3), as the size of a difference does.
 */
export function formatDifference(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const size = Math.round(Math.abs(value));
  if (size === 0) return '0';
  return value > 0 ? `+${String(size)}` : `−${String(size)}`;
}
