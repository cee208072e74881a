import { expect, test } from '@playwright/test';

test('the tipping panel maps the outcome, describes the threshold and finds the least we could do', async ({
  page,
}) => {
  // The map is 225 runs plus a few line searches; allow for a busy machine.
  test.setTimeout(120_000);
  const slow = { timeout: 30_000 };
  await page.goto('./');
  const panel = page.locator('section[aria-labelledby="h-tipping"]');
  await expect(panel.getByRole('heading', { name: 'Kantelpunt' })).toBeVisible();

  // The default region stalls; compute the default map (motivation × context).
  await expect(panel.getByTestId('tipping-least-status')).toHaveAttribute('data-takes-off', 'false', slow);
  await expect(panel.getByLabel('Horizontaal', { exact: true })).toHaveValue('initial.pioneerMotivation');
  await expect(panel.getByLabel('Verticaal', { exact: true })).toHaveValue('inputs.externalContext');
  await panel.getByRole('button', { name: 'Bereken' }).click();
  await expect(panel.locator('[data-tipping-cell]')).toHaveCount(225, slow);
  await expect(panel.getByTestId('tipping-marker')).toBeVisible();
  const text = panel.getByTestId('tipping-text');
  await expect(text).toContainText('Met uw huidige waarden komt de samenwerking niet op gang.', slow);
  await expect(text).toContainText('Alleen ‘Intrinsieke motivatie voortrekkers’ veranderen is niet genoeg');

  // Along a uniform start there is a tipping point; the map follows the choice by itself.
  await panel.getByLabel('Horizontaal', { exact: true }).selectOption('initial.*');
  await expect(text).toContainText(
    /Met ‘Alle factoren \(gelijke start\)’ vanaf ca\. \d+ komt ze wel op gang/,
    slow,
  );
  await expect(panel.getByTestId('tipping-outline')).toBeVisible();
  await expect(panel.locator('[data-tipping-cell]')).toHaveCount(225);

  // The table alternative has a row per y value.
  await panel.getByText('Toon de kaart als tabel').click();
  await expect(panel.locator('table tbody tr')).toHaveCount(15);
  await panel.getByText('Toon de kaart als tabel').click();

  // What is the least we could do?
  await panel.getByRole('button', { name: 'Zoek het minste' }).click();
  const answer = panel.getByTestId('tipping-least-answer');
  await expect(answer.locator('.best')).toHaveText(
    /^Met alleen ‘.+’ op \d+% intensiteit vanaf maand 0 komt de samenwerking op gang\.$/,
    slow,
  );
  expect(await answer.locator('li[data-enough="true"]').count()).toBeGreaterThan(0);
  expect(await answer.locator('li').count()).toBeGreaterThan(1);
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: '../docs/screenshots/tipping.png' });

  // Duration mode answers too.
  await panel.getByLabel('Duur').check();
  await panel.getByRole('button', { name: 'Zoek het minste' }).click();
  await expect(answer.locator('.best')).toContainText(
    /op volle intensiteit gedurende \d+ maanden vanaf maand 0/,
    slow,
  );
  await panel.getByLabel('Intensiteit').check();
  await panel.getByRole('button', { name: 'Zoek het minste' }).click();

  // Applying the top answer makes this region take off.
  await answer.getByRole('button', { name: 'Voeg toe aan scenario', exact: true }).click();
  await expect(panel.getByTestId('tipping-least-status')).toHaveAttribute('data-takes-off', 'true', slow);
  await expect(panel.getByTestId('tipping-least-status')).toContainText(
    'komt de samenwerking in uw regio al op gang',
  );
  await expect(text).toContainText('Met uw huidige waarden komt de samenwerking op gang.', slow);
});

test('a map being computed can be stopped; nothing is shown and the map can be computed again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Hold the run pool's workers back, so the computation is still going when Stop is pressed.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pool.worker*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const panel = page.locator('section[aria-labelledby="h-tipping"]');
  await panel.getByRole('button', { name: 'Bereken' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Voortgang van de berekening' })).toBeVisible();
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  release();
  await expect(panel.getByText('Kies twee grootheden en klik op Bereken')).toBeVisible();
  await expect(panel.locator('[data-tipping-cell]')).toHaveCount(0);
  await expect(panel.getByRole('alert')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Bereken' }).click();
  await expect(panel.locator('[data-tipping-cell]')).toHaveCount(225, { timeout: 30_000 });
});
