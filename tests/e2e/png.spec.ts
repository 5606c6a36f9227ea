import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  backToPlansList, EDGE, examplePath, importExample, importFile, NODE, readDoelenboom, readDownload, word, wordPrefix, type DoelenboomFile,
} from './helpers';

const example = readDoelenboom(examplePath);

async function exportVia(page: Page, item: string) {
  const downloadPromise = page.waitForEvent('download', { timeout: 20_000 });
  await page.getByRole('button', { name: word('Exporteren') }).click();
  await page.getByRole('menuitem', { name: wordPrefix(item) }).click();
  return downloadPromise;
}

/** The file without what may differ between two exports of the same plan. */
function comparable(file: DoelenboomFile) {
  const { exportedAt: _exportedAt, plan, ...rest } = file;
  const { id: _id, ...planRest } = plan;
  return { ...rest, plan: planRest };
}

/** Where the tree sits in the image (src/canvas/exportImage.ts): header 112 px, padding 40 px, centred, at least 960 px wide. */
const HEADER = 112;
const PAD = 40;
const MIN_WIDTH = 960;

test('"Exporteren als PNG" draws the whole tree with its edges, and the PNG imports as the same plan', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await importExample(page);
  await expect(page.locator(NODE)).toHaveCount(example.plan.nodes.length);

  const original = await readDownload(await exportVia(page, 'Exporteren als JSON'));

  // Zoomed far out, node text is not painted on screen; the export still draws it, and the
  // canvas stays as the user left it.
  for (let i = 0; i < 12 && !(await page.locator('.react-flow.zoom-far').count()); i++) {
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
  }
  await expect(page.locator('.react-flow.zoom-far')).toHaveCount(1);
  const download = await exportVia(page, 'Exporteren als PNG');
  expect(download.suggestedFilename()).toBe('presikhaaf-wijkdoelen-presikhaaf.doelenboom.png');
  const pngPath = testInfo.outputPath('presikhaaf.doelenboom.png');
  await download.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.locator('.react-flow.zoom-far')).toHaveCount(1);

  // The tree in flow coordinates (from the canvas), and a point halfway along one edge.
  const tree = await page.evaluate(({ node, edge }) => {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const el of document.querySelectorAll<HTMLElement>(node)) {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      minX = Math.min(minX, m.m41);
      minY = Math.min(minY, m.m42);
      maxX = Math.max(maxX, m.m41 + el.offsetWidth);
      maxY = Math.max(maxY, m.m42 + el.offsetHeight);
    }
    const action = document.querySelector<HTMLElement>(`${node}:has(.node-action)`)!;
    const am = new DOMMatrixReadOnly(getComputedStyle(action).transform);
    const path = document.querySelector<SVGPathElement>(`${edge} path.react-flow__edge-path`)!;
    const mid = path.getPointAtLength(path.getTotalLength() / 2);
    return { minX, minY, width: maxX - minX, height: maxY - minY, mid: { x: mid.x, y: mid.y }, action: { x: am.m41, y: am.m42, w: action.offsetWidth, h: action.offsetHeight } };
  }, { node: NODE, edge: EDGE });

  // Decode the PNG in the browser and read pixels: size, and ink where the edge runs.
  const base64 = bytes.toString('base64');
  const image = await page.evaluate(async ({ base64, tree, HEADER, PAD, MIN_WIDTH }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const treeW = Math.ceil(tree.width + 2 * PAD);
    const ratio = bitmap.width / Math.max(treeW, MIN_WIDTH);
    const left = Math.floor((Math.max(treeW, MIN_WIDTH) - treeW) / 2);
    const inkIn = (x: number, y: number, w: number, h: number) => {
      const px = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), Math.round(w * ratio), Math.round(h * ratio)).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) n++;
      return n;
    };
    const ink = (cx: number, cy: number, r: number) => inkIn(cx - r / ratio, cy - r / ratio, (2 * r + 1) / ratio, (2 * r + 1) / ratio);
    // Inside an action card (white, its border left out): only its text is dark.
    const a = tree.action;
    const textInk = inkIn(left + PAD + a.x - tree.minX + 20, HEADER + PAD + a.y - tree.minY + 8, a.w - 40, a.h - 16);
    const edgeAt = { x: left + PAD + tree.mid.x - tree.minX, y: HEADER + PAD + tree.mid.y - tree.minY };
    return {
      width: bitmap.width,
      height: bitmap.height,
      ratio,
      edgeInk: ink(edgeAt.x, edgeAt.y, 4),
      textInk,
      // A corner of the padding around the tree stays white.
      cornerInk: ink(left + 8, HEADER + 8, 4),
    };
  }, { base64, tree, HEADER, PAD, MIN_WIDTH });

  expect(image.ratio).toBeCloseTo(2, 1);
  expect(image.width).toBeGreaterThanOrEqual(1000);
  expect(image.width).toBeGreaterThanOrEqual(Math.floor(2 * tree.width));
  expect(image.height).toBeGreaterThanOrEqual(Math.floor(2 * (tree.height + HEADER)));
  expect(image.edgeInk, 'the edge is drawn').toBeGreaterThan(0);
  expect(image.cornerInk).toBe(0);
  expect(image.textInk, 'node text is drawn, also when zoomed far out').toBeGreaterThan(200);

  // The PNG imports (through "Importeren") as the same plan.
  await backToPlansList(page);
  await importFile(page, pngPath);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: word('Beide behouden') }).click();
  const copyTitle = `${example.plan.title} (kopie)`;
  await expect(page.getByRole('heading', { level: 1, name: copyTitle })).toBeVisible();
  await expect(page.locator(NODE)).toHaveCount(example.plan.nodes.length);
  const imported = await readDownload(await exportVia(page, 'Exporteren als JSON'));
  expect(imported.plan.id).not.toBe(original.plan.id);
  expect(imported.plan.title).toBe(copyTitle);
  expect(comparable({ ...imported, plan: { ...imported.plan, title: original.plan.title } })).toEqual(comparable(original));
});

test('"Exporteren als SVG" downloads an SVG with the node titles in it', async ({ page }) => {
  await importExample(page);
  const download = await exportVia(page, 'Exporteren als SVG');
  expect(download.suggestedFilename()).toBe('presikhaaf-wijkdoelen-presikhaaf.doelenboom.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  const goal = example.plan.nodes.find((n) => n.kind === 'goal')!;
  const escaped = String(goal.title).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  expect(svg).toContain(escaped);
  expect(svg).toContain(example.plan.title);
});

test('a PNG without a doelenboom is refused with a clear message', async ({ page }, testInfo) => {
  await importExample(page);
  await backToPlansList(page);
  // A PNG the app did not make: a screenshot.
  const shot = testInfo.outputPath('screenshot.png');
  await page.screenshot({ path: shot });
  await importFile(page, shot);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('Deze afbeelding bevat geen doelenboom');
  await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
});
