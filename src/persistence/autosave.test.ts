import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goal, makePlan } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { Autosave, type SaveState } from './autosave';
import { db, setDb, WijkdoelenDb } from './db';
import { getPlan, savePlan } from './planRepository';

let saver: Autosave | null = null;
let states: SaveState[] = [];

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  states = [];
});

afterEach(async () => {
  saver?.dispose();
  saver = null;
  const d = db();
  setDb(null);
  await d.delete();
});

/** Stores a plan (rev 1) and starts autosaving it, as the plan screen does on open. */
async function openPlan(delayMs?: number): Promise<Plan> {
  const plan = makePlan([goal('g1')]);
  await savePlan(plan, 0);
  saver = new Autosave({ rev: 1, ...(delayMs !== undefined ? { delayMs } : {}), onState: (s) => states.push(s) });
  return plan;
}

const titled = (plan: Plan, title: string): Plan => ({ ...plan, title });
const storedTitle = async (id = 'plan-1') => (await getPlan(id))?.plan.title;
const lastState = () => states.at(-1);

function quotaError(): DOMException {
  return new DOMException('De opslag is vol', 'QuotaExceededError');
}

describe('Autosave', () => {
  it('writes several quick changes as one save of the newest plan, within 1 s', async () => {
    const plan = await openPlan(); // the default delay
    const put = vi.spyOn(db().plans, 'put');

    for (let i = 1; i <= 5; i++) saver!.schedule(titled(plan, `Versie ${i}`));
    const lastChange = Date.now();
    expect(lastState()).toEqual({ kind: 'pending' });
    expect(saver!.dirty).toBe(true);
    // Nothing is written while the user is still typing.
    expect(await storedTitle()).toBe(plan.title);

    await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }), { timeout: 1000, interval: 10 });
    expect(Date.now() - lastChange).toBeLessThan(1000);
    expect(put).toHaveBeenCalledTimes(1);
    expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: titled(plan, 'Versie 5') });
    expect(saver!.dirty).toBe(false);
    expect(saver!.revision).toBe(2);
  });

  it('waits for a pause in the changes (fake timers)', async () => {
    const plan = await openPlan(300);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      saver!.schedule(titled(plan, 'Een'));
      await vi.advanceTimersByTimeAsync(200);
      saver!.schedule(titled(plan, 'Twee'));
      await vi.advanceTimersByTimeAsync(200);
      // 400 ms after the first change, 200 ms after the last: still waiting.
      expect(states).not.toContainEqual({ kind: 'saving' });
      await vi.advanceTimersByTimeAsync(150);
      expect(states).toContainEqual({ kind: 'saving' });
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }));
    expect(await storedTitle()).toBe('Twee');
  });

  it('saves at once when the page is hidden (pagehide)', async () => {
    const plan = await openPlan(60_000);
    saver!.schedule(titled(plan, 'Voor het sluiten'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }), { timeout: 500 });
    expect(await storedTitle()).toBe('Voor het sluiten');
  });

  it('on pagehide keeps the unsaved plan synchronously in a journal, cleared once IndexedDB has it', async () => {
    const plan = await openPlan(60_000);
    saver!.schedule(titled(plan, 'Net voor het herladen'));
    window.dispatchEvent(new Event('pagehide'));
    // Synchronously there, in case the page is gone before IndexedDB commits.
    expect(JSON.parse(localStorage.getItem(`wijkdoelen:unsaved:${plan.id}`) ?? 'null')).toMatchObject({ baseRev: 1, plan: { title: 'Net voor het herladen' } });
    await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }), { timeout: 500 });
    expect(localStorage.getItem(`wijkdoelen:unsaved:${plan.id}`)).toBeNull();
  });

  it('saves at once when the tab becomes hidden (visibilitychange), not when it becomes visible', async () => {
    const plan = await openPlan(60_000);
    saver!.schedule(titled(plan, 'Ander tabblad gekozen'));
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((r) => setTimeout(r, 50));
      expect(await storedTitle()).toBe(plan.title);
      expect(lastState()).toEqual({ kind: 'pending' });

      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }), { timeout: 500 });
      expect(await storedTitle()).toBe('Ander tabblad gekozen');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stops listening to the page once disposed', async () => {
    const plan = await openPlan(60_000);
    saver!.schedule(titled(plan, 'Niet meer bewaard'));
    saver!.dispose();
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 50));
    expect(await storedTitle()).toBe(plan.title);
  });

  it('reports a full disk as problem "quota", keeps the unsaved plan, and saves it once there is room', async () => {
    const plan = await openPlan(20);
    vi.spyOn(db().plans, 'put').mockRejectedValueOnce(quotaError());

    saver!.schedule(titled(plan, 'Niet kwijtraken'));
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'failed', problem: 'quota' });
    expect(saver!.dirty).toBe(true);
    expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 1, plan });

    // The cause is gone (the mock rejected only once): a later flush writes the kept plan.
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'saved', rev: 2 });
    expect(await storedTitle()).toBe('Niet kwijtraken');
    expect(saver!.dirty).toBe(false);
  });

  it('after a failed save, a newer change wins over the failed one', async () => {
    const plan = await openPlan(20);
    vi.spyOn(db().plans, 'put').mockRejectedValueOnce(quotaError());

    saver!.schedule(titled(plan, 'Mislukt'));
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'failed', problem: 'quota' });

    saver!.schedule(titled(plan, 'Nieuwer'));
    await vi.waitFor(() => expect(lastState()).toEqual({ kind: 'saved', rev: 2 }), { timeout: 500 });
    expect(await storedTitle()).toBe('Nieuwer');
  });

  it('does not overwrite a plan another tab saved meanwhile, and reports problem "conflict"', async () => {
    const plan = await openPlan(20);
    const theirs = titled(plan, 'Van het andere tabblad');
    await savePlan(theirs, 1); // rev 2, by another writer

    saver!.schedule(titled(plan, 'Mijn wijziging'));
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'failed', problem: 'conflict' });
    expect(saver!.dirty).toBe(true);
    expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: theirs });

    // Trying again does not overwrite either.
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'failed', problem: 'conflict' });
    expect(await getPlan('plan-1')).toEqual({ id: 'plan-1', rev: 2, plan: theirs });

    // Only after the user chose to keep theirs as base (rebase) does the kept edit go out.
    saver!.rebase(2);
    await saver!.flush();
    expect(lastState()).toEqual({ kind: 'saved', rev: 3 });
    expect(await storedTitle()).toBe('Mijn wijziging');
  });

  it('discard drops the unsaved plan', async () => {
    const plan = await openPlan(20);
    saver!.schedule(titled(plan, 'Weggegooid'));
    saver!.discard();
    expect(saver!.dirty).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    await saver!.flush();
    expect(await storedTitle()).toBe(plan.title);
  });
});
