import { expect, test, type Page } from '@playwright/test';
import { NODE, examplePath, importExample, readDoelenboom, word } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const example = readDoelenboom(examplePath).plan;
const topGoals = example.nodes.filter((n) => n.kind === 'goal' && !example.edges.some((e) => e.target === n.id)).map((n) => String(n.title));

/**
 * The smallest text on screen in the presentation, in CSS px as rendered: computed font size
 * times the element's scale (React Flow zooms with a transform), and for canvas text also the
 * height of a rendered line. Hidden, clipped (visually-hidden) and off-screen text is skipped.
 */
function smallestText(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('.presentation');
    if (!root) return { min: 0, what: 'no presentation' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let min = Infinity;
    let what = '';
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t.textContent?.trim();
      const el = t.parentElement;
      if (!text || !el) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const line = range.getClientRects()[0];
      if (!line || line.width === 0) continue; // clamped away
      // React Flow zooms the canvas with a transform on its viewport: that is the scale of its text.
      const viewport = el.closest('.react-flow__viewport');
      const scale = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      let size = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
      // On the canvas the line box is the proof: it is what the back row sees.
      if (el.closest('.react-flow__node')) size = Math.min(size, line.height);
      if (size < min) {
        min = size;
        what = text.slice(0, 40);
      }
    }
    return { min, what };
  });
}

test('Presenteren walks the goals with a clicker in large type, takes a new action live, and Escape leaves', async ({ page }) => {
  await importExample(page);
  const presentButton = page.getByRole('button', { name: word('Presenteren') });
  await presentButton.click();

  const show = page.getByRole('dialog', { name: /^Presentatie/ });
  await expect(show).toBeVisible();
  // Covers the window (full screen, or a fixed overlay where that is refused); no editing chrome.
  const box = await show.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
  await expect(show.getByRole('button', { name: word('Doel toevoegen') })).toHaveCount(0);
  await expect(show.getByRole('toolbar')).toHaveCount(0);

  const counter = show.locator('[aria-live="polite"]').first();
  const caption = show.getByRole('heading', { level: 2 });
  const total = topGoals.length + 1;
  expect(total).toBe(3);

  for (let i = 0; i < total; i++) {
    await expect(counter).toContainText(`${i + 1} / ${total}`);
    await expect(caption).toHaveText(i < topGoals.length ? (topGoals[i] as string) : /doelen/);
    const captionSize = await caption.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(captionSize).toBeGreaterThanOrEqual(32);
    const counterSize = await counter.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(counterSize).toBeGreaterThanOrEqual(32);
    // Once the view has settled on the stop, nothing readable is under 24 px.
    await expect.poll(async () => (await smallestText(page)).min, { timeout: 3_000 }).toBeGreaterThanOrEqual(24);
    if (i === 0) {
      // The branch is on screen and its titles can be read.
      const title = show.locator(`${NODE}[aria-label="Actie: Pannakooi plaatsen bij het winkelcentrum"] .node-title`);
      await expect(title).toBeVisible();
      expect((await title.boundingBox())?.width ?? 0).toBeGreaterThan(150);
    }
    // What the room sees at each stop (kept with the test output).
    await page.screenshot({ path: test.info().outputPath(`stop-${i + 1}.png`) });
    if (i < total - 1) await page.keyboard.press('PageDown');
  }
  await expect(caption).toContainText('5 doelen · 8 acties · 6 eigenaren');
  await page.keyboard.press('PageUp');
  await expect(counter).toContainText(`${total - 1} / ${total}`);

  // N: a new action under the goal in view, without leaving the presentation.
  await page.keyboard.press('Home');
  await expect(counter).toContainText(`1 / ${total}`);
  await page.keyboard.press('n');
  const field = show.getByRole('textbox', { name: 'Nieuwe actie' });
  await expect(field).toBeFocused();
  await page.keyboard.type('Buurtbarbecue organiseren');
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(show.locator(`${NODE}[aria-label="Actie: Buurtbarbecue organiseren"]`)).toBeVisible();
  await expect(show.getByRole('status')).toContainText('Actie toegevoegd');
  await expect(counter).toContainText(`1 / ${total}`);
  await page.screenshot({ path: test.info().outputPath('after-add.png') });

  // Escape leaves; the focus is back on the button and the new action is in the plan.
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(presentButton).toBeFocused();
  await expect(page.locator(`${NODE}[aria-label="Actie: Buurtbarbecue organiseren"]`)).toHaveCount(1);
});
