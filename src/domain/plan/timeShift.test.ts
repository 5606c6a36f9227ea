import { describe, expect, it } from 'vitest';
import { isOverdue } from '../procesplaat/progress';
import { action, deepFreeze, goal, input, makePlan } from './testPlan';
import { quarterOfIso, quartersBetween, shiftDate, shiftPlanInTime, shiftQuarter, shiftYearsInText } from './timeShift';
import type { Action, Goal } from './types';

describe('quarters', () => {
  it('moves a quarter across year ends, both ways; leaves an unreadable one', () => {
    expect(shiftQuarter('2025-Q3', 2)).toBe('2026-Q1');
    expect(shiftQuarter('2025-Q1', -1)).toBe('2024-Q4');
    expect(shiftQuarter('2025-Q2', 6)).toBe('2026-Q4');
    expect(shiftQuarter('Q3 2025', 2)).toBe('Q3 2025');
  });

  it('counts quarters between two quarters', () => {
    expect(quartersBetween('2025-Q2', '2026-Q4')).toBe(6);
    expect(quartersBetween('2026-Q4', '2025-Q2')).toBe(-6);
    expect(quartersBetween('2025', '2026-Q4')).toBeUndefined();
  });

  it('reads the quarter of an ISO date as written', () => {
    expect(quarterOfIso('2025-05-20T15:58:00.000Z')).toBe('2025-Q2');
    expect(quarterOfIso('2025-12-31')).toBe('2025-Q4');
    expect(quarterOfIso('gisteren')).toBeUndefined();
  });
});

describe('dates and years', () => {
  it('moves a date by months, to a real day', () => {
    expect(shiftDate('2025-01-14', 18)).toBe('2026-07-14');
    expect(shiftDate('2025-05-31', -3)).toBe('2025-02-28');
    expect(shiftDate('2023-11-30', 3)).toBe('2024-02-29');
    expect(shiftDate('2025-02-20T16:00:00.000Z', 12)).toBe('2026-02-20T16:00:00.000Z');
    expect(shiftDate('onbekend', 3)).toBe('onbekend');
  });

  it('moves every year in a period text', () => {
    expect(shiftYearsInText('2025–2026', 1)).toBe('2026–2027');
    expect(shiftYearsInText('najaar 2025', 2)).toBe('najaar 2027');
    expect(shiftYearsInText('Presikhaaf', 2)).toBe('Presikhaaf');
  });
});

describe('shiftPlanInTime', () => {
  // Written in 2025-Q2: a2 done, a3 late by one quarter, a1 current, a4 next quarter.
  const template = deepFreeze(
    makePlan(
      [
        goal('g1', { measures: [{ id: 'm1', name: 'Sociale samenhang', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 }, values: [{ value: 5.9, at: '2025-03-01' }, { value: 6, at: '2025' }] }] }),
        action('a1', { due: '2025-Q2', status: 'lopend' }),
        action('a2', { due: '2025-Q1', status: 'gereed' }),
        action('a3', { due: '2025-Q1', status: 'lopend' }),
        action('a4', { due: '2025-Q3', status: 'gepland' }),
        action('a5', { status: 'gepland' }),
      ],
      [],
      { period: '2025–2026', inputs: [input('i1', { date: '2025-01-14' }), input('i2')] },
    ),
  );
  // The clock of the audit: 1 December 2026.
  const today = new Date(2026, 11, 1);

  it('opened in 2026-Q4, the template shows the same mix it had when written', () => {
    const moved = shiftPlanInTime(template, '2025-Q2', '2026-Q4');
    const actions = moved.nodes.filter((n): n is Action => n.kind === 'action');
    expect(actions.map((a) => a.due)).toEqual(['2026-Q4', '2026-Q3', '2026-Q3', '2027-Q1', undefined]);
    expect(actions.filter((a) => isOverdue(a, today)).map((a) => a.id)).toEqual(['a3']);
    expect(actions.map((a) => a.status)).toEqual(['lopend', 'gereed', 'lopend', 'gepland', 'gepland']);
    expect(moved.period).toBe('2026–2027');
    expect(moved.inputs).toEqual([input('i1', { date: '2026-07-14' }), input('i2')]);
    const measure = (moved.nodes[0] as Goal).measures?.[0];
    expect(measure?.baseline).toEqual({ value: 5.8, year: 2025 });
    expect(measure?.target).toEqual({ value: 6.2, year: 2028 });
    expect(measure?.values).toEqual([{ value: 5.9, at: '2026-09-01' }, { value: 6, at: '2026' }]);
  });

  it('without the move nearly everything would be late', () => {
    const actions = template.nodes.filter((n): n is Action => n.kind === 'action');
    expect(actions.filter((a) => isOverdue(a, today))).toHaveLength(3);
  });

  it('leaves identity, titles and the graph alone; same quarter or unreadable quarters change nothing', () => {
    const moved = shiftPlanInTime(template, '2025-Q2', '2027-Q1');
    expect({ ...moved, nodes: [], inputs: [], period: '' }).toEqual({ ...template, nodes: [], inputs: [], period: '' });
    expect(moved.nodes.map((n) => [n.id, n.title])).toEqual(template.nodes.map((n) => [n.id, n.title]));
    expect(shiftPlanInTime(template, '2025-Q2', '2025-Q2')).toBe(template);
    expect(shiftPlanInTime(template, 'ooit', '2025-Q2')).toBe(template);
  });

  it('moves momentopnamen along', () => {
    const { id: _id, createdAt: _created, updatedAt: _updated, ...content } = template;
    const moved = shiftPlanInTime({ ...template, snapshots: [{ id: 's1', label: 'Sociale tafel', createdAt: '2025-04-10T10:00:00.000Z', plan: content }] }, '2025-Q2', '2026-Q2');
    expect(moved.snapshots?.[0]?.createdAt).toBe('2026-04-10T10:00:00.000Z');
    expect(moved.snapshots?.[0]?.plan.period).toBe('2026–2027');
    expect(moved.snapshots?.[0]?.plan.nodes.find((n) => n.id === 'a1')).toMatchObject({ due: '2026-Q2' });
  });
});
