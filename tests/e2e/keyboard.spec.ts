import { expect, test, type Page } from '@playwright/test';
import { importExample, openPlansList, word } from './helpers';

// Keyboard users: every stop of the Tab key is visible, shows where focus is, and comes in
// reading order; dialogs keep focus inside and give it back when they close.

interface Stop {
  name: string;
  top: number;
  left: number;
  visible: boolean;
  ring: boolean;
}

/** Presses Tab `count` times and describes each element that receives focus. */
async function tabStops(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { name: '(body)', top: 0, left: 0, visible: false, ring: false };
      const box = el.getBoundingClientRect();
      // Where it sits in its scrolled containers (the step strip scrolls sideways to show focus).
      let dx = 0, dy = 0;
      for (let p = el.parentElement; p; p = p.parentElement) {
        dx += p.scrollLeft;
        dy += p.scrollTop;
      }
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
      const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      return { name, top: Math.round(box.top + dy), left: Math.round(box.left + dx), visible: inView, ring };
    }));
  }
  return stops;
}

function expectVisibleWithRing(stops: Stop[]) {
  for (const s of stops) {
    expect.soft(s.visible, `"${s.name}" is on screen when focused`).toBe(true);
    expect.soft(s.ring, `"${s.name}" shows a focus ring`).toBe(true);
  }
}

test('no element anywhere takes a positive tabindex (which would break the reading order)', async ({ page }) => {
  await importExample(page);
  for (const href of ['#/', page.url().replace(/^[^#]*/, ''), `${page.url().replace(/^[^#]*/, '')}/wijkinformatie`, '#/privacy']) {
    await page.goto(`/${href}`);
    await page.waitForLoadState('networkidle');
    const positive = await page.locator('[tabindex]').evaluateAll((els) => els.filter((e) => Number(e.getAttribute('tabindex')) > 0).map((e) => e.outerHTML.slice(0, 80)));
    expect(positive, href).toEqual([]);
  }
});

test('Mijn plannen: Tab goes from the skip link through the controls to the plans, each with a visible focus ring', async ({ page }) => {
  await importExample(page);
  await openPlansList(page);
  // A fresh page: Tab starts at the top of the document.
  await page.reload();
  const stops = await tabStops(page, 6);
  expect(stops[0]?.name).toBe('Naar de inhoud');
  expect(stops.map((s) => s.name)).toEqual(expect.arrayContaining(['Nieuw plan', 'Importeren']));
  expect(stops.findIndex((s) => s.name === 'Nieuw plan')).toBeLessThan(stops.findIndex((s) => s.name === 'Importeren'));
  expectVisibleWithRing(stops.slice(1));
  // Shift+Tab walks back the same way.
  await page.keyboard.press('Shift+Tab');
  const back = await page.evaluate(() => (document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60));
  expect(back).toBe(stops[4]?.name);
});

test('the skip link moves focus past the header to the page content', async ({ page }) => {
  await importExample(page);
  await page.reload();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the plan screen: every Tab stop over the header, steps and toolbar is visible, ringed, and in reading order', async ({ page }) => {
  await importExample(page);
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const stops = await tabStops(page, 14);
  expectVisibleWithRing(stops.slice(1));
  // Reading order: each stop is below the previous one, or on the same band to its right
  // (toolbar rows wrap, so a new row may start left again when it is lower).
  for (let i = 2; i < stops.length; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const sameBand = Math.abs(a.top - b.top) < 24;
    expect.soft(sameBand ? b.left > a.left : b.top > a.top, `"${a.name}" → "${b.name}"`).toBe(true);
  }
});

test('a dialog keeps Tab inside and gives focus back to the button that opened it', async ({ page }) => {
  await openPlansList(page);
  const opener = page.getByRole('button', { name: word('Nieuw plan') });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // A native modal <dialog>: the page behind is inert; after the last field Tab may pass
  // through the browser's own controls (body here) and comes back into the dialog.
  let inside = 0;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const where = await dialog.evaluate((d) => (d.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'browser' : 'page'));
    expect(where).not.toBe('page');
    if (where === 'dialog') inside++;
  }
  expect(inside).toBeGreaterThanOrEqual(8);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
