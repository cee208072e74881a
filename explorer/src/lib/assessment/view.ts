/**
 * The explorer's top-level views and how they live in the address (`?view=assessment`), so a
 * reload or a shared link opens the same view. Exploring is the default and has no parameter.
 */

/** The top-level views, in the order the switch shows them. */
export const VIEWS = ['explore', 'assessment', 'workshop'] as const;

/** One top-level view. */
export type View = (typeof VIEWS)[number];

/** Name of the query parameter that holds the view. */
export const VIEW_PARAM = 'view';

/** The view named in a query string (`?view=…`); `explore` when absent or unknown. */
export function viewFromSearch(search: string): View {
  const value = new URLSearchParams(search).get(VIEW_PARAM);
  return VIEWS.find((v) => v === value) ?? 'explore';
}

/**
 * The query string for `view`, keeping every other parameter of `search` (language, share link):
 * `explore` drops the parameter. Returns '' or a string starting with '?'.
 */
export function searchWithView(search: string, view: View): string {
  const params = new URLSearchParams(search);
  if (view === 'explore') params.delete(VIEW_PARAM);
  else params.set(VIEW_PARAM, view);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
