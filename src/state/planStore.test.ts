import { describe, expect, it, vi } from 'vitest';
import { goal, makePlan } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { db, getPlan, savePlan } from '../persistence';
import { usePlanStore } from './planStore';
import { openStoredPlan, withFreshStores } from '../testing/harness';

const store = () => usePlanStore.getState();
const titled = (plan: Plan, title: string): Plan => ({ ...plan, title });
const storedTitle = async (id = 'plan-1') => (await getPlan(id))?.plan.title;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

withFreshStores();

/** A plan stored at revision 1, opened in the store. */
async function openStored(): Promise<Plan> {
  const plan = makePlan([goal('g1')]);
  await openStoredPlan(plan);
  return plan;
}

/** The store has seen (through its revision watch) that its own save landed. */
async function settled(rev: number) {
  await vi.waitFor(() => expect(store().saveState).toEqual({ kind: 'saved', rev }), { timeout: 1000 });
}

describe('planStore', () => {
  it('opens a stored plan', async () => {
    const plan = await openStored();
    expect(store().status).toBe('ready');
    expect(store().plan).toEqual(plan);
    expect(store().saveState).toEqual({ kind: 'saved', rev: 1 });
    expect(store().conflict).toBe(false);
  });

  it('takes up an edit the last page kept only in its journal (closed mid-save), and saves it', async () => {
    const plan = makePlan([goal('g1')]);
    await savePlan(plan, 0);
    // The page went away right after an edit: pagehide wrote the journal, the IndexedDB write was cut off.
    localStorage.setItem(`wijkdoelen:unsaved:${plan.id}`, JSON.stringify({ baseRev: 1, plan: titled(plan, 'Bewaard in het journaal') }));
    await store().open(plan.id);
    expect(store().plan?.title).toBe('Bewaard in het journaal');
    await vi.waitFor(async () => expect(await storedTitle(plan.id)).toBe('Bewaard in het journaal'));
    expect(localStorage.getItem(`wijkdoelen:unsaved:${plan.id}`)).toBeNull();
  });

  it('drops a journal that is older than what was saved since', async () => {
    const plan = makePlan([goal('g1')]);
    await savePlan(plan, 0);
    await savePlan(titled(plan, 'Later opgeslagen'), 1);
    localStorage.setItem(`wijkdoelen:unsaved:${plan.id}`, JSON.stringify({ baseRev: 1, plan: titled(plan, 'Oud journaal') }));
    await store().open(plan.id);
    expect(store().plan?.title).toBe('Later opgeslagen');
    expect(localStorage.getItem(`wijkdoelen:unsaved:${plan.id}`)).toBeNull();
  });

  it('says so when the plan is not stored', async () => {
    await store().open('bestaat-niet');
    expect(store().status).toBe('missing');
    expect(store().plan).toBeNull();
  });

  it('change() shows the change at once and saves it after a short pause', async () => {
    await openStored();
    store().change((p) => titled(p, 'Gewijzigd'));
    expect(store().plan?.title).toBe('Gewijzigd');
    expect(store().saveState).toEqual({ kind: 'pending' });
    expect(await storedTitle()).toBe('Wijkdoelen Presikhaaf');

    await settled(2);
    expect(await storedTitle()).toBe('Gewijzigd');
  });

  it('a change that returns the same plan schedules nothing', async () => {
    await openStored();
    store().change((p) => p);
    expect(store().saveState).toEqual({ kind: 'saved', rev: 1 });
  });

  it('close() writes what is still pending', async () => {
    await openStored();
    store().change((p) => titled(p, 'Voor het sluiten'));
    await store().close();
    expect(await getPlan('plan-1')).toMatchObject({ rev: 2, plan: { title: 'Voor het sluiten' } });
    expect(store().status).toBe('idle');
  });

  it('pagehide writes what is pending at once', async () => {
    await openStored();
    store().change((p) => titled(p, 'Tab dicht'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect(await storedTitle()).toBe('Tab dicht'), { timeout: 250 });
  });

  it('loads the version of another tab when this tab has no unsaved edits', async () => {
    const plan = await openStored();
    const theirs = titled(plan, 'Uit het andere tabblad');
    await savePlan(theirs, 1);

    await vi.waitFor(() => expect(store().plan).toEqual(theirs), { timeout: 1000 });
    expect(store().conflict).toBe(false);
    expect(store().saveState).toEqual({ kind: 'saved', rev: 2 });

    // This tab continues on top of theirs, without a conflict.
    store().change((p) => titled(p, 'Daarna hier verder'));
    await settled(3);
    expect(await storedTitle()).toBe('Daarna hier verder');
    expect(store().conflict).toBe(false);
  });

  it('keeps editing smoothly over its own saves (no reload, no conflict)', async () => {
    await openStored();
    store().change((p) => titled(p, 'Eigen wijziging'));
    await settled(2);
    store().change((p) => titled(p, 'Nog een'));
    await settled(3);
    store().change((p) => titled(p, 'En nog een'));
    await settled(4);
    expect(store().plan?.title).toBe('En nog een');
    expect(await storedTitle()).toBe('En nog een');
    expect(store().conflict).toBe(false);
  });

  it('does not silently drop an edit made while it reads the other tab\'s version', async () => {
    const plan = await openStored();
    const plans = db().plans;
    const read = plans.get.bind(plans);
    let typedWhileReading = false;
    // The user types just as the store starts reading the other tab's save.
    const spy = vi.spyOn(plans, 'get').mockImplementation(((...args: Parameters<typeof plans.get>) => {
      spy.mockRestore();
      typedWhileReading = true;
      store().change((p) => titled(p, 'Getypt tijdens het laden'));
      return read(...args);
    }) as typeof plans.get);
    const theirs = titled(plan, 'Uit het andere tabblad');
    await savePlan(theirs, 1);
    await vi.waitFor(() => expect(typedWhileReading).toBe(true), { timeout: 1000 });

    await vi.waitFor(() => expect(store().conflict).toBe(true), { timeout: 1000 });
    expect(store().plan?.title).toBe('Getypt tijdens het laden');
    expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: theirs });
    await store().keepMine();
    expect(await storedTitle()).toBe('Getypt tijdens het laden');
  });

  describe('another tab saves while this tab has unsaved edits', () => {
    async function conflictScenario() {
      const plan = await openStored();
      store().change((p) => titled(p, 'Mijn versie'));
      const theirs = titled(plan, 'Hun versie');
      await savePlan(theirs, 1);
      await vi.waitFor(() => expect(store().conflict).toBe(true), { timeout: 1000 });
      return { plan, theirs };
    }

    it('sets conflict and overwrites nothing', async () => {
      const { theirs } = await conflictScenario();
      expect(store().plan?.title).toBe('Mijn versie');
      // Well past the autosave delay: still theirs in storage.
      await pause(500);
      expect(store().conflict).toBe(true);
      expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: theirs });
    });

    it('keepMine overwrites theirs with this tab\'s plan', async () => {
      await conflictScenario();
      await store().keepMine();
      expect(store().conflict).toBe(false);
      expect(await getPlan('plan-1')).toMatchObject({ rev: 3, plan: { title: 'Mijn versie' } });
      await settled(3);
      expect(store().plan?.title).toBe('Mijn versie');
    });

    it('keepTheirs loads theirs and drops this tab\'s edit', async () => {
      const { theirs } = await conflictScenario();
      await store().keepTheirs();
      expect(store().conflict).toBe(false);
      expect(store().plan).toEqual(theirs);
      expect(store().saveState).toEqual({ kind: 'saved', rev: 2 });
      await pause(500);
      expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: theirs });

      // Editing goes on from theirs.
      store().change((p) => titled(p, 'Verder op hun versie'));
      await settled(3);
      expect(await storedTitle()).toBe('Verder op hun versie');
    });
  });
});
