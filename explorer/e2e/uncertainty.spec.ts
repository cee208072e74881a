import { serializeRegion, type Answer, type Region } from '@samenspel/assessment';
import { icuNetworkModel, icuQuestionnaire } from '@samenspel/icu-model';
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

  // A study made for other settings says so until it is computed again.
  const stale = panel.getByText('Het scenario of de instellingen zijn gewijzigd sinds deze berekening');
  await expect(stale).toHaveCount(0);
  await panel.getByLabel('Factor').selectOption('collectiveIntelligence');
  await expect(stale).toBeVisible();
  await panel.getByLabel('Factor').selectOption('trust');
  await expect(stale).toHaveCount(0);

  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(share).toHaveText(/^In \d+ of the 200 runs \(\d+%\) the collaboration takes off\.$/);

  // A long study can be stopped.
  await panel.getByLabel('Number of runs').selectOption('2000');
  await panel.getByRole('button', { name: 'Compute spread' }).click();
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(panel.getByText('Stopped; nothing was computed.')).toBeVisible();
});

test('starting values from an assessment round bring their measured spread into the uncertainty panel', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slow = { timeout: 60_000 };
  // A region file with one round: six respondents answering every statement 2, 3 or 4, except
  // those on optimal patient care, which nobody could answer (so that factor keeps the margin).
  const statements = icuQuestionnaire.statements;
  const unanswered = 'optimalPatientCare';
  const groups = ['network', 'network', 'specialist', 'specialist', 'icNurse', 'icNurse'];
  const region: Region = {
    id: 'e2e-uncertainty',
    name: 'Regio Onzeker',
    rounds: [
      {
        id: 'round-1',
        label: 'Nulmeting',
        date: '2026-03-02',
        month: 0,
        responses: groups.map((group, r) => ({
          id: `r${String(r + 1)}`,
          group,
          answers: Object.fromEntries(
            statements.map((s, i) => [
              s.id,
              s.factor === unanswered ? null : ((2 + ((r + i) % 3)) as Answer),
            ]),
          ),
        })),
      },
    ],
    plans: [],
    scenarios: [],
  };
  const endogenous = icuNetworkModel.factors.filter((f) => !f.exogenous).map((f) => f.id);
  const asked = new Set(statements.map((s) => s.factor).filter((id) => id !== unanswered));
  const measured = endogenous.filter((id) => asked.has(id)).length;
  expect(measured).toBe(endogenous.length - 1);

  await page.goto('./');
  await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Meting' }).click();
  await page.getByLabel('Importeer een regiobestand').setInputFiles({
    name: 'onzeker.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeRegion(region)),
  });
  await expect(page.getByText('Regio ‘Regio Onzeker’ is geïmporteerd.')).toBeVisible();
  await page.getByRole('button', { name: 'Gebruik als startwaarden' }).click();
  await expect(page.getByText('De startwaarden uit ‘Nulmeting’ staan nu in de verkenner')).toBeVisible();
  await page.getByRole('link', { name: 'Verkennen' }).click();

  // The measured spread is offered and chosen, with the reason in one sentence.
  const panel = page.locator('section[aria-labelledby="h-uncertainty"]');
  const source = panel.getByLabel('Bron van de spreiding');
  await expect(source).toHaveValue('assessment');
  await expect(source.locator('option:checked')).toHaveText('spreiding uit de meting');
  await expect(panel.getByTestId('uncertainty-source-explain')).toContainText(
    'rond het gemiddelde uit ‘Nulmeting’',
  );

  await panel.getByLabel('Aantal berekeningen').selectOption('200');
  await panel.getByRole('button', { name: 'Bereken spreiding' }).click();
  const share = panel.getByTestId('uncertainty-share');
  await expect(share).toHaveText(
    /^In \d+ van de 200 berekeningen \(\d+%\) komt de samenwerking op gang\.$/,
    slow,
  );
  await expect(panel.getByTestId('uncertainty-chart').locator('path.median')).toHaveAttribute('d', /^M/);
  await expect(panel.getByTestId('uncertainty-used')).toHaveText(
    `Gebruikte spreiding: uit de meting ‘Nulmeting’ voor ${String(measured)} factoren; 1 factor zonder gemeten spreiding met ± 10%.`,
  );

  // The study stays current while nothing changes; another source makes it out of date.
  const stale = panel.getByText('Het scenario of de instellingen zijn gewijzigd sinds deze berekening');
  await expect(stale).toHaveCount(0);

  // The plain margin can still be chosen.
  await source.selectOption('amount');
  await expect(stale).toBeVisible();
  await expect(panel.getByTestId('uncertainty-source-explain')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Bereken spreiding' }).click();
  await expect(panel.getByTestId('uncertainty-used')).toHaveText(
    'Gebruikte spreiding: ± 10% op elke startwaarde.',
    slow,
  );

  // In English.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await panel.getByLabel('Source of the spread').selectOption('assessment');
  await expect(panel.getByLabel('Source of the spread').locator('option:checked')).toHaveText(
    'spread from the assessment',
  );
  await page.getByRole('button', { name: 'NL', exact: true }).click();

  // Once a slider moves, the scenario is no longer the measured one: only the margin is left.
  const trust = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await trust.focus();
  await trust.press('ArrowRight');
  await expect(source).toHaveCount(0);
  await panel.getByRole('button', { name: 'Bereken spreiding' }).click();
  await expect(panel.getByTestId('uncertainty-used')).toHaveText(
    'Gebruikte spreiding: ± 10% op elke startwaarde.',
    slow,
  );
});
