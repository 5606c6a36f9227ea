import { describe, expect, it } from 'vitest';
import { action, deepFreeze, edges, goal, makePlan } from '../plan/testPlan';
import { diffPlans } from './diff';
import { planContent, removeSnapshot, takeSnapshot } from './snapshot';

const base = deepFreeze(makePlan([goal('g1'), action('a1')], edges('g1>a1')));

describe('momentopnamen', () => {
  it('keeps the plan\'s content apart from later edits, and compares as "no changes" right after', () => {
    const r = takeSnapshot(base, '  Sociale tafel maart 2026 ', { id: 's1', now: '2026-03-10T19:00:00.000Z' });
    if (!r.ok) throw new Error(r.reason);
    const snap = r.value.snapshots?.[0];
    expect(snap).toMatchObject({ id: 's1', label: 'Sociale tafel maart 2026', createdAt: '2026-03-10T19:00:00.000Z' });
    expect(snap?.plan).toEqual(planContent(base));
    expect(snap?.plan).not.toHaveProperty('id');
    expect(snap?.plan.nodes).not.toBe(base.nodes);
    expect(diffPlans(snap!.plan, r.value).changes).toEqual([]);
    // A second momentopname does not nest the first.
    const r2 = takeSnapshot(r.value, 'April');
    if (!r2.ok) throw new Error(r2.reason);
    expect(r2.value.snapshots?.[1]?.plan).not.toHaveProperty('snapshots');
    expect(removeSnapshot(r2.value, 's1').snapshots?.map((s) => s.label)).toEqual(['April']);
  });

  it('refuses an empty name in Dutch', () => {
    const r = takeSnapshot(base, '   ');
    expect(r.ok ? '' : r.reason).toContain('Geef de momentopname een naam');
  });
});
