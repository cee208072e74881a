/**
 * The form of a variable name used to match references (XMILE rules): quotes removed, the escape
 * `\n` and every run of whitespace or underscores made one `_`, lower case, and `_` trimmed at
 * both ends. `"Teacup Temperature"`, `teacup_temperature` and `Teacup  Temperature` all give
 * `teacup_temperature`.
 */
export function canonicalName(name: string): string {
  let text = name.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  return text
    .replace(/\\n/g, ' ')
    .replace(/[\s_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}
