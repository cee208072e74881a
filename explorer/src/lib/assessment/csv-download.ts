import { downloadBlob } from '../scenarios/download.js';

/** The byte-order mark, as a character: UTF-8 `EF BB BF` once encoded. */
const BOM = '\uFEFF';

/**
 * The bytes of a CSV file for spreadsheets: UTF-8 with a byte-order mark in front, so Excel reads
 * accented letters (‘Regiocoördinator’) as UTF-8 instead of its local code page. A text that
 * already starts with the mark gets no second one. Our own CSV reader drops the mark again.
 */
export function csvBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text.startsWith(BOM) ? text : `${BOM}${text}`);
}

/** Offers CSV text as a download (`text/csv`, UTF-8 with a byte-order mark; see {@link csvBytes}). */
export function downloadCsv(text: string, filename: string): void {
  downloadBlob(new Blob([csvBytes(text)], { type: 'text/csv;charset=utf-8' }), filename);
}
