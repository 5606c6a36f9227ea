import { expect, test, type Page } from '@playwright/test';
import { NODE, createPlan, importExample, openPlansList, typeTitle, word, wordPrefix } from './helpers';

// "Send nothing anywhere": a whole working session asks nothing of any host but the app's own.
const STEPS = ['Wijkinformatie', 'Beleid', 'Wijkkrachten', 'Doelen', 'Acties & eigenaren', 'Overleg & voortgang'];

const stepLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /stappen/i }).getByRole('link', { name, exact: true });

async function exportVia(page: Page, item: string) {
  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: word('Exporteren') }).click();
  await page.getByRole('menuitem', { name: wordPrefix(item) }).click();
  const download = await downloadPromise;
  expect(await download.failure()).toBeNull();
  return download;
}

test('a full session sends no request to any host but the app itself', async ({ page, context, baseURL }) => {
  const APP_ORIGIN = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  test.setTimeout(90_000);
  const requests: string[] = [];
  const sockets: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  // The Content-Security-Policy (index.html) must not block anything the app itself does.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });

  // Create a plan and add a goal through the toolbar.
  await openPlansList(page);
  await createPlan(page, { title: 'Privacy in Presikhaaf', wijk: 'Presikhaaf' });
  await page.getByRole('button', { name: word('Doel toevoegen') }).click();
  await typeTitle(page, 'Iedereen voelt zich welkom');
  await expect(page.locator(`${NODE}[aria-label="Doel: Iedereen voelt zich welkom"]`)).toBeVisible();

  // Import the example and walk the six steps.
  await importExample(page);
  for (const step of STEPS) {
    await stepLink(page, step).click();
    await expect(page.getByText('Laden…')).toHaveCount(0);
  }

  // Back to the doelenboom (the PNG is drawn from the canvas), then export as JSON and as PNG.
  await stepLink(page, 'Boom').click();
  await expect(page.locator(NODE).first()).toBeVisible();
  await exportVia(page, 'Exporteren als JSON');
  await exportVia(page, 'Exporteren als PNG');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);

  const outside = requests.filter(
    (url) => !(url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:')),
  );
  expect(requests.length).toBeGreaterThan(0);
  expect(outside, 'requests to other hosts').toEqual([]);
  expect(sockets, 'websockets').toEqual([]);
  expect(blocked, 'blocked by the Content-Security-Policy').toEqual([]);
});
