import { expect, test } from '@playwright/test';
import { NODE, importExample } from './helpers';

test('a momentopname before a sociale tafel shows afterwards what changed, marked on the canvas, and survives a reload', async ({ page }) => {
  await importExample(page);
  const panel = page.getByRole('region', { name: 'Momentopnames' });
  await panel.getByLabel('Naam van de momentopname').fill('Sociale tafel maart 2026');
  await panel.getByRole('button', { name: 'Momentopname maken' }).click();
  await expect(panel.getByText('Sociale tafel maart 2026', { exact: true })).toBeVisible();

  // At the tafel: an action is done.
  const action = page.locator(`${NODE}[aria-label="Actie: Pannakooi plaatsen bij het winkelcentrum"]`);
  await action.click();
  await page.getByRole('region', { name: 'Details' }).getByLabel('Status').selectOption({ label: 'Gereed' });
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();

  await page.reload();
  await panel.getByRole('button', { name: 'Vergelijk "Sociale tafel maart 2026" met nu' }).click();
  const diff = page.getByRole('region', { name: 'Veranderd sinds "Sociale tafel maart 2026"' });
  await expect(diff).toContainText('Status van "Pannakooi plaatsen bij het winkelcentrum": Lopend → Gereed');
  await expect(diff).toContainText('1 verandering');
  await expect(action).toHaveClass(/changed/);
  await expect(page.locator(`${NODE}.changed`)).toHaveCount(1);
});
