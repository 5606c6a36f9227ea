import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { backToPlansList, examplePath, expectPlanScreen, importFile, openPlansList, readDoelenboom, word, type DoelenboomFile } from './helpers';

// The Stadsoverzicht from a council member's side: three wijkplannen imported, the figures per
// wijk as the files say, a filter, and the CSV a spreadsheet opens.
const STATUSES = ['gepland', 'lopend', 'gereed', 'gestopt'] as const;
const HEADERS = ['Wijk', 'Plannen', 'Doelen', 'Subdoelen', 'Gepland', 'Lopend', 'Gereed', 'Gestopt', 'Acties'];

/** The example as another wijk's plan, with some statuses changed so the wijken differ. */
function wijkFile(wijk: string, index: number): DoelenboomFile {
  const doc = readDoelenboom(examplePath);
  doc.plan.id = `overzicht-${wijk.toLowerCase()}`;
  doc.plan.title = `Wijkdoelen ${wijk}`;
  doc.plan.wijk = wijk;
  const actions = doc.plan.nodes.filter((n) => n.kind === 'action');
  actions.forEach((a, i) => {
    if (i < index) a.status = STATUSES[(i + index) % STATUSES.length];
  });
  return doc;
}

/** The figures the Stadsoverzicht should show for one file, counted from its contents. */
function expected(doc: DoelenboomFile): Record<string, string> {
  const kinds = new Map(doc.plan.nodes.map((n) => [n.id as string, n.kind as string]));
  const goals = doc.plan.nodes.filter((n) => n.kind === 'goal');
  const subgoals = new Set(doc.plan.edges.filter((e) => kinds.get(e.source as string) === 'goal' && kinds.get(e.target as string) === 'goal').map((e) => e.target));
  const actions = doc.plan.nodes.filter((n) => n.kind === 'action');
  const byStatus = (s: string) => String(actions.filter((a) => a.status === s).length);
  return {
    Wijk: doc.plan.wijk,
    Plannen: '1',
    Doelen: String(goals.length - subgoals.size),
    Subdoelen: String(subgoals.size),
    Gepland: byStatus('gepland'),
    Lopend: byStatus('lopend'),
    Gereed: byStatus('gereed'),
    Gestopt: byStatus('gestopt'),
    Acties: String(actions.length),
  };
}

/** One wijk row of the table, keyed by column header. */
async function tableRow(page: Page, wijk: string): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: /stand van/ });
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${wijk}`) }) });
  const cells = await row.locator('th, td').allInnerTexts();
  const out: Record<string, string> = {};
  headers.forEach((h, i) => (out[h] = i === 0 ? (cells[0] ?? '').split('\n')[0]!.trim() : (cells[i] ?? '').trim()));
  return out;
}

const pick = (row: Record<string, string>) => Object.fromEntries(HEADERS.map((h) => [h, row[h]]));

test('Stadsoverzicht: figures per wijk from three imported plans, a filter and the CSV', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const docs = ['Presikhaaf', 'Klarendal', 'Malburgen'].map((w, i) => wijkFile(w, i + 1));
  for (const doc of docs) {
    const file = testInfo.outputPath(`${doc.plan.id}.doelenboom.json`);
    writeFileSync(file, JSON.stringify(doc, null, 2));
    await openPlansList(page);
    await importFile(page, file);
    await expectPlanScreen(page, doc.plan.title);
  }
  await backToPlansList(page);
  await page.getByRole('link', { name: word('Stadsoverzicht') }).click();
  await expect(page).toHaveURL(/#\/stadsoverzicht$/);
  await expect(page.getByRole('heading', { level: 1, name: word('Stadsoverzicht') })).toBeVisible();
  await expect(page).toHaveTitle(/^Stadsoverzicht/);

  const table = page.getByRole('table', { name: /stand van/ });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  for (const doc of docs) {
    expect(pick(await tableRow(page, doc.plan.wijk))).toEqual(expected(doc));
    await expect(table.getByRole('link', { name: doc.plan.title })).toHaveAttribute('href', `#/plan/${doc.plan.id}`);
  }

  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Klarendal' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  expect(pick(await tableRow(page, 'Klarendal'))).toEqual(expected(docs[1]!));
  await page.getByRole('button', { name: word('Filters wissen') }).click();
  await expect(table.locator('tbody tr')).toHaveCount(3);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Exporteren als CSV: tabel per wijk/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^stadsoverzicht-wijken-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
  expect(lines[0]!.slice(0, HEADERS.length)).toEqual(HEADERS);
  const sorted = [...docs].sort((a, b) => a.plan.wijk.localeCompare(b.plan.wijk, 'nl'));
  expect(lines.slice(1).map((cells) => Object.fromEntries(HEADERS.map((h, i) => [h, cells[i]])))).toEqual(sorted.map(expected));

  const pngPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Exporteren als PNG: tabel per wijk/ }).click();
  const png = readFileSync(await (await pngPromise).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
