import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphIndex } from '../../domain/plan/rules';
import { action, edges, goal, input, makePlan, owner } from '../../domain/plan/testPlan';
import type { Plan } from '../../domain/plan/types';
import { usePlanStore } from '../../state/planStore';
import { renderEditor as renderWithEditor, withFreshStores, withReducedMotion } from '../../testing/harness';

/**
 *  g1 Schone straten (no onderbouwing) ─┬─ a1 Prikacties (no owner)
 *                                       └─ g2 Minder zwerfafval (signaal i1) ── a2 Afvalbakken ── o1 Buurtteam
 *  Signalen: i1 (used by g2), i2 (unused). Wijkkrachten: s1, s2.
 *  Kwaliteitscheck: g1 without onderbouwing, a1 without owner, i2 unused.
 */
function inspectorPlan(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Schone straten', position: { x: 0, y: 0 }, measures: [{ id: 'm1', name: 'Tevredenheid', values: [] }] }),
      action('a1', { title: 'Prikacties', position: { x: 0, y: 200 } }),
      goal('g2', { title: 'Minder zwerfafval', inputIds: ['i1'], position: { x: 300, y: 200 } }),
      action('a2', { title: 'Afvalbakken', position: { x: 300, y: 400 } }),
      owner('o1', { title: 'Buurtteam', position: { x: 300, y: 600 } }),
    ],
    edges('g1>a1', 'g1>g2', 'g2>a2', 'a2>o1'),
    {
      inputs: [input('i1', { text: 'Veel zwerfafval op straat' }), input('i2', { text: 'Weinig groen', source: 'monitor' })],
      strengths: [
        { id: 's1', name: 'Buurtcentrum De Schakel', kind: 'organisatie' },
        { id: 's2', name: 'Speeltuinvereniging', kind: 'initiatief' },
      ],
    },
  );
}


const renderEditor = (plan: Plan = inspectorPlan()) => renderWithEditor(plan);

withReducedMotion();

withFreshStores();

const details = () => screen.getByRole('region', { name: 'Details' });
const field = (label: string | RegExp) => within(details()).getByLabelText(label);
const checksPanel = () => screen.getByRole('region', { name: /^Kwaliteitscheck/ });
const checkItems = () => within(checksPanel()).queryAllByRole('listitem');
const badge = () => checksPanel().querySelector('.badge');
const plan = () => usePlanStore.getState().plan as Plan;

/** Clicks a node on the canvas and waits until the Details panel shows it. */
async function select(label: string) {
  const title = label.replace(/^[^:]+: /, '');
  // Only the click: React Flow's node drag (d3-drag) throws on jsdom's mousedown, which has no `view`.
  fireEvent.click(within(screen.getByLabelText(label)).getByText(title));
  await waitFor(() => expect(field('Titel')).toHaveValue(title));
}

describe('Details (inspector)', () => {
  it('editing the title renames the node on the canvas; the whole edit is one undo step', async () => {
    const user = await renderEditor();
    await select('Doel: Schone straten');
    const title = field('Titel');
    await user.clear(title);
    // An empty title is refused and the canvas keeps the old one.
    expect(within(details()).getByText('Een titel is verplicht; de vorige titel blijft staan.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Doel: Schone straten')).toBeInTheDocument();

    await user.type(title, 'Heel schoon');
    expect(await screen.findByLabelText('Doel: Heel schoon')).toHaveTextContent('Heel schoon');
    expect(screen.queryByLabelText('Doel: Schone straten')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(await screen.findByLabelText('Doel: Schone straten')).toBeInTheDocument();
    expect(field('Titel')).toHaveValue('Schone straten');
    // Nothing left to undo: the eleven keystrokes were one step.
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('the quarter refuses "2025-5" with a Dutch explanation and accepts "2025-Q3"', async () => {
    const user = await renderEditor();
    await select('Actie: Prikacties');
    const due = field(/Gepland kwartaal/);
    await user.type(due, '2025-5');
    expect(within(details()).getByText('Schrijf het kwartaal als jaar-Q en een cijfer van 1 tot 4, bijvoorbeeld 2025-Q3.')).toBeInTheDocument();
    expect(due).toHaveAttribute('aria-invalid', 'true');
    expect(due).toHaveValue('2025-5');
    expect(screen.getByLabelText('Actie: Prikacties')).not.toHaveTextContent('2025');
    expect(graphIndex(plan()).node('a1')).not.toHaveProperty('due');

    await user.clear(due);
    await user.type(due, '2025-Q3');
    expect(due).not.toHaveAttribute('aria-invalid');
    expect(within(details()).queryByText(/Schrijf het kwartaal/)).not.toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByLabelText('Actie: Prikacties')).getByText('2025-Q3')).toBeInTheDocument());

    // Lower case and without the dash is understood too.
    await user.clear(due);
    await user.type(due, '2026q1');
    expect(due).toHaveValue('2026-Q1');
    await waitFor(() => expect(within(screen.getByLabelText('Actie: Prikacties')).getByText('2026-Q1')).toBeInTheDocument());
  });

  it('the status select changes the status word on the canvas and the progress of the goal', async () => {
    const user = await renderEditor();
    await select('Actie: Prikacties');
    const node = () => screen.getByLabelText('Actie: Prikacties');
    expect(node().querySelector('.node-status')).toHaveTextContent('Gepland');
    expect(screen.getByLabelText('Doel: Schone straten')).toHaveTextContent('0/1 gereed');

    await user.selectOptions(field('Status'), 'Lopend');
    await waitFor(() => expect(node().querySelector('.node-status')).toHaveTextContent('◐ Lopend'));
    await user.selectOptions(field('Status'), 'Gereed');
    await waitFor(() => expect(node().querySelector('.node-status')).toHaveTextContent('✓ Gereed'));
    expect(screen.getByLabelText('Doel: Schone straten')).toHaveTextContent('1/1 gereed');
  });

  it('the owner select offers owners and wijkkrachten; a wijkkracht becomes an owner node joined to the action', async () => {
    const user = await renderEditor();
    await select('Actie: Prikacties');
    const select_ = field('Eigenaar') as HTMLSelectElement;
    expect([...select_.options].map((o) => o.textContent)).toEqual([
      'Geen eigenaar',
      'Buurtteam',
      'Buurtcentrum De Schakel (wijkkracht)',
      'Speeltuinvereniging (wijkkracht)',
    ]);
    expect(select_).toHaveDisplayValue('Geen eigenaar');
    const edgesBefore = document.querySelectorAll('.react-flow__edge').length;

    await user.selectOptions(select_, 'Buurtcentrum De Schakel (wijkkracht)');
    const ownerNode = await screen.findByLabelText('Eigenaar: Buurtcentrum De Schakel');
    expect(within(ownerNode).getByText('1 actie')).toBeInTheDocument();
    expect(within(screen.getByLabelText('Actie: Prikacties')).getByText('Eigenaar: Buurtcentrum De Schakel')).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(edgesBefore + 1));

    const index = graphIndex(plan());
    const ownerId = index.ownerOfAction('a1') ?? '';
    expect(index.node(ownerId)).toMatchObject({ kind: 'owner', title: 'Buurtcentrum De Schakel', strengthId: 's1' });
    expect(field('Eigenaar')).toHaveDisplayValue('Buurtcentrum De Schakel');
    // The wijkkracht is now an owner: it is offered once, as an owner.
    expect([...(field('Eigenaar') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Geen eigenaar',
      'Buurtteam',
      'Buurtcentrum De Schakel',
      'Speeltuinvereniging (wijkkracht)',
    ]);
    expect(within(checksPanel()).queryByText(/Prikacties" heeft geen eigenaar/)).not.toBeInTheDocument();

    await user.selectOptions(field('Eigenaar'), 'Geen eigenaar');
    await waitFor(() => expect(within(screen.getByLabelText('Actie: Prikacties')).getByText('Geen eigenaar')).toBeInTheDocument());
    expect(within(checksPanel()).getByText(/Prikacties" heeft geen eigenaar/)).toBeInTheDocument();
  });

  it('ticking signalen under Onderbouwing grounds the goal and clears its check', async () => {
    const user = await renderEditor();
    await select('Doel: Schone straten');
    expect(within(checksPanel()).getByText(/"Schone straten" heeft geen onderbouwing/)).toBeInTheDocument();
    expect(within(checksPanel()).getByText('Signaal "Weinig groen" wordt door geen doel gebruikt')).toBeInTheDocument();

    const onderbouwing = within(details()).getByRole('group', { name: 'Onderbouwing' });
    const zwerfafval = within(onderbouwing).getByRole('checkbox', { name: /Veel zwerfafval op straat/ });
    const groen = within(onderbouwing).getByRole('checkbox', { name: /Weinig groen/ });
    expect(zwerfafval).not.toBeChecked();

    await user.click(zwerfafval);
    expect(zwerfafval).toBeChecked();
    expect(graphIndex(plan()).node('g1')).toMatchObject({ inputIds: ['i1'] });
    expect(within(checksPanel()).queryByText(/"Schone straten" heeft geen onderbouwing/)).not.toBeInTheDocument();

    await user.click(groen);
    expect(graphIndex(plan()).node('g1')).toMatchObject({ inputIds: ['i1', 'i2'] });
    expect(within(checksPanel()).queryByText(/Weinig groen/)).not.toBeInTheDocument();

    await user.click(zwerfafval);
    expect(graphIndex(plan()).node('g1')).toMatchObject({ inputIds: ['i2'] });
  });
});

describe('Kwaliteitscheck', () => {
  it('the count badge matches the items listed, and follows edits', async () => {
    const user = await renderEditor();
    expect(checkItems()).toHaveLength(3);
    expect(badge()).toHaveTextContent('3 punten');

    await select('Doel: Schone straten');
    await user.click(within(details()).getByRole('checkbox', { name: /Veel zwerfafval op straat/ }));
    expect(checkItems()).toHaveLength(2);
    expect(badge()).toHaveTextContent('2 punten');

    await user.click(within(details()).getByRole('checkbox', { name: /Weinig groen/ }));
    expect(checkItems()).toHaveLength(1);
    expect(badge()).toHaveTextContent('1 punt');
  });

  it('clicking an item selects its node: Details shows it and the canvas marks it selected', async () => {
    const user = await renderEditor();
    await user.click(within(checksPanel()).getByRole('button', { name: /Actie "Prikacties" heeft geen eigenaar/ }));
    expect(field('Titel')).toHaveValue('Prikacties');
    expect(within(details()).getByText('Actie')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Actie: Prikacties')).toHaveClass('selected'));

    await user.click(within(checksPanel()).getByRole('button', { name: /"Schone straten" heeft geen onderbouwing/ }));
    expect(field('Titel')).toHaveValue('Schone straten');
    await waitFor(() => expect(screen.getByLabelText('Doel: Schone straten')).toHaveClass('selected'));
    expect(screen.getByLabelText('Actie: Prikacties')).not.toHaveClass('selected');

    // An unused signaal is not a node: it is listed, not clickable.
    expect(within(checksPanel()).queryByRole('button', { name: /Weinig groen/ })).not.toBeInTheDocument();
    expect(within(checksPanel()).getByText(/Weinig groen/)).toBeInTheDocument();
  });
});
