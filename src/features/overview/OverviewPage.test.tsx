import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../../domain/plan/testPlan';
import { db, listPlans, savePlan, setDb, WijkdoelenDb } from '../../persistence';
import { Notices } from '../../ui/Notices';
import { useNotices } from '../../ui/notices';
import { PlansPage } from '../plans/PlansPage';
import { OverviewPage } from './OverviewPage';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const exampleText = readFileSync(path.resolve(repoRoot, '../shared/examples/presikhaaf.doelenboom.json'), 'utf8');

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  useNotices.getState().clear();
});

afterEach(async () => {
  cleanup();
  const d = db();
  setDb(null);
  await d.delete();
});

const presikhaaf = () =>
  makePlan(
    [goal('g1'), goal('g2'), action('a1', { status: 'lopend' }), action('a2', { status: 'gereed' }), action('a3'), owner('o1', { title: 'Buurtteam' })],
    edges('g1>g2', 'g1>a1', 'g2>a2', 'g1>a3', 'a1>o1', 'a2>o1'),
    { id: 'plan-presikhaaf', title: 'Wijkdoelen Presikhaaf', wijk: 'Presikhaaf' },
  );

const klarendal = () =>
  makePlan([goal('g1'), action('a1', { status: 'lopend' }), owner('o1', { title: 'buurtteam ' })], edges('g1>a1', 'a1>o1'), {
    id: 'plan-klarendal', title: 'Groen Klarendal', wijk: 'Klarendal',
  });

async function renderPage(...plans: ReturnType<typeof makePlan>[]) {
  for (const p of plans) await savePlan(p, 0);
  render(
    <>
      <OverviewPage plansHref="#/" planHref={(id) => `#/plan/${id}`} />
      <Notices closeLabel="Sluiten" />
    </>,
  );
  const table = await screen.findByRole('table', { name: /stand van/ });
  return { table, user: userEvent.setup() };
}

/** The cells of a wijk's row, keyed by column header. */
function rowOf(table: HTMLElement, wijk: string): Record<string, string> {
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${wijk}`) });
  const row = header.closest('tr') as HTMLElement;
  const cells = [...row.children].map((c) => c.textContent ?? '');
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

describe('OverviewPage', () => {
  it('shows the figures per wijk of the stored plans, with links to them', async () => {
    const { table } = await renderPage(presikhaaf(), klarendal());
    expect(screen.getByRole('heading', { level: 1, name: 'Stadsoverzicht' })).toBeInTheDocument();
    const p = rowOf(table, 'Presikhaaf');
    expect(p).toMatchObject({ Plannen: '1', Doelen: '1', Subdoelen: '1', Gepland: '1', Lopend: '1', Gereed: '1', Gestopt: '0', Acties: '3', 'Acties zonder eigenaar': '1', 'Doelen zonder onderbouwing': '2' });
    expect(rowOf(table, 'Klarendal')).toMatchObject({ Plannen: '1', Doelen: '1', Lopend: '1', Acties: '1' });
    expect(within(table).getByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toHaveAttribute('href', '#/plan/plan-presikhaaf');
    // Buurtteam works in both wijken, matched without case or spaces.
    const owners = screen.getByRole('region', { name: 'Eigenaren in meerdere wijken' });
    expect(within(owners).getByRole('heading', { name: 'In meerdere wijken' })).toBeInTheDocument();
    expect(within(owners).getByText(/^buurtteam$/i)).toBeInTheDocument();
  });

  it('narrows every figure by the filters, and clears them', async () => {
    const { table, user } = await renderPage(presikhaaf(), klarendal());
    await user.selectOptions(screen.getByLabelText('Status'), 'Lopend');
    expect(rowOf(table, 'Presikhaaf')).toMatchObject({ Acties: '1', Gereed: '0', Gepland: '0' });

    await user.selectOptions(screen.getByLabelText('Wijk'), 'Klarendal');
    expect(within(table).queryByRole('rowheader', { name: /^Presikhaaf/ })).toBeNull();
    expect(rowOf(table, 'Klarendal')).toMatchObject({ Acties: '1' });

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(rowOf(table, 'Presikhaaf')).toMatchObject({ Acties: '3' });
  });

  it('adds a file to the overview only, without storing it, and refuses a bad one', async () => {
    const { table, user } = await renderPage(presikhaaf());
    const doc = JSON.parse(exampleText) as { plan: Record<string, unknown> };
    doc.plan.id = 'plan-malburgen';
    doc.plan.wijk = 'Malburgen';
    const good = new File([JSON.stringify(doc)], 'malburgen.doelenboom.json', { type: 'application/json' });
    const bad = new File(['{"nee": true}'], 'kapot.json', { type: 'application/json' });

    await user.upload(screen.getByLabelText('Bestanden toevoegen aan overzicht', { selector: 'input' }), [good, bad]);
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: /^Malburgen/ })).toBeInTheDocument());
    expect(rowOf(table, 'Malburgen')).toMatchObject({ Plannen: '1', Acties: '8' });
    expect(within(table).queryByRole('link', { name: /Presikhaaf.*Malburgen|Wijkdoelen Presikhaaf \(/ })).toBeNull();
    expect(screen.getAllByText('Alleen voor dit overzicht; niet opgeslagen').length).toBeGreaterThan(0);
    expect(screen.getByText(/kapot\.json/).closest('[role="alert"]')).not.toBeNull();
    expect((await listPlans()).map((p) => p.id)).toEqual(['plan-presikhaaf']);

    await user.click(screen.getByRole('button', { name: 'Verwijderen uit overzicht: malburgen.doelenboom.json' }));
    expect(within(table).queryByRole('rowheader', { name: /^Malburgen/ })).toBeNull();
  });

  it('is reachable from Mijn plannen', async () => {
    render(<PlansPage planHref={(id) => `#/plan/${id}`} onOpen={() => {}} importControl={null} onExportJson={() => {}} overviewHref="#/stadsoverzicht" />);
    expect(await screen.findByRole('link', { name: 'Stadsoverzicht' })).toHaveAttribute('href', '#/stadsoverzicht');
  });
});
