import { expect, test, type Page } from '@playwright/test';
import { NODE, createPlan, openPlansList, readDownload, typeTitle, word } from './helpers';

const stepLink = (page: Page, name: string) => page.getByRole('navigation', { name: /stappen/i }).getByRole('link', { name, exact: true });

test('a new wijk walks all six steps: three signals, a goal with its onderbouwing, two actions with owners; it survives a reload and a JSON export', async ({ page }) => {
  await openPlansList(page);
  await createPlan(page, { title: 'Wijkdoelen Malburgen', wijk: 'Malburgen', period: '2025–2026' });

  // 1. Wijkinformatie: quick capture, Enter after each signal.
  await stepLink(page, 'Wijkinformatie').click();
  await expect(page).toHaveURL(/#\/plan\/[^/]+\/wijkinformatie$/);
  const capture = page.getByLabel('Nieuw signaal', { exact: true });
  for (const text of ['Kinderen spelen op straat tussen geparkeerde auto’s', 'Ouderen durven ’s avonds niet naar buiten', 'Speeltuin aan de Batavierenweg is verouderd']) {
    await capture.fill(text);
    await capture.press('Enter');
    await expect(capture).toHaveValue('');
  }
  await expect(page.getByText('3 signalen').first()).toBeVisible();

  // 2. Beleid: a policy, then "Maak doel" from two signals and that policy.
  await stepLink(page, 'Beleid').click();
  await page.getByLabel('Programma', { exact: true }).fill('Welzijn');
  await page.getByLabel('Beleidsdoel', { exact: true }).fill('Kinderen groeien gezond en veilig op');
  await page.getByRole('button', { name: 'Beleid toevoegen' }).click();
  await page.getByRole('checkbox', { name: /Kinderen spelen op straat/ }).check();
  await page.getByRole('checkbox', { name: /Speeltuin aan de Batavierenweg/ }).check();
  await page.getByRole('checkbox', { name: /Kinderen groeien gezond/ }).check();
  await page.getByRole('button', { name: 'Maak doel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel van het doel').fill('Kinderen spelen veilig in Malburgen');
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(dialog).toBeHidden();

  // 3. Wijkkrachten.
  await stepLink(page, 'Wijkkrachten').click();
  for (const name of ['Speeltuinvereniging Malburgen', 'Buurtcentrum De Hoek']) {
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Wijkkracht toevoegen' }).click();
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  }

  // 4. Doelen: the goal shows why it exists.
  await stepLink(page, 'Doelen').click();
  await page.locator(`${NODE}[aria-label="Doel: Kinderen spelen veilig in Malburgen"]`).click();
  const onderbouwing = page.getByRole('complementary', { name: 'Onderbouwing' });
  await expect(onderbouwing).toContainText('Kinderen spelen op straat');
  await expect(onderbouwing).toContainText('Speeltuin aan de Batavierenweg');
  await expect(onderbouwing).toContainText('Kinderen groeien gezond en veilig op');

  // 5. Acties & eigenaren: two actions under the goal, each with a wijkkracht as owner.
  await stepLink(page, 'Acties & eigenaren').click();
  const goal = page.locator(`${NODE}[aria-label="Doel: Kinderen spelen veilig in Malburgen"]`);
  const owners = ['Speeltuinvereniging Malburgen', 'Buurtcentrum De Hoek'];
  for (const [i, title] of ['Speeltuin opknappen met buurtkinderen', 'Straatspeeldag in de zomer'].entries()) {
    await page.getByRole('button', { name: 'Alles in beeld' }).click();
    await goal.click();
    await page.getByRole('button', { name: 'Actie toevoegen', exact: true }).click();
    await typeTitle(page, title);
    await page.locator(`${NODE}[aria-label="Actie: ${title}"]`).click();
    await page.getByRole('region', { name: 'Details' }).getByLabel('Eigenaar').selectOption({ label: `${owners[i]} (wijkkracht)` });
    await expect(page.locator(`${NODE}[aria-label="Actie: ${title}"]`)).toContainText(`Eigenaar: ${owners[i]}`);
  }
  await expect(page.getByRole('heading', { name: 'Actielijst' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Straatspeeldag in de zomer');

  // 6. Overleg & voortgang: a forum, and the goal's progress.
  await stepLink(page, 'Overleg & voortgang').click();
  await page.getByLabel('Naam', { exact: true }).last().fill('Sociale tafel Malburgen');
  await page.getByRole('button', { name: 'Overleg toevoegen' }).click();
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuetext', '0 van 2 acties gereed');

  // Everything survives a reload.
  await expect(page.getByText('Alles opgeslagen')).toBeVisible();
  await page.reload();
  await expect(stepLink(page, 'Overleg & voortgang')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuetext', '0 van 2 acties gereed');
  await stepLink(page, 'Wijkinformatie').click();
  await expect(page.getByText('3 signalen').first()).toBeVisible();

  // The exported file keeps the onderbouwing and owners, with references that resolve.
  await page.getByRole('button', { name: word('Exporteren') }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Exporteren als JSON' }).click();
  const file = await readDownload(await downloadPromise);
  const plan = file.plan as unknown as {
    inputs: { id: string; text: string }[];
    policies: { id: string }[];
    strengths: { id: string; name: string }[];
    forums: { id: string; name: string }[];
    nodes: { id: string; kind: string; title: string; inputIds?: string[]; policyIds?: string[]; strengthId?: string }[];
    edges: { source: string; target: string }[];
  };
  expect(plan.inputs).toHaveLength(3);
  expect(plan.forums.map((f) => f.name)).toEqual(['Sociale tafel Malburgen']);
  const madeGoal = plan.nodes.find((n) => n.kind === 'goal');
  expect(madeGoal?.title).toBe('Kinderen spelen veilig in Malburgen');
  const cited = (madeGoal?.inputIds ?? []).map((id) => plan.inputs.find((i) => i.id === id)?.text);
  expect(cited.sort()).toEqual(['Kinderen spelen op straat tussen geparkeerde auto’s', 'Speeltuin aan de Batavierenweg is verouderd']);
  expect((madeGoal?.policyIds ?? []).every((id) => plan.policies.some((p) => p.id === id))).toBe(true);
  expect(madeGoal?.policyIds).toHaveLength(1);
  const ownerNodes = plan.nodes.filter((n) => n.kind === 'owner');
  expect(ownerNodes.map((o) => plan.strengths.find((s) => s.id === o.strengthId)?.name).sort()).toEqual([...owners].sort());
  const actions = plan.nodes.filter((n) => n.kind === 'action');
  expect(actions).toHaveLength(2);
  for (const a of actions) {
    expect(plan.edges.some((e) => e.source === madeGoal?.id && e.target === a.id)).toBe(true);
    expect(plan.edges.some((e) => e.source === a.id && ownerNodes.some((o) => o.id === e.target))).toBe(true);
  }
});
