import { expect, test, type Page } from '@playwright/test';

// The guided tour: opens from the header, walks an intro, the five mechanisms and a closing step,
// highlights a loop per mechanism, runs its experiment through the scenario (undoable), and closes
// with Escape, giving focus back to the tour button.

const mechanismTitles = [
  'Context',
  'Opbouwen en onderhouden van samenwerking',
  'Samenwerken in een netwerk',
  'Resultaten behalen',
  'Pseudosamenwerking',
];

/** The chart's table alternative, cell by cell: what the lines show (empty while the chart has none). */
async function chartPaths(page: Page): Promise<string[]> {
  return page
    .locator('section.chart details.table-alt td')
    .evaluateAll((cells) => cells.map((c) => c.textContent));
}

/** Ids of the diagram's links and moderator edges marked as part of the highlighted loop. */
async function highlightedLinks(page: Page): Promise<string[]> {
  return page
    .locator('svg[data-export="diagram"] [data-highlight="on"]:is([data-link], [data-edge])')
    .evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-link') ?? e.getAttribute('data-edge') ?? '').sort(),
    );
}

test('the tour walks every mechanism, highlights its loop, tries an experiment and closes with Escape', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto('./');
  const opener = page.getByRole('button', { name: 'Rondleiding' });
  await opener.click();

  const dialog = page.getByRole('dialog', { name: /Rondleiding/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus moves into the dialog.
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expect(dialog).toContainText('Stap 1 van 7');
  await expect(dialog.getByRole('heading', { name: 'Welkom bij Samenspel' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Vorige' })).toBeDisabled();

  // The dialog is non-blocking: the diagram stays visible beside it.
  const diagram = page.getByRole('region', { name: 'Causaal lussendiagram' });
  await expect(diagram).toBeInViewport();

  const loops: string[] = [];
  const markedSets: string[] = [];
  for (const [i, title] of mechanismTitles.entries()) {
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await expect(dialog).toContainText(`Stap ${String(i + 2)} van 7`);
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText(title);
    await expect(dialog).toContainText('Gemarkeerd in het diagram');
    const loop = (await dialog.getAttribute('data-loop')) ?? '';
    expect(loop).toMatch(/^L\d+$/);
    loops.push(loop);
    // The diagram shows the tour's loop: its loop picker has it, and it marks the loop's links.
    await expect(diagram.getByRole('combobox', { name: 'Lus markeren' })).toHaveValue(loop);
    const marked = await highlightedLinks(page);
    expect(marked.length).toBeGreaterThan(0);
    markedSets.push(marked.join(' '));
  }
  // The pseudo-collaboration step also switches the diagram's pseudo overlay on.
  await expect(diagram.getByRole('button', { name: 'Pseudosamenwerking tonen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Each mechanism highlights a loop of its own, and the diagram's marked links change with it.
  expect(new Set(loops).size).toBe(mechanismTitles.length);
  expect(new Set(markedSets).size).toBe(mechanismTitles.length);

  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await expect(dialog).toContainText('Stap 7 van 7');
  await expect(dialog.getByRole('heading', { name: 'En nu jouw regio' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Klaar' })).toBeVisible();

  // Back to the building step and try its experiment: the run changes, and it can be undone.
  for (let i = 0; i < 4; i++) await dialog.getByRole('button', { name: 'Vorige' }).click();
  await expect(dialog).toContainText('Stap 3 van 7');
  await expect(dialog).toContainText('Zet de motivatie van voortrekkers op 70');
  const pathsBefore = await chartPaths(page);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Probeer het' }).click();
  const outcome = dialog.locator('[data-outcome="trust"]');
  await expect(outcome).toContainText(/Vertrouwen na 24 maanden: \d+ → \d+/);
  const [, before, after] = /(\d+) → (\d+)/.exec((await outcome.textContent()) ?? '') ?? [];
  expect(Number(after)).toBeGreaterThan(Number(before));
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
  if (pathsBefore.length > 0) {
    await expect.poll(() => chartPaths(page)).not.toEqual(pathsBefore);
  }
  await page.screenshot({ path: '../docs/screenshots/tour.png' });

  // The pseudo-collaboration step, for the record.
  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await expect(dialog).toContainText('Stap 6 van 7');
  await expect(dialog).toContainText('laag van pseudosamenwerking');
  await page.screenshot({ path: '../docs/screenshots/tour-pseudo.png' });

  // Keyboard focus stays inside the dialog.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }

  // Escape closes the tour and gives focus back to the tour button; the experiment stays (undoable).
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
  expect(problems).toEqual([]);
});

test('the tour speaks English when the interface does', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Guided tour' }).click();
  const dialog = page.getByRole('dialog', { name: /Guided tour/ });
  await expect(dialog).toContainText('Step 1 of 7');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(
    'Building and maintaining collaboration',
  );
  await expect(dialog).toContainText('Set the pioneers’ motivation to 70');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Guided tour' })).toBeFocused();
});
