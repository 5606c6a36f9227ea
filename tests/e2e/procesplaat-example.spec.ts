import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { NODE, expectPlanScreen, openPlansList, word } from './helpers';

const stepLink = (page: Page, name: string) => page.getByRole('navigation', { name: /stappen/i }).getByRole('link', { name, exact: true });
const STEPS = ['Wijkinformatie', 'Beleid', 'Wijkkrachten', 'Doelen', 'Acties & eigenaren', 'Overleg & voortgang'];

/** "Nieuw plan" from the Voorbeeldplan template, as a new user explores the app. */
async function createExamplePlan(page: Page) {
  await openPlansList(page);
  await page.getByRole('button', { name: word('Nieuw plan') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /voorbeeldplan/i }).check();
  await dialog.getByRole('button', { name: word('Aanmaken') }).click();
  await expectPlanScreen(page, 'Voorbeeldplan Presikhaaf');
  await expect(page.locator(NODE).first()).toBeVisible();
}

test.describe('at a 1280 × 720 beamer', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the Voorbeeldplan shows all six steps in one row, is mostly on schedule, and a link on Overleg opens its node in the tree', async ({ page }) => {
    await createExamplePlan(page);

    // All six steps fit the width: none is cut off or scrolled away.
    for (const name of STEPS) {
      const box = await stepLink(page, name).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(1280);
    }

    // Its quarters follow today's date: a new user does not see a plan where everything is late.
    await stepLink(page, 'Acties & eigenaren').click();
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(8);
    expect(await page.locator('.row-overdue').count()).toBeLessThanOrEqual(2);

    // Overleg & voortgang: a goal's title leads to that goal on the canvas, selected and in view.
    await stepLink(page, 'Overleg & voortgang').click();
    const link = page.getByRole('button', { name: /^Toon ".+" in de doelenboom$/ }).first();
    const title = /^Toon "(.+)" in de doelenboom$/.exec((await link.getAttribute('aria-label')) ?? (await link.innerText()))?.[1] ?? '';
    expect(title).not.toBe('');
    await link.click();
    await expect(page).toHaveURL(/#\/plan\/[^/]+$/);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByLabel('Titel', { exact: true })).toHaveValue(title);
    const node = page.locator(`${NODE}[aria-label$=": ${title}"]`);
    await expect(node).toHaveClass(/selected/);
    const canvas = await page.locator('.react-flow').boundingBox();
    await expect
      .poll(async () => {
        const box = await node.boundingBox();
        return Boolean(box && canvas && box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height);
      })
      .toBe(true);
  });
});

test('Doelen puts the goals first: actions and owners are drawn lighter there, not in the tree', async ({ page }) => {
  await createExamplePlan(page);
  await stepLink(page, 'Doelen').click();
  await expect(page.locator(`${NODE}[aria-label^="Actie: "]`).first()).toHaveClass(/dimmed/);
  await expect(page.locator(`${NODE}[aria-label^="Eigenaar: "]`).first()).toHaveClass(/dimmed/);
  await expect(page.locator(`${NODE}[aria-label^="Doel: "]`).first()).not.toHaveClass(/dimmed/);
  await page.getByRole('link', { name: 'Boom', exact: true }).click();
  await expect(page.locator(`${NODE}.dimmed`)).toHaveCount(0);

  // A mistyped step in the address lands on the doelenboom under its own address.
  const treeUrl = page.url();
  await page.goto(`${treeUrl}/onzin`);
  await expect(page).toHaveURL(treeUrl);
  await expect(page.getByRole('link', { name: 'Boom', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the Actielijst: the splitter gives it more room by keyboard, and its CSV opens in Excel (BOM, semicolons, Dutch headers)', async ({ page }) => {
  await createExamplePlan(page);
  await stepLink(page, 'Acties & eigenaren').click();
  const splitter = page.getByRole('separator', { name: /Actielijst/ });
  const list = page.locator('.editor-below');
  const before = (await list.boundingBox())?.height ?? 0;
  await splitter.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(splitter).toHaveAttribute('aria-valuenow', '60');
  await expect.poll(async () => ((await list.boundingBox())?.height ?? 0) - before).toBeGreaterThan(20);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.actielijst\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
  expect(lines[0]).toBe('Doel;Actie;Eigenaar;Kwartaal;Status;Overleg');
  expect(lines).toHaveLength(9);
  expect(lines.slice(1).every((l) => /;"?(gepland|lopend|gereed|gestopt)"?;/i.test(l))).toBe(true);
});
