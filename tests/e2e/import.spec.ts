import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  EDGE, NODE, backToPlansList, errorAlert, examplePath, expectPlanScreen, fixturesDir, importExample, importFile,
  openPlansList, planLinks, readDoelenboom, word,
} from './helpers';

const example = readDoelenboom(examplePath);

test('importing the Presikhaaf example opens its doelenboom: 19 nodes, 19 edges, also after a reload', async ({ page }) => {
  expect(example.plan.nodes).toHaveLength(19);
  expect(example.plan.edges).toHaveLength(19);

  await importExample(page);
  await expect(page.locator(NODE)).toHaveCount(19);
  await expect(page.locator(EDGE)).toHaveCount(19);
  // The nodes carry their kind and title for assistive technology.
  const firstGoal = example.plan.nodes.find((n) => n.kind === 'goal');
  await expect(page.getByLabel(`Doel: ${String(firstGoal?.title)}`, { exact: true })).toBeVisible();

  await page.reload();
  await expectPlanScreen(page, example.plan.title);
  await expect(page.locator(NODE)).toHaveCount(19);
  await expect(page.locator(EDGE)).toHaveCount(19);
});

const refused: Array<{ file: string; what: string; message?: RegExp }> = [
  { file: 'missing-title.doelenboom.json', what: 'a plan without a title', message: /tit(le|el)/i },
  { file: 'proto.doelenboom.json', what: 'a file with a __proto__ key' },
  { file: 'not-json.doelenboom.json', what: 'a file that is not JSON' },
  { file: 'newer-version.doelenboom.json', what: 'a file of a newer format version' },
];

for (const { file, what, message } of refused) {
  test(`importing ${what} is refused with an error and changes no plans`, async ({ page }) => {
    await importExample(page);
    await backToPlansList(page);
    await expect(planLinks(page)).toHaveCount(1);
    const listUrl = page.url();

    await importFile(page, path.join(fixturesDir, file));

    const alert = errorAlert(page);
    await expect(alert.first()).toBeVisible();
    if (message) await expect(alert.first()).toContainText(message);
    console.log(`  ${file} → alert: ${JSON.stringify((await alert.first().innerText()).trim())}`);

    // Nothing opened, nothing added: still the same list with the one plan.
    await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
    expect(page.url()).toBe(listUrl);
    await expect(planLinks(page)).toHaveCount(1);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();

    await page.reload();
    await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
    await expect(planLinks(page)).toHaveCount(1);
    await expect(page.getByRole('link', { name: example.plan.title })).toBeVisible();
  });
}

test('importing the same file twice asks Vervangen / Beide behouden; "Beide behouden" keeps two plans', async ({ page }) => {
  await importExample(page);
  await backToPlansList(page);
  await expect(planLinks(page)).toHaveCount(1);

  await importFile(page, examplePath);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: word('Vervangen') })).toBeVisible();
  await dialog.getByRole('button', { name: word('Beide behouden') }).click();
  await expect(dialog).toBeHidden();

  // The copy opens, with its own id.
  await expect(page).toHaveURL(/#\/plan\/[^/]+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(example.plan.title);
  await expect(page.locator(NODE)).toHaveCount(19);

  await backToPlansList(page);
  await expect(planLinks(page)).toHaveCount(2);
  const hrefs = await planLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(2);

  await page.reload();
  await expect(planLinks(page)).toHaveCount(2);
});

test('importing the same file twice and choosing "Vervangen" keeps one plan', async ({ page }) => {
  await importExample(page);
  await backToPlansList(page);

  await importFile(page, examplePath);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: word('Beide behouden') })).toBeVisible();
  await dialog.getByRole('button', { name: word('Vervangen') }).click();
  await expect(dialog).toBeHidden();
  await expectPlanScreen(page, example.plan.title);
  await expect(page.locator(NODE)).toHaveCount(19);

  await backToPlansList(page);
  await expect(planLinks(page)).toHaveCount(1);
});

test('choosing a file with "Importeren" on an empty list opens the plan', async ({ page }) => {
  await openPlansList(page);
  await expect(planLinks(page)).toHaveCount(0);
  await importFile(page, examplePath);
  await expectPlanScreen(page, example.plan.title);
});
