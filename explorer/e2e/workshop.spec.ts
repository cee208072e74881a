import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectLabelsFit } from './labels-fit.js';

// The workshop from an empty browser: a region with a first round (made through the assessment
// view: region, round, responses from a CSV file), the facilitator's five steps, a lever, an
// action plan with two actions (validation first), print (screen and PDF) and export; then a
// second round six months later and the comparison with the model's projection; a reload keeps it.

const screenshots = resolve(import.meta.dirname, '../../docs/screenshots');

/** Fails the test on page errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/**
 * Responses as a survey tool would export them: per group `count` respondents, every statement
 * answered `answer(groupIndex, respondent, statementIndex)`.
 */
function responsesCsv(
  ids: readonly string[],
  answer: (group: number, respondent: number, statement: number) => number,
  comments: Readonly<Record<number, string>> = {},
): string {
  const groups = [
    'network',
    'network',
    'network',
    'network',
    'specialist',
    'specialist',
    'specialist',
    'icNurse',
    'icNurse',
    'icNurse',
  ];
  const lines = [['group', ...ids, 'comment'].join(',')];
  groups.forEach((g, r) => {
    const gi = g === 'network' ? 0 : 1;
    lines.push([g, ...ids.map((_, s) => String(answer(gi, r, s))), `"${comments[r] ?? ''}"`].join(','));
  });
  return `${lines.join('\n')}\n`;
}

// First round: the network rates itself 3 (some 4), partners 1 (some 2). Second round: everyone a
// point higher.
const firstAnswers = (g: number, r: number, s: number): number =>
  g === 0 ? 3 + ((r + s) % 2) : 1 + ((r + s) % 2);
const secondAnswers = (g: number, r: number, s: number): number => firstAnswers(g, r, s) + 1;
/** Remarks in the first round's file: a network member (row 0) and an IC nurse (row 7). */
const firstRemarks = {
  0: 'Elk kwartaal een gezamenlijke casusbespreking',
  7: 'Meer terugkoppeling na overplaatsingen',
};

/** The statement ids, read from the CSV template the assessment view offers. */
async function statementIds(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download het CSV-sjabloon' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const header = text.split(/\r?\n/).find((line) => line.startsWith('group,'));
  if (header === undefined) throw new Error('template has no header line');
  return header.split(',').filter((cell) => cell !== 'group' && cell !== 'comment');
}

async function addRound(
  page: Page,
  label: string,
  date: string,
  answers: (group: number, respondent: number, statement: number) => number,
  comments: Readonly<Record<number, string>> = {},
): Promise<void> {
  await page.getByRole('group', { name: 'Nieuwe meting' }).getByLabel('Naam').fill(label);
  await page.getByRole('group', { name: 'Nieuwe meting' }).getByLabel('Datum').fill(date);
  await page.getByRole('button', { name: 'Voeg meting toe' }).click();
  const csv = responsesCsv(await statementIds(page), answers, comments);
  await page.locator('input[type=file][accept*=csv]').setInputFiles({
    name: `${label}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: new RegExp(`^Voeg 10 antwoorden toe aan ‘${label}’`) }).click();
  await expect(page.getByText(`10 antwoorden zijn toegevoegd aan ‘${label}’.`)).toBeVisible();
}

async function toWorkshop(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByTestId('workshop-view')).toBeVisible();
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid=workshop-view]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `- [${v.impact ?? ''}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
  expect(serious, `axe violations in ${what}:\n${report.join('\n')}`).toEqual([]);
}

test('a workshop from results to a printed plan, and six months later the comparison', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  await page.goto('./?view=assessment');

  // A region with its first round, made through the assessment view.
  await page.getByLabel('Naam van een nieuwe regio').fill('Regio Testdal');
  await page.getByRole('button', { name: 'Maak regio' }).click();
  await addRound(page, 'Nulmeting', '2026-01-15', firstAnswers, firstRemarks);
  // The self-versus-others differences as the assessment view shows them, by factor name.
  const assessmentDiffs = await page
    .locator('table.self-others tbody tr')
    .evaluateAll((rows) =>
      rows.map((r): [string, string] => [
        r.querySelector('th')?.textContent.trim() ?? '',
        /^[+−]?\d+|^–/.exec(r.querySelector('td.diff')?.textContent.trim() ?? '')?.[0] ?? '',
      ]),
    );
  expect(assessmentDiffs).toHaveLength(13);

  // Step 1: the results of the round.
  await toWorkshop(page);
  const steps = page.getByTestId('workshop-steps');
  await expect(steps.getByRole('heading', { level: 2, name: 'De resultaten' })).toBeVisible();
  const results = page.getByTestId('workshop-results');
  await expect(results.getByRole('row')).toHaveCount(1 + 13);
  await expect(page.getByText('10 respondenten')).toBeVisible();
  // The same differences as in the assessment view (one exact difference, rounded once).
  const workshopDiffs = await results
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r): [string, string] => [
        r.querySelector('th')?.textContent.trim() ?? '',
        r.querySelectorAll('td')[3]?.textContent.trim() ?? '',
      ]),
    );
  expect(new Map(workshopDiffs)).toEqual(new Map(assessmentDiffs));
  await page.screenshot({ path: resolve(screenshots, 'workshop-results.png'), fullPage: true });
  await expectNoSeriousViolations(page, 'step 1');

  // Step 2 by keyboard (PageDown): what stands out.
  await page.getByRole('heading', { level: 2, name: 'De resultaten' }).focus();
  await page.keyboard.press('PageDown');
  await expect(steps.getByRole('heading', { level: 2, name: 'Wat valt op?' })).toBeFocused();
  const standsOut = page.getByTestId('workshop-stands-out');
  await expect(standsOut.locator('section:not(.remarks)').getByRole('listitem')).toHaveCount(9);
  // The round's remarks, under their groups (both groups are large enough to be named).
  const remarks = standsOut.getByTestId('round-remarks').getByRole('listitem');
  await expect(remarks).toHaveCount(2);
  await expect(remarks.filter({ hasText: firstRemarks[0] })).toContainText('Netwerkleden');
  await expect(remarks.filter({ hasText: firstRemarks[7] })).toContainText(/ic-verpleegkundigen/i);
  await expect(standsOut).toContainText('het netwerk ziet zichzelf');
  await page.screenshot({ path: resolve(screenshots, 'workshop-stands-out.png'), fullPage: true });
  await expectNoSeriousViolations(page, 'step 2');

  // Step 3: the loops, with the model started from the round.
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(steps.getByRole('heading', { level: 2, name: 'Waar stokken de lussen?' })).toBeVisible();
  await expect(page.getByText('Het model start nu bij de waarden van meting “Nulmeting”.')).toBeVisible();
  await expect(page.getByTestId('workshop-loops').getByRole('status').first()).toContainText(
    /Aan het eind versterken alle mechanismen zichzelf|Valt stil aan het eind/,
  );
  await expect(page.getByTestId('workshop-loops').locator('[data-mechanism]')).toHaveCount(4);
  await page.screenshot({ path: resolve(screenshots, 'workshop-loops.png'), fullPage: true });
  await expectNoSeriousViolations(page, 'step 3');

  // Step 4: choose a lever; the run with and without it appears.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(steps.getByRole('heading', { level: 2, name: 'Interventies kiezen' })).toBeFocused();
  const levers = page.getByTestId('workshop-levers');
  const add = levers
    .getByTestId('lever-list')
    .getByRole('button', { name: /toevoegen$/ })
    .first();
  const leverName = ((await add.getAttribute('aria-label')) ?? '').replace(/ toevoegen$/, '');
  expect(leverName).not.toBe('');
  await add.click();
  await expect(levers.getByTestId('timeline-bar')).toHaveCount(1);
  await levers.getByLabel('Eindmaand').fill('12');
  await levers.getByLabel('Eindmaand').press('Tab');
  await expect(levers.getByRole('img', { name: /maand 0 tot 12, intensiteit 100 %/ })).toBeVisible();
  await expect(levers.getByRole('table')).toBeVisible();
  await expect(levers.getByText('Bezig met rekenen…')).toHaveCount(0);
  await page.screenshot({ path: resolve(screenshots, 'workshop-levers.png'), fullPage: true });
  await expectNoSeriousViolations(page, 'step 4');

  // Leaving the view and coming back keeps the step and the lever (nothing saved yet).
  await page.getByRole('link', { name: 'Verkennen' }).click();
  await toWorkshop(page);
  await expect(steps.getByRole('heading', { level: 2, name: 'Interventies kiezen' })).toBeVisible();
  await expect(levers.getByTestId('timeline-bar')).toHaveCount(1);
  await expect(levers.getByRole('img', { name: /maand 0 tot 12, intensiteit 100 %/ })).toBeVisible();

  // Printing on this step already prints the plan sheet: the lever, no actions yet, a draft.
  await page.emulateMedia({ media: 'print' });
  const draftSheet = page.getByTestId('print-sheet');
  await expect(draftSheet).toBeVisible();
  await expect(draftSheet).toContainText('Concept: dit plan is nog niet opgeslagen.');
  await expect(draftSheet).toContainText('Nog geen acties.');
  await expect(draftSheet.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('workshop-levers')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Step 5: the plan. Saving an incomplete action names what is missing.
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(steps.getByRole('heading', { level: 2, name: 'Het actieplan' })).toBeVisible();
  const plan = page.getByTestId('workshop-plan');
  await expect(plan.getByTestId('plan-levers').getByRole('listitem')).toHaveCount(1);
  await expect(plan.getByTestId('plan-levers')).toContainText('maand 0 tot 12');
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(plan.getByRole('alert')).toContainText('Het plan heeft nog geen acties.');
  await plan.getByRole('button', { name: '+ Actie toevoegen' }).click();
  await plan.getByRole('button', { name: '+ Actie toevoegen' }).click();
  const actions = plan.getByTestId('plan-action');
  await expect(actions).toHaveCount(2);
  await actions.nth(0).getByLabel('Actie', { exact: true }).fill('Maandelijks casuïstiekoverleg IC en SEH');
  await actions.nth(0).getByLabel('Eigenaar').fill('Teamleider IC');
  await actions.nth(0).getByLabel('Datum klaar').fill('2026-03-01');
  await actions.nth(1).getByLabel('Actie', { exact: true }).fill('Kennismakingsbezoek bij de verwijzers');
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  const alert = plan.getByRole('alert');
  await expect(alert).toContainText('Actie 2: Eigenaar ontbreekt.');
  await expect(alert).toContainText('Actie 2: Datum klaar ontbreekt.');
  await expect(actions.nth(1).getByLabel('Eigenaar')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: resolve(screenshots, 'workshop-plan-problems.png'), fullPage: true });
  await actions.nth(1).getByLabel('Eigenaar').fill('Medisch manager');
  await actions.nth(1).getByLabel('Datum klaar').fill('2026-04-15');
  await actions.nth(1).getByLabel('Dient interventie').selectOption({ index: 0 });
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(plan.getByText('Plan opgeslagen bij Regio Testdal.')).toBeVisible();
  await expect(plan.getByRole('alert')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'step 5');
  await page.screenshot({ path: resolve(screenshots, 'workshop-plan.png'), fullPage: true });

  // Print: only the plan, no controls; and a PDF renders.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Actieplan Regio Testdal' })).toBeVisible();
  await expect(sheet.getByRole('row')).toHaveCount(3);
  await expect(sheet).toContainText('Teamleider IC');
  await expect(sheet).toContainText('Meting: Nulmeting (2026-01-15)');
  await expect(page.getByRole('button', { name: 'Plan opslaan' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken / PDF', exact: true })).toBeHidden();
  await expect(sheet).not.toContainText('Concept');
  await expect(page.locator('header.top')).toBeHidden();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: resolve(screenshots, 'workshop-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();

  // From the first step, the print button beside the steps prints the same saved plan.
  await page.getByRole('button', { name: /De resultaten/ }).click();
  await expect(page.getByRole('button', { name: 'Actieplan afdrukken / PDF' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('workshop-results')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /Het actieplan/ }).click();

  // Export: the plan as JSON, as stored.
  const download = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Plan (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('actieplan-regio-testdal-2026-01-15.json');
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    format: string;
    plan: {
      actions: { owner: string; due: string; lever: string | null }[];
      interventions: { lever: string; endMonth: number }[];
    };
  };
  expect(exported.format).toBe('samenspel-action-plan');
  expect(exported.plan.actions.map((a) => [a.owner, a.due])).toEqual([
    ['Teamleider IC', '2026-03-01'],
    ['Medisch manager', '2026-04-15'],
  ]);
  expect(exported.plan.interventions).toHaveLength(1);
  expect(exported.plan.interventions[0]?.endMonth).toBe(12);
  const csvDownload = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Acties (CSV)' }).click();
  const csvBytes = await readFile(await (await csvDownload).path());
  // UTF-8 with a byte-order mark, so Excel shows accents (casuïstiek) as they are.
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = csvBytes.subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('Actie,Eigenaar,Datum klaar,Dient interventie,Gedaan');
  expect(csv).toContain('Maandelijks casuïstiekoverleg IC en SEH');

  // Six months later: a second round, then the comparison with the projection.
  await page.getByRole('link', { name: 'Meting' }).click();
  await addRound(page, 'Zes maanden later', '2026-07-15', secondAnswers);
  await toWorkshop(page);

  // A lever that no plan keeps is not dropped when the facilitator turns to another round: the
  // workshop asks, and keeping it starts the model from the new round with that lever.
  await expect(steps.getByRole('heading', { level: 2, name: 'Het actieplan' })).toBeVisible();
  await page.getByRole('button', { name: /Interventies kiezen/ }).click();
  await expect(levers.getByTestId('timeline-bar')).toHaveCount(1);
  await levers
    .getByTestId('lever-list')
    .getByRole('button', { name: /toevoegen$/ })
    .nth(4)
    .click();
  await expect(levers.getByTestId('timeline-bar')).toHaveCount(2);
  await page.getByLabel('Meting voor de workshop').selectOption({ label: 'Zes maanden later (2026-07-15)' });
  const ask = page.getByTestId('workshop-ask');
  await expect(ask).toContainText('Het model bevat interventies die in geen plan zijn opgeslagen.');
  await expectNoSeriousViolations(page, 'round switch question');
  await page.screenshot({ path: resolve(screenshots, 'workshop-round-switch.png'), fullPage: false });
  // Until the facilitator answers, the loops step says the model does not start from this round.
  await page.getByRole('button', { name: /Waar stokken de lussen/ }).click();
  await expect(page.getByTestId('workshop-loops')).toContainText(
    'Let op: het model start nu niet bij de waarden van meting “Zes maanden later”.',
  );
  await ask.getByRole('button', { name: 'Bij “Zes maanden later”, met deze interventies' }).click();
  await page.getByRole('button', { name: /Waar stokken de lussen/ }).click();
  await expect(page.getByTestId('workshop-loops')).toContainText(
    'Het model start nu bij de waarden van meting “Zes maanden later”.',
  );
  await expect(ask).toHaveCount(0);
  await page.getByRole('button', { name: /Interventies kiezen/ }).click();
  await expect(levers.getByTestId('timeline-bar')).toHaveCount(2);

  await page.getByRole('button', { name: 'Zes maanden later', exact: true }).click();
  const followUp = page.getByTestId('workshop-follow-up');
  await expect(followUp.getByText('Voorspeld voor maand 6 na de eerste meting.')).toBeVisible();
  await expect(followUp.getByTestId('follow-up-chart')).toBeVisible();
  await expect(followUp.getByTestId('follow-up-chart').locator('svg[role=img] circle.second')).toHaveCount(
    13,
  );
  await expect(followUp.getByTestId('follow-up-chart').locator('svg[role=img] path.projected')).toHaveCount(
    13,
  );
  await page.screenshot({ path: resolve(screenshots, 'workshop-six-months.png'), fullPage: true });
  // Long factor names wrap inside the chart, at 1440 and 1024 px, in Dutch and English.
  const dots = followUp.getByTestId('follow-up-chart');
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['EN', 'NL']) {
      await page.getByRole('button', { name: lang, exact: true }).click();
      await expect(
        dots.locator('text.label', { hasText: lang === 'NL' ? 'Vertrouwen' : 'Trust' }),
      ).toHaveCount(1);
      await expectLabelsFit(dots, 'text.label', `six-month chart, ${lang}, ${String(width)} px`);
      await dots.screenshot({ path: test.info().outputPath(`six-month-chart-${lang}-${String(width)}.png`) });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectNoSeriousViolations(page, 'six months later, chart');
  await followUp.getByRole('button', { name: 'Tabel' }).click();
  const table = followUp.getByTestId('follow-up-table');
  await expect(table.getByRole('row')).toHaveCount(1 + 13);
  const projected = await table.getByTestId('projected').allTextContents();
  expect(projected.every((v) => /^\d+$/.test(v))).toBe(true);
  await expect(followUp).toContainText('Voorspelling met het actieplan bij “Nulmeting” (opgeslagen ');
  await expect(followUp).toContainText(
    /Grootste afwijking van het model: .* \([+−]\d+, (hoger|lager) dan voorspeld\)/,
  );
  await expect(followUp).toContainText(leverName);
  await expectNoSeriousViolations(page, 'six months later, table');

  // A reload keeps the region, both rounds and the plan.
  await page.reload();
  await expect(page.getByTestId('workshop-view')).toBeVisible();
  await page.getByRole('button', { name: 'Zes maanden later', exact: true }).click();
  await page.getByTestId('workshop-follow-up').getByRole('button', { name: 'Tabel' }).click();
  await expect(page.getByTestId('follow-up-table').getByTestId('projected')).toHaveText(projected);
  await page.getByRole('button', { name: 'Workshop leiden' }).click();
  await page.getByRole('button', { name: /Het actieplan/ }).click();
  await expect(page.getByTestId('plan-action')).toHaveCount(2);
  await expect(page.getByTestId('plan-action').nth(0).getByLabel('Eigenaar')).toHaveValue('Teamleider IC');
  await expect(page.getByTestId('plan-levers').getByRole('listitem')).toHaveCount(1);

  // English through the language switch.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'The action plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print / PDF', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print action plan / PDF' })).toBeVisible();
  await page.getByRole('button', { name: 'NL', exact: true }).click();

  // Presentation mode: large type, nothing sticks out sideways.
  await page.getByRole('button', { name: 'Presentatiemodus' }).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: resolve(screenshots, 'workshop-presentation.png'), fullPage: false });

  expect(problems).toEqual([]);
});
