#!/usr/bin/env node
// Draws the app icons (public/icons/*.png) from one SVG in headless Chromium, so the PNGs can be
// remade after a design change without an image editor. Usage: node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public/icons');
const BLUE = '#0b3d6b'; // --goal in src/app/styles.css: the colour of a goal on the canvas.

// A doelenboom in its simplest form: one goal branching into three, drawn on a 100-unit grid.
// `scale` shrinks the mark about the centre; a maskable icon must keep it inside the middle 80 %
// circle, because the platform crops the rest into its own shape.
function svg({ rounded, scale }) {
  const t = `translate(50 50) scale(${scale}) translate(-50 -50)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
  <rect width="100" height="100" rx="${rounded ? 20 : 0}" fill="${BLUE}"/>
  <g transform="${t}" fill="#fff" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">
    <path fill="none" d="M50 30V51M24 51H76M24 51V66M50 51V66M76 51V66"/>
    <circle cx="50" cy="25" r="10" stroke="none"/>
    <circle cx="24" cy="74" r="8.5" stroke="none"/>
    <circle cx="50" cy="74" r="8.5" stroke="none"/>
    <circle cx="76" cy="74" r="8.5" stroke="none"/>
  </g>
</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 0.9 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 0.9 },
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.68 },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg(icon)}</body></html>`,
    );
    await page.locator('svg').screenshot({ path: path.join(outDir, icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
