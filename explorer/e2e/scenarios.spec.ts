import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateScenario } from '@samenspel/core';
import { icuNetworkModel } from '@samenspel/icu-model';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import lz from 'lz-string';

// Keeping and sharing work (named scenarios in IndexedDB, JSON export/import, share links, embed
// code), taking results away (SVG, PNG, CSV) and comparing saved scenarios.

const examples = resolve(import.meta.dirname, '../../examples/scenarios');
const screenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const XSS = '<img src=x onerror=alert(1)>';

async function example(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(resolve(examples, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** Fails the test on page errors and on alert() (a user-given name run as HTML). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

const menuDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Scenario’s bewaren, delen en downloaden' });

async function openMenu(page: Page): Promise<Locator> {
  const dialog = menuDialog(page);
  if (!(await dialog.isVisible()))
    await page.getByRole('button', { name: 'Scenario’s', exact: true }).click();
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(menuDialog(page)).toBeHidden();
}

async function importText(page: Page, fileName: string, text: string): Promise<void> {
  const dialog = await openMenu(page);
  await dialog.getByLabel('Importeer een JSON-bestand').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

async function importExample(page: Page, name: string): Promise<Record<string, unknown>> {
  const scenario = await example(name);
  await importText(page, `${name}.json`, JSON.stringify(scenario));
  await expect(menuDialog(page).getByRole('status').filter({ hasText: 'is geïmporteerd' })).toBeVisible();
  return scenario;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, body: await readFile(path) };
}

/** The current scenario, as the export gives it. */
async function exportJson(page: Page): Promise<{ name: string; text: string; json: unknown }> {
  const dialog = await openMenu(page);
  const { file, body } = await download(page, () =>
    dialog.getByRole('button', { name: 'Exporteer als JSON' }).click(),
  );
  const text = body.toString('utf8');
  return { name: file.suggestedFilename(), text, json: JSON.parse(text) };
}

async function save(page: Page, name: string): Promise<void> {
  const dialog = await openMenu(page);
  await dialog.getByLabel('Naam van het scenario').fill(name);
  await dialog.getByRole('button', { name: 'Bewaar', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'is bewaard' })).toBeVisible();
}

const savedNames = (dialog: Locator): Locator => dialog.locator('ul.saved .name');

test('a named scenario is saved in IndexedDB, survives a reload and loads again', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./');
  const stalls = await importExample(page, 'region-stalls');
  await save(page, 'Regio Noord');
  await importExample(page, 'supportive-region-takes-off');
  await save(page, 'Regio Zuid');
  const dialog = await openMenu(page);
  await expect(savedNames(dialog)).toHaveText(['Regio Noord', 'Regio Zuid']);
  await dialog.getByLabel('Naam van het scenario').fill('Regio Noord');
  await dialog.getByRole('button', { name: 'Bewaar', exact: true }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Wil je het overschrijven?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await page.screenshot({ path: resolve(screenshots, 'scenarios.png') });
  const axe = await new AxeBuilder({ page }).include('dialog.scenario-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.reload();
  const after = await openMenu(page);
  await expect(savedNames(after)).toHaveText(['Regio Noord', 'Regio Zuid']);
  expect((await exportJson(page)).json).toMatchObject({ name: 'Mijn regio' });
  await after.getByRole('button', { name: '‘Regio Noord’ laden' }).click();
  await expect(after.getByRole('status').filter({ hasText: '‘Regio Noord’ is geladen' })).toBeVisible();
  expect((await exportJson(page)).json).toEqual({ ...stalls, name: 'Regio Noord' });

  await after.getByRole('button', { name: '‘Regio Zuid’ verwijderen' }).click();
  await expect(savedNames(after)).toHaveText(['Regio Noord']);
  await page.reload();
  await expect(savedNames(await openMenu(page))).toHaveText(['Regio Noord']);
  expect(problems).toEqual([]);
});

test('export downloads the current scenario in the CLI format, which validateScenario accepts', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('./');
  const fresh = await exportJson(page);
  expect(fresh.name).toBe('mijn-regio.json');
  expect(validateScenario(icuNetworkModel, fresh.json).ok).toBe(true);
  expect(fresh.text).toBe(`${JSON.stringify(fresh.json, null, 2)}\n`);

  const takesOff = await importExample(page, 'supportive-region-takes-off');
  const exported = await exportJson(page);
  expect(exported.name).toBe('ondersteunende-regio-komt-op-gang-supportive-region-takes.json');
  expect(validateScenario(icuNetworkModel, exported.json)).toMatchObject({ ok: true, diagnostics: [] });
  expect(exported.json).toEqual(takesOff);

  // The import is one undoable step.
  await closeMenu(page);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  expect((await exportJson(page)).json).toEqual(fresh.json);
  expect(problems).toEqual([]);
});

test('a bad file shows every problem and changes neither the current nor the saved scenarios', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('./');
  await importExample(page, 'region-stalls');
  await save(page, 'Bewaard');
  const before = await exportJson(page);

  const bad = {
    dt: 0,
    method: 'heun',
    initial: { pioneerMotivation: 1.5, trsut: 0.5 },
    inputs: { networkObligation: 1.2, nobody: 0.5 },
    parameters: { memberTurnover: 99 },
    interventions: [{ lever: 'beginKlein' }],
    version: 2,
  };
  await importText(page, 'kapot.json', JSON.stringify(bad));
  const dialog = menuDialog(page);
  const alert = dialog.getByRole('alert').filter({ hasText: 'Het bestand ‘kapot.json’ is niet geladen' });
  await expect(alert).toBeVisible();
  for (const path of [
    'dt',
    'method',
    'initial.pioneerMotivation',
    'initial.trsut',
    'inputs.networkObligation',
    'inputs.nobody',
    'parameters.memberTurnover',
    'interventions[0].lever',
    'version',
  ])
    await expect(
      alert.locator('li code', { hasText: new RegExp(`^${path.replace(/[[\]]/g, '\\$&')}$`) }),
    ).toHaveCount(1);
  await expect(alert.locator('li')).toHaveCount(9);
  // Every problem in Dutch, from its code and params (numbers with a decimal comma), none in English.
  await expect(alert.locator('li')).toHaveText([
    'dt: moet groter zijn dan 0, maar is 0',
    'method: onbekende rekenmethode ‘heun’; gebruik ‘rk4’ of ‘euler’',
    'initial.pioneerMotivation: 1,5 is hoger dan het maximum van 1',
    'inputs.networkObligation: 1,2 is hoger dan het maximum van 1',
    'version: onbekend veld ‘version’',
    'initial.trsut: onbekende factor ‘trsut’',
    /^inputs\.nobody: onbekende invoer ‘nobody’; de invoeren zijn ‘externalContext’, /,
    /^parameters\.memberTurnover: 99 ligt buiten het toegestane bereik van 0 tot /,
    /^interventions\[0\]\.lever: onbekende hefboom ‘beginKlein’; de hefbomen zijn ‘/,
  ]);
  await expect(alert).not.toContainText('unknown');
  await expect(alert).not.toContainText('is above');
  await expect(savedNames(dialog)).toHaveText(['Bewaard']);
  expect((await exportJson(page)).text).toBe(before.text);

  await importText(page, 'half.json', '{"dt": 0.25,');
  const malformed = dialog.getByRole('alert').filter({ hasText: 'Het bestand ‘half.json’ is niet geladen' });
  await expect(malformed).toContainText('(bestand): geen geldige JSON (melding van de browser: ');
  await expect(savedNames(dialog)).toHaveText(['Bewaard']);
  expect((await exportJson(page)).text).toBe(before.text);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
  expect(problems).toEqual([]);
});

test('a share link opens the same scenario in a new page', async ({ page, context }) => {
  const problems = watch(page);
  await page.goto('./');
  await importExample(page, 'pseudo-rescued-by-starting-small');
  const original = await exportJson(page);
  const dialog = await openMenu(page);
  await dialog.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: /Gekopieerd|Kopiëren lukte niet/ }),
  ).toBeVisible();
  const link = await dialog.getByLabel('Link naar dit scenario').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9+$-]+&v=1$/);

  const other = await context.newPage();
  const otherProblems = watch(other);
  await other.goto(link);
  const shared = await exportJson(other);
  expect(shared.text).toBe(original.text);
  await expect(other.getByTestId('share-link-notice')).toHaveCount(0);
  expect([...problems, ...otherProblems]).toEqual([]);
});

test('a malformed, out-of-range or other-version share link is refused with a clear message', async ({
  page,
}) => {
  await page.goto('./#s=dit-is-geen-scenario&v=1');
  const notice = page.getByTestId('share-link-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('De gedeelde link is niet geladen; je ziet het standaardscenario.');
  await expect(notice).toContainText('De link is beschadigd of onvolledig');
  await expect(notice.locator('li')).toHaveText([
    '(link): de linkgegevens zijn niet uit te pakken; de link is beschadigd of onvolledig',
  ]);
  expect((await exportJson(page)).json).toMatchObject({ name: 'Mijn regio' });
  await closeMenu(page);
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toHaveCount(0);

  // Well-formed links whose scenario the model refuses, and a link of another version.
  const bad = { initial: { trust: 1.7 }, interventions: [{ lever: 'beginKlein' }] };
  await page.goto(`./#s=${lz.compressToEncodedURIComponent(JSON.stringify(bad))}&v=1`);
  const invalid = page.getByTestId('share-link-notice');
  await expect(invalid).toContainText('Het scenario in de link past niet bij dit model.');
  await expect(invalid.locator('li')).toHaveText([
    'initial.trust: 1,7 is hoger dan het maximum van 1',
    /^interventions\[0\]\.lever: onbekende hefboom ‘beginKlein’; de hefbomen zijn ‘/,
  ]);

  const good = `./#s=${lz.compressToEncodedURIComponent(JSON.stringify({ horizonMonths: 24 }))}`;
  await page.goto(`${good}&v=7`);
  await expect(page.getByTestId('share-link-notice')).toContainText('uit een andere versie van de verkenner');
  await expect(page.getByTestId('share-link-notice').locator('li')).toHaveText([
    'v: linkversie ‘7’ wordt niet ondersteund; deze verkenner leest versie 1',
  ]);
  await page.goto(`./#s=${lz.compressToEncodedURIComponent('{"dt": 0.25,')}&v=1`);
  await expect(page.getByTestId('share-link-notice').locator('li')).toHaveText([
    /^\(link\): geen geldige JSON \(melding van de browser: .+\)$/,
  ]);

  // The same notice in English after switching the language: texts and field label follow.
  await page.goto(`./#s=${lz.compressToEncodedURIComponent(JSON.stringify(bad))}&v=1`);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const english = page.getByTestId('share-link-notice');
  await expect(english).toContainText('The scenario in the link does not fit this model.');
  await expect(english.locator('li')).toHaveText([
    'initial.trust: 1.7 is above the maximum of 1',
    /^interventions\[0\]\.lever: unknown lever ‘beginKlein’; the levers are ‘/,
  ]);
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.goto(good);
  await page.reload();
  await expect(page.getByTestId('share-link-notice')).toHaveCount(0);
  expect((await exportJson(page)).json).toEqual({ name: 'Scenario', horizonMonths: 24 });
});

test('the diagram and chart download as SVG and PNG, and the run as CSV', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./');
  await expect(page.locator('svg[data-export="diagram"]')).toBeVisible();
  await expect(page.locator('svg[data-export="chart"]')).toBeVisible();
  const dialog = await openMenu(page);
  const button = (name: string) => dialog.getByRole('button', { name, exact: true });

  await expect(button('Verloop als CSV')).toBeEnabled();
  const csv = await download(page, () => button('Verloop als CSV').click());
  expect(csv.file.suggestedFilename()).toBe('mijn-regio.csv');
  const lines = csv.body.toString('utf8').split('\n');
  expect(lines[0]).toBe(['time', ...icuNetworkModel.factors.map((f) => f.id)].join(','));
  expect(lines).toHaveLength(1 + 241 + 1);
  expect(lines[1]?.split(',')).toHaveLength(14);
  expect(lines[241]?.startsWith('60,')).toBe(true);

  for (const figure of ['diagram', 'chart'] as const) {
    const label = figure === 'diagram' ? 'Diagram' : 'Grafiek';
    const svg = await download(page, () => button(`${label} als SVG`).click());
    expect(svg.file.suggestedFilename()).toBe(`mijn-regio-${figure}.svg`);
    const text = svg.body.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('data-background');
    expect(text).not.toContain('var(--');
    expect(text.length).toBeGreaterThan(2000);

    const png = await download(page, () => button(`${label} als PNG`).click());
    expect(png.file.suggestedFilename()).toBe(`mijn-regio-${figure}.png`);
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.body.length).toBeGreaterThan(5000);
  }
  expect(problems).toEqual([]);
});

test('the embed code shows the scenario’s diagram and chart without controls', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./');
  await importExample(page, 'supportive-region-takes-off');
  const dialog = await openMenu(page);
  const code = await dialog
    .getByLabel('Code om de grafieken in een andere pagina in te sluiten')
    .inputValue();
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1#s=[A-Za-z0-9+$-]+&amp;v=1" title="Samenspel: Ondersteunende regio komt op gang \/ Supportive region takes off" width="960" height="900"><\/iframe>$/,
  );
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const link = await dialog.getByLabel('Link naar dit scenario').inputValue();
  expect(src.split('#')[1]).toBe(link.split('#')[1]);

  await page.setViewportSize({ width: 960, height: 900 });
  await page.goto(src);
  await expect(page.locator('svg[data-export="diagram"]')).toBeVisible();
  await expect(page.locator('svg[data-export="chart"]')).toBeVisible();
  await expect(page.locator('header')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Scenario’s', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
  await expect(page.locator('section.profile')).toHaveCount(0);
  await expect(page.locator('section.side')).toHaveCount(0);
  // The only slider left is the diagram's own month scrubber (it views the run, it edits nothing).
  await expect(page.locator('input[type="range"]')).toHaveCount(
    await page.locator('section.diagram input[type="range"]').count(),
  );
  await expect(page.getByRole('slider', { name: 'Vertrouwen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Profiel van de regio' })).toHaveCount(0);
  await page.screenshot({ path: resolve(screenshots, 'embed.png'), fullPage: true });
  expect(problems).toEqual([]);
});

test('two saved scenarios are compared side by side, in list order, without ranking', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./');
  await importExample(page, 'supportive-region-takes-off');
  await save(page, 'Zuid: komt op gang');
  await importExample(page, 'region-stalls');
  await save(page, 'Noord: blijft steken');
  await importExample(page, 'pseudo-collaboration');
  await save(page, 'Oost: pseudo');
  await closeMenu(page);

  const panel = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^Scenario’?s$/ }) })
    .last();
  const compare = panel.getByRole('button', { name: /^(Vergelijk|Compare)$/ });
  await expect(compare).toBeDisabled();
  await panel.getByRole('checkbox', { name: 'Zuid: komt op gang' }).check();
  await expect(compare).toBeDisabled();
  await panel.getByRole('checkbox', { name: 'Noord: blijft steken' }).check();
  await compare.click();

  const factors = panel.getByRole('table', { name: 'Eindwaarden van de factoren (0–100, laatste maand)' });
  await expect(factors.locator('thead th')).toHaveText([
    'Factor',
    'Noord: blijft steken',
    'Zuid: komt op gang',
  ]);
  // Levels read 0–100 as whole numbers, as everywhere else in the explorer.
  for (const cell of await factors.locator('tbody td.num').allTextContents())
    expect(cell.trim()).toMatch(/^(\d{1,3}|–)$/);
  const mechanisms = panel.getByRole('table', { name: 'Feedbackmechanismen aan het eind' });
  await expect(mechanisms.locator('tbody tr').first().locator('td')).toHaveText([/valt stil/, /versterkt/]);
  // "Since" in whole months (or from the start), as in the loops panel.
  for (const since of await mechanisms.locator('.since').allTextContents())
    expect(since.trim()).toMatch(/^(sinds maand \d+|vanaf het begin)$/);
  await expect(panel.getByText('ze worden niet gerangschikt')).toBeVisible();
  const chart = panel.getByRole('img', { name: 'Collectieve intelligentie in de tijd (0–100)' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('path.series')).toHaveCount(2);
  await expect(panel.locator('.legend li')).toHaveText(['Noord: blijft steken', 'Zuid: komt op gang']);
  await expect(mechanisms.getByRole('columnheader', { name: 'Patronen' })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: resolve(screenshots, 'compare.png') });
  const axe = await new AxeBuilder({ page }).include('section.side > section:last-child').analyze();
  expect(
    axe.violations.map(
      (v) =>
        `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`,
    ),
  ).toEqual([]);

  // Three scenarios at 1440 and at 1024 pixels, in Dutch and in English: no column is cut off.
  // Every column lies inside the panel, or the table scrolls sideways inside it, says so, and its
  // last column comes into view when scrolled.
  await panel.getByRole('checkbox', { name: 'Oost: pseudo' }).check();
  await compare.click();
  await expect(chart.locator('path.series')).toHaveCount(3);
  const results = panel.locator('.results');
  for (const [lang, button] of [
    ['nl', 'NL'],
    ['en', 'EN'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: resolve(screenshots, `compare-3-${lang}-${String(width)}.png`) });
      const regions = results.getByRole('region');
      await expect(regions).toHaveCount(2);
      for (const region of await regions.all()) {
        const box = await results.boundingBox();
        if (box === null) throw new Error('the comparison is not laid out');
        const right = async (): Promise<number> => {
          const cell = await region.locator('thead th').last().boundingBox();
          if (cell === null) throw new Error('no column header');
          return cell.x + cell.width;
        };
        const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        const hint = region.locator('xpath=../preceding-sibling::p[1]');
        await expect(hint).toHaveClass(/scroll-hint/);
        if (scrolls) {
          await expect(hint).toBeVisible();
          await region.evaluate((el) => {
            el.scrollLeft = el.scrollWidth;
          });
        } else await expect(hint).toBeHidden();
        await expect.poll(right).toBeLessThanOrEqual(box.x + box.width + 1);
        await region.evaluate((el) => {
          el.scrollLeft = 0;
        });
      }
    }
  }
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  expect(problems).toEqual([]);
});

test('a name with markup is shown literally, never run as HTML', async ({ page }) => {
  const problems = watch(page);
  await page.goto('./');
  await save(page, XSS);
  const dialog = await openMenu(page);
  await expect(savedNames(dialog)).toHaveText([XSS]);
  await expect(dialog.getByRole('status').filter({ hasText: `‘${XSS}’ is bewaard.` })).toBeVisible();
  const exported = await exportJson(page);
  expect(exported.json).toMatchObject({ name: XSS });
  expect(exported.name).toBe('img-src-x-onerror-alert-1.json');
  expect(
    await dialog.getByLabel('Code om de grafieken in een andere pagina in te sluiten').inputValue(),
  ).toContain('title="Samenspel: &lt;img src=x onerror=alert(1)&gt;"');
  await closeMenu(page);
  await expect(page.getByRole('checkbox', { name: XSS })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.reload();
  await expect(savedNames(await openMenu(page))).toHaveText([XSS]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});
