import { describe, expect, it, vi } from 'vitest';
import { goal, makePlan } from '../domain/plan/testPlan';
import { getPlan, setDb, WijkdoelenDb } from '../persistence';
import { withFreshStores } from '../testing/harness';
import { openIfUnstorable, usePlanStore } from './planStore';

withFreshStores();

const store = () => usePlanStore.getState();
const unavailable = () => Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError', inner: { name: 'InvalidStateError' } });

describe('a plan that cannot be stored, opened in memory', () => {
  it('opens ready to edit, says saving is impossible here, and undoes like any plan', async () => {
    const plan = makePlan([goal('g1')], [], { id: 'plan-geheugen' });
    await store().openInMemory(plan);
    expect(store()).toMatchObject({ status: 'ready', plan, saveState: { kind: 'failed', problem: 'unavailable' }, conflict: false });

    store().change((p) => ({ ...p, title: 'Gewijzigd' }));
    expect(store().plan?.title).toBe('Gewijzigd');
    expect(store().canUndo).toBe(true);
    store().undo();
    expect(store().plan?.title).toBe(plan.title);
    // Opening it by its route (the plan screen does) keeps the plan in memory.
    await store().open('plan-geheugen');
    expect(store().plan?.id).toBe('plan-geheugen');
    expect(store().status).toBe('ready');
  });

  it('is stored as a new plan if storage works after all and saving is retried', async () => {
    const plan = makePlan([goal('g1')], [], { id: 'plan-geheugen' });
    await store().openInMemory(plan);
    await store().retrySave();
    expect(store().saveState).toEqual({ kind: 'saved', rev: 1 });
    expect(await getPlan('plan-geheugen')).toEqual({ id: 'plan-geheugen', rev: 1, plan });
  });

  it('is not written to the journal on leaving: it was never stored, so there is nothing to come back on', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Geen opslag', 'InvalidStateError');
    });
    setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
    const plan = makePlan([], [], { id: 'plan-geheugen' });
    await store().openInMemory(plan);
    store().change((p) => ({ ...p, title: 'Weg' }));
    await store().close();
    expect(store().saveState).toEqual({ kind: 'failed', problem: 'unavailable' });
    expect(store()).toMatchObject({ status: 'idle', plan: null });
    expect(localStorage.getItem('wijkdoelen:unsaved:plan-geheugen')).toBeNull();
  });
});

describe('openIfUnstorable', () => {
  it('opens the plan in memory only when storage is unavailable', async () => {
    const plan = makePlan([], [], { id: 'plan-nieuw' });
    expect(await openIfUnstorable(plan, new DOMException('vol', 'QuotaExceededError'))).toBe(false);
    expect(store().plan).toBeNull();
    expect(await openIfUnstorable(plan, unavailable())).toBe(true);
    expect(store()).toMatchObject({ status: 'ready', plan });
  });
});
