import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import lz from 'lz-string';

// The causal-loop diagram: nodes and links, the time scrubber and playback, loop highlighting,
// the pseudo-collaboration overlay and the text alternative. Saves docs/screenshots/diagram*.png.

function diagram(page: Page): Locator {
  return page.locator('section.diagram');
}

function svg(page: Page): Locator {
  return page.locator('svg[data-export="diagram"]');
}

function scrubber(page: Page): Locator {
  return diagram(page).getByRole('slider', { name: 'Maand', exact: true });
}

async function open(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  // Wait for the first run: the nodes show numbers instead of "…".
  await expect(svg(page).locator('[data-value="trust"]')).toHaveText(/^\d+$/);
}

async function values(page: Page): Promise<string[]> {
  return svg(page).locator('[data-value]').allTextContents();
}

test('the diagram shows the 13 factors and the obligation, with every link', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await open(page);
  await expect(svg(page)).toHaveAttribute('role', 'img');
  await expect(svg(page)).toHaveAttribute('aria-label', /13 factoren/);
  await expect(svg(page).locator('[data-node]')).toHaveCount(14);
  await expect(svg(page).locator('[data-node="networkObligation"]')).toHaveCount(1);
  await expect(svg(page).locator('g[data-link]')).toHaveCount(35);
  await expect(svg(page).locator('[data-edge]')).toHaveCount(7);
  await expect(svg(page).locator('[data-mark="delay"]')).toHaveCount(1);
  await expect(svg(page).locator('[data-mark="rise"]')).toHaveCount(1);
  await expect(svg(page).locator('[data-mark="sign"]').first()).toHaveText('+');
  expect(problems).toEqual([]);
});

test('scrubbing to month 30 changes what the nodes show', async ({ page }) => {
  await open(page);
  const before = await values(page);
  await scrubber(page).fill('30');
  await expect(scrubber(page)).toHaveValue('30');
  await expect(diagram(page).locator('output')).toHaveText('30 / 60');
  await expect.poll(async () => (await values(page)).join(' ')).not.toBe(before.join(' '));
  await expect(svg(page)).toHaveAttribute('aria-label', /maand 30/);
  await scrubber(page).blur();
  await diagram(page).screenshot({ path: '../docs/screenshots/diagram.png' });
});

test('play advances the month and pause stops it', async ({ page }) => {
  await open(page);
  await expect(scrubber(page)).toHaveValue('0');
  await diagram(page).getByRole('button', { name: 'Afspelen' }).click();
  await expect.poll(async () => Number(await scrubber(page).inputValue())).toBeGreaterThan(2);
  await diagram(page).getByRole('button', { name: 'Pauzeren' }).click();
  await expect(diagram(page).getByRole('button', { name: 'Afspelen' })).toBeVisible();
  const stopped = Number(await scrubber(page).inputValue());
  expect(stopped).toBeLessThan(60);
  await page.waitForTimeout(600);
  expect(Number(await scrubber(page).inputValue())).toBe(stopped);
});

test('playback stops by itself at the horizon', async ({ page }) => {
  await open(page);
  await scrubber(page).fill('56');
  await diagram(page).getByRole('button', { name: 'Afspelen' }).click();
  await expect(scrubber(page)).toHaveValue('60');
  await expect(diagram(page).getByRole('button', { name: 'Afspelen' })).toBeVisible();
});

test('selecting a loop highlights its links and nodes and fades the rest', async ({ page }) => {
  await open(page);
  await scrubber(page).fill('30');
  const picker = diagram(page).getByLabel('Lus markeren');
  await expect(svg(page).locator('g[data-link][data-highlight="on"]')).toHaveCount(0);
  // The first option after "no loop" is the strongest loop at month 30.
  const first = picker.locator('optgroup').first().locator('option').first();
  const id = await first.getAttribute('value');
  expect(id).toMatch(/^L\d+$/);
  await picker.selectOption(id ?? '');
  const on = svg(page).locator('g[data-link][data-highlight="on"]');
  await expect.poll(() => on.count()).toBeGreaterThan(1);
  await expect(svg(page).locator('g[data-link][data-highlight="off"]').first()).toBeVisible();
  await expect(svg(page).locator('[data-node][data-highlight="on"]').first()).toBeVisible();
  await expect(diagram(page).getByText(`Gemarkeerd: lus ${id ?? ''}`)).toBeVisible();

  // A loop through a gate highlights the moderator line.
  const gated = picker.locator('option', { hasText: /Vertrouwen → Collectieve intelligentie/ }).first();
  await picker.selectOption((await gated.getAttribute('value')) ?? '');
  await expect(
    svg(page).locator('[data-edge^="seekingEachOtherOut-collectiveIntelligence#"][data-highlight="on"]'),
  ).toHaveCount(1);
  await expect(svg(page).locator('[data-tail="seekingEachOtherOut-collectiveIntelligence"]')).toHaveCount(1);

  await picker.selectOption('');
  await expect(svg(page).locator('g[data-link][data-highlight="on"]')).toHaveCount(0);
});

test('the pseudo-collaboration overlay toggles and is suggested when the run shows the pattern', async ({
  page,
}) => {
  const scenario: unknown = JSON.parse(
    readFileSync('../examples/scenarios/pseudo-collaboration.json', 'utf8'),
  );
  await open(page, `#s=${lz.compressToEncodedURIComponent(JSON.stringify(scenario))}&v=1`);
  const toggle = diagram(page).getByRole('button', { name: 'Pseudosamenwerking tonen' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(svg(page).locator('g[data-pseudo="path"]')).toHaveCount(0);

  // The run shows pseudo-collaboration: a badge suggests the overlay.
  const badge = diagram(page).getByTestId('pseudo-badge');
  await expect(badge).toContainText('pseudosamenwerking');
  await badge.getByRole('button', { name: 'Toon het patroon in het diagram' }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(svg(page).locator('g[data-pseudo="path"]')).toHaveCount(3);
  await expect(svg(page).locator('g[data-pseudo="skipped"]')).toHaveCount(8);
  await expect(diagram(page).getByText(/de verplichting brengt mensen bij elkaar/)).toBeVisible();
  await scrubber(page).fill('12');
  await scrubber(page).blur();
  await diagram(page).screenshot({ path: '../docs/screenshots/diagram-pseudo.png' });

  // With the overlay, a highlighted loop and the text open, the diagram area passes axe.
  await diagram(page).getByLabel('Lus markeren').selectOption('L1');
  await diagram(page).locator('details summary').last().click();
  const { violations } = await new AxeBuilder({ page })
    .include('section.diagram')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(svg(page).locator('g[data-pseudo="path"]')).toHaveCount(0);
});

test('the text alternative lists every link with its weight and flow, and the highlighted loop', async ({
  page,
}) => {
  await open(page);
  const details = diagram(page).locator('details', { hasText: 'Diagram als tekst' });
  await details.locator('summary').click();
  const items = details.locator('[data-link-text]');
  await expect(items).toHaveCount(35);
  await expect(details.locator('[data-link-text="trust-supportForCollaboration"]')).toHaveText(
    /^Vertrouwen → Draagvlak samenwerking \(\+\), gewicht 0,50, stroom nu 0,\d\d$/,
  );
  await expect(details.locator('[data-link-text="localImplementation-optimalPatientCare"]')).toContainText(
    'vertraagd (9 maanden)',
  );
  await expect(
    details.locator('[data-link-text="seekingEachOtherOut-collectiveIntelligence"]'),
  ).toContainText('poort: alleen bij voldoende Vertrouwen');
  await expect(details).toContainText('Er is geen lus gemarkeerd.');
  await diagram(page).getByLabel('Lus markeren').selectOption('L1');
  await expect(details).toContainText(/Gemarkeerde lus L1 \(versterkend\): .+ → .+/);
});

test('the diagram follows the language and presentation mode', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(diagram(page).getByRole('slider', { name: 'Month', exact: true })).toBeVisible();
  await expect(svg(page).locator('[data-label="trust"]')).toHaveText('Trust');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  const size = await svg(page).locator('[data-label="trust"]').getAttribute('font-size');
  expect(Number(size)).toBeGreaterThan(18);

  // Shown large, the diagram fills the window; Escape brings it back.
  const before = (await svg(page).boundingBox())?.width ?? 0;
  const large = diagram(page).getByRole('button', { name: 'Show large' });
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await svg(page).boundingBox())?.height ?? 0).toBeGreaterThan(600);
  expect((await svg(page).boundingBox())?.width ?? 0).toBeGreaterThan(before);
  await page.screenshot({ path: '../docs/screenshots/diagram-large-presentation-en.png' });
  await page.keyboard.press('Escape');
  await expect(large).toHaveAttribute('aria-pressed', 'false');
});
