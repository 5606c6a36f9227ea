import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphIndex } from '../../../domain/plan/rules';
import { action, edges, goal, makePlan, owner } from '../../../domain/plan/testPlan';
import type { Action, Plan } from '../../../domain/plan/types';
import { usePlanStore } from '../../../state/planStore';
import { useSession } from '../../../state/sessionStore';
import { useNotices } from '../../../ui/notices';
import { ActionListView } from './ActionListView';
import { renderWithPlan, withFreshStores } from '../../../testing/harness';

/**
 *  g1 Schone straten ─┬─ a1 Prikacties (2025-Q3, gepland, Buurtteam, Sociale tafel)
 *                     ├─ a2 Afvalbakken (2025-Q1, lopend)      ← behind schedule in 2025-Q2
 *                     └─ g2 Minder afval ─┬─ a3 Buurtfeest (2024-Q4, gereed)
 *                                         └─ a4 Bankjes (no quarter)
 */
function listPlan(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Schone straten' }),
      action('a1', { title: 'Prikacties', due: '2025-Q3', forumId: 'f1' }),
      action('a2', { title: 'Afvalbakken', due: '2025-Q1', status: 'lopend' }),
      goal('g2', { title: 'Minder afval' }),
      action('a3', { title: 'Buurtfeest', due: '2024-Q4', status: 'gereed' }),
      action('a4', { title: 'Bankjes' }),
      owner('o1', { title: 'Buurtteam' }),
    ],
    edges('g1>a1', 'g1>a2', 'g1>g2', 'g2>a3', 'g2>a4', 'a1>o1'),
    {
      forums: [{ id: 'f1', name: 'Sociale tafel' }],
      strengths: [{ id: 's1', name: 'Speeltuinvereniging', kind: 'initiatief' }],
    },
  );
}

const today = new Date(2025, 4, 15);


const renderList = (plan: Plan = listPlan()) => renderWithPlan((p) => <ActionListView plan={p.plan} today={today} />, plan);

const current = () => usePlanStore.getState().plan as Plan;
const actionOf = (id: string) => graphIndex(current()).node(id) as Action;
const table = () => screen.getByRole('table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const titles = () => bodyRows().map((r) => (within(r).getByLabelText(/^Titel van actie/) as HTMLInputElement).value);
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });

withFreshStores();

describe('Actielijst', () => {
  it('lists every action in tree order with Dutch column headers', async () => {
    await renderList();
    expect(screen.getByRole('heading', { name: 'Actielijst' })).toBeInTheDocument();
    expect(within(table()).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Doel', 'Actie', 'Eigenaar', 'Kwartaal', 'Status', 'Overleg',
    ]);
    expect(titles()).toEqual(['Prikacties', 'Afvalbakken', 'Buurtfeest', 'Bankjes']);
    const first = bodyRows()[0] as HTMLElement;
    expect(first).toHaveTextContent('1Schone straten');
    expect(within(first).getByLabelText('Eigenaar van "Prikacties"')).toHaveDisplayValue('Buurtteam');
    expect(within(first).getByLabelText('Kwartaal van "Prikacties"')).toHaveValue('2025-Q3');
    expect(within(first).getByLabelText('Overleg van "Prikacties"')).toHaveDisplayValue('Sociale tafel');
    expect(bodyRows()[2]).toHaveTextContent('1.1Minder afval');
  });

  it('marks a row behind schedule with text, not only colour', async () => {
    await renderList();
    const rows = bodyRows();
    expect(rows[1]).toHaveTextContent('Achter op schema');
    expect(rows[1]).toHaveClass('row-overdue');
    for (const i of [0, 2, 3]) expect(rows[i]).not.toHaveTextContent('Achter op schema');
  });

  it('sorting by Kwartaal toggles aria-sort and the order; empty quarters stay last', async () => {
    const user = await renderList();
    expect(header('Kwartaal')).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header('Kwartaal')).getByRole('button'));
    expect(header('Kwartaal')).toHaveAttribute('aria-sort', 'ascending');
    expect(titles()).toEqual(['Buurtfeest', 'Afvalbakken', 'Prikacties', 'Bankjes']);
    await user.click(within(header('Kwartaal')).getByRole('button'));
    expect(header('Kwartaal')).toHaveAttribute('aria-sort', 'descending');
    expect(titles()).toEqual(['Prikacties', 'Afvalbakken', 'Buurtfeest', 'Bankjes']);
    await user.click(within(header('Actie')).getByRole('button'));
    expect(header('Kwartaal')).toHaveAttribute('aria-sort', 'none');
    expect(header('Actie')).toHaveAttribute('aria-sort', 'ascending');
    expect(titles()).toEqual(['Afvalbakken', 'Bankjes', 'Buurtfeest', 'Prikacties']);
  });

  it('editing the status in the table changes the plan (one undo step) and clears "Achter op schema"', async () => {
    const user = await renderList();
    await user.selectOptions(screen.getByLabelText('Status van "Afvalbakken"'), 'Gereed');
    expect(actionOf('a2').status).toBe('gereed');
    expect(bodyRows()[1]).not.toHaveTextContent('Achter op schema');
    usePlanStore.getState().undo();
    expect(actionOf('a2').status).toBe('lopend');
    expect(await screen.findByText('Achter op schema')).toBeInTheDocument();
  });

  it('edits title, quarter, owner (a wijkkracht becomes an owner) and forum in place', async () => {
    const user = await renderList();
    const title = screen.getByLabelText('Titel van actie "Bankjes"');
    await user.type(title, ' plaatsen');
    expect(actionOf('a4').title).toBe('Bankjes plaatsen');

    const due = screen.getByLabelText('Kwartaal van "Bankjes plaatsen"');
    await user.type(due, '2025-5');
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Schrijf het kwartaal als jaar-Q/)).toBeInTheDocument();
    expect(actionOf('a4')).not.toHaveProperty('due');
    await user.clear(due);
    await user.type(due, '2026q1');
    expect(due).toHaveValue('2026-Q1');
    expect(actionOf('a4').due).toBe('2026-Q1');

    await user.selectOptions(screen.getByLabelText('Eigenaar van "Bankjes plaatsen"'), 'Speeltuinvereniging (wijkkracht)');
    const index = graphIndex(current());
    expect(index.node(index.ownerOfAction('a4') ?? '')).toMatchObject({ kind: 'owner', title: 'Speeltuinvereniging', strengthId: 's1' });

    await user.selectOptions(screen.getByLabelText('Overleg van "Bankjes plaatsen"'), 'Sociale tafel');
    expect(actionOf('a4').forumId).toBe('f1');
    await user.selectOptions(screen.getByLabelText('Overleg van "Bankjes plaatsen"'), 'Geen overleg');
    expect(actionOf('a4')).not.toHaveProperty('forumId');
  });

  it('an empty title is not saved and says why', async () => {
    const user = await renderList();
    await user.clear(screen.getByLabelText('Titel van actie "Bankjes"'));
    expect(screen.getByText('Een titel is verplicht; de vorige titel blijft staan.')).toBeInTheDocument();
    expect(actionOf('a4').title).toBe('Bankjes');
  });

  it('"Toon" selects the action and asks to bring it into view', async () => {
    const user = await renderList();
    await user.click(screen.getByRole('button', { name: 'Toon "Afvalbakken" in de doelenboom' }));
    expect(useSession.getState().selection).toEqual(['a2']);
    expect(useSession.getState().focusRequest?.id).toBe('a2');
  });

  it('"Exporteren als CSV" downloads <wijk>-<title>.actielijst.csv for Excel', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:actielijst';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = await renderList();
    await user.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));
    expect(names).toEqual(['presikhaaf-wijkdoelen-presikhaaf.actielijst.csv']);
    expect(names[0]).toMatch(/\.actielijst\.csv$/);
    const blob = blobs[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFDoel;Actie;Eigenaar;Kwartaal;Status;Overleg',
      '1 Schone straten;Prikacties;Buurtteam;2025-Q3;Gepland;Sociale tafel',
      '1 Schone straten;Afvalbakken;;2025-Q1;Lopend;',
    ]);
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['Actielijst gedownload als presikhaaf-wijkdoelen-presikhaaf.actielijst.csv.']);
  });

  it('says so when there are no actions', async () => {
    await renderList(makePlan([goal('g1')], []));
    expect(screen.getByText(/Nog geen acties/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
