import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../../../domain/plan/testPlan';
import type { Owner, Plan } from '../../../domain/plan/types';
import { openPlan, renderWithPlan as renderStep, withFreshStores } from '../../../testing/harness';
import { WijkkrachtenStep } from './WijkkrachtenStep';

function krachtenPlan(): Plan {
  return makePlan(
    [
      goal('g1', { position: { x: 0, y: 0 } }),
      action('a1', { position: { x: 0, y: 200 } }),
      action('a2', { position: { x: 300, y: 200 } }),
      owner('o1', { title: 'Buurthuis De Overkant', strengthId: 's1', position: { x: 0, y: 400 } }),
    ],
    edges('g1>a1', 'g1>a2', 'a1>o1', 'a2>o1'),
    {
      strengths: [
        { id: 's1', name: 'Buurthuis De Overkant', kind: 'voorziening', offers: 'Ruimte op woensdagmiddag' },
        { id: 's2', name: 'Voetbalclub Presikhaaf', kind: 'organisatie' },
      ],
    },
  );
}

withFreshStores();

const addForm = () => screen.getByRole('region', { name: 'Wijkkracht toevoegen' });
const list = () => screen.getByRole('region', { name: 'Wijkkrachten in dit plan' });
const item = (name: string) => within(list()).getByText(name).closest('li') as HTMLElement;
const status = () => screen.getByRole('status');

describe('Wijkkrachten', () => {
  it('adds a strength with a Dutch kind and what it offers; refuses an empty name', async () => {
    const user = await renderStep(WijkkrachtenStep, makePlan());
    await user.click(within(addForm()).getByRole('button', { name: 'Wijkkracht toevoegen' }));
    expect(within(addForm()).getByLabelText('Naam')).toHaveAccessibleDescription('Vul de naam van de wijkkracht in.');

    await user.type(within(addForm()).getByLabelText('Naam'), 'Bewonersgroep Groen Presikhaaf');
    const kind = within(addForm()).getByLabelText('Soort');
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual(['Organisatie', 'Initiatief', 'Bewoners', 'Voorziening', 'Overig']);
    await user.selectOptions(kind, 'Bewoners');
    await user.type(within(addForm()).getByLabelText('Wat kan deze wijkkracht bieden?'), 'Onderhoud van de geveltuinen');
    await user.click(within(addForm()).getByRole('button', { name: 'Wijkkracht toevoegen' }));
    expect(openPlan().strengths).toEqual([{ id: expect.any(String), name: 'Bewonersgroep Groen Presikhaaf', kind: 'bewoners', offers: 'Onderhoud van de geveltuinen' }]);
    expect(within(addForm()).getByLabelText('Naam')).toHaveValue('');
    expect(within(addForm()).getByLabelText('Naam')).toHaveFocus();
    expect(item('Bewonersgroep Groen Presikhaaf')).toHaveTextContent('Nog geen eigenaar');
  });

  it('shows which strengths are owners already and of how many actions', async () => {
    await renderStep(WijkkrachtenStep, krachtenPlan());
    expect(item('Buurthuis De Overkant')).toHaveTextContent('Eigenaar van 2 acties');
    expect(item('Voetbalclub Presikhaaf')).toHaveTextContent('Nog geen eigenaar');
    expect(list()).toHaveTextContent('Eigenaar in de doelenboom: 1 van 2.');
  });

  it('"Maak eigenaar" makes an owner linked by strengthId, then gives way to "Is eigenaar"', async () => {
    const user = await renderStep(WijkkrachtenStep, krachtenPlan());
    // Already an owner: nothing to click, it says so.
    expect(within(item('Buurthuis De Overkant')).queryByRole('button', { name: /Maak eigenaar/ })).not.toBeInTheDocument();
    expect(item('Buurthuis De Overkant')).toHaveTextContent('Is eigenaar');

    await user.click(screen.getByRole('button', { name: 'Maak eigenaar: Voetbalclub Presikhaaf' }));
    const made = openPlan().nodes[4] as Owner;
    expect(made).toMatchObject({ kind: 'owner', title: 'Voetbalclub Presikhaaf', strengthId: 's2' });
    // Not on top of the other owner.
    expect(made.position).not.toEqual({ x: 0, y: 400 });
    expect(status()).toHaveTextContent('"Voetbalclub Presikhaaf" staat nu als eigenaar in de doelenboom.');
    expect(item('Voetbalclub Presikhaaf')).toHaveTextContent('Eigenaar, nog zonder acties');
    expect(item('Voetbalclub Presikhaaf')).toHaveTextContent('Is eigenaar');
    expect(screen.queryByRole('button', { name: /Maak eigenaar/ })).not.toBeInTheDocument();
    // The keyboard stays on the item.
    expect(screen.getByRole('button', { name: 'Bewerken: Voetbalclub Presikhaaf' })).toHaveFocus();
    expect(openPlan().nodes).toHaveLength(5);
  });

  it('an owner renamed in the doelenboom shows under which name the strength is owner', async () => {
    const plan = krachtenPlan();
    plan.nodes[3] = { ...(plan.nodes[3] as Owner), title: 'Wijkcentrum De Overkant' };
    await renderStep(WijkkrachtenStep, plan);
    expect(item('Buurthuis De Overkant')).toHaveTextContent('Is eigenaar als "Wijkcentrum De Overkant"');
  });

  it('edits a strength in place and deletes it with undo (the owner stays, unlinked)', async () => {
    const user = await renderStep(WijkkrachtenStep, krachtenPlan());
    await user.click(screen.getByRole('button', { name: 'Bewerken: Voetbalclub Presikhaaf' }));
    const form = screen.getByRole('form', { name: 'Wijkkracht bewerken' });
    await user.selectOptions(within(form).getByLabelText('Soort'), 'Initiatief');
    await user.type(within(form).getByLabelText('Wat kan deze wijkkracht bieden?'), 'Trainers');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(openPlan().strengths[1]).toEqual({ id: 's2', name: 'Voetbalclub Presikhaaf', kind: 'initiatief', offers: 'Trainers' });
    expect(screen.getByRole('button', { name: 'Bewerken: Voetbalclub Presikhaaf' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Verwijderen: Buurthuis De Overkant' }));
    expect(openPlan().strengths.map((s) => s.id)).toEqual(['s2']);
    expect(openPlan().nodes[3]).not.toHaveProperty('strengthId');
    expect(status()).toHaveTextContent('De eigenaar met die naam blijft in de doelenboom staan.');
    await user.click(within(status()).getByRole('button', { name: 'Ongedaan maken' }));
    expect(openPlan().strengths.map((s) => s.id)).toEqual(['s1', 's2']);
    expect((openPlan().nodes[3] as Owner).strengthId).toBe('s1');
  });
});
