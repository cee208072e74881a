import type { CsvProblem, RegionProblem } from '@samenspel/assessment';

/** The message key and the values to interpolate for one problem of the assessment library. */
export interface ProblemText {
  /** svelte-i18n message key, `assessment.csvCode.<code>` or `assessment.regionCode.<code>`. */
  readonly key: string;
  /** Values for the placeholders, all plain text or numbers (Svelte renders the result as text). */
  readonly values: Readonly<Record<string, string | number>>;
}

/** Shows a delimiter as in a message: `‘,’`, `‘;’`, or `tab` (the same word in Dutch and English). */
export const delimiterText = (d: string): string => (d === '\t' ? 'tab' : `‘${d}’`);

/** Params whose value is a delimiter character. */
const DELIMITER_PARAMS = new Set(['delimiter', 'rowDelimiter', 'fileDelimiter']);

function shownParams(params: Readonly<Record<string, string | number>>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      DELIMITER_PARAMS.has(name) && typeof value === 'string' ? delimiterText(value) : value,
    ]),
  );
}

/** Key and values of a CSV problem: its params plus `row` (or '') and `column` (or ''). */
export function csvProblemText(problem: CsvProblem): ProblemText {
  const params: Readonly<Record<string, string | number>> = problem.params;
  return {
    key: `assessment.csvCode.${problem.code}`,
    values: { ...shownParams(params), row: problem.row ?? '', column: problem.column ?? '' },
  };
}

/** Key and values of a region-file problem: its params (the path is shown beside the text). */
export function regionProblemText(problem: RegionProblem): ProblemText {
  const params: Readonly<Record<string, string | number>> = problem.params;
  return { key: `assessment.regionCode.${problem.code}`, values: shownParams(params) };
}
