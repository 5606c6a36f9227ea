import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphIndex } from '../../../domain/plan/rules';
import { action, edges, goal, makePlan, owner } from '../../../domain/plan/testPlan';
import type { Plan } from '../../../domain/plan/types';
import { usePlanStore } from '../../../state/planStore';
import { useSession } from '../../../state/sessionStore';
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


const renderStep = (plan: Plan = overlegPlan()) => renderWithPlan((p) => <OverlegStep plan={p.plan} today={today} />, plan);

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

  it('lists the actions behind schedule; clicking one selects it', async () => {
    const user = await renderStep();
    const overdue = region('Achter op schema');
    expect(within(overdue).getByText(/nu: 2025-Q2/)).toBeInTheDocument();
    const items = within(overdue).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Afvalbakken');
    expect(items[0]).toHaveTextContent('Kwartaal: 2025-Q1');
    await user.click(within(overdue).getByRole('button', { name: 'Afvalbakken' }));
    expect(useSession.getState().selection).toEqual(['a2']);
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
