import { expect, test } from '@playwright/test';

// A valid scenario that asks for more time steps than the explorer computes is not run; the page
// says why and how to fix it, keeps the last run on screen, and runs again once it fits.
test('a scenario with too many time steps is not run, with the reason and the way out', async ({ page }) => {
  await page.goto('./');
  const slider = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await expect(slider).toBeVisible();

  await page.getByRole('button', { name: 'Scenario’s', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenario’s bewaren, delen en downloaden' });
  await dialog.getByLabel('Importeer een JSON-bestand').setInputFiles({
    name: 'lang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'Lang', horizonMonths: 1200, dt: 0.01 })),
  });
  await page.keyboard.press('Escape');

  const alert = page.getByTestId('too-long');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    'Dit scenario vraagt 120.000 tijdstappen (horizon 1.200 maanden, tijdstap 0,01)',
  );
  await expect(alert).toContainText('de verkenner rekent tot 50.000 per berekening');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(alert).toContainText(
    'This scenario asks for 120,000 time steps (horizon 1,200 months, time step 0.01)',
  );

  // Undo brings back the scenario that fits: the message goes.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(alert).toHaveCount(0);
});
