/** Longest scenario name accepted when saving. */
export const MAX_NAME = 120;

/** A checked scenario name, or why it cannot be used. */
export type NameCheck =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly problem: 'empty' | 'tooLong' };

/**
 * Checks a name typed by the user: control characters become spaces, the ends are trimmed, and it
 * must be non-empty and at most {@link MAX_NAME} UTF-16 units. Any other text is fine: names are
 * shown as text, never as HTML.
 */
export function checkName(raw: string): NameCheck {
  // eslint-disable-next-line no-control-regex
  const name = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (name === '') return { ok: false, problem: 'empty' };
  if (name.length > MAX_NAME) return { ok: false, problem: 'tooLong' };
  return { ok: true, name };
}
