import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createPlan, importExample, NODE, openPlansList, word } from './helpers';

// Every screen of the app against WCAG 2.1 A and AA, as far as axe-core can check it
// automatically. Manual checks (keyboard, screen reader) remain necessary.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STEPS = ['wijkinformatie', 'beleid', 'wijkkrachten', 'doelen', 'acties', 'overleg'];

async function expectNoViolations(page: Page, what: string) {
  // Let transitions and lazy-loaded parts settle before checking colours.
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`),
  }));
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The plan id from the URL of the plan screen. */
function planId(page: Page): string {
  const match = /#\/plan\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a plan screen: ${page.url()}`);
  return match[1];
}

test('Mijn plannen, empty and with a plan, and the Nieuw plan dialog', async ({ page }) => {
  await openPlansList(page);
  await expect(page.getByText(/Nog geen plannen/)).toBeVisible();
  await expectNoViolations(page, 'Mijn plannen (empty)');

  await page.getByRole('button', { name: word('Nieuw plan') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'Nieuw plan dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await createPlan(page, { title: 'Samen in Klarendal', wijk: 'Klarendal', period: '2026' });
  await page.getByRole('link', { name: word('Mijn plannen') }).first().click();
  await expect(page.locator('a[href*="#/plan/"]')).toHaveCount(1);
  await expectNoViolations(page, 'Mijn plannen (with a plan)');
});

test('the plan screen: canvas, a selected node with Details, Lijst and Sneltoetsen', async ({ page }) => {
  // Several full axe runs on a loaded two-core machine take close to the default 30 s.
  test.setTimeout(90_000);
  await importExample(page);
  await expect(page.locator(NODE).first()).toBeVisible();
  await expectNoViolations(page, 'plan screen (canvas)');

  await page.locator(`${NODE}[aria-label^="Doel: "]`).first().click();
  await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
  await expectNoViolations(page, 'plan screen (node selected, Details)');

  await page.getByRole('button', { name: word('Lijst') }).click();
  await expect(page.locator(NODE)).toHaveCount(0);
  await expectNoViolations(page, 'Lijst view');
  await page.getByRole('button', { name: word('Boom') }).click();

  await page.getByRole('button', { name: word('Sneltoetsen') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'Sneltoetsen dialog');
});

test('each of the six steps', async ({ page }) => {
  // Several full axe runs on a loaded two-core machine take close to the default 30 s.
  test.setTimeout(90_000);
  await importExample(page);
  const id = planId(page);
  for (const step of STEPS) {
    await page.goto(`/#/plan/${id}/${step}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Laden…')).toHaveCount(0);
    await expectNoViolations(page, `step ${step}`);
  }
});

test('the Privacy and Toegankelijkheid pages', async ({ page }) => {
  await openPlansList(page);
  await page.getByRole('link', { name: word('Privacy') }).click();
  await expect(page.getByRole('heading', { level: 1, name: word('Privacy') })).toBeVisible();
  await expectNoViolations(page, 'Privacy');

  await page.goto('/#/toegankelijkheid');
  await expect(page.getByRole('heading', { level: 1, name: word('Toegankelijkheid') })).toBeVisible();
  await expectNoViolations(page, 'Toegankelijkheid');
});

test('the Stadsoverzicht, with a plan, and after a refused file', async ({ page }) => {
  await importExample(page);
  await page.goto('/#/stadsoverzicht');
  await expect(page.getByRole('heading', { level: 1, name: word('Stadsoverzicht') })).toBeVisible();
  await expect(page.getByRole('table', { name: /stand van/ })).toBeVisible();
  await expectNoViolations(page, 'Stadsoverzicht');

  await page.getByLabel('Bestanden toevoegen aan overzicht', { exact: true }).setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('alert').filter({ hasText: 'kapot.json' })).toBeVisible();
  await expectNoViolations(page, 'Stadsoverzicht (refused file)');
});
