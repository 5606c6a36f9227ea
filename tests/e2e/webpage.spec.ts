import { expect, test } from '@playwright/test';
import { examplePath, importExample, readDoelenboom, word } from './helpers';

const example = readDoelenboom(examplePath);
const expectedName = 'presikhaaf-wijkdoelen-presikhaaf.doelenboom.html';

test('"Exporteren als webpagina" gives one page that works offline and loads nothing', async ({ page, browser }) => {
  await importExample(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: word('Exporteren') }).click();
  await page.getByRole('menuitem', { name: word('Exporteren als webpagina') }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(expectedName);
  const file = test.info().outputPath(expectedName);
  await download.saveAs(file);

  // A fresh browser context with the network blocked: only the file itself may load.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const offline = await context.newPage();
  offline.on('request', (r) => {
    if (!r.url().startsWith('file:')) foreign.push(r.url());
  });
  const errors: string[] = [];
  offline.on('pageerror', (e) => errors.push(e.message));
  await offline.goto(`file://${file}`);

  const goal = example.plan.nodes.find((n) => n.kind === 'goal' && Array.isArray(n.inputIds) && n.inputIds.length > 0);
  const action = example.plan.nodes.find((n) => n.kind === 'action');
  expect(goal && action).toBeTruthy();
  const goalTitle = String(goal?.title);
  const actionTitle = String(action?.title);

  await expect(offline.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(offline.getByRole('heading', { level: 1, name: example.plan.title })).toBeVisible();
  await expect(offline.getByRole('heading', { name: word('Doelenboom') })).toBeVisible();
  const goalNode = offline.getByRole('button', { name: `Doel: ${goalTitle}`, exact: true });
  await expect(goalNode).toBeVisible();

  // The action in the Actielijst table.
  const table = offline.getByRole('table');
  await expect(table.getByRole('columnheader', { name: word('Actie') })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: actionTitle, exact: true })).toBeVisible();

  // Click a goal: its details with the onderbouwing appear.
  await goalNode.click();
  const details = offline.getByRole('complementary', { name: word('Details') });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`Doel: ${goalTitle}`);
  await expect(details.getByRole('heading', { name: /Onderbouwing/ }).first()).toBeVisible();
  const firstInput = example.plan.inputs as Array<{ id: string; text: string }>;
  const cited = firstInput.find((i) => i.id === (goal?.inputIds as string[])[0]);
  await expect(details.getByText(String(cited?.text), { exact: false })).toBeVisible();

  // The zoom buttons work (they change the view box) and "Alles" brings the whole tree back.
  const tree = offline.locator('#boom');
  const home = await tree.getAttribute('viewBox');
  await offline.getByRole('button', { name: 'Inzoomen' }).click();
  expect(await tree.getAttribute('viewBox')).not.toBe(home);
  await offline.getByRole('button', { name: word('Alles') }).click();
  expect(await tree.getAttribute('viewBox')).toBe(home);

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await context.close();
});

test('Exporteren → "Afdrukken" prints the web page from a hidden frame, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Init scripts run in every frame: print() records the document it would print instead of opening a dialog.
  await page.addInitScript(() => {
    const top = window.top as unknown as { printed?: string[] };
    top.printed ??= [];
    window.print = () => {
      top.printed?.push(`${document.title}|${document.querySelectorAll('.node').length}|${document.querySelectorAll('tbody tr').length}`);
    };
  });
  await importExample(page);
  await page.getByRole('button', { name: word('Exporteren') }).click();
  await page.getByRole('menuitem', { name: word('Afdrukken') }).click();
  const printed = () => page.evaluate(() => (window as unknown as { printed?: string[] }).printed ?? []);
  await expect.poll(async () => (await printed()).length).toBe(1);
  const actions = example.plan.nodes.filter((n) => n.kind === 'action').length;
  expect((await printed())[0]).toBe(`${example.plan.title} – Doelenboom|${example.plan.nodes.length}|${actions}`);
  expect(errors).toEqual([]);
});
