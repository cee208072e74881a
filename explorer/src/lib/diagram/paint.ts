/**
 * Colours of the diagram: the explorer's CSS variables (src/styles.css, Okabe–Ito), each with its
 * value as a fallback so that a downloaded copy of the SVG, outside the page, looks the same.
 */
export const PAINT = {
  ink: 'var(--ink, #1a1a1a)',
  muted: 'var(--muted, #4a4a4a)',
  paper: 'var(--paper, #ffffff)',
  line: 'var(--line, #c9c9c4)',
  accent: 'var(--accent, #0064a8)',
  reinforcing: 'var(--reinforcing, #0072b2)',
  stalling: 'var(--stalling, #b35900)',
  pseudo: 'var(--pseudo, #cc79a7)',
} as const;

const MECHANISM_FALLBACK: Readonly<Record<string, string>> = {
  context: '#e69f00',
  building: '#0072b2',
  network: '#009e73',
  results: '#d55e00',
  pseudo: '#cc79a7',
};

/** The colour of a mechanism (`--mech-<id>`). */
export function mechanismPaint(id: string): string {
  return `var(--mech-${id}, ${MECHANISM_FALLBACK[id] ?? '#999999'})`;
}

/** Font stack written into the SVG (so an exported copy keeps it). */
export const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
