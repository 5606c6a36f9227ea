import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goal, input, makePlan } from '../../../domain/plan/testPlan';
import type { Goal, Plan } from '../../../domain/plan/types';
import { openPlan, renderWithPlan as renderStep, withFreshStores } from '../../../testing/harness';
import { BeleidStep } from './BeleidStep';

function beleidPlan(): Plan {
  return makePlan([goal('g1', { inputIds: ['i1'], policyIds: ['p1'], position: { x: 0, y: 0 } })], [], {
    inputs: [
      input('i1', { text: 'Te hard rijden', theme: 'Verkeer' }),
      input('i2', { text: 'Jongeren hebben geen plek om te sporten', theme: 'Jeugd' }),
      input('i3', { text: 'Pannakooi is kapot', theme: 'jeugd' }),
      input('i4', { text: 'Veel zwerfafval' }),
      input('k1', { text: 'Veel jonge gezinnen', source: 'karakter' }),
    ],
    policies: [
      { id: 'p1', programme: 'Veiligheid', goal: 'Veilige straten' },
      { id: 'p2', programme: 'Welzijn', goal: 'Meer jongeren sporten en bewegen' },
    ],
  });
}

withFreshStores();

const addForm = () => screen.getByRole('region', { name: 'Beleid toevoegen' });
const policyList = () => screen.getByRole('region', { name: 'Beleid in dit plan' });
const maker = () => screen.getByRole('region', { name: 'Van signalen en beleid naar een doel' });
const status = () => screen.getByRole('status');

describe('Beleid', () => {
  it('adds a policy with a suggested programme; keeps the programme for the next goal; refuses empty fields', async () => {
    const user = await renderStep(BeleidStep, makePlan());
    const programme = within(addForm()).getByLabelText('Programma');
    // The suggestions are in a datalist tied to the field.
    const list = document.getElementById(programme.getAttribute('list') ?? '');
    expect(Array.from(list?.querySelectorAll('option') ?? [], (o) => o.value)).toEqual(expect.arrayContaining(['Welzijn', 'Veiligheid', 'Ruimtelijke Ontwikkeling']));

    await user.click(within(addForm()).getByRole('button', { name: 'Beleid toevoegen' }));
    expect(programme).toHaveAccessibleDescription(/Vul een programma in\./);
    expect(openPlan().policies).toEqual([]);

    await user.type(programme, 'Welzijn');
    await user.type(within(addForm()).getByLabelText('Beleidsdoel'), 'Minder eenzaamheid{Enter}');
    expect(openPlan().policies.map((p) => [p.programme, p.goal])).toEqual([['Welzijn', 'Minder eenzaamheid']]);
    expect(programme).toHaveValue('Welzijn');
    expect(within(addForm()).getByLabelText('Beleidsdoel')).toHaveValue('');
    expect(within(addForm()).getByLabelText('Beleidsdoel')).toHaveFocus();
    expect(policyList()).toHaveTextContent('Minder eenzaamheid');
    expect(policyList()).toHaveTextContent('Nog in geen doel');
  });

  it('edits and deletes a policy; delete takes it out of goals and can be undone', async () => {
    const user = await renderStep(BeleidStep, beleidPlan());
    expect(within(policyList()).getAllByRole('listitem')[0]).toHaveTextContent('Gebruikt in 1 doel');
    await user.click(screen.getByRole('button', { name: 'Bewerken: Meer jongeren sporten en bewegen' }));
    const form = screen.getByRole('form', { name: 'Beleid bewerken' });
    await user.clear(within(form).getByLabelText('Beleidsdoel'));
    await user.type(within(form).getByLabelText('Beleidsdoel'), 'Iedereen beweegt{Enter}');
    expect(openPlan().policies[1]).toEqual({ id: 'p2', programme: 'Welzijn', goal: 'Iedereen beweegt' });

    await user.click(screen.getByRole('button', { name: 'Verwijderen: Veilige straten' }));
    expect((openPlan().nodes[0] as Goal).policyIds).toEqual([]);
    expect(status()).toHaveTextContent('uit 1 doel gehaald');
    await user.click(within(status()).getByRole('button', { name: 'Ongedaan maken' }));
    expect((openPlan().nodes[0] as Goal).policyIds).toEqual(['p1']);
    expect(policyList()).toHaveTextContent('Veilige straten');
  });

  it('groups the signals by theme next to the policies', async () => {
    await renderStep(BeleidStep, beleidPlan());
    const signals = within(maker()).getByRole('group', { name: 'Signalen per thema' });
    const headings = within(signals).getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Jeugd', 'Verkeer', 'Zonder thema', 'Karakter van de wijk']);
    const jeugd = within(signals).getByRole('list', { name: 'Jeugd' });
    expect(within(jeugd).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(within(maker()).getByRole('group', { name: 'Beleid' })).getAllByRole('checkbox')).toHaveLength(2);
  });

  it('"Maak doel" asks the title (prefilled) and adds a top goal citing the chosen signals and policy', async () => {
    const user = await renderStep(BeleidStep, beleidPlan());
    // Nothing chosen: says what to do.
    await user.click(within(maker()).getByRole('button', { name: 'Maak doel' }));
    expect(within(maker()).getByRole('alert')).toHaveTextContent('Kies minstens één signaal of één beleidsdoel als onderbouwing.');

    await user.click(within(maker()).getByRole('checkbox', { name: /Jongeren hebben geen plek om te sporten/ }));
    await user.click(within(maker()).getByRole('checkbox', { name: /Pannakooi is kapot/ }));
    await user.click(within(maker()).getByRole('checkbox', { name: /Meer jongeren sporten en bewegen/ }));
    expect(maker()).toHaveTextContent('2 signalen en 1 beleidsdoel gekozen');
    expect(within(maker()).getByRole('alert')).toBeEmptyDOMElement();
    await user.click(within(maker()).getByRole('button', { name: 'Maak doel' }));

    const dialog = screen.getByRole('dialog', { name: 'Doel maken' });
    const title = within(dialog).getByLabelText('Titel van het doel');
    expect(title).toHaveValue('Meer jongeren sporten en bewegen');
    expect(title).toHaveFocus();
    expect(dialog).toHaveTextContent('Pannakooi is kapot');
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    expect(title).toHaveAccessibleDescription(/Geef het doel een titel\./);
    await user.type(title, 'Jongeren hebben een veilige plek om te sporten');
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const made = openPlan().nodes[1] as Goal;
    expect(made).toMatchObject({ kind: 'goal', title: 'Jongeren hebben een veilige plek om te sporten', inputIds: ['i2', 'i3'], policyIds: ['p2'] });
    // A top goal, placed apart from the existing one.
    expect(openPlan().edges).toEqual([]);
    expect(made.position).not.toEqual({ x: 0, y: 0 });
    expect(status()).toHaveTextContent('Doel "Jongeren hebben een veilige plek om te sporten" staat in de doelenboom, onderbouwd met 2 signalen en 1 beleidsdoel.');
    // The selection is cleared and the counts follow.
    expect(within(maker()).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    expect(within(policyList()).getAllByRole('listitem')[1]).toHaveTextContent('Gebruikt in 1 doel');
  });

  it('Annuleren closes the dialog without a goal', async () => {
    const user = await renderStep(BeleidStep, beleidPlan());
    await user.click(within(maker()).getByRole('checkbox', { name: /Veel zwerfafval/ }));
    await user.click(within(maker()).getByRole('button', { name: 'Maak doel' }));
    const dialog = screen.getByRole('dialog', { name: 'Doel maken' });
    expect(within(dialog).getByLabelText('Titel van het doel')).toHaveValue('Veel zwerfafval');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(openPlan().nodes).toHaveLength(1);
  });
});
