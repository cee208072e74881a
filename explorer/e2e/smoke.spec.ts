import { expect, test } from '@playwright/test';

test('the explorer opens in Dutch with every panel and no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Samenspel' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Profiel van de regio' })).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/overview.png', fullPage: true });
  expect(problems).toEqual([]);
});
