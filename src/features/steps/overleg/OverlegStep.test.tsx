import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphIndex } from '../../../domain/plan/rules';
import { action, edges, goal, makePlan, owner } from '../../../domain/plan/testPlan';
import type { Plan } from '../../../domain/plan/types';
import { usePlanStore } from '../../../state/planStore';
import { useNotices } from '../../../ui/notices';
import { OverlegStep } from './OverlegStep';
import { renderWithPlan, withFreshStores } from '../../../testing/harness';

/**
 *  g1 Schone straten ─┬─ a1 Prikacties (gepland, 2025-Q3, Sociale tafel, Buurtteam)
 *                     ├─ a2 Afvalbakken (lopend, 2025-Q1, Sociale tafel)   ← behind in 2025-Q2
 *                     ├─ a5 Graffiti (gestopt)
 *                     └─ g2 Minder afval ─┬─ a3 Buurtfeest (gereed, Sociale tafel)
 *                                         └─ a4 Bankjes (gepland)
 *  g3 Groen (no actions)
 */
function overlegPlan(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Schone straten' }),
      action('a1', { title: 'Prikacties', due: '2025-Q3', forumId: 'f1' }),
      action('a2', { title: 'Afvalbakken', due: '2025-Q1', status: 'lopend', forumId: 'f1' }),
      action('a5', { title: 'Graffiti', status: 'gestopt' }),
      goal('g2', { title: 'Minder afval' }),
      action('a3', { title: 'Buurtfeest', status: 'gereed', forumId: 'f1' }),
      action('a4', { title: 'Bankjes' }),
      goal('g3', { title: 'Groen' }),
      owner('o1', { title: 'Buurtteam' }),
    ],
    edges('g1>a1', 'g1>a2', 'g1>a5', 'g1>g2', 'g2>a3', 'g2>a4', 'a1>o1'),
    {
      forums: [
        { id: 'f1', name: 'Sociale tafel', kind: 'Sociale tafel', frequency: 'maandelijks' },
        { id: 'f2', name: 'Wijkplatform' },
      ],
    },
  );
}

const today = new Date(2025, 4, 15);

const renderStep = (plan: Plan = overlegPlan(), onShowNode: (id: string) => void = vi.fn()) =>
  renderWithPlan((p) => <OverlegStep plan={p.plan} today={today} onShowNode={onShowNode} />, plan);

const current = () => usePlanStore.getState().plan as Plan;
const region = (name: string) => screen.getByRole('region', { name });

withFreshStores();

describe('Overleg & voortgang', () => {
  it('shows a progress bar per goal, rolled up through subgoals, gestopt left out', async () => {
    await renderStep();
    const g1 = screen.getByRole('progressbar', { name: 'Voortgang van "Schone straten"' });
    expect(g1).toHaveAttribute('aria-valuenow', '25');
    expect(g1).toHaveAttribute('aria-valuemin', '0');
    expect(g1).toHaveAttribute('aria-valuemax', '100');
    expect(g1).toHaveAttribute('aria-valuetext', '1 van 4 acties gereed');
    const g2 = screen.getByRole('progressbar', { name: 'Voortgang van "Minder afval"' });
    expect(g2).toHaveAttribute('aria-valuenow', '50');
    const list = region('Voortgang per doel');
    expect(within(list).getByText('1 van 4 acties gereed')).toBeVisible();
    expect(within(list).getByText('1 van 2 acties gereed')).toBeVisible();
    expect(within(list).getByText('Nog geen acties')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Voortgang van "Groen"' })).toHaveAttribute('aria-valuenow', '0');
  });

  it('a status change moves the progress bar', async () => {
    await renderStep();
    usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.map((n) => (n.id === 'a4' && n.kind === 'action' ? { ...n, status: 'gereed' as const } : n)) }));
    expect(await screen.findByText('2 van 4 acties gereed')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Voortgang van "Minder afval"' })).toHaveAttribute('aria-valuenow', '100');
  });

  it('lists the actions behind schedule; clicking one asks to show it in the doelenboom', async () => {
    const onShowNode = vi.fn();
    const user = await renderStep(overlegPlan(), onShowNode);
    const overdue = region('Achter op schema');
    expect(within(overdue).getByText(/nu: 2025-Q2/)).toBeInTheDocument();
    const items = within(overdue).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Afvalbakken');
    expect(items[0]).toHaveTextContent('Kwartaal: 2025-Q1');
    await user.click(within(overdue).getByRole('button', { name: 'Toon "Afvalbakken" in de doelenboom' }));
    expect(onShowNode).toHaveBeenCalledExactlyOnceWith('a2');
  });

  it('goal titles and agenda items lead to the doelenboom too', async () => {
    const onShowNode = vi.fn();
    const user = await renderStep(overlegPlan(), onShowNode);
    await user.click(within(region('Voortgang per doel')).getByRole('button', { name: 'Toon "Minder afval" in de doelenboom' }));
    expect(onShowNode).toHaveBeenLastCalledWith('g2');
    // Keyboard users get there as well.
    within(region('Agenda per overleg')).getByRole('button', { name: 'Toon "Buurtfeest" in de doelenboom' }).focus();
    await user.keyboard('{Enter}');
    expect(onShowNode).toHaveBeenLastCalledWith('a3');
    expect(onShowNode).toHaveBeenCalledTimes(2);
  });

  it('without a way to the doelenboom, titles are plain text, not buttons that do nothing', async () => {
    await renderWithPlan((p) => <OverlegStep plan={p.plan} today={today} />, overlegPlan());
    expect(within(region('Voortgang per doel')).getByText('Schone straten')).toBeVisible();
    expect(screen.queryByRole('button', { name: /in de doelenboom/ })).toBeNull();
  });

  it('gives an action without forum a forum, as one undo step; it stays listed to correct the pick', async () => {
    const user = await renderStep();
    const unfollowed = region('Acties zonder overleg');
    expect(within(unfollowed).getByText('Nog 2 acties zonder overleg.')).toBeInTheDocument();
    const items = within(unfollowed).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('button').textContent)).toEqual(['Graffiti', 'Bankjes']);
    expect(items[1]).toHaveTextContent('Doel: 1.1 Minder afval');

    const select = within(unfollowed).getByLabelText('Overleg van "Bankjes"');
    expect(select).toHaveDisplayValue('Geen overleg');
    await user.selectOptions(select, 'Wijkplatform');
    expect(graphIndex(current()).node('a4')).toMatchObject({ forumId: 'f2' });
    expect(within(unfollowed).getByText('Nog 1 actie zonder overleg.')).toBeInTheDocument();
    expect(within(unfollowed).getByLabelText('Overleg van "Bankjes"')).toHaveDisplayValue('Wijkplatform');
    // The agenda of that forum now lists it.
    await user.selectOptions(within(region('Agenda per overleg')).getByLabelText('Overleg kiezen'), 'Wijkplatform');
    expect(within(region('Agenda per overleg')).getByRole('button', { name: 'Toon "Bankjes" in de doelenboom' })).toBeInTheDocument();

    usePlanStore.getState().undo();
    expect(await within(unfollowed).findByText('Nog 2 acties zonder overleg.')).toBeInTheDocument();
    expect(graphIndex(current()).node('a4')).not.toHaveProperty('forumId');
  });

  it('can show every action, to move one that already has a forum', async () => {
    const user = await renderStep();
    const unfollowed = region('Acties zonder overleg');
    expect(within(unfollowed).queryByLabelText('Overleg van "Prikacties"')).toBeNull();
    await user.click(within(unfollowed).getByLabelText('Ook acties tonen die al een overleg hebben'));
    const select = within(unfollowed).getByLabelText('Overleg van "Prikacties"');
    expect(select).toHaveDisplayValue('Sociale tafel');
    await user.selectOptions(select, 'Wijkplatform');
    expect(graphIndex(current()).node('a1')).toMatchObject({ forumId: 'f2' });
  });

  it('an action behind schedule can be handed to another forum in place', async () => {
    const user = await renderStep();
    const overdue = region('Achter op schema');
    const select = within(overdue).getByLabelText('Overleg van "Afvalbakken"');
    expect(select).toHaveDisplayValue('Sociale tafel');
    await user.selectOptions(select, 'Geen overleg');
    expect(graphIndex(current()).node('a2')).not.toHaveProperty('forumId');
    expect(within(region('Acties zonder overleg')).getByText('Nog 3 acties zonder overleg.')).toBeInTheDocument();
  });

  it('puts what is projected first and the set-up of forums after it', async () => {
    await renderStep();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Voortgang per doel', 'Achter op schema', 'Agenda per overleg', 'Overleggen', 'Acties zonder overleg']);
  });

  it('groups the agenda of the chosen forum by status: lopend, gepland, gereed', async () => {
    const user = await renderStep();
    const agenda = region('Agenda per overleg');
    expect(within(agenda).getByLabelText('Overleg kiezen')).toHaveDisplayValue('Sociale tafel');
    expect(within(agenda).getByRole('heading', { level: 3, name: 'Agenda: Sociale tafel' })).toBeInTheDocument();
    const groups = within(agenda).getAllByRole('heading', { level: 4 });
    expect(groups.map((h) => h.textContent)).toEqual(['Lopend (1)', 'Gepland (1)', 'Gereed (1)']);
    const lopend = groups[0]?.parentElement as HTMLElement;
    expect(lopend).toHaveTextContent('Afvalbakken');
    expect(lopend).toHaveTextContent('Achter op schema');
    expect(lopend).toHaveTextContent('Doel: 1 Schone straten');
    const gepland = groups[1]?.parentElement as HTMLElement;
    expect(gepland).toHaveTextContent('Prikacties');
    expect(gepland).toHaveTextContent('Eigenaar: Buurtteam');
    expect(gepland).not.toHaveTextContent('Achter op schema');
    expect(groups[2]?.parentElement).toHaveTextContent('Doel: 1.1 Minder afval');

    await user.selectOptions(within(agenda).getByLabelText('Overleg kiezen'), 'Wijkplatform');
    expect(within(agenda).getByText(/Dit overleg volgt nog geen acties/)).toBeInTheDocument();
    expect(within(agenda).queryAllByRole('heading', { level: 4 })).toHaveLength(0);
  });

  it('adds, edits and deletes a forum; deleting unlinks its actions', async () => {
    const user = await renderStep();
    const forums = region('Overleggen');
    const form = within(forums).getByRole('group', { name: 'Nieuw overleg' });

    await user.click(within(form).getByRole('button', { name: 'Overleg toevoegen' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Geef het overleg een naam.');
    expect(current().forums).toHaveLength(2);

    await user.type(within(form).getByLabelText('Naam'), 'Netwerkbijeenkomst Oost');
    await user.type(within(form).getByLabelText('Soort'), 'Netwerkbijeenkomst');
    await user.type(within(form).getByLabelText('Hoe vaak'), 'elk kwartaal');
    await user.click(within(form).getByRole('button', { name: 'Overleg toevoegen' }));
    expect(current().forums[2]).toMatchObject({ name: 'Netwerkbijeenkomst Oost', kind: 'Netwerkbijeenkomst', frequency: 'elk kwartaal' });
    expect(within(form).getByLabelText('Naam')).toHaveValue('');

    const freq = within(forums).getByLabelText('Hoe vaak van overleg "Wijkplatform"');
    await user.type(freq, 'tweewekelijks');
    expect(current().forums[1]).toEqual({ id: 'f2', name: 'Wijkplatform', frequency: 'tweewekelijks' });

    await user.click(within(forums).getByRole('button', { name: 'Overleg "Sociale tafel" verwijderen' }));
    expect(current().forums.map((f) => f.name)).toEqual(['Wijkplatform', 'Netwerkbijeenkomst Oost']);
    expect(graphIndex(current()).node('a1')).not.toHaveProperty('forumId');
    expect(useNotices.getState().notices[0]?.text).toBe('Overleg "Sociale tafel" is verwijderd; 3 acties volgen nu geen overleg meer.');
    // The agenda falls back to the first remaining forum.
    expect(within(region('Agenda per overleg')).getByLabelText('Overleg kiezen')).toHaveDisplayValue('Wijkplatform');
  });

  it('an emptied forum name is not saved and says why', async () => {
    const user = await renderStep();
    await user.clear(screen.getByLabelText('Naam van overleg "Wijkplatform"'));
    expect(screen.getByText('Geef het overleg een naam.')).toBeInTheDocument();
    expect(current().forums[1]?.name).toBe('Wijkplatform');
  });
});
