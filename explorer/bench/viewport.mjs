// Where the benchmark's drag happens (see docs/performance.md, "Explorer (browser)"): a slider and a
// scroll position that put both the slider and the whole chart inside the viewport, so that
// "input → chart painted" is measured on a chart the browser has to draw. Chrome may skip
// rasterising content outside the viewport, so a measurement with the chart off screen says little.
/* global window -- functions passed to evaluate run in the page */

/** A box in page (document) coordinates and its position in the viewport. */
async function documentBox(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right };
  });
}

/**
 * Which of `boxes` (described by `names`) lie partly or wholly outside the viewport right now:
 * an empty list when all are inside.
 */
export async function outsideViewport(page, locators) {
  const out = [];
  for (const [name, locator] of locators) {
    const inside = await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      return {
        ok: r.top >= 0 && r.left >= 0 && r.bottom <= vh && r.right <= vw && r.height > 0,
        box: `x ${String(Math.round(r.left))}–${String(Math.round(r.right))}, y ${String(Math.round(r.top))}–${String(Math.round(r.bottom))}`,
        viewport: `${String(vw)}×${String(vh)}`,
      };
    });
    if (!inside.ok) out.push(`${name} at ${inside.box} is not inside the ${inside.viewport} viewport`);
  }
  return out;
}

/**
 * Throws (with a message naming what is off screen) unless every locator lies inside the viewport.
 */
export async function requireInViewport(page, locators, when) {
  const problems = await outsideViewport(page, locators);
  if (problems.length > 0) throw new Error(`refusing to measure ${when}: ${problems.join('; ')}`);
}

/**
 * Chooses the slider to drag and scrolls so that it and the whole chart are inside the viewport:
 * the preferred slider if some scroll position fits both, else the first of `candidates` (in the
 * order given) that fits, else the preferred slider in a window made tall enough. Returns what was
 * chosen, for the benchmark's output.
 */
export async function placeForDrag(page, chart, preferred, candidates) {
  const viewport = page.viewportSize();
  if (viewport === null) throw new Error('the page has no viewport size');
  const margin = 8;
  const chartBox = await documentBox(chart);
  const fits = (box) =>
    Math.max(box.bottom, chartBox.bottom) - Math.min(box.top, chartBox.top) + 2 * margin <= viewport.height;
  const scrollFor = (box, height) => {
    const top = Math.min(box.top, chartBox.top);
    const bottom = Math.max(box.bottom, chartBox.bottom);
    // Centre the span of both in the viewport.
    return Math.max(0, Math.round(top - (height - (bottom - top)) / 2));
  };
  let chosen = { name: preferred.name, locator: preferred.locator, window: 'unchanged' };
  let box = await documentBox(preferred.locator);
  if (!fits(box)) {
    let found = false;
    for (const c of candidates) {
      const b = await documentBox(c.locator);
      if (fits(b)) {
        chosen = { name: c.name, locator: c.locator, window: 'unchanged' };
        box = b;
        found = true;
        break;
      }
    }
    if (!found) {
      const height = Math.ceil(
        Math.max(box.bottom, chartBox.bottom) - Math.min(box.top, chartBox.top) + 2 * margin,
      );
      await page.setViewportSize({ width: viewport.width, height });
      chosen = { ...chosen, window: `made ${String(viewport.width)}×${String(height)} to fit both` };
      box = await documentBox(preferred.locator);
    }
  }
  const scrollY = scrollFor(box, page.viewportSize()?.height ?? viewport.height);
  await page.evaluate((y) => window.scrollTo(0, y), scrollY);
  const actual = await page.evaluate(() => window.scrollY);
  const size = page.viewportSize();
  return {
    ...chosen,
    scrollY: actual,
    viewport: size === null ? '?' : `${String(size.width)}×${String(size.height)}`,
  };
}
