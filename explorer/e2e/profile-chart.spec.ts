import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { icuNetworkModel } from '@samenspel/icu-model';
import { expect, test, type Page } from '@playwright/test';

/** The factors whose lines the chart's canvas shows now (`drawn-without`: its dashed lines). */
async function drawnLines(page: Page, which: 'drawn' | 'drawn-without' = 'drawn'): Promise<string[]> {
  const ids = await page.locator('section.chart canvas.lines-canvas').getAttribute(`data-${which}`);
  return (ids ?? '').split(' ').filter((id) => id !== '');
}

// The region profile (sliders, inputs with a change at a month) and the time-series chart (lines per
// factor, filter, hover and keyboard values, table alternative) working together.

const cell = (page: Page, factor: string, month: number) =>
  page.locator(`section.chart td[data-factor="${factor}"][data-month="${String(month)}"]`);

async function openTable(page: Page): Promise<void> {
  const table = page.locator('section.chart details.table-alt');
  if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect.poll(() => drawnLines(page)).toHaveLength(13);
});

test('a factor slider moved with the keyboard changes month 0 and the rest of the run', async ({ page }) => {
  await openTable(page);
  await expect(cell(page, 'trust', 0)).toHaveText('25');
  const finalBefore = await cell(page, 'trust', 60).innerText();

  const slider = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await expect(slider).toHaveValue('25');
  await slider.focus();
  for (let i = 0; i < 40; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue('65');
  await expect(page.locator('section.profile [data-factor="trust"] .value')).toHaveText('65');

  await expect(cell(page, 'trust', 0)).toHaveText('65');
  await expect(cell(page, 'trust', 60)).not.toHaveText(finalBefore);
});

test('a factor’s definition and seed quote are one click away', async ({ page }) => {
  const info = page.getByRole('button', { name: 'Uitleg bij Vertrouwen' });
  await expect(info).toHaveAttribute('aria-expanded', 'false');
  const quote = page.getByText('Door deze interactie groeit het benodigde vertrouwen', { exact: false });
  await expect(quote).toBeHidden();
  await info.click();
  await expect(info).toHaveAttribute('aria-expanded', 'true');
  await expect(quote).toBeVisible();
  await page.getByRole('button', { name: 'Uitleg bij Lokale implementatie' }).click();
  await expect(page.locator('#profile-info-localImplementation')).toContainText(
    'Hoort ook bij: Samenwerken in een netwerk, Resultaten behalen',
  );
});

test('an obligation that changes at month 12 shows in the chart', async ({ page }) => {
  await openTable(page);
  const before6 = await cell(page, 'seekingEachOtherOut', 6).innerText();
  const before24 = await cell(page, 'seekingEachOtherOut', 24).innerText();

  await page.getByRole('checkbox', { name: 'Verandert in maand (Verplichting tot netwerkvorming)' }).check();
  const month = page.getByRole('spinbutton', {
    name: 'Maand waarin Verplichting tot netwerkvorming verandert',
  });
  await month.fill('12');
  await month.press('Enter');
  const next = page.getByRole('slider', { name: 'Nieuwe waarde (Verplichting tot netwerkvorming)' });
  await next.focus();
  await next.press('End');
  await expect(next).toHaveValue('100');

  const marker = page.locator('section.chart line[data-change="networkObligation"]');
  await expect(marker).toHaveCount(1);
  await expect(page.locator('section.chart svg[data-export="chart"]')).toContainText(
    'Verplichting tot netwerkvorming: 20 → 100',
  );
  await expect(cell(page, 'seekingEachOtherOut', 6)).toHaveText(before6);
  await expect(cell(page, 'seekingEachOtherOut', 24)).not.toHaveText(before24);

  // Unchecking writes a constant again: the marker goes.
  await page
    .getByRole('checkbox', { name: 'Verandert in maand (Verplichting tot netwerkvorming)' })
    .uncheck();
  await expect(marker).toHaveCount(0);
  await expect(cell(page, 'seekingEachOtherOut', 24)).toHaveText(before24);
});

test('the chart filters by mechanism', async ({ page }) => {
  const filter = page.getByRole('group', { name: 'Toon mechanisme' });
  const network = filter.getByRole('button', { name: 'Samenwerken in een netwerk' });
  await network.click();
  await expect(network).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => drawnLines(page)).toHaveLength(5);
  expect(await drawnLines(page)).not.toContain('trust');
  expect(await drawnLines(page)).toContain('commonGround');
  await openTable(page);
  await expect(cell(page, 'trust', 0)).toHaveCount(0);
  await filter.getByRole('button', { name: 'Alle' }).click();
  await expect.poll(() => drawnLines(page)).toHaveLength(13);
});

test('hovering and the keyboard show the values per month', async ({ page }) => {
  const plot = page.getByRole('slider', { name: 'Waarden per maand' });
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (box === null) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  const tooltip = page.locator('section.chart .tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Maand \d+/);
  await expect(tooltip.locator('tr[data-factor]')).toHaveCount(13);
  await expect(tooltip.locator('tr[data-factor="trust"] .num')).toHaveText(/^\d+$/);

  // Keyboard: End goes to the last month; the tooltip and the marker match the table's last column.
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await openTable(page);
  const last = await cell(page, 'trust', 60).innerText();
  await plot.focus();
  await plot.press('End');
  await expect(tooltip).toContainText('Maand 60');
  await expect(page.locator('section.chart g.marker')).toHaveAttribute('data-month', '60');
  await expect(tooltip.locator('tr[data-factor="trust"] .num')).toHaveText(last);
  await expect(plot).toHaveAttribute('aria-valuetext', new RegExp(`Vertrouwen ${last}`));
  await plot.press('ArrowLeft');
  await expect(plot).toHaveAttribute('aria-valuenow', '59');
});

test('labels follow the interface language', async ({ page }) => {
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('slider', { name: 'Trust', exact: true })).toBeVisible();
  await expect(page.locator('section.chart svg[data-export="chart"]')).toContainText('Month');
  await expect(page.locator('section.chart svg[data-export="chart"]')).toContainText('Level (0–100)');
  await expect(page.getByRole('group', { name: 'Show mechanism' })).toBeVisible();
});

test('reset returns to the model defaults', async ({ page }) => {
  const reset = page.getByRole('button', { name: 'Terug naar de standaardwaarden' });
  await expect(reset).toBeDisabled();
  const slider = page.getByRole('slider', { name: 'Draagvlak samenwerking', exact: true });
  await slider.focus();
  await slider.press('PageUp');
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect(slider).toHaveValue('25');
  await expect(reset).toBeDisabled();
});

test('profile and chart pass an accessibility scan; screenshots', async ({ page }) => {
  await page.getByRole('button', { name: 'Uitleg bij Vertrouwen' }).click();
  await page.getByRole('checkbox', { name: 'Verandert in maand (Verplichting tot netwerkvorming)' }).check();
  const next = page.getByRole('slider', { name: 'Nieuwe waarde (Verplichting tot netwerkvorming)' });
  await next.focus();
  for (let i = 0; i < 50; i++) await next.press('ArrowRight');
  await openTable(page);

  const scan = await new AxeBuilder({ page }).include('section.profile').include('section.chart').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  await page.locator('section.profile').screenshot({ path: '../docs/screenshots/profile.png' });
  const plot = page.getByRole('slider', { name: 'Waarden per maand' });
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (box === null) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
  await expect(page.locator('section.chart .tooltip')).toBeVisible();
  await page.locator('section.chart').screenshot({ path: '../docs/screenshots/chart.png' });
});

/** Downloads the chart (SVG and PNG) from the scenario menu; the SVG's text and the PNG's height. */
async function downloadChart(page: Page, lang: 'nl' | 'en'): Promise<{ svg: string; pngHeight: number }> {
  await page.getByRole('button', { name: lang === 'nl' ? 'Scenario’s' : 'Scenarios', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const get = async (format: 'SVG' | 'PNG'): Promise<Buffer> => {
    const name = lang === 'nl' ? `Grafiek als ${format}` : `Chart as ${format}`;
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name, exact: true }).click(),
    ]);
    return readFile(await file.path());
  };
  const svg = (await get('SVG')).toString('utf8');
  const png = await get('PNG');
  await dialog.getByRole('button', { name: lang === 'nl' ? 'Sluiten' : 'Close', exact: true }).click();
  // PNG: the IHDR chunk's height, a big-endian 32-bit number at byte 20.
  return { svg, pngHeight: png.readUInt32BE(20) };
}

/** In the page: the downloaded SVG parsed, with the texts of its title and its legend. */
function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = (selector: string): string[] =>
      Array.from(doc.querySelectorAll(selector)).map((el) => el.textContent.trim());
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: all('[data-export-title] text').join(' '),
      legend: all('[data-export-legend] text').join(' '),
      factors: Array.from(doc.querySelectorAll('[data-legend-factor]')).map((g) => ({
        id: g.getAttribute('data-legend-factor'),
        stroke: g.querySelector('line')?.getAttribute('stroke') ?? null,
      })),
      without: doc.querySelector('[data-legend-without]') !== null,
      lines: Array.from(doc.querySelectorAll('[data-export-lines] path[data-factor]')).map((p) => ({
        id: p.getAttribute('data-factor'),
        d: p.getAttribute('d') ?? '',
        stroke: p.getAttribute('stroke') ?? '',
      })),
      withoutLines: doc.querySelectorAll('[data-export-lines] path[data-without]').length,
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, svg);
}

test('the downloaded chart (SVG and PNG) carries a legend and a title, in Dutch and English', async ({
  page,
}) => {
  const onPage = await page
    .locator('svg[data-export="chart"]')
    .evaluate((el) => el.getBoundingClientRect().height);
  const nl = await downloadChart(page, 'nl');
  const dutch = await readSvg(page, nl.svg);
  expect(dutch.error).toBeNull();
  expect(dutch.title).toContain('Mijn regio');
  expect(dutch.title).toContain('maanden');
  for (const f of icuNetworkModel.factors) expect(dutch.legend).toContain(f.label.nl);
  // Each mechanism that colours a line (a factor's first) heads its factors.
  for (const m of icuNetworkModel.mechanisms)
    if (icuNetworkModel.factors.some((f) => f.mechanisms[0] === m.id))
      expect(dutch.legend).toContain(m.label.nl);
  expect(dutch.factors).toHaveLength(icuNetworkModel.factors.length);
  for (const f of dutch.factors) expect(f.stroke).toMatch(/^#[0-9a-f]{6}$/i);
  expect(dutch.without).toBe(false);
  // The lines the page draws on its canvas are in the file as paths, one per factor, coloured.
  expect(dutch.lines.map((l) => l.id).sort()).toEqual(icuNetworkModel.factors.map((f) => f.id).sort());
  for (const l of dutch.lines) {
    expect(l.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    expect(l.stroke).toMatch(/^#[0-9a-f]{6}$/i);
  }
  expect(dutch.withoutLines).toBe(0);
  expect(dutch.height).toBeGreaterThan(onPage);
  // The PNG (drawn at twice the size) is the same picture: as tall as the SVG with its legend.
  expect(nl.pngHeight).toBe(Math.round(dutch.height * 2));

  // English, with a lever: the dashed "without interventions" lines get their note.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByRole('button', { name: /^Add / }).first().click();
  await expect.poll(async () => (await drawnLines(page, 'drawn-without')).length).toBeGreaterThan(0);
  const en = await downloadChart(page, 'en');
  const english = await readSvg(page, en.svg);
  expect(english.error).toBeNull();
  expect(english.title).toContain('months');
  for (const f of icuNetworkModel.factors) expect(english.legend).toContain(f.label.en);
  expect(english.without).toBe(true);
  expect(english.withoutLines).toBe(icuNetworkModel.factors.length);
  expect(english.legend).toContain('without interventions');
});
