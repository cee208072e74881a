import type { Questionnaire } from '@samenspel/core';

import type { CsvParseResult } from '../types.js';

/**
 * Reads responses exported from a survey tool (see {@link csvTemplate}). Implementation follows.
 */
export function parseResponsesCsv(input: string | Uint8Array, q: Questionnaire): CsvParseResult {
  void input;
  void q;
  throw new Error('parseResponsesCsv: not implemented yet');
}
