import type { CsvProblem } from '../types.js';
import { csvProblem } from './csv-problems.js';

/** Text decoded from a file, the encoding used, and any problem found while decoding. */
export interface Decoded {
  /** The text, without a byte order mark. */
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** Whole-file problems (row null). */
  problems: CsvProblem[];
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Offset of the first byte that makes the data invalid UTF-8, or -1 when it is valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes file bytes. UTF-8 with or without a byte order mark is read as is; UTF-16 with a byte
 * order mark (Excel's "Unicode text") is read as UTF-16. Bytes that are not valid UTF-8, typically
 * a file saved by Excel as Windows-1252 / Latin-1, are reported and read as Windows-1252.
 * A string input is taken as already decoded (a leading BOM character is removed).
 */
export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') {
    return { text: input.startsWith('\uFEFF') ? input.slice(1) : input, encoding: 'utf-8', problems: [] };
  }
  if (startsWith(input, [0xef, 0xbb, 0xbf])) input = input.subarray(3);
  else if (startsWith(input, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le').decode(input.subarray(2)),
      encoding: 'utf-16le',
      problems: [],
    };
  else if (startsWith(input, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be').decode(input.subarray(2)),
      encoding: 'utf-16be',
      problems: [],
    };
  const bad = firstInvalidUtf8(input);
  if (bad === -1) return { text: new TextDecoder('utf-8').decode(input), encoding: 'utf-8', problems: [] };
  const byte = (input[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    text: new TextDecoder('windows-1252').decode(input),
    encoding: 'windows-1252',
    problems: [
      csvProblem('not_utf8', { byte: `0x${byte}`, offset: bad }, { row: null, severity: 'warning' }),
    ],
  };
}

/**
 * True when a line of text shows signs of a wrong decoding: the replacement character, or UTF-8
 * bytes read as Latin-1 (such as "Ã©" for "é").
 */
export function looksMisdecoded(line: string): boolean {
  return line.includes('\uFFFD') || /[ÃÂ][\u0080-\u00BF]/.test(line);
}
