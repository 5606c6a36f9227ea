import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan } from '../../domain/plan/testPlan';
import type { Goal, Plan } from '../../domain/plan/types';
import { usePlanStore } from '../../state/planStore';
import { renderEditor, withFreshStores, withReducedMotion } from '../../testing/harness';
import { parseNumber } from './MeasuresSection';

withReducedMotion();
withFreshStores();

const start = () => makePlan([goal('g1', { title: 'Iedereen doet mee' }), action('a1', { title: 'Koffieochtend', position: { x: 0, y: 200 } })], edges('g1>a1'));
const details = () => screen.getByRole('region', { name: 'Details' });
const storedGoal = () => (usePlanStore.getState().plan as Plan).nodes.find((n) => n.id === 'g1') as Goal;

async function selectGoal() {
  fireEvent.click(within(screen.getByLabelText('Doel: Iedereen doet mee')).getByText('Iedereen doet mee'));
  await waitFor(() => expect(within(details()).getByRole('heading', { name: 'Meetpunten' })).toBeInTheDocument());
}

describe('Meetpunten in Details', () => {
  it('adds a measure with baseline and target; the goal card shows "5,8 → 6,2 (2027)"; a measured value moves it on', async () => {
    const user = await renderEditor(start());
    await selectGoal();
    const panel = within(details());
    expect(panel.getByText('Nog geen meetpunt.')).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Meetpunt toevoegen' }));
    const form = within(panel.getByRole('form', { name: 'Meetpunt toevoegen' }));
    await user.type(form.getByLabelText('Naam'), 'Sociale samenhang');
    await user.type(form.getByLabelText('Bron'), 'Leefbare Wijken Monitor');
    const [baseValue, targetValue] = form.getAllByLabelText('Waarde');
    const [baseYear, targetYear] = form.getAllByLabelText('Jaar');
    await user.type(baseValue!, '5,8');
    await user.type(baseYear!, '2024');
    await user.type(targetValue!, '6,2');
    await user.type(targetYear!, '2027');
    await user.click(form.getByRole('button', { name: 'Opslaan' }));

    expect(storedGoal().measures).toMatchObject([{ name: 'Sociale samenhang', source: 'Leefbare Wijken Monitor', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 }, values: [] }]);
    expect(screen.getByLabelText('Doel: Iedereen doet mee')).toHaveTextContent('Sociale samenhang: 5,8 → 6,2 (2027)');

    const item = within(panel.getByRole('article', { name: 'Sociale samenhang' }));
    await user.type(item.getByLabelText('Waarde'), '6,0');
    await user.clear(item.getByLabelText('Jaar of datum'));
    await user.type(item.getByLabelText('Jaar of datum'), '2026');
    await user.click(item.getByRole('button', { name: 'Meting toevoegen' }));
    expect(storedGoal().measures?.[0]?.values).toEqual([{ value: 6, at: '2026' }]);
    expect(screen.getByLabelText('Doel: Iedereen doet mee')).toHaveTextContent('Sociale samenhang: 6 → 6,2 (2027)');
    expect(item.getByRole('img', { name: /Verloop van Sociale samenhang.*2024: 5,8, 2026: 6/ })).toBeInTheDocument();
  });

  it('refuses a measure without a name and a value that is no number, with a Dutch message, and stores nothing', async () => {
    const user = await renderEditor(start());
    await selectGoal();
    const panel = within(details());
    await user.click(panel.getByRole('button', { name: 'Meetpunt toevoegen' }));
    await user.click(panel.getByRole('button', { name: 'Opslaan' }));
    expect(panel.getByRole('alert')).toHaveTextContent('Geef het meetpunt een naam');
    const form = within(panel.getByRole('form', { name: 'Meetpunt toevoegen' }));
    await user.type(form.getByLabelText('Naam'), 'Deelname');
    await user.type(form.getAllByLabelText('Waarde')[1]!, 'veel');
    await user.type(form.getAllByLabelText('Jaar')[1]!, '2027');
    await user.click(form.getByRole('button', { name: 'Opslaan' }));
    expect(panel.getByRole('alert')).toHaveTextContent('Vul een getal in');
    expect(storedGoal().measures).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it('reads Dutch and plain numbers', () => {
    expect(parseNumber('6,2')).toBe(6.2);
    expect(parseNumber('6.2')).toBe(6.2);
    expect(parseNumber('1.250,5')).toBe(1250.5);
    expect(parseNumber(' ')).toBeUndefined();
    expect(parseNumber('zes')).toBeNaN();
  });
});
