/** The media query of forced colours (e.g. Windows high contrast). */
const QUERY = '(forced-colors: active)';

/**
 * Whether the page is shown in forced colours (Windows high contrast and the like), kept current
 * while the page is open. The browser recolours HTML and SVG itself in that mode but not what a
 * script draws on a canvas; a canvas drawing reads `active` and follows the system colours.
 */
class ForcedColours {
  /** True while forced colours are on (false where the browser cannot tell). */
  active = $state(false);

  constructor() {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(QUERY);
    this.active = query.matches;
    query.addEventListener('change', (event) => {
      this.active = event.matches;
    });
  }
}

/** The page's forced-colours state. */
export const forcedColours = new ForcedColours();
