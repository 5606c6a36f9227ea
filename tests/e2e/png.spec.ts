import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  backToPlansList, examplePath, expectPlanScreen, genPlanPath, importExample, importFile, NODE, openPlansList, readDoelenboom, readDownload, word, wordPrefix, type DoelenboomFile,
} from './helpers';

const example = readDoelenboom(examplePath);

async function exportVia(page: Page, item: string, timeout = 20_000) {
  const downloadPromise = page.waitForEvent('download', { timeout });
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

/** Where the tree sits in the image (src/canvas/treeDrawing.ts): header 112 px, padding 40 px, centred, at least 960 px wide. */
const HEADER = 112;
const PAD = 40;
const MIN_WIDTH = 960;
/** Cards are 260 px wide and at least 64 px high. */
const NODE_WIDTH = 260;
const MIN_CARD = 64;

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

  // The tree in flow coordinates (from the plan), an edge's end (just above the card it enters)
  // and an action card.
  const nodes = original.plan.nodes as Array<{ id: string; kind: string; position: { x: number; y: number } }>;
  const edges = original.plan.edges as Array<{ source: string; target: string }>;
  const tree = {
    minX: Math.min(...nodes.map((n) => n.position.x)),
    minY: Math.min(...nodes.map((n) => n.position.y)),
    maxX: Math.max(...nodes.map((n) => n.position.x + NODE_WIDTH)),
    maxY: Math.max(...nodes.map((n) => n.position.y + MIN_CARD)),
  };
  const target = nodes.find((n) => n.id === edges[0]!.target)!;
  const edgeEnd = { x: target.position.x + NODE_WIDTH / 2, y: target.position.y - 8 };
  const action = nodes.find((n) => n.kind === 'action')!.position;

  // Decode the PNG in the browser and read pixels: size, and ink where the edge runs.
  const base64 = bytes.toString('base64');
  const image = await page.evaluate(async ({ base64, tree, edgeEnd, action, HEADER, PAD, MIN_WIDTH, NODE_WIDTH }) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const treeW = Math.ceil(tree.maxX - tree.minX + 2 * PAD);
    const ratio = bitmap.width / Math.max(treeW, MIN_WIDTH);
    const left = Math.floor((Math.max(treeW, MIN_WIDTH) - treeW) / 2);
    // Flow coordinates to image CSS px.
    const ix = (x: number) => left + PAD + x - tree.minX;
    const iy = (y: number) => HEADER + PAD + y - tree.minY;
    const inkIn = (x: number, y: number, w: number, h: number) => {
      const px = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), Math.round(w * ratio), Math.round(h * ratio)).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) n++;
      return n;
    };
    const ink = (cx: number, cy: number, r: number) => inkIn(cx - r, cy - r, 2 * r + 1, 2 * r + 1);
    return {
      width: bitmap.width,
      height: bitmap.height,
      ratio,
      edgeInk: ink(ix(edgeEnd.x), iy(edgeEnd.y), 4),
      // Inside an action card (white, its border left out): only its text is dark.
      textInk: inkIn(ix(action.x) + 20, iy(action.y) + 8, NODE_WIDTH - 40, 60),
      // A corner of the padding around the tree stays white.
      cornerInk: ink(left + 8, HEADER + 8, 4),
    };
  }, { base64, tree, edgeEnd, action, HEADER, PAD, MIN_WIDTH, NODE_WIDTH });

  expect(image.ratio).toBeCloseTo(2, 1);
  expect(image.width).toBeGreaterThanOrEqual(1000);
  expect(image.width).toBeGreaterThanOrEqual(Math.floor(2 * (tree.maxX - tree.minX)));
  expect(image.height).toBeGreaterThanOrEqual(Math.floor(2 * (tree.maxY - tree.minY + HEADER)));
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

test('a 2,000-node tree comes out as one PNG with every card, at a lowered pixel ratio, with the plan inside', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const file = testInfo.outputPath('plan-2000.doelenboom.json');
  const text = execFileSync(process.execPath, [genPlanPath, '2000'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(file, text);
  const { plan } = JSON.parse(text) as { plan: { title: string; nodes: Array<{ position: { x: number; y: number } }> } };
  await openPlansList(page);
  await importFile(page, file);
  await expectPlanScreen(page, plan.title);

  const started = Date.now();
  const download = await exportVia(page, 'Exporteren als PNG', 120_000);
  console.log(`  2,000-node PNG: downloaded ${Date.now() - started} ms after "Exporteren"`);
  const pngPath = testInfo.outputPath('plan-2000.png');
  await download.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);

  // The plan travels inside (an iTXt chunk "doelenboom"), all 2,000 nodes of it.
  const at = bytes.indexOf(Buffer.from('doelenboom\0\0\0\0\0'));
  expect(at).toBeGreaterThan(0);
  const chunkLength = bytes.readUInt32BE(at - 8);
  const embedded = JSON.parse(bytes.subarray(at + 15, at + chunkLength).toString('utf8')) as { plan: { nodes: unknown[] } };
  expect(embedded.plan.nodes).toHaveLength(2000);

  // Wide enough for every card at a readable ratio, and the first and last cards are drawn.
  const xs = plan.nodes.map((n) => n.position.x);
  const treeW = Math.max(...xs) + NODE_WIDTH - Math.min(...xs) + 2 * PAD;
  // Width and height from the PNG's header (IHDR).
  const result = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), ratio: bytes.readUInt32BE(16) / treeW };
  expect(result.ratio).toBeGreaterThan(0.5);
  expect(result.ratio).toBeLessThan(2);
  expect(result.height).toBeGreaterThan(result.width / 3);
});
