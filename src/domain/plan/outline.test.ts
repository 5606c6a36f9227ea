import { describe, expect, it } from 'vitest';
import { goalProgress, outlineNumbers } from './outline';
import { action, edges, goal, makePlan, owner } from './testPlan';

describe('outlineNumbers', () => {
  it('numbers top goals in node order and subgoals in edge order', () => {
    const plan = makePlan(
      [goal('b'), action('x'), goal('a'), goal('c'), goal('d'), goal('e'), goal('f'), owner('o')],
      // under a: first the action, then e, then c; d under c; f under d.
      edges('a>x', 'a>e', 'a>c', 'c>d', 'd>f', 'x>o'),
    );
    expect(Object.fromEntries(outlineNumbers(plan))).toEqual({ b: '1', a: '2', e: '2.1', c: '2.2', d: '2.2.1', f: '2.2.1.1' });
  });

  it('gives nothing to actions and owners, and an empty map for an empty plan', () => {
    const plan = makePlan([goal('g'), action('a'), owner('o')], edges('g>a', 'a>o'));
    const numbers = outlineNumbers(plan);
    expect([...numbers.keys()]).toEqual(['g']);
    expect(outlineNumbers(makePlan()).size).toBe(0);
  });

  it('follows sibling order changes', () => {
    const plan = makePlan([goal('g'), goal('s1'), goal('s2')], edges('g>s2', 'g>s1'));
    expect(outlineNumbers(plan).get('s2')).toBe('1.1');
    expect(outlineNumbers(plan).get('s1')).toBe('1.2');
  });
});

describe('goalProgress', () => {
  const plan = makePlan(
    [
      goal('g'), goal('sub'),
      action('a1', { status: 'gereed' }), action('a2', { status: 'lopend' }), action('a3', { status: 'gestopt' }),
      action('a4', { status: 'gepland' }), action('a5', { status: 'gereed' }), owner('o'),
    ],
    edges('g>a1', 'g>a2', 'g>a3', 'g>a4', 'g>sub', 'sub>a5', 'a1>o'),
  );

  it('counts the actions directly under the goal, gereed as done, gestopt left out', () => {
    expect(goalProgress(plan, 'g')).toEqual({ done: 1, total: 3 });
    expect(goalProgress(plan, 'sub')).toEqual({ done: 1, total: 1 });
  });

  it('gives 0 of 0 for a goal without actions, an action or an unknown id', () => {
    expect(goalProgress(makePlan([goal('g')]), 'g')).toEqual({ done: 0, total: 0 });
    expect(goalProgress(plan, 'a1')).toEqual({ done: 0, total: 0 });
    expect(goalProgress(plan, 'nope')).toEqual({ done: 0, total: 0 });
  });
});
