import { describe, expect, it } from 'vitest';
import { action, goal, input, makePlan, owner } from '../plan/testPlan';
import { STEPS, STEP_IDS, isStepId, stepById, stepCount } from './steps';

describe('procesplaat steps', () => {
  it('has the six steps in order with their slugs and exact Dutch names', () => {
    expect(STEPS.map((s) => [s.number, s.id, s.name])).toEqual([
      [1, 'wijkinformatie', 'Wijkinformatie'],
      [2, 'beleid', 'Beleid'],
      [3, 'wijkkrachten', 'Wijkkrachten'],
      [4, 'doelen', 'Doelen'],
      [5, 'acties', 'Acties & eigenaren'],
      [6, 'overleg', 'Overleg & voortgang'],
    ]);
    expect(STEP_IDS).toEqual(STEPS.map((s) => s.id));
  });

  it('explains each step in one line', () => {
    for (const s of STEPS) {
      expect(s.explanation.length).toBeGreaterThan(20);
      expect(s.explanation).not.toContain('\n');
    }
  });

  it('finds steps by slug', () => {
    expect(stepById('acties')?.name).toBe('Acties & eigenaren');
    expect(stepById('nope')).toBeUndefined();
    expect(isStepId('overleg')).toBe(true);
    expect(isStepId('Overleg')).toBe(false);
  });

  it('counts what each step holds, with a Dutch unit', () => {
    const plan = makePlan([goal('g1'), goal('g2'), goal('g3'), action('a1'), action('a2'), owner('o1')], [], {
      inputs: [input('i1'), input('i2'), input('k1', { source: 'karakter' })],
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'x' }, { id: 'p2', programme: 'Veiligheid', goal: 'y' }],
      strengths: [{ id: 's1', name: 'Buurthuis', kind: 'voorziening' }],
      forums: [],
    });
    expect(stepCount(plan, 'wijkinformatie')).toEqual({ count: 3, unit: 'signalen', label: '3 signalen' });
    expect(stepCount(plan, 'beleid')).toEqual({ count: 2, unit: 'beleidsdoelen', label: '2 beleidsdoelen' });
    expect(stepCount(plan, 'wijkkrachten')).toEqual({ count: 1, unit: 'wijkkracht', label: '1 wijkkracht' });
    expect(stepCount(plan, 'doelen')).toEqual({ count: 3, unit: 'doelen', label: '3 doelen' });
    expect(stepCount(plan, 'acties')).toEqual({ count: 2, unit: 'acties', label: '2 acties' });
    expect(stepCount(plan, 'overleg')).toEqual({ count: 0, unit: 'overleggen', label: '0 overleggen' });
  });

  it('uses the singular for exactly one', () => {
    const plan = makePlan([goal('g1'), action('a1')], [], {
      inputs: [input('i1')],
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'x' }],
      forums: [{ id: 'f1', name: 'Sociale tafel' }],
    });
    expect(STEP_IDS.map((id) => stepCount(plan, id).label)).toEqual([
      '1 signaal', '1 beleidsdoel', '0 wijkkrachten', '1 doel', '1 actie', '1 overleg',
    ]);
  });
});
