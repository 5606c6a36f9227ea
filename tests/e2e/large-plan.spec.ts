import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EDGE, NODE, genPlanPath, openPlansList, word } from './helpers';

// Timing belongs in the benchmark (npm run bench, docs/benchmarks.md), not in a test that
// passes or fails with the machine's load; this test holds what a user sees of a large plan.
test('a 2,000-node plan imports, opens with every node and edge drawn, and survives a reload', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const file = testInfo.outputPath('plan-2000.doelenboom.json');
  const text = execFileSync(process.execPath, [genPlanPath, '2000'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(file, text);
  const { plan } = JSON.parse(text) as { plan: { title: string; nodes: unknown[]; edges: unknown[] } };

  await openPlansList(page);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: word('Importeren') }).click();
  const chooser = await chooserPromise;

  const started = Date.now();
  await chooser.setFiles(file);
  // Milestones, logged to show where the time goes.
  await page.waitForURL(/#\/plan\/[^/]+/, { timeout: 30_000 });
  const opened = Date.now() - started;
  await page.locator(NODE).first().waitFor({ state: 'visible', timeout: 30_000 });
  const elapsed = Date.now() - started;
  console.log(`  2,000-node plan: plan screen route after ${opened} ms, first node visible ${elapsed} ms after choosing the file`);
  testInfo.annotations.push({ type: 'timing', description: `first node visible after ${elapsed} ms` });

  await expect(page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible();

  // Every node and edge is in the DOM (ui-words.md).
  await expect(page.locator(NODE)).toHaveCount(plan.nodes.length, { timeout: 15_000 });
  await expect(page.locator(EDGE)).toHaveCount(plan.edges.length, { timeout: 15_000 });
  console.log(`  all ${plan.nodes.length} nodes and ${plan.edges.length} edges in the DOM after ${Date.now() - started} ms`);

  // Zoomed out this far the titles are unreadable: nodes are drawn as blocks (cheap to paint);
  // zooming in brings the text back.
  await expect(page.locator('.react-flow.zoom-far')).toHaveCount(1);
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(page.locator('.react-flow.zoom-far')).toHaveCount(0);
  // Zoomed in, what is out of view leaves the DOM (a drag stays smooth); "Alles in beeld"
  // brings every node back.
  await expect.poll(() => page.locator(NODE).count()).toBeLessThan(plan.nodes.length / 2);
  await page.getByRole('button', { name: 'Alles in beeld' }).click();
  await expect(page.locator(NODE)).toHaveCount(plan.nodes.length, { timeout: 15_000 });

  await page.reload();
  await expect(page.locator(NODE)).toHaveCount(plan.nodes.length, { timeout: 30_000 });
});
