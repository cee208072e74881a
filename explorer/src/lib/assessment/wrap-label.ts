/**
 * Breaks a chart label into lines of at most `maxChars` characters at spaces (greedy), so a long
 * factor name gets a second line instead of being cut off. A single word longer than a line stays
 * whole on its own line (the caller leaves room). Only when the text needs more than `maxLines`
 * lines does the last line end in `…`. Blank text gives one empty line.
 *
 * @param maxChars - characters per line (at least 1).
 * @param maxLines - lines at most (default 2, at least 1).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  if (maxChars < 1 || maxLines < 1) throw new Error('wrapLabel needs at least one character and one line');
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const tail = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${tail.length >= maxChars ? tail.slice(0, maxChars - 1) : tail}…`;
  return kept;
}
