import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { NODE, backToPlansList, createPlan, expectPlanScreen, openPlansList, repoRoot, typeTitle, word } from './helpers';

// Offline (issue #6): once the service worker has precached the build, the whole app, lazily
// loaded steps included, opens and works without a network.

const stepLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /stappen/i }).getByRole('link', { name, exact: true });

/** Opens the app and waits until its service worker controls the page (the first load never is). */
async function openControlled(page: Page) {
  await openPlansList(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
}

/** Whether a request the service worker does not know reaches a server: proves the network is gone. */
async function networkReachable(page: Page) {
  return page.evaluate(() =>
    fetch(`./not-precached-${Date.now()}.txt`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  expect(await networkReachable(page), 'the network is really off').toBe(false);
}

test('offline, the app opens, a plan is made, a goal added, and lazily loaded screens open', async ({ page, context }) => {
  // Installing the service worker precaches the whole build before the test proper starts.
  test.setTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await openControlled(page);
  await goOffline(context, page);

  await page.reload();
  await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();

  await createPlan(page, { title: 'Offline in Presikhaaf', wijk: 'Presikhaaf' });
  await page.getByRole('button', { name: word('Doel toevoegen') }).click();
  await typeTitle(page, 'Iedereen kan buiten spelen');
  await expect(page.locator(`${NODE}[aria-label="Doel: Iedereen kan buiten spelen"]`)).toBeVisible();

  await backToPlansList(page);
  const link = page.getByRole('link', { name: 'Offline in Presikhaaf' });
  await expect(link).toBeVisible();

  // A deep link reloads offline too: every navigation falls back to the precached index.html.
  await link.click();
  await expectPlanScreen(page, 'Offline in Presikhaaf');
  await page.reload();
  await expectPlanScreen(page, 'Offline in Presikhaaf');
  await expect(page.locator(`${NODE}[aria-label="Doel: Iedereen kan buiten spelen"]`)).toBeVisible();

  // Steps are separate chunks, loaded the first time they open: here, for the first time, offline.
  await stepLink(page, 'Wijkinformatie').click();
  await expect(page).toHaveURL(/#\/plan\/[^/]+\/wijkinformatie$/);
  await expect(page.getByLabel('Nieuw signaal', { exact: true })).toBeVisible();
  await stepLink(page, 'Acties & eigenaren').click();
  await expect(page.getByText('Laden…')).toHaveCount(0);
  await expect(page.locator(`${NODE}[aria-label="Doel: Iedereen kan buiten spelen"]`)).toBeVisible();

  // The presentation is a chunk of its own as well.
  await page.getByRole('button', { name: word('Presenteren') }).click();
  const show = page.getByRole('dialog', { name: /^Presentatie/ });
  await expect(show).toBeVisible();
  await expect(show.getByRole('heading', { level: 2 })).toHaveText('Iedereen kan buiten spelen');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();

  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a new version waits for "herladen": the notice shows, and the page never reloads by itself', async ({ page }) => {
  test.setTimeout(60_000);
  await openControlled(page);
  await createPlan(page, { title: 'Bijna klaar', wijk: 'Klarendal' });

  // The next build, as the browser sees it: a service worker script that differs by a byte. The
  // browser fetches it itself (page routes never see that request), so the served file changes,
  // for this test only. `vite preview` serves from disk on every request.
  const swFile = path.join(repoRoot, process.env.E2E_DIST || 'dist', 'sw.js');
  const original = readFileSync(swFile);
  writeFileSync(swFile, `${original.toString('utf8')}\n// next build\n`);
  try {
    await seesTheNewVersion(page);
  } finally {
    writeFileSync(swFile, original);
  }
});

async function seesTheNewVersion(page: Page) {
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  // What the browser does by itself on a later visit, or every 24 hours.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const notice = page.getByRole('status').filter({ hasText: 'Nieuwe versie beschikbaar' });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(/^\s*Nieuwe versie beschikbaar — herladen\s*$/);
  const reload = notice.getByRole('button', { name: word('herladen') });
  await expect(reload).toBeVisible();

  // The new worker waits; give it every chance to take over on its own, then check it did not.
  await page.waitForTimeout(3_000);
  expect(navigations).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expectPlanScreen(page, 'Bijna klaar');
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);

  // Only the click switches to the new version, and then this tab reloads into it.
  const loaded = page.waitForEvent('load');
  await reload.click();
  await loaded;
  await expectPlanScreen(page, 'Bijna klaar');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  await expect(page.getByRole('status').filter({ hasText: 'Nieuwe versie beschikbaar' })).toHaveCount(0);
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
}
