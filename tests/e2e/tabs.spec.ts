import { expect, test } from '@playwright/test';
import { NODE, expectPlanScreen, importExample, typeTitle, word } from './helpers';

test('an edit in one tab appears in another tab that has the plan open', async ({ context, page }) => {
  await importExample(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator(NODE)).toHaveCount(19);

  await page.getByRole('button', { name: word('Doel toevoegen') }).click();
  await typeTitle(page, 'Meer ontmoeting in het park');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();

  await expect(other.locator(`${NODE}[aria-label="Doel: Meer ontmoeting in het park"]`)).toBeVisible();
  await expect(other.locator(NODE)).toHaveCount(20);
});

test('when two tabs edit the same plan, the later save does not silently overwrite the other', async ({ context, page }) => {
  await importExample(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator(NODE)).toHaveCount(19);

  // Tab B starts typing a title in Details but is slower than tab A's save.
  await other.locator(`${NODE}[aria-label="Doel: Minder overlast rond het winkelcentrum"]`).click();
  const otherTitle = other.getByRole('region', { name: 'Details' }).getByLabel('Titel', { exact: true });
  // Tab A saves a change first.
  await page.locator(`${NODE}[aria-label="Doel: Ouderen zijn minder eenzaam"]`).click();
  const title = page.getByRole('region', { name: 'Details' }).getByLabel('Titel', { exact: true });
  await title.fill('Ouderen doen mee');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  // Tab B, still without A's change if it types fast enough, or with it: either way nothing is lost.
  await otherTitle.fill('Minder overlast, meer ontmoeting');
  await expect(other.getByText('Alles opgeslagen').or(other.getByRole('alert').filter({ hasText: 'ander tabblad' }))).toBeVisible();

  // Whatever the order, after both settle each tab's edit is either saved or offered as a choice.
  const conflict = other.getByRole('alert').filter({ hasText: 'ander tabblad' });
  if (await conflict.isVisible()) await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
  await expect(other.getByText('Alles opgeslagen')).toBeVisible();
  await page.reload();
  await expect(page.locator(`${NODE}[aria-label="Doel: Minder overlast, meer ontmoeting"]`)).toBeVisible();
});

test('an edit made right before a reload is not lost', async ({ page }) => {
  await importExample(page);
  await page.locator(`${NODE}[aria-label="Doel: Ouderen zijn minder eenzaam"]`).click();
  await page.getByRole('region', { name: 'Details' }).getByLabel('Titel', { exact: true }).fill('Ouderen zijn niet alleen');
  await page.waitForTimeout(100);
  await page.reload();
  await expectPlanScreen(page, 'Wijkdoelen Presikhaaf');
  await expect(page.locator(`${NODE}[aria-label="Doel: Ouderen zijn niet alleen"]`)).toBeVisible();
});
