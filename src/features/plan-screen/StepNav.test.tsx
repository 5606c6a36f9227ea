import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../domain/plan/operations';
import type { Plan } from '../../domain/plan/types';
import { StepNav } from './StepNav';

const plan: Plan = {
  ...createPlan({ title: 'Wijkplan', wijk: 'Malburgen', period: '2026' }, { id: 'p1', now: '2026-01-01T00:00:00.000Z' }),
  inputs: [
    { id: 'i1', text: 'Te hard gereden', source: 'bewoners' },
    { id: 'i2', text: 'Weinig groen', source: 'monitor' },
  ],
};

describe('StepNav', () => {
  it('lists the six steps in order as links, each with what it holds, and marks the current one', () => {
    render(<StepNav plan={plan} current="beleid" stepHref={(s) => `#/plan/p1/${s}`} treeHref="#/plan/p1" />);
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('listitem').map((li) => within(li).getByRole('link'));
    expect(links.map((a) => a.textContent)).toEqual([
      '1Wijkinformatie2 signalen',
      '2Beleid0 beleidsdoelen',
      '3Wijkkrachten0 wijkkrachten',
      '4Doelen0 doelen',
      '5Acties & eigenaren0 acties',
      '6Overleg & voortgang0 overleggen',
    ]);
    expect(screen.getByRole('link', { name: 'Wijkinformatie' })).toHaveAccessibleDescription('2 signalen');
    expect(screen.getByRole('link', { name: 'Beleid' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('link', { name: 'Beleid' })).toHaveAttribute('href', '#/plan/p1/beleid');
    expect(screen.getByRole('link', { name: 'Wijkinformatie' })).not.toHaveAttribute('aria-current');
  });
});
