import { expect, test } from '@playwright/test';

test('simulations run in a Web Worker under the Content-Security-Policy, without console errors', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./');
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  expect(workers.some((url) => url.includes('sim.worker'))).toBe(true);
  // The run's outcome reaches the page: the time-series table alternative holds numbers.
  await expect(page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])')).toBeAttached();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(problems).toEqual([]);
});
