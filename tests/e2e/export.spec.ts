import { expect, test, type Page } from '@playwright/test';
import {
  backToPlansList, examplePath, importExample, planWithoutPositions, readDoelenboom, readDownload, word, wordPrefix,
} from './helpers';

const example = readDoelenboom(examplePath);
const expectedName = 'presikhaaf-wijkdoelen-presikhaaf.doelenboom.json';

async function expectExampleDownload(page: Page, click: () => Promise<void>) {
  const downloadPromise = page.waitForEvent('download');
  await click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(expectedName);

  const file = await readDownload(download);
  expect(file.format).toBe('doelenboom');
  expect(file.version).toBe(2);
  expect(typeof file.exportedAt).toBe('string');
  // Same plan as the file we imported; only node positions are the app's to choose.
  expect(planWithoutPositions(file.plan)).toEqual(planWithoutPositions(example.plan));
  expect(file.plan.updatedAt).toBe(example.plan.updatedAt);
}

test('"Exporteren als JSON" in Mijn plannen downloads the plan as imported', async ({ page }) => {
  await importExample(page);
  await backToPlansList(page);
  await expectExampleDownload(page, () =>
    page.getByRole('button', { name: wordPrefix('Exporteren als JSON') }).first().click(),
  );
});

test('Exporteren → "Exporteren als JSON" on the plan screen downloads the plan as imported', async ({ page }) => {
  await importExample(page);
  await expectExampleDownload(page, async () => {
    await page.getByRole('button', { name: word('Exporteren') }).click();
    await page.getByRole('menuitem', { name: wordPrefix('Exporteren als JSON') }).click();
  });
});
