import { describe, expect, it } from 'vitest';
import { action, deepFreeze, goal, makePlan } from './testPlan';
import type { Goal, Plan } from './types';
import { addMeasure, addMeasurePoint, freshMeasureIds, measureSummary, measureTrack, removeMeasure, removeMeasurePoint, updateMeasure, validMeasureDate } from './measures';

const NOW = '2026-03-01T00:00:00.000Z';
const base = deepFreeze(makePlan([goal('g1'), action('a1')]));
const goalOf = (plan: Plan) => plan.nodes.find((n) => n.id === 'g1') as Goal;
function ok<T>(r: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('measures on goals', () => {
  it('adds a measure with trimmed fields and no values, without touching the original plan', () => {
    const plan = ok(addMeasure(base, 'g1', { name: '  Sociale samenhang ', source: 'Leefbare Wijken Monitor', unit: ' ', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 } }, { id: 'm1', now: NOW }));
    expect(goalOf(plan).measures).toEqual([{ id: 'm1', name: 'Sociale samenhang', source: 'Leefbare Wijken Monitor', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 }, values: [] }]);
    expect(plan.updatedAt).toBe(NOW);
    expect(goalOf(base).measures).toBeUndefined();
  });

  it('refuses with a Dutch reason: no goal, no name, a year that is not one, a value that is no number', () => {
    const refused = (r: { ok: boolean; reason?: string }) => (r.ok ? '' : r.reason);
    expect(refused(addMeasure(base, 'a1', { name: 'x' }))).toContain('hoort bij een doel');
    expect(refused(addMeasure(base, 'g1', { name: '  ' }))).toContain('naam');
    expect(refused(addMeasure(base, 'g1', { name: 'x', target: { value: 6, year: 27 } }))).toContain('jaar');
    expect(refused(addMeasure(base, 'g1', { name: 'x', baseline: { value: Number.NaN, year: 2024 } }))).toContain('getal');
  });

  it('records values (one per date: a new value for a date replaces it) and removes them', () => {
    let plan = ok(addMeasure(base, 'g1', { name: 'Deelname', target: { value: 60, year: 2027 } }, { id: 'm1' }));
    plan = ok(addMeasurePoint(plan, 'g1', 'm1', { value: 40, at: '2025' }));
    plan = ok(addMeasurePoint(plan, 'g1', 'm1', { value: 45, at: '2026-03-15' }));
    plan = ok(addMeasurePoint(plan, 'g1', 'm1', { value: 47, at: '2026-03-15' }));
    expect(goalOf(plan).measures?.[0]?.values).toEqual([{ value: 40, at: '2025' }, { value: 47, at: '2026-03-15' }]);
    expect(addMeasurePoint(plan, 'g1', 'm1', { value: 1, at: '2026-02-30' }).ok).toBe(false);
    expect(addMeasurePoint(plan, 'g1', 'm1', { value: Number.POSITIVE_INFINITY, at: '2026' }).ok).toBe(false);
    plan = removeMeasurePoint(plan, 'g1', 'm1', '2025');
    expect(goalOf(plan).measures?.[0]?.values).toEqual([{ value: 47, at: '2026-03-15' }]);
  });

  it('edits a measure but keeps its values; removing the last measure leaves the goal without the field', () => {
    let plan = ok(addMeasure(base, 'g1', { name: 'Deelname' }, { id: 'm1' }));
    plan = ok(addMeasurePoint(plan, 'g1', 'm1', { value: 40, at: '2025' }));
    plan = ok(updateMeasure(plan, 'g1', 'm1', { name: 'Deelname jongeren', unit: '%' }));
    expect(goalOf(plan).measures).toEqual([{ id: 'm1', name: 'Deelname jongeren', unit: '%', values: [{ value: 40, at: '2025' }] }]);
    plan = removeMeasure(plan, 'g1', 'm1');
    expect('measures' in goalOf(plan)).toBe(false);
  });

  it('summarises the latest value (or the baseline) and the target for the goal card', () => {
    expect(measureSummary({ id: 'm', name: 'x', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 }, values: [] })).toEqual({ from: 5.8, fromAt: '2024', to: 6.2, toYear: 2027 });
    expect(measureSummary({ id: 'm', name: 'x', baseline: { value: 5.8, year: 2024 }, values: [{ value: 6.0, at: '2026' }, { value: 5.9, at: '2025-06-01' }] })).toEqual({ from: 6.0, fromAt: '2026' });
    expect(measureSummary({ id: 'm', name: 'x', values: [] })).toEqual({});
  });

  it('gives pasted measures new ids', () => {
    const copy = freshMeasureIds([{ id: 'm1', name: 'x', values: [{ value: 1, at: '2025' }] }]);
    expect(copy?.[0]?.id).not.toBe('m1');
    expect(copy?.[0]?.values).toEqual([{ value: 1, at: '2025' }]);
  });

  it('accepts years and real days only', () => {
    expect(['2026', '2026-03-15', '2024-02-29'].every(validMeasureDate)).toBe(true);
    expect(['26', '2026-13-01', '2025-02-29', '1800', 'maart'].some(validMeasureDate)).toBe(false);
  });
});

describe('measureTrack', () => {
  const m = (values: Array<{ value: number; at: string }>, extra = {}) => ({ id: 'm', name: 'x', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2028 }, values, ...extra });
  it('is on course when the latest value is where the straight line to the target is, or beyond', () => {
    expect(measureTrack(m([{ value: 6.0, at: '2026' }]))).toBe('op-koers');
    expect(measureTrack(m([{ value: 5.9, at: '2026' }]))).toBe('achter');
    expect(measureTrack(m([{ value: 6.3, at: '2026' }]))).toBe('bereikt');
  });
  it('reads "lower is better" from a target below the start', () => {
    const down = { baseline: { value: 40, year: 2024 }, target: { value: 20, year: 2028 } };
    expect(measureTrack(m([{ value: 28, at: '2026' }], down))).toBe('op-koers');
    expect(measureTrack(m([{ value: 35, at: '2026' }], down))).toBe('achter');
  });
  it('is unknown without a target, a measurement, or a start', () => {
    expect(measureTrack(m([], {}))).toBe('onbekend');
    expect(measureTrack({ id: 'm', name: 'x', values: [{ value: 1, at: '2025' }] })).toBe('onbekend');
    expect(measureTrack({ id: 'm', name: 'x', target: { value: 10, year: 2028 }, values: [{ value: 1, at: '2025' }] })).toBe('onbekend');
    // Without a baseline, the first measurement is the start.
    expect(measureTrack({ id: 'm', name: 'x', target: { value: 10, year: 2028 }, values: [{ value: 1, at: '2024' }, { value: 6, at: '2026' }] })).toBe('op-koers');
  });
});
