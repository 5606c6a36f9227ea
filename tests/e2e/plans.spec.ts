import { expect, test } from '@playwright/test';
import { backToPlansList, createPlan, expectPlanScreen, openPlansList, planLinks, readDownload, word, wordPrefix } from './helpers';

// Every test gets a fresh browser context, so IndexedDB starts empty.

test('a new plan made with "Nieuw plan" opens, survives a reload and is listed in Mijn plannen', async ({ page }) => {
  await openPlansList(page);
  await expect(planLinks(page)).toHaveCount(0);

  await createPlan(page, { title: 'Wijkdoelen Klarendal', wijk: 'Klarendal', period: '2025–2026' });
  const planUrl = page.url();

  await page.reload();
  await expectPlanScreen(page, 'Wijkdoelen Klarendal');
  expect(page.url()).toBe(planUrl);

  await backToPlansList(page);
  await expect(planLinks(page)).toHaveCount(1);
  const link = page.getByRole('link', { name: 'Wijkdoelen Klarendal' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', new RegExp(`#/plan/${planUrl.split('#/plan/')[1]}$`));
});

test('a new plan exports under a slugged file name (lowercase, no diacritics)', async ({ page }) => {
  await openPlansList(page);
  await createPlan(page, { title: 'Wijkdoelen Élst 2025', wijk: 'Élst' });

  await page.getByRole('button', { name: word('Exporteren') }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: wordPrefix('Exporteren als JSON') }).click();
  const download = await downloadPromise;

  expect(download.suggestedFilename()).toBe('elst-wijkdoelen-elst-2025.doelenboom.json');
  const file = await readDownload(download);
  expect(file.format).toBe('doelenboom');
  expect(file.version).toBe(2);
  expect(file.plan.title).toBe('Wijkdoelen Élst 2025');
  expect(file.plan.wijk).toBe('Élst');
});
