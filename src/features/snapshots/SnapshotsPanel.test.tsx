import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan } from '../../domain/plan/testPlan';
import type { Plan } from '../../domain/plan/types';
import { EditorView } from '../editor/EditorView';
import { usePlanStore } from '../../state/planStore';
import { renderWithPlan, withFreshStores, withReducedMotion } from '../../testing/harness';
import { SnapshotsPanel } from './SnapshotsPanel';

withReducedMotion();
withFreshStores();

function TreeWithSnapshots({ plan }: { plan: Plan }) {
  return <EditorView plan={plan} sideEnd={<SnapshotsPanel plan={plan} />} />;
}

const start = () => makePlan([goal('g1', { title: 'Iedereen doet mee' }), action('a1', { title: 'Koffieochtend', position: { x: 0, y: 200 } })], edges('g1>a1'));

describe('Momentopnames', () => {
  it('makes a momentopname, and "Vergelijk" lists and marks what changed since', async () => {
    const user = await renderWithPlan(TreeWithSnapshots, start());
    const panel = within(screen.getByRole('region', { name: 'Momentopnames' }));
    const name = panel.getByLabelText('Naam van de momentopname');
    await user.clear(name);
    await user.type(name, 'Sociale tafel maart');
    await user.click(panel.getByRole('button', { name: 'Momentopname maken' }));
    expect(usePlanStore.getState().plan?.snapshots?.map((s) => s.label)).toEqual(['Sociale tafel maart']);

    // The action is done and renamed after the tafel.
    usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.map((n) => (n.id === 'a1' && n.kind === 'action' ? { ...n, status: 'gereed' as const, title: 'Koffieochtend op vrijdag' } : n)) }));

    await user.click(panel.getByRole('button', { name: 'Vergelijk "Sociale tafel maart" met nu' }));
    const diff = within(screen.getByRole('region', { name: 'Veranderd sinds "Sociale tafel maart"' }));
    expect(diff.getByText('Actie hernoemd: "Koffieochtend" heet nu "Koffieochtend op vrijdag"')).toBeInTheDocument();
    expect(diff.getByText('Status van "Koffieochtend op vrijdag": Gepland → Gereed')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Actie: Koffieochtend op vrijdag').closest('.react-flow__node')).toHaveClass('changed'));
    expect(screen.getByLabelText('Doel: Iedereen doet mee').closest('.react-flow__node')).not.toHaveClass('changed');

    await user.click(panel.getByRole('button', { name: 'Vergelijking sluiten' }));
    await waitFor(() => expect(screen.getByLabelText('Actie: Koffieochtend op vrijdag').closest('.react-flow__node')).not.toHaveClass('changed'));
  });

  it('refuses a momentopname without a name and stores nothing', async () => {
    const user = await renderWithPlan(TreeWithSnapshots, start());
    const panel = within(screen.getByRole('region', { name: 'Momentopnames' }));
    await user.clear(panel.getByLabelText('Naam van de momentopname'));
    await user.click(panel.getByRole('button', { name: 'Momentopname maken' }));
    expect(panel.getByRole('alert')).toHaveTextContent('Geef de momentopname een naam');
    expect(usePlanStore.getState().plan?.snapshots).toBeUndefined();
  });

  it('compares two momentopnames with each other', async () => {
    const user = await renderWithPlan(TreeWithSnapshots, start());
    const panel = within(screen.getByRole('region', { name: 'Momentopnames' }));
    const make = async (label: string) => {
      await user.clear(panel.getByLabelText('Naam van de momentopname'));
      await user.type(panel.getByLabelText('Naam van de momentopname'), label);
      await user.click(panel.getByRole('button', { name: 'Momentopname maken' }));
    };
    await make('Maart');
    usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.map((n) => (n.id === 'a1' && n.kind === 'action' ? { ...n, status: 'lopend' as const } : n)) }));
    await make('April');
    usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.map((n) => (n.id === 'g1' ? { ...n, title: 'Iedereen doet mee in Presikhaaf' } : n)) }));

    await user.click(panel.getByRole('button', { name: 'Vergelijk "Maart" met nu' }));
    const diff = within(screen.getByRole('region', { name: 'Veranderd sinds "Maart"' }));
    expect(diff.getByText(/2 veranderingen/)).toBeInTheDocument();
    await user.selectOptions(diff.getByLabelText('Vergelijken met'), 'April');
    expect(diff.getByText('Status van "Koffieochtend": Gepland → Lopend')).toBeInTheDocument();
    expect(diff.queryByText(/hernoemd/)).not.toBeInTheDocument();
  });
});
