import { expect, test, type Locator, type Page } from '@playwright/test';

// Reading the loops (issue item 4) and trying levers (item 5), driven only through the interface.

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** The with/without cells of a factor's row in the comparison, as numbers. */
async function compared(page: Page, factor: string): Promise<{ with: number; without: number }> {
  const row = page.getByTestId('lever-comparison').locator(`tr[data-factor="${factor}"]`);
  const read = async (cell: Locator) => Number((await cell.textContent())?.trim());
  return {
    with: await read(row.locator('td[data-col="with"] [data-value]')),
    without: await read(row.locator('td[data-col="without"] [data-value]')),
  };
}

const FCI = 'Faciliteer de collectieve intelligentie en werk aan een gemeenschappelijke basis';

test('a stalled region: advice, add a lever, compare with and without, edit, remove', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('./');
  const loops = page.getByTestId('loops-panel');
  await expect(loops.getByText('De samenwerking komt (nog) niet op gang')).toBeVisible();

  // The default region: the network mechanism stalls, with the seed's advice and its levers.
  const network = loops.locator('[data-mechanism="network"]');
  await expect(network.getByRole('heading', { name: 'Samenwerken in een netwerk' })).toBeVisible();
  await expect(network).toContainText('valt stil');
  await expect(network.getByRole('heading', { name: 'Zo versterkt u dit mechanisme' })).toBeVisible();
  await expect(network).toContainText('Faciliteer de collectieve intelligentie van de groep');
  const building = loops.locator('[data-mechanism="building"]');
  await expect(building).toContainText('versterkt zichzelf');
  await expect(building.getByRole('heading', { name: 'Zo versterkt u dit mechanisme' })).toHaveCount(0);

  // The dominant loop is named in factor order and can be selected (pressed) for the diagram.
  const loop = building.locator('button.loop');
  await expect(loop).toContainText('Vertrouwen');
  await expect(loop).toContainText(' → ');
  await loop.click();
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  await loop.click();
  await expect(loop).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('loops-panel').scrollIntoViewIfNeeded();
  await page
    .locator('section[aria-labelledby="h-loops"]')
    .screenshot({ path: '../docs/screenshots/loops.png' });

  // Add the lever from the advice: a bar appears, the comparison shows different numbers.
  await expect(page.getByTestId('timeline-bar')).toHaveCount(0);
  await network.getByRole('button', { name: `${FCI} toevoegen` }).click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(1);
  const comparison = page.getByTestId('lever-comparison');
  await expect(comparison.getByRole('table')).toBeVisible();
  const full = await compared(page, 'collectiveIntelligence');
  expect(full.with).toBeGreaterThan(full.without);
  await expect(network).toContainText('versterkt zichzelf');
  await expect(network.getByRole('heading', { name: 'Zo versterkt u dit mechanisme' })).toHaveCount(0);

  // Edit the end month: the run changes.
  const editor = page.getByRole('group', { name: FCI });
  await editor.getByLabel('Eindmaand').fill('20');
  await editor.getByLabel('Eindmaand').press('Tab');
  await expect.poll(async () => (await compared(page, 'collectiveIntelligence')).with).not.toBe(full.with);
  const shorter = await compared(page, 'collectiveIntelligence');
  expect(shorter.without).toBe(full.without);
  await expect(network).toContainText('valt stil');

  // Intensity is shown on the bar and editable.
  await editor.getByLabel('Intensiteit (%)').fill('60');
  await editor.getByLabel('Intensiteit (%)').press('Tab');
  await expect(page.getByTestId('lever-timeline').getByRole('img')).toHaveAttribute(
    'aria-label',
    /maand 0 tot 20, intensiteit 60 %/,
  );
  await editor.getByLabel('Eindmaand').fill('60');
  await editor.getByLabel('Eindmaand').press('Tab');
  await expect
    .poll(async () => (await compared(page, 'collectiveIntelligence')).with)
    .toBeGreaterThan(shorter.with);
  await comparison.getByRole('heading', { name: 'Met en zonder interventies' }).click(); // blur the field
  await page
    .locator('section[aria-labelledby="h-levers"]')
    .screenshot({ path: '../docs/screenshots/levers.png' });

  // Remove it: the timeline empties, the comparison goes, the mechanism stalls again; undo brings it back.
  await editor.getByRole('button', { name: `${FCI} verwijderen` }).click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(0);
  await expect(comparison).toHaveCount(0);
  await expect(network).toContainText('valt stil');
  const undo = page.getByRole('button', { name: 'Ongedaan maken' });
  await undo.click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(1);
  await expect(editor.getByLabel('Eindmaand')).toHaveValue('60');
  await undo.click();
  await expect(editor.getByLabel('Eindmaand')).toHaveValue('20');
  await undo.click(); // intensity back to 100
  await undo.click(); // end month back to 60
  await undo.click(); // the lever is gone again
  await expect(page.getByTestId('timeline-bar')).toHaveCount(0);

  // In English, statuses and loop names follow the language.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(network).toContainText('stalls');
  await expect(network.getByRole('heading', { name: 'Collaborating in a network' })).toBeVisible();
  await expect(building.locator('button.loop')).toContainText('Trust');
  await expect(
    page.getByTestId('levers-panel').getByRole('heading', { name: 'Available levers' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});

test('a lever from the list can be added and the list explains it', async ({ page }) => {
  await page.goto('./');
  const list = page.getByTestId('lever-list');
  const details = list.locator('details').filter({ hasText: 'Wees transparant' });
  await expect(details.getByText(/In het model:/)).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText(/In het model:/)).toBeVisible();
  await expect(details.locator('cite')).toContainText('Zorginstituut Nederland');
  await list.getByRole('button', { name: 'Wees transparant toevoegen' }).click();
  await list.getByRole('button', { name: 'Wees transparant toevoegen' }).click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Wees transparant' })).toHaveCount(2);
});

test('a lever’s intensity slider redraws the chart while it is dragged; each drag is one undo step', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByTestId('lever-list').getByRole('button', { name: 'Wees transparant toevoegen' }).click();
  const slider = page.getByRole('group', { name: 'Wees transparant' }).getByRole('slider');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (box === null) throw new Error('slider not visible');
  const lines = page.locator('canvas.lines-canvas');
  const revision = async () => Number(await lines.getAttribute('data-revision'));
  const y = box.y + box.height / 2;
  const drag = async (fractions: number[]) => {
    await page.mouse.move(box.x + box.width * (fractions[0] ?? 0.5), y);
    await page.mouse.down();
    const seen: number[] = [];
    for (const f of fractions.slice(1)) {
      await page.mouse.move(box.x + box.width * f, y);
      await page.waitForTimeout(40);
      seen.push(await revision());
    }
    await page.mouse.up();
    return seen;
  };
  // While the button is held, every move that changes the value redraws the chart.
  const during = await drag([0.9, 0.7, 0.5, 0.3, 0.1]);
  expect(new Set(during).size).toBe(during.length);
  const afterFirst = await slider.inputValue();
  expect(Number(afterFirst)).toBeLessThan(30);
  // A second drag at once is a step of its own: undo goes back to where the first drag left it.
  await drag([0.2, 0.5, 0.8]);
  expect(Number(await slider.inputValue())).toBeGreaterThan(60);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(slider).toHaveValue(afterFirst);
});

test('a pseudo-collaboration region gets a plain explanation and the levers out of it', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('./');
  const profile = page.locator('section[aria-labelledby="h-profile"]');
  const set = async (name: string, level: number) => {
    await profile.getByRole('slider', { name, exact: true }).fill(String(level));
  };
  // The seed's pseudo-collaboration: a strong obligation meets little motivation and trust.
  await set('Verplichting tot netwerkvorming', 90);
  await set('Externe context', 40);
  await set('Intrinsieke motivatie voortrekkers', 10);
  await set('Vertrouwen', 10);
  await set('Draagvlak samenwerking', 10);

  const box = page.getByTestId('pseudo-box');
  await expect(box).toBeVisible();
  await expect(box.getByRole('heading', { name: 'Deze run laat pseudosamenwerking zien' })).toBeVisible();
  await expect(box).toContainText('werken deelnemers samen omdat regels uit de externe context');
  await expect(box).toContainText('Toch kunnen ook verplichte ontmoetingen iets in gang zetten');
  await expect(box.locator('blockquote')).toContainText('Pseudosamenwerking zien we in netwerken');
  await expect(box.locator('cite')).toContainText('Bij pseudo-samenwerking');
  await expect(page.getByTestId('loops-panel')).toContainText('De samenwerking komt (nog) niet op gang');
  await box.screenshot({ path: test.info().outputPath('pseudo-box.png') });

  const overlay = box.getByRole('button', { name: 'Toon pseudosamenwerking in het diagram' });
  await overlay.click();
  await expect(overlay).toHaveAttribute('aria-pressed', 'true');

  await box.getByRole('button', { name: 'Begin klein toevoegen' }).click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Begin klein' })).toBeVisible();
  expect(problems).toEqual([]);
});
