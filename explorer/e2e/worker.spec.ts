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

test('a held slider’s new value is drawn in the frame of its input, from runs the worker made ahead', async ({
  page,
}) => {
  await page.goto('./');
  const canvas = page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])');
  await expect(canvas).toBeAttached();
  const slider = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (box === null) throw new Error('slider not visible');
  // In the page: for each input of the slider, whether the chart was redrawn by the first
  // animation frame after it. A reply of the worker to a run asked for during the input could not
  // arrive before that frame: only a run made ahead can be drawn in it.
  await slider.evaluate((input) => {
    const seen: boolean[] = [];
    (window as unknown as { __inFrame: boolean[] }).__inFrame = seen;
    const lines = document.querySelector<HTMLCanvasElement>('canvas.lines-canvas');
    input.addEventListener(
      'input',
      () => {
        const before = lines?.dataset.revision;
        requestAnimationFrame(() => seen.push(lines?.dataset.revision !== before));
      },
      { capture: true },
    );
  });
  const y = box.y + box.height / 2;
  // The pointer comes over the slider a moment before it grabs it: the worker runs its positions
  // meanwhile, so the grab, which moves the thumb to the pointer, is drawn in its frame too.
  const grabAt = Number(await slider.inputValue()) < 50 ? 0.75 : 0.25;
  await page.mouse.move(box.x + box.width * grabAt, y);
  await page.waitForTimeout(1000);
  await page.mouse.down();
  const xs = [0.2, 0.8, 0.35, 0.65, 0.1, 0.9, 0.45, 0.55];
  for (const f of xs) {
    await page.mouse.move(box.x + box.width * f, y);
    await page.waitForTimeout(60);
  }
  await page.mouse.up();
  const inFrame = await page.evaluate(() => (window as unknown as { __inFrame: boolean[] }).__inFrame);
  // The grab (the thumb jumps to the pointer) and every move.
  expect(inFrame).toHaveLength(xs.length + 1);
  expect(inFrame).toEqual([true, ...xs.map(() => true)]);
});
