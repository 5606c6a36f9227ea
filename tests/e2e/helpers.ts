import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

// Paths. The shared domain material (docs, examples, tools) sits beside the repository.
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
export const examplePath = path.join(sharedDir, 'examples/presikhaaf.doelenboom.json');
export const genPlanPath = path.join(sharedDir, 'tools/gen-plan.mjs');

export const NODE = '.react-flow__node';
export const EDGE = '.react-flow__edge';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The UI word exactly (case may differ, ui-words.md). */
export const word = (w: string) => new RegExp(`^\\s*${escape(w)}\\s*$`, 'i');
/** The UI word, possibly followed by more (e.g. "Exporteren als JSON: <title>"). */
export const wordPrefix = (w: string) => new RegExp(`^\\s*${escape(w)}`, 'i');

export interface DoelenboomFile {
  format: string;
  version: number;
  exportedAt?: string;
  plan: {
    id: string;
    title: string;
    wijk: string;
    nodes: Array<Record<string, unknown>>;
    edges: Array<Record<string, unknown>>;
    [key: string]: unknown;
  };
}

export function readDoelenboom(file: string): DoelenboomFile {
  return JSON.parse(readFileSync(file, 'utf8')) as DoelenboomFile;
}

/** The plan without layout: `position` is the app's to choose. */
export function planWithoutPositions(plan: DoelenboomFile['plan']) {
  return {
    ...plan,
    nodes: plan.nodes.map((node) => {
      const { position: _position, ...rest } = node;
      return rest;
    }),
  };
}

/** Opens "Mijn plannen" (the start screen, route #/). */
export async function openPlansList(page: Page) {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
}

/** Goes from the plan screen back to "Mijn plannen" the way a user does: the link. */
export async function backToPlansList(page: Page) {
  await page.getByRole('link', { name: word('Mijn plannen') }).first().click();
  await expect(page.getByRole('heading', { name: word('Mijn plannen') })).toBeVisible();
  await expect(page).toHaveURL(/#\/?$/);
}

/** In "Mijn plannen", every plan is a link to #/plan/<id>. */
export function planLinks(page: Page): Locator {
  return page.locator('a[href*="#/plan/"]');
}

/** Clicks "Importeren" and chooses `file` in the native file chooser; returns when the file is chosen. */
export async function importFile(page: Page, file: string) {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: word('Importeren') }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
}

/** Waits for the plan screen of a plan with this title: route #/plan/<id>, title as the h1. */
export async function expectPlanScreen(page: Page, title: string) {
  await expect(page).toHaveURL(/#\/plan\/[^/]+/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Creates a plan through "Nieuw plan"; the new plan opens. */
export async function createPlan(page: Page, plan: { title: string; wijk: string; period?: string }) {
  await page.getByRole('button', { name: word('Nieuw plan') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: wordPrefix('Titel') }).fill(plan.title);
  await dialog.getByRole('textbox', { name: wordPrefix('Wijk') }).fill(plan.wijk);
  if (plan.period !== undefined) await dialog.getByRole('textbox', { name: wordPrefix('Periode') }).fill(plan.period);
  await dialog.getByRole('button', { name: word('Aanmaken') }).click();
  await expect(dialog).toBeHidden();
  await expectPlanScreen(page, plan.title);
}

/** The non-empty error message(s) the app shows. */
export function errorAlert(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

/** Reads a download as a doelenboom file. */
export async function readDownload(download: Download): Promise<DoelenboomFile> {
  const file = await download.path();
  return readDoelenboom(file);
}

/** Imports the Presikhaaf example into an empty browser and waits for its plan screen. */
export async function importExample(page: Page) {
  await openPlansList(page);
  await importFile(page, examplePath);
  await expectPlanScreen(page, readDoelenboom(examplePath).plan.title);
}

/** Types a title into the open title field of a new node and confirms it, as a facilitator does:
 * only once the field has focus, since a space typed on the toolbar button would press it again. */
export async function typeTitle(page: Page, title: string) {
  const field = page.getByRole('textbox', { name: 'Titel', exact: true }).and(page.locator(`${NODE} textarea`));
  await expect(field).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
}
