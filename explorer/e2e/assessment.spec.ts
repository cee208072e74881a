import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { QuestionnaireStatement } from '@samenspel/core';
import { icuNetworkModel, icuQuestionnaire } from '@samenspel/icu-model';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectLabelsFit } from './labels-fit.js';

// The assessment view from an empty browser: a region, a round, three network members answering
// on this device, partners' answers from CSV files (one with bad rows), the results, starting
// values for the explorer, a reload, and the region file out and back in (a bad one refused).
// Expected figures are computed here from the answers given, not read from the app's code.

const screenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const statements = icuQuestionnaire.statements;
type Answer = 1 | 2 | 3 | 4 | 5 | null;

/** The answer a respondent gives to statement i (null = don't know, undefined = left open). */
type Pattern = (i: number) => Answer | undefined;
const network: Pattern[] = [
  () => 4,
  (i) => (i >= statements.length - 3 ? undefined : 5),
  (i) => (i === 0 ? null : i % 2 === 0 ? 2 : 3),
];
const specialists: Pattern[] = [() => 1, () => 2, () => 2, (i) => (i % 3 === 0 ? 3 : 1)];
const managers: Pattern[] = [() => 3, (i) => (i === 1 ? null : 4)]; // the second has a '7' at statement 1

/** 0–100 score of an answer, reversed statements mirrored (1..5 → 0..100). */
function score(s: QuestionnaireStatement, a: Answer | undefined): number | null {
  if (a === null || a === undefined) return null;
  return ((s.reversed === true ? 6 - a : a) - 1) * 25;
}

/** A respondent's score on a factor: the mean over the factor's answered statements. */
function factorScore(factor: string, p: Pattern): number | null {
  const scores = statements
    .map((s, i) => (s.factor === factor ? score(s, p(i)) : null))
    .filter((x): x is number => x !== null);
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Mean over respondents of their factor scores. */
function mean(factor: string, patterns: Pattern[]): number {
  const xs = patterns.map((p) => factorScore(factor, p)).filter((x): x is number => x !== null);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation over respondents of their factor scores. */
function sd(factor: string, patterns: Pattern[]): number {
  const xs = patterns.map((p) => factorScore(factor, p)).filter((x): x is number => x !== null);
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** A CSV in the template's layout, one row per respondent of a group (a `comment` column when any row has one). */
function csv(
  rows: { group: string; pattern: Pattern; override?: Record<number, string>; comment?: string }[],
  sep = ',',
): string {
  const withComment = rows.some((r) => r.comment !== undefined);
  const header = ['group', ...statements.map((s) => s.id), ...(withComment ? ['comment'] : [])].join(sep);
  const lines = rows.map((r) =>
    [
      r.group,
      ...statements.map(
        (_, i) => r.override?.[i] ?? (r.pattern(i) === null ? '?' : String(r.pattern(i) ?? '')),
      ),
      ...(withComment ? [`"${r.comment ?? ''}"`] : []),
    ].join(sep),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(report, `axe violations in ${what}`).toEqual([]);
}

async function expectNothingSticksOut(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** Whether the page asks before it is left (a `beforeunload` listener cancels the event). */
function unloadAsks(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

/** One respondent on this device: group, answers, finish. */
async function respond(
  page: Page,
  groupName: string,
  pattern: Pattern,
  during: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await page.getByRole('radio', { name: groupName }).check();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
  const items = page.locator('fieldset.statement');
  await expect(items).toHaveCount(statements.length);
  for (let i = 0; i < statements.length; i++) {
    const a = pattern(i);
    if (a === undefined) continue;
    await items
      .nth(i)
      .locator('label.option')
      .nth(a === null ? 5 : a - 1)
      .click();
  }
  const answered = statements.filter((_, i) => pattern(i) !== undefined).length;
  await expect(
    page.getByText(`${String(answered)} van ${String(statements.length)} beantwoord`),
  ).toBeVisible();
  await during();
  await page.getByRole('button', { name: 'Klaar' }).click();
  if (answered < statements.length) {
    await expect(page.getByRole('alert').filter({ hasText: 'zonder antwoord' })).toBeVisible();
    await page.getByRole('button', { name: 'Toch afronden' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Dank je wel!' })).toBeVisible();
  // A clean screen: nothing of the answers given is left.
  await expect(page.locator('fieldset.statement')).toHaveCount(0);
}

async function chooseCsv(page: Page, name: string, text: string): Promise<Locator> {
  await page.getByLabel('Kies een CSV-bestand').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  const report = page.getByRole('region', { name: `Controle van ‘${name}’` });
  await expect(report).toBeVisible();
  return report;
}

const roundSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Meting', exact: true });
const roundDetails = (page: Page): Locator => page.locator('[data-round-details]');
const regionSelect = (page: Page): Locator => page.getByRole('combobox', { name: 'Regio', exact: true });
/** The remark one network member writes on this device, and one a manager gives in a CSV file. */
const deviceRemark = 'Vaker samen oefenen met de verpleegkundigen van de SEH';
const csvRemark = 'Graag één vast aanspreekpunt per ziekenhuis, ook ’s nachts';
const trustCell = (page: Page, column: string): Locator =>
  page.locator(`table.figures tr[data-factor="trust"] td[data-column="${column}"] .mean`);

test('a region measured on this device and from CSV files becomes the explorer’s starting point', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Meting' }).click();
  await expect(page).toHaveURL(/\?view=assessment$/);
  await expect(page.getByRole('link', { name: 'Meting' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Nog geen regio’s in deze browser')).toBeVisible();

  // A region and a round.
  await page.getByLabel('Naam van een nieuwe regio').fill('Regio Noord');
  await page.getByRole('button', { name: 'Maak regio' }).click();
  await expect(regionSelect(page)).toHaveValue(/^region-/);
  await page.getByLabel('Naam', { exact: true }).fill('Nulmeting');
  await page.getByLabel('Datum').fill('2026-03-02');
  await page.getByRole('button', { name: 'Voeg meting toe' }).click();
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 0 deelnemers');

  // Three network members, one after another on this device.
  await page.getByRole('button', { name: 'Start invullen' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expect(page.getByText('naam', { exact: false }).first()).toBeVisible();
  await expect(page.locator('input[type=text], input[type=email]')).toHaveCount(0);
  // While respondents fill in, nothing in the header leads to the results or earlier answers.
  await expect(page.getByRole('navigation', { name: 'Weergave' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Workshop' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Verkennen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Scenario’s' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rondleiding' })).toHaveCount(0);
  await expect(page.locator('table.figures, [data-testid=workshop-results]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toBeVisible();
  for (const [k, pattern] of network.entries()) {
    await respond(page, 'Netwerkleden', pattern, async () => {
      if (k === 0) {
        // An optional remark at the end, with a hint not to name people.
        const remark = page.getByRole('textbox', {
          name: 'Toelichting, opmerkingen of concrete suggesties (niet verplicht)',
        });
        await expect(remark).toHaveAccessibleDescription('Noem geen namen van personen.');
        await remark.fill(deviceRemark);
        return;
      }
      if (k !== 1) return;
      // One respondent done: the bar counts in the singular, and its remark is gone from the screen.
      await expect(page.getByText('Meting ‘Nulmeting’ · 1 deelnemer klaar in deze sessie')).toBeVisible();
      await expect(page.getByRole('textbox')).toHaveValue('');
      // Stopping asks first (focus on "keep"); Escape keeps the session and this respondent's answers.
      const stop = page.getByRole('button', { name: 'Stop met invullen' });
      await stop.click();
      const ask = page.getByRole('dialog', { name: 'Stoppen met invullen?' });
      await expect(ask).toContainText('De antwoorden van de deelnemer die nu invult, worden niet bewaard.');
      await expect(ask).toContainText('De antwoorden van 1 deelnemer zijn bewaard in ‘Nulmeting’.');
      await expect(ask.getByRole('button', { name: 'Verder met invullen' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(ask).toBeHidden();
      await expect(stop).toBeFocused();
      await expect(page.locator('fieldset.statement input:checked')).toHaveCount(statements.length - 3);
      // Leaving or reloading the page mid-session would show the results: the browser asks first.
      expect(await unloadAsks(page)).toBe(true);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: resolve(screenshots, 'assessment-facilitator.png') });
      await expectNoSeriousViolations(page, 'the questionnaire');
    });
    await page.getByRole('button', { name: 'Volgende deelnemer' }).click();
  }
  await page.getByRole('button', { name: 'Stop met invullen' }).click();
  await page
    .getByRole('dialog', { name: 'Stoppen met invullen?' })
    .getByRole('button', { name: 'Stop de sessie' })
    .click();
  await expect(page.getByRole('navigation', { name: 'Weergave' })).toBeVisible();
  expect(await unloadAsks(page)).toBe(false);
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 3 deelnemers');

  // Partners from a survey tool: the template, then a good file (semicolons, as Dutch Excel writes).
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download het CSV-sjabloon' }).click(),
  ]);
  const templateText = await readFile(await template.path(), 'utf8');
  // A byte-order mark, so Excel reads the accents as UTF-8.
  expect(templateText.startsWith('\uFEFF')).toBe(true);
  expect(templateText).toContain(['group', ...statements.map((s) => s.id)].join(','));
  const good = await chooseCsv(
    page,
    'specialisten.csv',
    csv(
      specialists.map((pattern) => ({ group: 'specialist', pattern })),
      ';',
    ),
  );
  await expect(good.getByRole('status')).toContainText(
    '4 antwoorden zijn bruikbaar; 0 rijen hebben een fout',
  );
  await good.getByRole('button', { name: 'Voeg 4 antwoorden toe aan ‘Nulmeting’' }).click();
  await expect(page.getByText('4 antwoorden zijn toegevoegd aan ‘Nulmeting’.')).toBeVisible();

  // A file with bad rows: an unknown group (row 2, skipped) and an answer off the scale (row 3,
  // kept with that cell as "don't know"). Cancelling first changes nothing.
  const badText = csv([
    { group: 'management', pattern: managers[0] ?? (() => 3), comment: csvRemark },
    { group: 'marketing', pattern: () => 4, comment: 'Deze rij wordt overgeslagen' },
    { group: 'management', pattern: managers[1] ?? (() => 4), override: { 1: '7' } },
  ]);
  let report = await chooseCsv(page, 'managers.csv', badText);
  await report.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Geannuleerd; er is niets veranderd.')).toBeVisible();
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 7 deelnemers');
  report = await chooseCsv(page, 'managers.csv', badText);
  await expect(report.getByRole('status')).toContainText(
    '2 antwoorden zijn bruikbaar; 2 rijen hebben een fout',
  );
  await expect(report.locator('tr[data-row="2"]').first()).toContainText('group');
  await expect(report.locator('tr[data-row="3"]').first()).toContainText(statements[1]?.id ?? '?');
  await expect(report.locator('tr[data-row="1"]')).toHaveCount(0);
  // The problems in Dutch, from their codes, with the value found in the file.
  await expect(report.locator('tr[data-row="2"]').first()).toContainText(
    'Onbekende groep ‘marketing’; gebruik een van network, specialist',
  );
  await expect(report.locator('tr[data-row="3"]').first()).toContainText(
    'Waarde 7 valt buiten de schaal: antwoorden zijn hele getallen van 1 tot 5. Telt als ‘weet niet’.',
  );
  await expect(report).not.toContainText(/unknown group|outside the scale|don't know/);
  await report.screenshot({ path: resolve(screenshots, 'assessment-csv-report.png') });
  await report.getByRole('button', { name: 'Voeg 2 antwoorden toe aan ‘Nulmeting’' }).click();
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 9 deelnemers');

  // A file split by | : the summary names that delimiter (not the comma it fell back to) as unsupported.
  report = await chooseCsv(
    page,
    'pijp.csv',
    csv(
      specialists.map((pattern) => ({ group: 'specialist', pattern })),
      '|',
    ),
  );
  await expect(report.getByRole('status')).toContainText(
    'Scheidingsteken ‘|’ gevonden; dat wordt niet ondersteund (gebruik een komma, puntkomma of tab).',
  );
  await expect(report.getByRole('status')).not.toContainText('‘,’');
  await expect(report.getByRole('button', { name: /^Voeg 0 antwoorden toe/ })).toBeDisabled();
  await report.getByRole('button', { name: 'Annuleren' }).click();

  // Results: network and specialists shown, the two managers folded into "others".
  await expect(page.getByRole('heading', { name: 'Resultaten van ‘Nulmeting’' })).toBeVisible();
  await expect(page.getByText('Nu samengevoegd: Managers en bestuurders (2).')).toBeVisible();
  await expect(trustCell(page, 'network')).toHaveText(String(Math.round(mean('trust', network))));
  // Fewer than three people: their mean is not shown. And since the partners' mean is shown, the
  // specialists' is hidden too (else partners − specialists would give the two managers' answers).
  await expect(trustCell(page, 'others')).toHaveText('–');
  await expect(trustCell(page, 'specialist')).toHaveText('–');
  const everyone = [...network, ...specialists, ...managers];
  await expect(trustCell(page, 'all')).toHaveText(String(Math.round(mean('trust', everyone))));
  await expect(page.locator('table.figures tbody tr')).toHaveCount(icuNetworkModel.factors.length);

  // Self versus others: the trust row and the order (largest difference first).
  const partners = [...specialists, ...managers];
  const diff = mean('trust', network) - mean('trust', partners);
  const selfRow = page.locator('table.self-others tr[data-factor="trust"]');
  await expect(selfRow.locator('td').nth(0)).toContainText(String(Math.round(mean('trust', network))));
  await expect(selfRow.locator('td').nth(1)).toContainText(String(Math.round(mean('trust', partners))));
  await expect(selfRow.locator('td.diff')).toContainText(
    `${diff > 0 ? '+' : '−'}${String(Math.abs(Math.round(diff)))}`,
  );
  const factors = [...new Set(statements.map((s) => s.factor))];
  const largest = factors
    .map((f) => ({ f, d: Math.abs(mean(f, network) - mean(f, partners)) }))
    .sort((a, b) => b.d - a.d)[0];
  await expect(page.locator('table.self-others tbody tr').first()).toHaveAttribute(
    'data-factor',
    largest?.f ?? '',
  );
  await expect(page.locator('ol.disputed li')).toHaveCount(5);
  // The remarks: the one typed on this device under its group, the CSV's under "others" (the
  // managers are too few to be named), the skipped row's not at all.
  const remarks = page.getByTestId('round-remarks').getByRole('listitem');
  await expect(remarks).toHaveCount(2);
  await expect(remarks.filter({ hasText: deviceRemark })).toContainText('Netwerkleden');
  await expect(remarks.filter({ hasText: csvRemark })).toContainText('Overige partners');
  await expect(page.getByTestId('round-remarks')).not.toContainText('Managers');
  await expect(page.getByTestId('round-remarks')).not.toContainText('overgeslagen');
  await expectNothingSticksOut(page);
  await page.screenshot({ path: resolve(screenshots, 'assessment-results.png'), fullPage: true });
  // Long factor names wrap inside the chart, at 1440 and 1024 px, in Dutch and English.
  const chart = page.locator('figure.results-chart');
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['EN', 'NL']) {
      await page.getByRole('button', { name: lang, exact: true }).click();
      await expect(
        chart.locator('text.factor', { hasText: lang === 'NL' ? 'Vertrouwen' : 'Trust' }),
      ).toHaveCount(1);
      await expectLabelsFit(chart, 'text.factor', `results chart, ${lang}, ${String(width)} px`);
      await chart.screenshot({ path: test.info().outputPath(`results-chart-${lang}-${String(width)}.png`) });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectNoSeriousViolations(page, 'the assessment view');

  // Starting values: the explorer's sliders follow; the spread is kept and shown.
  await page.getByRole('button', { name: 'Gebruik als startwaarden' }).click();
  await expect(page.getByText('De startwaarden uit ‘Nulmeting’ staan nu in de verkenner')).toBeVisible();
  const starting = page.locator('table.starting');
  await expect(starting.locator('tbody tr')).toHaveCount(factors.length);
  await starting.screenshot({ path: resolve(screenshots, 'assessment-starting-values.png') });
  const expectedTrust = String(Math.round(mean('trust', everyone)));
  await page.getByRole('link', { name: 'Verkennen' }).click();
  await expect(page).not.toHaveURL(/view=/);
  const trust = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await expect(trust).toHaveValue(expectedTrust);
  // The spread stays in view beside the slider.
  await expect(page.locator('[data-spread="trust"]')).toHaveText(
    `Meting: ${expectedTrust} ± ${String(Math.round(sd('trust', everyone)))} (${String(everyone.length)} deelnemers)`,
  );
  await page
    .getByRole('group', { name: 'Opbouwen en onderhouden van samenwerking', exact: true })
    .screenshot({ path: resolve(screenshots, 'assessment-profile-spread.png') });
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  const defaultTrust = String(
    Math.round((icuNetworkModel.factors.find((f) => f.id === 'trust')?.initial ?? 0) * 100),
  );
  await expect(trust).toHaveValue(defaultTrust);
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(trust).toHaveValue(expectedTrust);

  // A reload keeps the region, its answers and starting values (and the explorer starts from them).
  await page.reload();
  await expect(trust).toHaveValue(expectedTrust);
  await page.getByRole('link', { name: 'Meting' }).click();
  await page.reload();
  await expect(page).toHaveURL(/\?view=assessment$/);
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 9 deelnemers');
  await expect(page.locator('table.starting tbody tr')).toHaveCount(factors.length);
  await expect(trustCell(page, 'network')).toHaveText(String(Math.round(mean('trust', network))));

  // The region file out and back in.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer regio' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('regio-noord-regio.json');
  const fileText = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(fileText) as { format: string; region: { rounds: { responses: unknown[] }[] } };
  expect(file.format).toBe('samenspel-region');
  expect(file.region.rounds[0]?.responses).toHaveLength(9);
  const importInput = page.getByLabel('Importeer een regiobestand');
  await importInput.setInputFiles({
    name: 'noord.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fileText),
  });
  await expect(page.getByText('De regio is geïmporteerd als ‘Regio Noord (2)’')).toBeVisible();
  await expect(regionSelect(page).locator('option')).toHaveText(['Regio Noord', 'Regio Noord (2)']);
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 9 deelnemers');

  // A bad region file is refused with the path and reason, and nothing changes.
  const selectedBefore = await regionSelect(page).inputValue();
  const bad = fileText.replace(/"answers":\s*\{\s*"([a-zA-Z0-9]+)":\s*(\d|null)/, '"answers": { "$1": 9');
  expect(bad).not.toBe(fileText);
  await importInput.setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Het bestand ‘kapot.json’ is niet geïmporteerd' });
  await expect(refusal).toBeVisible();
  await expect(refusal.locator('li').first()).toContainText('answers');
  await expect(refusal.locator('li').first()).toContainText(
    'een antwoord moet 1, 2, 3, 4, 5 of null (weet niet) zijn, niet 9',
  );
  await expect(regionSelect(page).locator('option')).toHaveText(['Regio Noord', 'Regio Noord (2)']);
  await expect(regionSelect(page)).toHaveValue(selectedBefore);
  await page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Regio', exact: true }) })
    .first()
    .screenshot({
      path: resolve(screenshots, 'assessment-region.png'),
    });

  // Deleting a round, then a region: a dialog names what goes and what stays; Escape keeps all.
  await page.getByLabel('Naam', { exact: true }).fill('Meting 2');
  await page.getByLabel('Datum').fill('2026-09-01');
  await page.getByRole('button', { name: 'Voeg meting toe' }).click();
  await expect(roundSelect(page).locator('option')).toHaveText([
    'Nulmeting (2026-03-02)',
    'Meting 2 (2026-09-01)',
  ]);
  const deleteRound = page.getByRole('button', { name: 'Verwijder meting…' });
  await deleteRound.focus();
  await page.keyboard.press('Enter');
  let dialog = page.getByRole('dialog', { name: 'Meting ‘Meting 2’ (2026-09-01) verwijderen?' });
  await expect(dialog).toContainText(
    'Verwijderd: deze meting met 0 antwoorden; er hoort geen actieplan bij.',
  );
  await expect(dialog).toContainText('Blijft: de andere metingen van ‘Regio Noord (2)’');
  await expect(dialog.getByRole('button', { name: 'Niet verwijderen' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteRound).toBeFocused();
  await expect(roundSelect(page).locator('option')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Verwijder meting ‘Meting 2’' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Meting ‘Meting 2’ is verwijderd.')).toBeVisible();
  await expect(roundSelect(page).locator('option')).toHaveText(['Nulmeting (2026-03-02)']);
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 9 deelnemers');

  await page.getByRole('button', { name: 'Verwijder regio…' }).focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog', { name: 'Regio ‘Regio Noord (2)’ verwijderen?' });
  await expect(dialog).toContainText(
    'Verwijderd uit deze browser: 1 meting met 9 antwoorden, 0 actieplannen en 0 scenario’s van deze regio.',
  );
  await expect(dialog).toContainText('Blijft: de andere regio’s');
  await expectNoSeriousViolations(page, 'the delete dialog');
  await dialog.screenshot({ path: test.info().outputPath('delete-region.png') });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Regio ‘Regio Noord (2)’ is verwijderd.')).toBeVisible();
  await expect(regionSelect(page).locator('option')).toHaveText(['Kies een regio', 'Regio Noord']);
  await page.reload();
  await expect(regionSelect(page).locator('option')).toHaveText(['Kies een regio', 'Regio Noord']);
  await regionSelect(page).selectOption({ label: 'Regio Noord' });
  await expect(roundDetails(page)).toHaveText('Maand 0 sinds de eerste meting · 9 deelnemers');
  expect(problems).toEqual([]);
});

test('the view switch is keyboard operable, in English too, and the view survives a reload', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  const nav = page.getByRole('navigation', { name: 'View' });
  await expect(nav.getByRole('link')).toHaveText(['Explore', 'Assessment', 'Workshop']);
  await nav.getByRole('link', { name: 'Assessment' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?lang=en&view=assessment$/);
  await expect(page.getByRole('heading', { name: 'Region', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Region', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Assessment' })).toHaveAttribute('aria-current', 'page');
  // CSV problems in English, from the same codes.
  await page.getByLabel('Name of a new region').fill('North');
  await page.getByRole('button', { name: 'Create region' }).click();
  await page.getByRole('button', { name: 'Add round' }).click();
  await page.getByLabel('Choose a CSV file').setInputFiles({
    name: 'partners.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      csv([
        { group: 'patients', pattern: () => 4 },
        { group: 'referrer', pattern: () => 4, override: { 0: 'lots' } },
      ]),
    ),
  });
  const report = page.getByRole('region', { name: 'Check of ‘partners.csv’' });
  await expect(report.locator('tr[data-row="1"]')).toContainText('Unknown group ‘patients’');
  await expect(report.locator('tr[data-row="2"]')).toContainText(
    '‘lots’ is not an answer: use 1 to 5, or leave the cell empty',
  );
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(
    page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Meting' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'the empty assessment view');
});
