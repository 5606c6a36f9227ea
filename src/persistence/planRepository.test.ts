import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { action, edges, goal, input, makePlan, owner } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { db, setDb, WijkdoelenDb } from './db';
import { ConflictError } from './errors';
import { deletePlan, duplicatePlan, getPlan, listPlans, planExists, restorePlan, savePlan } from './planRepository';

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
});

afterEach(async () => {
  const d = db();
  setDb(null);
  await d.delete();
});

/** Two goals (one a subgoal), two actions, one owner. */
function fullPlan(extra: Partial<Plan> = {}): Plan {
  return makePlan(
    [goal('g1'), goal('g2'), action('a1'), action('a2'), owner('o1')],
    edges('g1>g2', 'g1>a1', 'g2>a2', 'a1>o1'),
    { inputs: [input('i1')], ...extra },
  );
}

/** Everything stored, to compare before and after an operation that must change nothing. */
async function storedRows() {
  return { plans: await db().plans.toArray(), summaries: await db().summaries.toArray() };
}

describe('savePlan, getPlan and listPlans', () => {
  it('stores a plan and gives it back as it was, with revision 1, then 2', async () => {
    const plan = fullPlan();
    expect(await savePlan(plan, 0)).toBe(1);
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 1, plan });
    expect(await planExists(plan.id)).toBe(true);

    const renamed = { ...plan, title: 'Nieuwe titel' };
    expect(await savePlan(renamed, 1)).toBe(2);
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 2, plan: renamed });
  });

  it('knows nothing of a plan that was never stored', async () => {
    expect(await getPlan('bestaat-niet')).toBeUndefined();
    expect(await planExists('bestaat-niet')).toBe(false);
    expect(await listPlans()).toEqual([]);
  });

  it('lists summaries with goal and action counts, newest first', async () => {
    await savePlan(fullPlan({ id: 'oud', title: 'Oud plan', updatedAt: '2025-01-01T10:00:00.000Z' }), 0);
    await savePlan(makePlan([], [], { id: 'nieuw', title: 'Nieuw plan', wijk: 'Klarendal', period: undefined, updatedAt: '2025-03-01T10:00:00.000Z' }), 0);
    await savePlan(makePlan([goal('g1')], [], { id: 'midden', title: 'Midden', updatedAt: '2025-02-01T10:00:00.000Z' }), 0);

    const list = await listPlans();
    expect(list.map((p) => p.id)).toEqual(['nieuw', 'midden', 'oud']);
    expect(list[2]).toEqual({
      id: 'oud',
      title: 'Oud plan',
      wijk: 'Presikhaaf',
      period: '2025–2026',
      updatedAt: '2025-01-01T10:00:00.000Z',
      goals: 2,
      actions: 2,
    });
    expect(list[0]).toMatchObject({ title: 'Nieuw plan', wijk: 'Klarendal', goals: 0, actions: 0 });
    expect(list[0]?.period).toBeUndefined();
    expect(list[1]).toMatchObject({ goals: 1, actions: 0 });
  });

  it('keeps the summary in step with the plan after every save', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0);
    const changed = { ...plan, title: 'Andere titel', nodes: plan.nodes.filter((n) => n.id !== 'a2'), edges: plan.edges.filter((e) => e.target !== 'a2'), updatedAt: '2025-06-01T00:00:00.000Z' };
    await savePlan(changed, 1);
    expect(await listPlans()).toEqual([expect.objectContaining({ id: plan.id, title: 'Andere titel', goals: 2, actions: 1, updatedAt: '2025-06-01T00:00:00.000Z' })]);
  });
});

describe('a save is atomic: plan and summary both or neither', () => {
  it('writes no plan when writing the summary of a new plan fails', async () => {
    db().summaries.hook('creating', () => {
      throw new Error('summary write failed');
    });
    await expect(savePlan(fullPlan(), 0)).rejects.toThrow('summary write failed');
    expect(await db().plans.count()).toBe(0);
    expect(await getPlan('plan-1')).toBeUndefined();
    expect(await listPlans()).toEqual([]);
  });

  it('keeps the old plan when writing the summary of a changed plan fails', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0);
    const before = await storedRows();
    vi.spyOn(db().summaries, 'put').mockRejectedValueOnce(new Error('summary write failed'));

    await expect(savePlan({ ...plan, title: 'Half opgeslagen' }, 1)).rejects.toThrow('summary write failed');
    expect(await storedRows()).toEqual(before);
    expect((await getPlan(plan.id))?.plan.title).toBe(plan.title);
  });
});

describe('revision check', () => {
  it('refuses a save over a revision it did not load and leaves the stored plan as it was', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0); // this tab loaded rev 1
    const theirs = { ...plan, title: 'Versie van het andere tabblad' };
    await savePlan(theirs, 1); // another tab saved: rev 2
    const before = await storedRows();

    const mine = { ...plan, title: 'Mijn versie' };
    const error = await savePlan(mine, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ planId: plan.id, storedRev: 2 });

    expect(await storedRows()).toEqual(before);
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 2, plan: theirs });
  });

  it('does not let a "new" plan overwrite a stored plan with the same id', async () => {
    await savePlan(fullPlan(), 0);
    const before = await storedRows();
    await expect(savePlan(fullPlan({ title: 'Zelfde id' }), 0)).rejects.toBeInstanceOf(ConflictError);
    expect(await storedRows()).toEqual(before);
  });

  it('overwrites with "force", on the next revision', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0);
    await savePlan({ ...plan, title: 'Van het andere tabblad' }, 1);

    const mine = { ...plan, title: 'Mijn versie' };
    expect(await savePlan(mine, 'force')).toBe(3);
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 3, plan: mine });
    expect((await listPlans())[0]?.title).toBe('Mijn versie');
  });
});

describe('delete and restore', () => {
  it('removes the plan and its summary, and restorePlan brings back exactly what was there', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0);
    await savePlan({ ...plan, title: 'Tweede versie' }, 1);
    await savePlan(makePlan([], [], { id: 'ander', title: 'Ander plan' }), 0);
    const before = await storedRows();

    const row = await deletePlan(plan.id);
    expect(row).toEqual({ id: plan.id, rev: 2, plan: { ...plan, title: 'Tweede versie' } });
    expect(await getPlan(plan.id)).toBeUndefined();
    expect(await planExists(plan.id)).toBe(false);
    expect((await listPlans()).map((p) => p.id)).toEqual(['ander']);

    await restorePlan(row!);
    const after = await storedRows();
    expect(after.plans).toEqual(expect.arrayContaining(before.plans));
    expect(after.summaries).toEqual(expect.arrayContaining(before.summaries));
    expect(after.plans).toHaveLength(2);
    expect(after.summaries).toHaveLength(2);
    // The restored revision still guards against stale saves.
    await expect(savePlan(plan, 1)).rejects.toBeInstanceOf(ConflictError);
    expect(await savePlan(plan, 2)).toBe(3);
  });

  it('deleting a plan that is not there changes nothing', async () => {
    await savePlan(fullPlan(), 0);
    const before = await storedRows();
    expect(await deletePlan('bestaat-niet')).toBeUndefined();
    expect(await storedRows()).toEqual(before);
  });
});

describe('duplicatePlan', () => {
  it('stores a copy under a new id and title with the same content, and leaves the original alone', async () => {
    const plan = fullPlan();
    await savePlan(plan, 0);
    const now = '2025-05-05T12:00:00.000Z';

    const copy = await duplicatePlan(plan.id, { id: 'plan-kopie', title: 'Wijkdoelen Presikhaaf (kopie)', now });
    expect(copy).toBeDefined();
    expect(copy!.id).toBe('plan-kopie');
    expect(copy!.title).toBe('Wijkdoelen Presikhaaf (kopie)');
    expect(copy!.nodes).toEqual(plan.nodes);
    expect(copy!.edges).toEqual(plan.edges);
    expect(copy!.inputs).toEqual(plan.inputs);
    expect(copy!.wijk).toBe(plan.wijk);
    expect(copy!.period).toBe(plan.period);

    expect(await getPlan('plan-kopie')).toEqual({ id: 'plan-kopie', rev: 1, plan: copy });
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 1, plan });
    const list = await listPlans();
    expect(list).toHaveLength(2);
    expect(list.find((p) => p.id === 'plan-kopie')).toMatchObject({ title: 'Wijkdoelen Presikhaaf (kopie)', goals: 2, actions: 2, updatedAt: now });
  });

  it('returns undefined and stores nothing for an unknown plan', async () => {
    expect(await duplicatePlan('bestaat-niet', { id: 'x', title: 'x', now: '2025-01-01T00:00:00.000Z' })).toBeUndefined();
    expect(await listPlans()).toEqual([]);
  });
});
