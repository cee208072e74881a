import { expect, test } from '@playwright/test';

test('the uncertainty panel runs a Monte Carlo study in Web Workers with a progress bar, and shows the spread and the share', async ({
  page,
}) => {
  // 200 runs in workers; allow for a busy machine.
  test.setTimeout(120_000);
  const slow = { timeout: 60_000 };
  await page.goto('./');
  const panel = page.locator('section[aria-labelledby="h-uncertainty"]');
  await expect(panel.getByRole('heading', { name: 'Onzekerheid' })).toBeVisible();
  await expect(panel.getByText('Kies wat er mag variëren')).toBeVisible();

  await panel.getByLabel('Aantal berekeningen').selectOption('200');
  await panel.getByLabel('Factor').selectOption('trust');
  await panel.getByRole('button', { name: 'Bereken spreiding' }).click();

  // A real progress bar with an accessible name, and a way to stop.
  const bar = panel.getByRole('progressbar', { name: 'Voortgang van de spreidingsberekening' });
  await expect(bar).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Stop' })).toBeVisible();

  // It completes: the bar goes, the share and the bands appear.
  const share = panel.getByTestId('uncertainty-share');
  await expect(share).toHaveText(
    /^In \d+ van de 200 berekeningen \(\d+%\) komt de samenwerking op gang\.$/,
    slow,
  );
  await expect(bar).toHaveCount(0);
  await expect(panel.getByTestId('uncertainty-chart')).toBeVisible();
  await expect(panel.getByTestId('uncertainty-chart').locator('path.median')).toHaveAttribute('d', /^M/);

  // The table alternative lists every sixth month.
  await panel.getByText('Toon de spreiding als tabel').click();
  await expect(panel.locator('table tbody tr')).toHaveCount(11);

  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(share).toHaveText(/^In \d+ of the 200 runs \(\d+%\) the collaboration takes off\.$/);

  // A long study can be stopped.
  await panel.getByLabel('Number of runs').selectOption('2000');
  await panel.getByRole('button', { name: 'Compute spread' }).click();
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(panel.getByText('Stopped; nothing was computed.')).toBeVisible();
});
