import { expect, test, type Page } from '@playwright/test';

/** The distinct colours of the chart canvas's fully opaque pixels (antialiased edges left out). */
async function lineColours(page: Page): Promise<string[]> {
  await expect(page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])')).toBeAttached();
  return page.locator('canvas.lines-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (ctx === null) return [];
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 255) seen.add(`${String(data[i])},${String(data[i + 1])},${String(data[i + 2])}`);
    }
    return [...seen];
  });
}

test('the chart’s lines follow forced colours (high contrast) like the rest of the page', async ({
  page,
}) => {
  await page.goto('./');
  const normal = await lineColours(page);
  // The mechanisms' palette: several colours.
  expect(normal.length).toBeGreaterThan(3);

  await page.emulateMedia({ forcedColors: 'active' });
  // Redrawn in the system's text colour (the same as the page's text in this mode).
  await expect.poll(async () => (await lineColours(page)).length).toBe(1);
  const [forced] = await lineColours(page);
  const text = await page.locator('body').evaluate((body) =>
    getComputedStyle(body)
      .color.replace(/^rgba?\(|\s|\)$/g, '')
      .split(',')
      .slice(0, 3)
      .join(','),
  );
  expect(forced).toBe(text);

  await page.emulateMedia({ forcedColors: 'none' });
  await expect.poll(async () => (await lineColours(page)).length).toBeGreaterThan(3);
});
