import { expect, test } from '@playwright/test';

for (const width of [1440, 1024]) {
  test(`nothing sticks out sideways at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await expect(page.locator('svg[data-export="chart"] path').first()).toBeAttached();
    const overflow = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > vw + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`)
        .slice(0, 10);
    });
    expect(overflow).toEqual([]);
  });
}
