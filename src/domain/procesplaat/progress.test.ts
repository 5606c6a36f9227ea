import { describe, expect, it } from 'vitest';
import { action, deepFreeze, edges, goal, makePlan } from '../plan/testPlan';
import { goalRollup, isOverdue, overdueActions, quarterOf } from './progress';

/**
 *  g1 ─┬─ a1 (gereed)
 *      ├─ a2 (gestopt)
 *      └─ g2 ─┬─ a3 (lopend)
 *             └─ g3 ── a4 (gereed)
 *  g4 (no actions)   a5 (gereed, no goal)
 */
const plan = deepFreeze(
  makePlan(
    [
      goal('g1'),
      action('a1', { status: 'gereed' }),
      action('a2', { status: 'gestopt' }),
      goal('g2'),
      action('a3', { status: 'lopend' }),
      goal('g3'),
      action('a4', { status: 'gereed' }),
      goal('g4'),
      action('a5', { status: 'gereed' }),
    ],
    edges('g1>a1', 'g1>a2', 'g1>g2', 'g2>a3', 'g2>g3', 'g3>a4'),
  ),
);

describe('goalRollup', () => {
  it('counts the actions under all subgoals, leaving gestopt out', () => {
    expect(goalRollup(plan, 'g1')).toEqual({ done: 2, total: 3, percent: 67 });
    expect(goalRollup(plan, 'g2')).toEqual({ done: 1, total: 2, percent: 50 });
    expect(goalRollup(plan, 'g3')).toEqual({ done: 1, total: 1, percent: 100 });
  });

  it('gives zeros for a goal without actions, an unknown id and a non-goal', () => {
    expect(goalRollup(plan, 'g4')).toEqual({ done: 0, total: 0, percent: 0 });
    expect(goalRollup(plan, 'nope')).toEqual({ done: 0, total: 0, percent: 0 });
    expect(goalRollup(plan, 'a1')).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('a goal with only stopped actions counts nothing', () => {
    const p = makePlan([goal('g'), action('x', { status: 'gestopt' })], edges('g>x'));
    expect(goalRollup(p, 'g')).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('walks a cycle (never in a valid plan) once', () => {
    const p = makePlan([goal('g1'), goal('g2'), action('x', { status: 'gereed' })], edges('g1>g2', 'g2>g1', 'g2>x'));
    expect(goalRollup(p, 'g1')).toEqual({ done: 1, total: 1, percent: 100 });
  });
});

describe('quarterOf', () => {
  it('names the quarter of a date', () => {
    expect(quarterOf(new Date(2025, 0, 1))).toBe('2025-Q1');
    expect(quarterOf(new Date(2025, 2, 31, 23, 59))).toBe('2025-Q1');
    expect(quarterOf(new Date(2025, 3, 1))).toBe('2025-Q2');
    expect(quarterOf(new Date(2025, 8, 30))).toBe('2025-Q3');
    expect(quarterOf(new Date(2025, 11, 31))).toBe('2025-Q4');
  });
});

describe('isOverdue', () => {
  const due = (d: string, status: 'gepland' | 'lopend' | 'gereed' | 'gestopt' = 'gepland') => ({ due: d, status });

  it('is overdue only once the planned quarter has fully passed', () => {
    // Last moment of 2025-Q3: not yet behind.
    expect(isOverdue(due('2025-Q3'), new Date(2025, 8, 30, 23, 59, 59))).toBe(false);
    // First day of 2025-Q4: behind.
    expect(isOverdue(due('2025-Q3'), new Date(2025, 9, 1))).toBe(true);
    // Year boundary: Q4 passes at new year.
    expect(isOverdue(due('2025-Q4', 'lopend'), new Date(2025, 11, 31, 23, 0))).toBe(false);
    expect(isOverdue(due('2025-Q4', 'lopend'), new Date(2026, 0, 1))).toBe(true);
    // A later quarter is not behind.
    expect(isOverdue(due('2026-Q1'), new Date(2025, 11, 1))).toBe(false);
  });

  it('never for gereed or gestopt, nor without (a readable) quarter', () => {
    const later = new Date(2030, 0, 1);
    expect(isOverdue(due('2025-Q1', 'gereed'), later)).toBe(false);
    expect(isOverdue(due('2025-Q1', 'gestopt'), later)).toBe(false);
    expect(isOverdue({ status: 'gepland' }, later)).toBe(false);
    expect(isOverdue(due('2025-5'), later)).toBe(false);
    expect(isOverdue(due(''), later)).toBe(false);
  });

  it('overdueActions lists them in node order', () => {
    const p = makePlan([
      action('x1', { due: '2025-Q1' }),
      action('x2', { due: '2025-Q2', status: 'gereed' }),
      action('x3', { due: '2025-Q2', status: 'lopend' }),
      action('x4', { due: '2025-Q3' }),
      goal('g'),
    ]);
    expect(overdueActions(p, new Date(2025, 6, 15)).map((a) => a.id)).toEqual(['x1', 'x3']);
  });
});
