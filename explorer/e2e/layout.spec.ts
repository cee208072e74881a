import { expect, test, type Page } from '@playwright/test';

/** Elements (tag.class) whose right edge lies beyond the viewport: the page would scroll sideways. */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > vw + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`)
      .slice(0, 10);
  });
}

for (const width of [1440, 1024]) {
  test(`nothing sticks out sideways at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await expect(page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])')).toBeAttached();
    expect(await sideways(page)).toEqual([]);
  });
}

/**
 * The profile's sliders whose name runs into their value or past its own box: for each slider, the
 * text of its label (every line box) against the value shown beside it, and the label's content
 * width against the label's width.
 */
function crowdedSliders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect): boolean =>
      a.width > 0 &&
      b.width > 0 &&
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    for (const input of document.querySelectorAll<HTMLInputElement>('.region-profile input[type="range"]')) {
      const label = input.labels?.[0];
      const head = label?.parentElement;
      if (label === undefined || head === null || head === undefined) {
        problems.push(`${input.id}: no label`);
        continue;
      }
      const name = label.textContent.trim();
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = Array.from(range.getClientRects());
      for (const value of head.querySelectorAll('.value')) {
        const box = value.getBoundingClientRect();
        if (lines.some((line) => overlap(line, box)) || overlap(label.getBoundingClientRect(), box))
          problems.push(`${name}: label overlaps its value ${value.textContent.trim()}`);
      }
      if (label.scrollWidth > label.clientWidth + 1)
        problems.push(
          `${name}: text ${String(label.scrollWidth)} px wide in a ${String(label.clientWidth)} px label`,
        );
    }
    return problems;
  });
}

// Presentation mode is what a workshop's audience sees on a projector: large type, and still no
// overlapping or cut-off text at the usual projector sizes, in both languages.
const projectors = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;
for (const { width, height } of projectors) {
  for (const lang of ['nl', 'en'] as const) {
    test(`presentation mode at ${String(width)}×${String(height)} (${lang}): slider names clear of their values, nothing sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(lang === 'en' ? './?lang=en' : './');
      await expect(page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])')).toBeAttached();
      const toggle = page.getByRole('button', {
        name: lang === 'en' ? 'Presentation mode' : 'Presentatiemodus',
      });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.app.presentation')).toBeAttached();
      // Every factor and input of the model has its slider in the profile.
      expect(await page.locator('.region-profile input[type="range"]').count()).toBeGreaterThanOrEqual(13);
      expect(await crowdedSliders(page)).toEqual([]);
      expect(await sideways(page)).toEqual([]);
      if (width === 1280 && lang === 'nl')
        await page.screenshot({ path: '../docs/screenshots/presentation.png' });
    });
  }
}
