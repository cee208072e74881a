import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Cross-cutting checks: the language switch (interface and model texts), `?lang=en`, presentation
// mode, keyboard access with visible focus, and an axe-core audit (WCAG 2 A and AA) of the main
// view, the open tour and the English view.

/** Runs axe on the page; fails on serious or critical violations and prints every violation. */
async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const report = violations
    .map(
      (v) =>
        `- [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `axe violations in ${what}:\n${report}`).toEqual([]);
}

/** The profile's group of sliders of one mechanism, found by the mechanism's name (a model text). */
function mechanismGroup(page: Page, name: string) {
  return page
    .getByRole('region', { name: /Profiel van de regio|Region profile/ })
    .getByRole('group', { name, exact: true });
}

/** Waits until the first run has been drawn (the chart has a line). */
async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Samenspel' })).toBeVisible();
  await expect(page.locator('canvas.lines-canvas[data-drawn]:not([data-drawn=""])')).toBeAttached();
}

test('the language switch changes interface and model texts, and back', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { name: 'Profiel van de regio' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Vertrouwen', exact: true })).toBeVisible();
  await expect(mechanismGroup(page, 'Opbouwen en onderhouden van samenwerking')).toBeVisible();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Interface texts.
  await expect(page.getByRole('heading', { name: 'Region profile' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toBeVisible();
  // Model texts: a factor label and a mechanism name.
  await expect(page.getByRole('slider', { name: 'Trust', exact: true })).toBeVisible();
  await expect(mechanismGroup(page, 'Building and maintaining collaboration')).toBeVisible();
  await expect(mechanismGroup(page, 'Opbouwen en onderhouden van samenwerking')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Vertrouwen', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { name: 'Profiel van de regio' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Vertrouwen', exact: true })).toBeVisible();
  await expect(mechanismGroup(page, 'Opbouwen en onderhouden van samenwerking')).toBeVisible();
});

test('?lang=en starts in English, and the English view passes axe', async ({ page }) => {
  await page.goto('./?lang=en');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Region profile' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'EN', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('slider', { name: 'Trust', exact: true })).toBeVisible();
  await page.screenshot({ path: '../docs/screenshots/english.png' });
  await expectNoSeriousViolations(page, 'the English view');
});

test('presentation mode makes the base font larger', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const base = await size('.app');
  const heading = await size('#h-profile');
  const toggle = page.getByRole('button', { name: 'Presentatiemodus' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await size('.app')).toBeGreaterThanOrEqual(base * 1.25);
  expect(await size('#h-profile')).toBeGreaterThan(heading);
  // docs/screenshots/presentation.png comes from e2e/layout.spec.ts (at a projector's 1280×720).
  await toggle.click();
  expect(await size('.app')).toBe(base);
});

test('Tab reaches the sliders and buttons, each with a visible focus indicator', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const seen = new Set<string>();
  const invisible: string[] = [];
  for (let i = 0; i < 120 && !(seen.has('slider') && seen.has('button') && i > 20); i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== 'none';
      const kind =
        el instanceof HTMLInputElement && el.type === 'range'
          ? 'slider'
          : el instanceof HTMLButtonElement
            ? 'button'
            : el.tagName.toLowerCase();
      const name = el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40);
      return { kind, visible: outline || ring, name };
    });
    if (info === null) continue;
    seen.add(info.kind);
    if ((info.kind === 'slider' || info.kind === 'button') && !info.visible) {
      invisible.push(`${info.kind} “${info.name}”`);
    }
  }
  expect([...seen]).toEqual(expect.arrayContaining(['slider', 'button']));
  expect(invisible, 'focused without a visible indicator').toEqual([]);

  // A slider is operable from the keyboard.
  const trust = page.getByRole('slider', { name: 'Vertrouwen', exact: true });
  await trust.focus();
  const before = await trust.inputValue();
  await page.keyboard.press('ArrowRight');
  expect(await trust.inputValue()).not.toBe(before);
});

test('axe finds no serious or critical violations in the main view and the open tour', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await expectNoSeriousViolations(page, 'the main view');
  await page.getByRole('button', { name: 'Rondleiding' }).click();
  const dialog = page.getByRole('dialog', { name: /Rondleiding/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await dialog.getByRole('button', { name: 'Volgende' }).click();
  await dialog.getByRole('button', { name: 'Probeer het' }).click();
  await expect(dialog.locator('[data-outcome]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the open tour');
});
