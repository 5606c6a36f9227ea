import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { goal, input, makePlan } from '../../../domain/plan/testPlan';
import type { Plan } from '../../../domain/plan/types';
import { openPlan, openStoredPlan, renderWithPlan as renderStep, withFreshStores } from '../../../testing/harness';
import { usePlanStore } from '../../../state/planStore';
import { forgetCaptureSettings } from './captureMemory';
import { WijkinformatieStep } from './WijkinformatieStep';

function wijkPlan(): Plan {
  return makePlan([goal('g1', { inputIds: ['i1'] }), goal('g2', { inputIds: ['i1', 'k1'] })], [], {
    inputs: [
      input('i1', { text: 'Te hard rijden op de Kemperweg', source: 'bewoners', theme: 'Verkeer', date: '2025-01-08' }),
      input('i2', { text: 'Weinig groen in de buurt', source: 'monitor', theme: 'Groen' }),
      input('k1', { text: 'Veel jonge gezinnen', source: 'karakter' }),
    ],
  });
}

withFreshStores();
beforeEach(forgetCaptureSettings);

const signalList = () => screen.getByRole('region', { name: 'Signalen' });
const karakterList = () => screen.getByRole('region', { name: 'Karakter van de wijk' });
const capture = () => screen.getByLabelText('Nieuw signaal');
const status = () => screen.getByRole('status');
const texts = (items: HTMLElement[]) => items.map((li) => li.querySelector('.step-item-text')?.textContent);

/** The step over the open plan, with a switch that takes it off screen as going to another step does. */
async function renderSwitchable(plan: Plan) {
  await openStoredPlan(plan);
  function Host({ shown }: { shown: boolean }) {
    const current = usePlanStore((st) => st.plan);
    return shown && current ? <WijkinformatieStep plan={current} /> : null;
  }
  const view = render(<Host shown />);
  return { user: userEvent.setup(), leave: () => view.rerender(<Host shown={false} />), back: () => view.rerender(<Host shown />) };
}

describe('Wijkinformatie', () => {
  it('quick capture: Enter adds an input, the field empties and keeps focus, source and theme stay', async () => {
    const user = await renderStep(WijkinformatieStep, makePlan());
    await user.selectOptions(screen.getByLabelText('Bron'), 'Partners');
    await user.type(screen.getByLabelText('Thema'), 'Veiligheid');
    await user.click(capture());
    for (const text of ['Donkere steeg achter de Spar', 'Hangjongeren bij het winkelcentrum', 'Kapotte lantaarnpaal']) {
      await user.type(capture(), `${text}{Enter}`);
      expect(capture()).toHaveValue('');
      expect(capture()).toHaveFocus();
    }
    expect(openPlan().inputs.map((i) => [i.text, i.source, i.theme])).toEqual([
      ['Donkere steeg achter de Spar', 'partners', 'Veiligheid'],
      ['Hangjongeren bij het winkelcentrum', 'partners', 'Veiligheid'],
      ['Kapotte lantaarnpaal', 'partners', 'Veiligheid'],
    ]);
    expect(screen.getByLabelText('Bron')).toHaveValue('partners');
    expect(screen.getByLabelText('Thema')).toHaveValue('Veiligheid');
    expect(within(signalList()).getAllByRole('listitem')).toHaveLength(3);
    expect(status()).toHaveTextContent('Signaal "Kapotte lantaarnpaal" toegevoegd.');
  });

  it('the signal just added stands first in the list, right under the field, marked "Net toegevoegd"', async () => {
    const user = await renderStep(WijkinformatieStep, wijkPlan());
    await user.type(capture(), 'Kapotte lantaarnpaal{Enter}');
    let items = within(signalList()).getAllByRole('listitem');
    expect(texts(items)).toEqual(['Kapotte lantaarnpaal', 'Weinig groen in de buurt', 'Te hard rijden op de Kemperweg']);
    expect(items[0]).toHaveTextContent('Net toegevoegd');
    expect(signalList()).toHaveTextContent('nieuwste bovenaan');
    await user.type(capture(), 'Donkere steeg{Enter}');
    items = within(signalList()).getAllByRole('listitem');
    expect(texts(items).slice(0, 2)).toEqual(['Donkere steeg', 'Kapotte lantaarnpaal']);
    // Only what the last Enter added is marked.
    expect(items.filter((li) => li.textContent?.includes('Net toegevoegd'))).toEqual([items[0]]);
  });

  it('a signal the filter hides is said so, not silently missing', async () => {
    const user = await renderStep(WijkinformatieStep, wijkPlan());
    await user.selectOptions(screen.getByLabelText('Toon thema'), 'Verkeer');
    await user.type(capture(), 'Te weinig bankjes{Enter}');
    expect(status()).toHaveTextContent('Signaal "Te weinig bankjes" toegevoegd. Het filter verbergt het; kies "Filter wissen" om het te zien.');
    expect(signalList()).not.toHaveTextContent('Te weinig bankjes');
  });

  it('Bron, Thema and Datum of the quick capture survive going to another step and back, per plan', async () => {
    const { user, leave, back } = await renderSwitchable(makePlan());
    await user.selectOptions(screen.getByLabelText('Bron'), 'Monitor');
    await user.type(screen.getByLabelText('Thema'), 'Groen');
    await user.type(screen.getByLabelText('Datum'), '2026-11-20');
    leave();
    expect(screen.queryByLabelText('Bron')).not.toBeInTheDocument();
    back();
    expect(screen.getByLabelText('Bron')).toHaveValue('monitor');
    expect(screen.getByLabelText('Thema')).toHaveValue('Groen');
    expect(screen.getByLabelText('Datum')).toHaveValue('2026-11-20');
    await user.type(capture(), 'Weinig bomen{Enter}');
    expect(openPlan().inputs.map((i) => [i.source, i.theme, i.date])).toEqual([['monitor', 'Groen', '2026-11-20']]);

    // Another plan starts from the defaults.
    leave();
    await openStoredPlan(makePlan([], [], { id: 'plan-2' }));
    back();
    expect(screen.getByLabelText('Bron')).toHaveValue('bewoners');
    expect(screen.getByLabelText('Thema')).toHaveValue('');
  });

  it('Enter on an empty field says what to do, visibly at the field', async () => {
    const user = await renderStep(WijkinformatieStep, makePlan());
    await user.type(capture(), '   {Enter}');
    expect(capture()).toHaveAttribute('aria-invalid', 'true');
    expect(capture()).toHaveAccessibleDescription(/Typ eerst een signaal\./);
    expect(openPlan().inputs).toEqual([]);
  });

  it('pasting three lines makes three inputs in one undo step', async () => {
    const user = await renderStep(WijkinformatieStep, makePlan());
    await user.click(capture());
    await user.paste('- Te weinig bankjes\n- Speeltuin is vies\n\n- Veel eenzame ouderen\n');
    expect(openPlan().inputs.map((i) => i.text)).toEqual(['Te weinig bankjes', 'Speeltuin is vies', 'Veel eenzame ouderen']);
    expect(openPlan().inputs.every((i) => i.source === 'bewoners')).toBe(true);
    expect(capture()).toHaveValue('');
    expect(status()).toHaveTextContent('3 signalen toegevoegd.');
    await user.click(within(status()).getByRole('button', { name: 'Ongedaan maken' }));
    expect(openPlan().inputs).toEqual([]);
  });

  it('shows karakterkenmerken apart and how many goals cite each input', async () => {
    await renderStep(WijkinformatieStep, wijkPlan());
    const signals = within(signalList()).getAllByRole('listitem');
    // Newest (last added) first.
    expect(texts(signals)).toEqual(['Weinig groen in de buurt', 'Te hard rijden op de Kemperweg']);
    expect(signals[1]).toHaveTextContent('Gebruikt in 2 doelen');
    expect(signals[0]).toHaveTextContent('Nog in geen doel');
    expect(signals[0]).not.toHaveTextContent('Net toegevoegd');
    const karakter = within(karakterList()).getAllByRole('listitem');
    expect(karakter).toHaveLength(1);
    expect(karakter[0]).toHaveTextContent('Veel jonge gezinnen');
    expect(karakter[0]).toHaveTextContent('Gebruikt in 1 doel');
  });

  it('the filter by source and by theme hides the others', async () => {
    const user = await renderStep(WijkinformatieStep, wijkPlan());
    await user.selectOptions(screen.getByLabelText('Toon bron'), 'Monitor');
    expect(texts(within(signalList()).getAllByRole('listitem'))).toEqual(['Weinig groen in de buurt']);
    expect(within(karakterList()).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('1 van 3 signalen getoond')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter wissen' }));
    await user.selectOptions(screen.getByLabelText('Toon thema'), 'Verkeer');
    expect(within(signalList()).getAllByRole('listitem')).toHaveLength(1);
    expect(signalList()).toHaveTextContent('Te hard rijden op de Kemperweg');
    await user.selectOptions(screen.getByLabelText('Toon thema'), 'Zonder thema');
    expect(within(signalList()).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(karakterList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('delete removes the input from the list and from goals; "Ongedaan maken" in the status brings it back', async () => {
    const user = await renderStep(WijkinformatieStep, wijkPlan());
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Te hard rijden op de Kemperweg' }));
    expect(signalList()).not.toHaveTextContent('Te hard rijden');
    expect(openPlan().nodes.map((n) => (n.kind === 'goal' ? n.inputIds : []))).toEqual([[], ['k1']]);
    expect(status()).toHaveTextContent('Signaal "Te hard rijden op de Kemperweg" is verwijderd en uit 2 doelen gehaald.');
    expect(screen.getByRole('heading', { name: 'Signalen' })).toHaveFocus();
    await user.click(within(status()).getByRole('button', { name: 'Ongedaan maken' }));
    expect(signalList()).toHaveTextContent('Te hard rijden op de Kemperweg');
    expect(openPlan().nodes.map((n) => (n.kind === 'goal' ? n.inputIds : []))).toEqual([['i1'], ['i1', 'k1']]);
  });

  it('edits an input in place; an empty text is refused; focus returns to Bewerken', async () => {
    const user = await renderStep(WijkinformatieStep, wijkPlan());
    await user.click(screen.getByRole('button', { name: 'Bewerken: Weinig groen in de buurt' }));
    const form = screen.getByRole('form', { name: 'Signaal bewerken' });
    const text = within(form).getByLabelText('Tekst');
    expect(text).toHaveFocus();
    await user.clear(text);
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByLabelText('Tekst')).toHaveAccessibleDescription('Typ eerst een signaal.');
    await user.type(text, 'Weinig bomen');
    await user.selectOptions(within(form).getByLabelText('Bron'), 'Team');
    await user.clear(within(form).getByLabelText('Thema'));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(openPlan().inputs[1]).toEqual({ id: 'i2', text: 'Weinig bomen', source: 'team' });
    expect(screen.getByRole('button', { name: 'Bewerken: Weinig bomen' })).toHaveFocus();
    // Escape cancels without a change.
    await user.click(screen.getByRole('button', { name: 'Bewerken: Weinig bomen' }));
    await user.type(screen.getByLabelText('Tekst'), ' extra{Escape}');
    expect(openPlan().inputs[1]?.text).toBe('Weinig bomen');
    expect(screen.queryByRole('form', { name: 'Signaal bewerken' })).not.toBeInTheDocument();
  });
});
