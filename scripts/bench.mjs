#!/usr/bin/env node
// Benchmark of the production build in headless Chromium: import+open, drag frame rate,
// "Automatisch ordenen", save latency, typing in a title, JSON export; plus the initial JS
// size. Writes docs/benchmarks.md. Usage: npm run bench [-- --sizes 200,1000,2000]
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { initialJs } from './bundle-size.mjs';
import { tmpdir, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.WIJKDOELEN_SHARED || path.resolve(root, '../shared');
const sizesArg = process.argv.find((a, i) => process.argv[i - 1] === '--sizes');
const sizes = (sizesArg ?? '200,1000,2000').split(',').map(Number);
const port = 4174;
const base = `http://127.0.0.1:${port}/`;

function log(...a) {
  console.log('[bench]', ...a);
}

log('building…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
// The bare React Flow page to compare with (bench/bare-react-flow), served beside the app.
execFileSync('npx', ['vite', 'build', 'bench/bare-react-flow', '--outDir', path.join(root, 'dist/bare'), '--base', './', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

// Initial JS: the entry chunk and what index.html preloads, gzipped.
const initialGzip = initialJs(path.join(root, 'dist')).bytes;
const allJs = readdirSync(path.join(root, 'dist/assets')).filter((f) => f.endsWith('.js'));
const allGzip = allJs.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(root, 'dist/assets', f))).length, 0);

// Its own process group, so that stopping it also stops the vite process npx starts.
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Drags one node over 60 mouse moves while counting animation frames; returns fps and the p95 frame gap. */
async function measureDrag(page) {
  const nodeBox = await page.locator('.react-flow__node').first().boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
  });
  const x = nodeBox.x + nodeBox.width / 2;
  const y = nodeBox.y + Math.min(20, nodeBox.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 4, y + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return window.__frames;
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  return { fps: Math.round(((frames.length - 1) / (frames[frames.length - 1] - frames[0])) * 1000), p95: Math.round(gaps[Math.floor(gaps.length * 0.95)] ?? 0) };
}

/** Zooms in with the mouse wheel over the first node until the canvas is at 100 % or more. */
async function zoomToWorkingSize(page) {
  const box = await page.locator('.react-flow__node').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(20, box.height / 2));
  for (let i = 0; i < 60; i++) {
    const zoom = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a);
    if (zoom >= 1) break;
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(500);
}

/**
 * "Automatisch ordenen", three times: from the click to the first frame painted after the first
 * node moved. The button is found before the clock starts and clicked in the page, so the figure
 * is what a user waits for, not Playwright searching a large DOM for the button. `reset` puts the
 * nodes back (undo in the app, a second click on the bare page).
 */
async function measureLayout(page, reset) {
  const ms = [];
  for (let i = 0; i < 3; i++) {
    const before = await page.locator('.react-flow__node').first().getAttribute('style');
    const button = await page.getByRole('button', { name: 'Automatisch ordenen' }).elementHandle();
    const took = await page.evaluate(
      ([b, prev]) =>
        new Promise((resolve) => {
          const start = performance.now();
          b.click();
          const check = () => {
            const s = document.querySelector('.react-flow__node')?.getAttribute('style');
            if (s !== prev) requestAnimationFrame(() => resolve(performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        }),
      [button, before],
    );
    ms.push(took);
    await page.waitForTimeout(300);
    await reset();
    await page.waitForTimeout(600);
  }
  return Math.round(median(ms));
}

/** The same plan in the bare React Flow page: time to all nodes in the DOM, and a drag. */
async function measureBare(file, nodeCount) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}bare/`);
  const t0 = Date.now();
  await page.getByLabel('Plan').setInputFiles(file);
  await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count && document.querySelector('.react-flow__node')?.style.visibility !== 'hidden', nodeCount, { timeout: 60_000 });
  const openMs = Date.now() - t0;
  await page.waitForTimeout(500);
  const drag = await measureDrag(page);
  // Its button toggles between the layout and the file's positions: a second click resets.
  const layoutMs = await measureLayout(page, () => page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Automatisch ordenen')?.click()));
  await zoomToWorkingSize(page);
  const near = await measureDrag(page);
  await context.close();
  return { openMs, ...drag, nearFps: near.fps, layoutMs };
}
const results = [];
const dir = mkdtempSync(path.join(tmpdir(), 'wijkdoelen-bench-'));

try {
  for (const n of sizes) {
    const file = path.join(dir, `plan-${n}.doelenboom.json`);
    writeFileSync(file, execFileSync('node', [path.join(shared, 'tools/gen-plan.mjs'), String(n)]));
    const nodeCount = JSON.parse(readFileSync(file, 'utf8')).plan.nodes.length;
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: 'Importeren' }).waitFor();

    // Import and open: from choosing the file to every node in the DOM.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importeren' }).click();
    const t0 = Date.now();
    await (await chooser).setFiles(file);
    await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count && document.querySelector('.react-flow__node')?.style.visibility !== 'hidden', nodeCount, { timeout: 60_000 });
    const openMs = Date.now() - t0;
    await page.waitForTimeout(500);

    // Drag: 60 mouse moves on one node while counting animation frames.
    const { fps, p95 } = await measureDrag(page);

    // Automatisch ordenen: click to the first frame with the new positions painted.
    const layoutMs = await measureLayout(page, () => page.keyboard.press('Control+z'));

    // Typing a title in the details panel: how many nodes re-render (DOM mutations) and save latency.
    await page.locator('.react-flow__node').nth(3).click();
    const field = page.getByLabel('Titel', { exact: true });
    await field.waitFor();
    await page.evaluate(() => {
      window.__touched = new Set();
      window.__mo = new MutationObserver((list) => {
        for (const m of list) {
          const node = (m.target.nodeType === 1 ? m.target : m.target.parentElement)?.closest('.react-flow__node');
          if (node) window.__touched.add(node.getAttribute('data-id'));
        }
      });
      window.__mo.observe(document.querySelector('.react-flow__nodes'), { subtree: true, childList: true, characterData: true });
    });
    const typeStart = Date.now();
    await field.pressSequentially(' bewerkt', { delay: 30 });
    const typeMs = (Date.now() - typeStart) / ' bewerkt'.length;
    const touched = await page.evaluate(() => {
      window.__mo.disconnect();
      return window.__touched.size;
    });
    const saveStart = Date.now();
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('wijkdoelen');
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('plans', 'readonly');
            const get = tx.objectStore('plans').getAll();
            get.onsuccess = () => {
              db.close();
              resolve(get.result.some((row) => row.plan.nodes.some((n) => n.title.endsWith(' bewerkt'))));
            };
          };
        }),
      null,
      { timeout: 10_000, polling: 20 },
    );
    const saveMs = Date.now() - saveStart;

    // JSON export: from the menu item to the download.
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const download = page.waitForEvent('download');
    const e0 = Date.now();
    await page.getByRole('menuitem', { name: 'Exporteren als JSON' }).click();
    await (await download).path();
    const exportMs = Date.now() - e0;

    // PNG export: from the menu item to the download (the image is drawn from the plan).
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const pngDownload = page.waitForEvent('download', { timeout: 300_000 });
    const p0 = Date.now();
    await page.getByRole('menuitem', { name: 'Exporteren als PNG' }).click();
    await (await pngDownload).path();
    const pngMs = Date.now() - p0;

    // Drag again at 100 % zoom, as a facilitator works: a few dozen nodes in view.
    await page.keyboard.press('Escape');
    await zoomToWorkingSize(page);
    const near = await measureDrag(page);

    const bare = await measureBare(file, nodeCount);
    results.push({ n: nodeCount, bare, openMs, fps, p95: Math.round(p95), nearFps: near.fps, layoutMs, typeMs: Math.round(typeMs), touched, saveMs, exportMs, pngMs });
    log(JSON.stringify(results.at(-1)));
    await context.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const cpu = cpus()[0]?.model ?? 'unknown';
const date = new Date().toISOString().slice(0, 10);
const rows = results
  .map((r) => `| ${r.n} | ${r.openMs} ms (bare: ${r.bare.openMs} ms) | ${r.fps} fps, p95 frame ${r.p95} ms (bare: ${r.bare.fps} fps, ${r.bare.p95} ms) | ${r.nearFps} fps (bare: ${r.bare.nearFps} fps) | ${r.layoutMs} ms (bare: ${r.bare.layoutMs} ms) | ${r.typeMs} ms/key, ${r.touched} node(s) re-rendered | ${r.saveMs} ms after typing stopped | ${r.exportMs} ms | ${(r.pngMs / 1000).toFixed(1)} s |`)
  .join('\n');
const md = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.mjs) on a production build served by \`vite preview\`,
in headless Debian Chromium (software rendering, \`--disable-gpu\`), viewport 1600×900.
Plans from \`../shared/tools/gen-plan.mjs N\` (seed 1, grid positions).

- Date: ${date}
- Machine: ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}
- Initial JS (entry chunk and its static imports, gzip): **${kb(initialGzip)}**; all JS in dist (gzip): ${kb(allGzip)}

"Bare" is \`bench/bare-react-flow\`: the same nodes and edges in React Flow with its default
nodes and nothing else, measured the same way in the same run.

| nodes | import + open (file chosen → all nodes drawn) | drag (60 moves), whole tree in view | drag at 100 % zoom | Automatisch ordenen (click → painted) | typing a title in Details | save to IndexedDB | JSON export | PNG export |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}

Budgets (issues): drag ≥ 50 fps on 1,000 nodes; typing re-renders one node; layout < 150 ms
on 1,000 and < 300 ms on 2,000 nodes; an edit stored within 1 s; import + open of 2,000 nodes < 2 s.

## Reading the figures
- Runs on this shared 2-core machine vary: back-to-back runs of the same build differed by up to
  ten frames per second in a drag and a quarter in time (the bare page's drag at 100 % zoom on
  1,000 nodes measured between 12 and 30 fps on one day). Compare the app with the bare page of
  the same run, and take several runs before reading a change of a few frames as real.
- Headless Chromium here paints in software (no GPU), so every frame is rasterised on the CPU;
  the bare React Flow page shows what that costs without any of the app. Below zoom 0.22 the
  app paints nodes as blocks (their text is unreadable there and stays in the DOM), which is
  why its drag beats the bare page on large plans.
- "Automatisch ordenen" is click → first frame painted with the new positions, the button
  clicked in the page (so Playwright's search of a large DOM for it is not counted), median of
  three. The layout computation itself (d3-hierarchy tidy tree) takes about 5 ms on 1,000 and
  7 ms on 2,000 nodes in Node (src/domain/layout). The rest is React Flow re-rendering the
  wrapper of every moved node and every edge, and the browser painting them: the bare page,
  given the same positions by a button, needs about as long. Cards whose content did not change
  do not re-render (docs/decisions.md).
- "drag at 100 % zoom" zooms in with the mouse wheel over a node first, as a facilitator
  works. Above 500 nodes the app lets nodes out of view leave the DOM once zoomed in
  (docs/decisions.md), which the bare page does not.
- "PNG export" is menu click → download: the tree drawn as SVG from the plan (tens of ms),
  rasterised by Chromium, encoded as PNG (most of the time) and given the plan as a text chunk.
  A 2,000-node tree is a ~9,000 × 6,000 px image at pixel ratio ~0.8.
- "typing" is the time per key of \`pressSequentially\` with a 30 ms delay between keys, so
  about 30 ms of each figure is that delay. The DOM of exactly one node changes per key.
- Import + open includes reading and validating the file, storing it in IndexedDB, opening
  the plan screen and React Flow measuring every node; the bare page only parses JSON and draws.
`;
writeFileSync(path.join(root, 'docs/benchmarks.md'), md);
log('wrote docs/benchmarks.md');
