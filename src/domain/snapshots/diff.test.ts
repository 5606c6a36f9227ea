import { describe, expect, it } from 'vitest';
import { action, deepFreeze, edges, goal, makePlan, owner } from '../plan/testPlan';
import type { PlanNode } from '../plan/types';
import { diffPlans, latestValue } from './diff';

const withMeasure = (node: PlanNode, values: Array<{ value: number; at: string }>) =>
  ({ ...node, measures: [{ id: 'm1', name: 'Sociale samenhang', unit: 'cijfer', values }] }) as unknown as PlanNode;

const before = deepFreeze(
  makePlan(
    [
      withMeasure(goal('g1', { title: 'Iedereen doet mee' }), [{ value: 5.8, at: '2024' }]),
      goal('g2', { title: 'Jongeren sporten' }),
      action('a1', { title: 'Pannakooi', status: 'gepland' }),
      action('a2', { title: 'Sportinloop', status: 'lopend' }),
      owner('o1', { title: 'Buurthuis' }),
    ],
    edges('g1>g2', 'g2>a1', 'g2>a2', 'a1>o1'),
  ),
);

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    const d = diffPlans(before, before);
    expect(d.changes).toEqual([]);
    expect(d.changedIds.size).toBe(0);
  });

  it('reports added, removed and renamed nodes, status changes and new measured values, in that order', () => {
    const after = makePlan(
      [
        withMeasure(goal('g1', { title: 'Iedereen doet mee' }), [{ value: 5.8, at: '2024' }, { value: 6.1, at: '2026-03-01' }]),
        goal('g2', { title: 'Jongeren sporten en bewegen' }),
        action('a1', { title: 'Pannakooi', status: 'gereed' }),
        owner('o1', { title: 'Buurthuis' }),
        action('a3', { title: 'Buurtbarbecue' }),
      ],
      edges('g1>g2', 'g2>a1', 'a1>o1', 'g1>a3'),
    );
    const d = diffPlans(before, after);
    expect(d.changes).toEqual([
      { type: 'added', id: 'a3', kind: 'action', title: 'Buurtbarbecue' },
      { type: 'removed', id: 'a2', kind: 'action', title: 'Sportinloop' },
      { type: 'renamed', id: 'g2', kind: 'subgoal', from: 'Jongeren sporten', to: 'Jongeren sporten en bewegen' },
      { type: 'status', id: 'a1', title: 'Pannakooi', from: 'gepland', to: 'gereed' },
      { type: 'measure', id: 'g1', goal: 'Iedereen doet mee', measure: 'Sociale samenhang', unit: 'cijfer', from: 5.8, to: 6.1, at: '2026-03-01' },
    ]);
    expect([...d.changedIds].sort()).toEqual(['a1', 'a3', 'g1', 'g2']);
  });

  it('reports a first measurement without a previous value, and a node whose kind changed as removed and added', () => {
    const after = makePlan(
      [withMeasure(goal('g1', { title: 'Iedereen doet mee' }), []), withMeasure(goal('g2', { title: 'Jongeren sporten' }), [{ value: 40, at: '2025' }]), action('a1', { title: 'Pannakooi' }), owner('a2', { title: 'Sportinloop' }), owner('o1', { title: 'Buurthuis' })],
      edges('g1>g2', 'g2>a1', 'a1>o1'),
    );
    const d = diffPlans(before, after);
    expect(d.changes.filter((c) => c.type === 'measure')).toEqual([
      { type: 'measure', id: 'g2', goal: 'Jongeren sporten', measure: 'Sociale samenhang', unit: 'cijfer', to: 40, at: '2025' },
    ]);
    expect(d.changes.filter((c) => c.id === 'a2').map((c) => c.type)).toEqual(['added', 'removed']);
  });
});

describe('latestValue', () => {
  it('takes the latest date, and of two on one date the last given', () => {
    expect(latestValue({ id: 'm', name: 'x', values: [{ value: 1, at: '2026' }, { value: 2, at: '2024-05-01' }] })).toEqual({ value: 1, at: '2026' });
    expect(latestValue({ id: 'm', name: 'x', values: [{ value: 1, at: '2025' }, { value: 3, at: '2025' }] })).toEqual({ value: 3, at: '2025' });
    expect(latestValue({ id: 'm', name: 'x', values: [] })).toBeUndefined();
  });
});
