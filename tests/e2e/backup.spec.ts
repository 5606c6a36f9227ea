import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { backToPlansList, createPlan, errorAlert, examplePath, importExample, planLinks, readDownload, word, wordPrefix, type DoelenboomFile } from './helpers';

// Every test gets a fresh browser context, so IndexedDB starts empty.

interface BackupFile {
  format: string;
  version: number;
  madeAt: string;
  files: DoelenboomFile[];
}

/** A confirmation (role="status") that says `text`; other live regions may be on the page. */
const statusWith = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: word('Mijn plannen') });

/** Downloads one plan from Mijn plannen as JSON; returns its plan. */
async function exportFromList(page: Page, title: string): Promise<DoelenboomFile['plan']> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Exporteren als JSON: ${title}` }).click();
  return (await readDownload(await downloadPromise)).plan;
}

test('"Back-up maken" saves every plan in one file; "Back-up terugzetten" brings them back as they were', async ({ page }) => {
  await importExample(page);
  await backToPlansList(page);
  await createPlan(page, { title: 'Wijkdoelen Klarendal', wijk: 'Klarendal', period: '2026' });
  await backToPlansList(page);
  await expect(planLinks(page)).toHaveCount(2);

  // The example plan was last changed long ago and never backed up: the reminder shows.
  const reminder = page.getByRole('region', { name: 'Herinnering: back-up' });
  await expect(reminder).toContainText('Je hebt nog geen back-up gemaakt');

  const downloadPromise = page.waitForEvent('download');
  await toolbar(page).getByRole('button', { name: word('Back-up maken') }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^wijkdoelen-back-up-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupFile;
  expect(backup.format).toBe('wijkdoelen-backup');
  expect(backup.version).toBe(1);
  expect(backup.files.map((f) => f.format)).toEqual(['doelenboom', 'doelenboom']);
  // The back-up envelope is still version 1; the plans in it are doelenboom files of version 2.
  expect(backup.files.map((f) => f.version)).toEqual([2, 2]);
  expect(backup.files.map((f) => f.plan.title).sort()).toEqual(['Wijkdoelen Klarendal', 'Wijkdoelen Presikhaaf']);
  await expect(statusWith(page, 'Back-up gemaakt van 2 plannen')).toBeVisible();
  await expect(reminder).toBeHidden();

  // As they were, from the app's own export.
  const before = {
    presikhaaf: await exportFromList(page, 'Wijkdoelen Presikhaaf'),
    klarendal: await exportFromList(page, 'Wijkdoelen Klarendal'),
  };
  expect(backup.files.find((f) => f.plan.id === before.presikhaaf.id)?.plan).toEqual(before.presikhaaf);

  // Lose one plan, change the other.
  await page.getByRole('button', { name: 'Verwijderen: Wijkdoelen Presikhaaf' }).click();
  await expect(page.getByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Naam wijzigen: Wijkdoelen Klarendal' }).click();
  const renameDialog = page.getByRole('dialog', { name: 'Naam wijzigen' });
  await renameDialog.getByRole('textbox', { name: wordPrefix('Titel') }).fill('Klarendal, hernoemd');
  await renameDialog.getByRole('button', { name: word('Opslaan') }).click();
  await expect(page.getByRole('link', { name: 'Klarendal, hernoemd' })).toBeVisible();
  await expect(planLinks(page)).toHaveCount(1);

  // Restore: asked about the plan that exists, replace it.
  const chooserPromise = page.waitForEvent('filechooser');
  await toolbar(page).getByRole('button', { name: word('Back-up terugzetten') }).click();
  await (await chooserPromise).setFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Dit plan bestaat al' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Het plan "Wijkdoelen Klarendal" uit de back-up staat al in deze browser (als "Klarendal, hernoemd")');
  await dialog.getByRole('button', { name: word('Vervangen') }).click();
  await expect(dialog).toBeHidden();
  await expect(statusWith(page, '2 plannen teruggezet.')).toBeVisible();

  // Both back as they were; no copies.
  await expect(planLinks(page)).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wijkdoelen Klarendal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Klarendal, hernoemd' })).toHaveCount(0);
  expect(await exportFromList(page, 'Wijkdoelen Presikhaaf')).toEqual(before.presikhaaf);
  expect(await exportFromList(page, 'Wijkdoelen Klarendal')).toEqual(before.klarendal);

  // And they survive a reload (they are stored, not only shown).
  await page.reload();
  await expect(planLinks(page)).toHaveCount(2);
});

test('a doelenboom file is refused as a back-up, with a Dutch message, and nothing changes', async ({ page }) => {
  await importExample(page);
  await backToPlansList(page);
  const chooserPromise = page.waitForEvent('filechooser');
  await toolbar(page).getByRole('button', { name: word('Back-up terugzetten') }).click();
  await (await chooserPromise).setFiles(examplePath);
  const alert = errorAlert(page);
  await expect(alert).toContainText('Dit is een doelenboom-bestand met één plan, geen back-up. Gebruik "Importeren" om het te openen.');
  await expect(alert).toContainText('Er is niets veranderd aan je plannen.');
  await expect(planLinks(page)).toHaveCount(1);
});
