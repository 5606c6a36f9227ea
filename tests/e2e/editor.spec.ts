import { expect, test, type Page } from '@playwright/test';
import { EDGE, NODE, createPlan, importExample, openPlansList, typeTitle, word } from './helpers';

const node = (page: Page, label: string) => page.locator(`${NODE}[aria-label="${label}"]`);

function transformOf(page: Page, label: string) {
  return node(page, label).evaluate((el) => (el as HTMLElement).style.transform);
}

test('a goal with two subgoals, three actions and two owners is built with the keyboard only and survives a reload', async ({ page }) => {
  await openPlansList(page);
  await createPlan(page, { title: 'Wijkdoelen Klarendal', wijk: 'Klarendal', period: '2025–2026' });

  await page.getByRole('button', { name: word('Doel toevoegen') }).focus();
  await page.keyboard.press('Enter');
  await typeTitle(page, 'Iedereen doet mee');
  await page.keyboard.press('Tab'); // a top goal's first child is a subgoal
  await typeTitle(page, 'Jongeren sporten');
  await page.keyboard.press('Enter'); // sibling subgoal
  await typeTitle(page, 'Ouderen minder eenzaam');
  await page.keyboard.press('ArrowLeft'); // back to "Jongeren sporten"
  await page.keyboard.press('Tab'); // a subgoal's first child is an action
  await typeTitle(page, 'Pannakooi plaatsen');
  await page.keyboard.press('Enter');
  await typeTitle(page, 'Sportinloop op vrijdag');
  await page.keyboard.press('Tab'); // an action's child is its owner
  await typeTitle(page, 'Buurthuis De Overkant');
  await page.keyboard.press('ArrowUp'); // owner → its action
  await page.keyboard.press('ArrowLeft'); // → "Pannakooi plaatsen"
  await page.keyboard.press('Tab');
  await typeTitle(page, 'Voetbalvereniging');
  await page.keyboard.press('ArrowUp'); // → action
  await page.keyboard.press('ArrowUp'); // → "Jongeren sporten"
  await page.keyboard.press('ArrowRight'); // → "Ouderen minder eenzaam"
  await page.keyboard.press('Tab');
  await typeTitle(page, 'Koffieochtend');

  const expected = [
    'Doel: Iedereen doet mee',
    'Doel: Jongeren sporten',
    'Doel: Ouderen minder eenzaam',
    'Actie: Pannakooi plaatsen',
    'Actie: Sportinloop op vrijdag',
    'Actie: Koffieochtend',
    'Eigenaar: Buurthuis De Overkant',
    'Eigenaar: Voetbalvereniging',
  ];
  const labels = async () => (await page.locator(NODE).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).sort();
  await expect.poll(labels).toEqual([...expected].sort());
  await expect(page.locator(EDGE)).toHaveCount(7);
  // The tree is right, not only the titles: outline numbers and owners on the actions.
  await expect(node(page, 'Doel: Ouderen minder eenzaam')).toContainText('1.2');
  await expect(node(page, 'Actie: Pannakooi plaatsen')).toContainText('Eigenaar: Voetbalvereniging');
  await expect(node(page, 'Actie: Sportinloop op vrijdag')).toContainText('Eigenaar: Buurthuis De Overkant');
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();

  await page.reload();
  await expect.poll(labels).toEqual([...expected].sort());
  await expect(page.locator(EDGE)).toHaveCount(7);
  await expect(node(page, 'Actie: Koffieochtend')).toContainText('Geen eigenaar');
});

test('a drag is one step: undo puts the node back, redo moves it again, and the result is saved', async ({ page }) => {
  await importExample(page);
  const label = 'Actie: Pannakooi plaatsen bij het winkelcentrum';
  await expect(node(page, label)).toBeVisible();
  const before = await transformOf(page, label);
  const box = await node(page, label).boundingBox();
  if (!box) throw new Error('node has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 12, box.y + 12 + i * 20);
  await page.mouse.up();
  const moved = await transformOf(page, label);
  expect(moved).not.toBe(before);

  await page.keyboard.press('Control+z');
  await expect.poll(() => transformOf(page, label)).toBe(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => transformOf(page, label)).toBe(moved);
  await page.getByRole('button', { name: word('Ongedaan maken') }).click();
  await expect.poll(() => transformOf(page, label)).toBe(before);
  await page.keyboard.press('Control+y');
  await expect.poll(() => transformOf(page, label)).toBe(moved);

  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  await page.reload();
  await expect.poll(() => transformOf(page, label)).toBe(moved);
});

test('a copied branch pastes under another goal with its actions and owner, and undo removes it', async ({ page }) => {
  await importExample(page);
  await expect(page.locator(NODE)).toHaveCount(19);
  await node(page, 'Doel: Jongeren hebben een veilige plek om te sporten en elkaar te ontmoeten').click();
  await page.keyboard.press('Control+c');
  await expect(page.getByRole('status').filter({ hasText: 'gekopieerd' })).toBeVisible();
  await node(page, 'Doel: Minder overlast rond het winkelcentrum').click();
  await page.keyboard.press('Control+v');
  // The subgoal, its two actions, and the owner only they use (Voetbalvereniging): 4 new nodes.
  await expect(page.locator(NODE)).toHaveCount(23);
  await expect(page.locator(`${NODE}[aria-label="Actie: Pannakooi plaatsen bij het winkelcentrum"]`)).toHaveCount(2);
  await expect(page.locator(EDGE)).toHaveCount(19 + 4);
  await page.keyboard.press('Control+z');
  await expect(page.locator(NODE)).toHaveCount(19);
});

test('a connection the rules refuse says why, and nothing is joined', async ({ page }) => {
  await importExample(page);
  const owner = node(page, 'Eigenaar: Voetbalvereniging Presikhaaf');
  const goal = node(page, 'Doel: Ouderen zijn minder eenzaam');
  // Drag from the owner's only handle (top) to the goal's bottom handle: owner above goal is not allowed.
  const from = owner.locator('.react-flow__handle').first();
  const to = goal.locator('.react-flow__handle.source');
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('handles not found');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'Niet verbonden' })).toBeVisible();
  await expect(page.locator(EDGE)).toHaveCount(19);
});
