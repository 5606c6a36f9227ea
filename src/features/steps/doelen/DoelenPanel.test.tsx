import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { action, edges, goal, input, makePlan } from '../../../domain/plan/testPlan';
import { resetSession, useSession } from '../../../state/sessionStore';
import { DoelenPanel } from './DoelenPanel';

const plan = makePlan(
  [goal('g1', { title: 'Schone straten', inputIds: ['i1'], policyIds: ['p1'] }), goal('g2', { title: 'Groen' }), action('a1', { title: 'Prikacties' })],
  edges('g1>a1'),
  {
    inputs: [
      input('i1', { text: 'Veel zwerfafval op straat' }),
      input('i2', { text: 'Weinig groen', source: 'monitor' }),
      input('i3', { text: 'Dorps karakter', source: 'karakter' }),
    ],
    policies: [{ id: 'p1', programme: 'Leefomgeving', goal: 'Schone wijken' }],
  },
);

const panel = () => screen.getByRole('complementary', { name: 'Onderbouwing' });

beforeEach(() => resetSession());

describe('Doelen side panel', () => {
  it('without a selected goal lists the signals no goal cites (not the karakterkenmerken)', () => {
    render(<DoelenPanel plan={plan} />);
    expect(within(panel()).getByRole('heading', { name: 'Signalen zonder doel' })).toBeInTheDocument();
    const unused = within(panel()).getByRole('region', { name: 'Signalen zonder doel' });
    const items = within(unused).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Weinig groen');
    expect(items[0]).toHaveTextContent('Monitor');
    expect(unused).not.toHaveTextContent('Veel zwerfafval');
    expect(panel()).not.toHaveTextContent('Dorps karakter');

    expect(within(unused).getByText(/vanuit de stap Beleid/)).toBeInTheDocument();
    expect(within(unused).queryByRole('button')).not.toBeInTheDocument();
  });

  it('choosing a signal selects the goals that cite it', async () => {
    const user = userEvent.setup();
    render(<DoelenPanel plan={plan} />);
    const traced = within(panel()).getByRole('region', { name: 'Welke doelen rusten op een signaal?' });
    expect(traced).toHaveTextContent('Veel zwerfafval op straat');
    expect(traced).toHaveTextContent('1 doel');
    expect(traced).not.toHaveTextContent('Weinig groen');
    await user.click(within(traced).getByRole('button', { name: 'Veel zwerfafval op straat' }));
    expect(useSession.getState().selection).toEqual(['g1']);
  });

  it('shows the onderbouwing of the selected goal: its signals with source, its policy, the karakter', () => {
    render(<DoelenPanel plan={plan} />);
    act(() => useSession.getState().select(['g1']));
    expect(within(panel()).getByRole('heading', { name: 'Onderbouwing van "Schone straten"' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Veel zwerfafval op straat Bewoners');
    expect(panel()).toHaveTextContent('Leefomgeving: Schone wijken');
    expect(panel()).toHaveTextContent('Dorps karakter');
    expect(panel()).not.toHaveTextContent('Weinig groen');

    act(() => useSession.getState().select(['g2']));
    expect(within(panel()).getByText(/Dit doel heeft nog geen onderbouwing/)).toBeInTheDocument();

    // An action is not a goal: back to the signals without goal.
    act(() => useSession.getState().select(['a1']));
    expect(within(panel()).getByRole('heading', { name: 'Signalen zonder doel' })).toBeInTheDocument();
  });
});
