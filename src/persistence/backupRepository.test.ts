import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goal, makePlan } from '../domain/plan/testPlan';
import type { BackupStatus } from './backupRepository';
import { getBackupStatus, listAllPlans, markBackupMade, watchBackupStatus } from './backupRepository';
import { db, setDb, WijkdoelenDb } from './db';
import { ConflictError } from './errors';
import { getPlan, listPlans, savePlan, savePlans } from './planRepository';

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
});

afterEach(async () => {
  const d = db();
  setDb(null);
  await d.delete();
});

const oud = () => makePlan([goal('g1')], [], { id: 'oud', title: 'Oud', updatedAt: '2025-01-01T00:00:00.000Z' });
const nieuw = () => makePlan([], [], { id: 'nieuw', title: 'Nieuw', updatedAt: '2025-03-01T00:00:00.000Z' });

describe('listAllPlans', () => {
  it('gives every stored plan with its revision, newest change first', async () => {
    await savePlan(oud(), 0);
    await savePlan(nieuw(), 0);
    await savePlan({ ...nieuw(), title: 'Nieuw, gewijzigd' }, 1);
    expect(await listAllPlans()).toEqual([
      { id: 'nieuw', rev: 2, plan: { ...nieuw(), title: 'Nieuw, gewijzigd' } },
      { id: 'oud', rev: 1, plan: oud() },
    ]);
  });

  it('is empty without plans', async () => {
    expect(await listAllPlans()).toEqual([]);
  });
});

describe('back-up status', () => {
  it('knows no back-up before the first, and every plan counts as changed', async () => {
    await savePlan(oud(), 0);
    expect(await getBackupStatus()).toEqual({
      lastBackupAt: null,
      plans: [{ id: 'oud', updatedAt: '2025-01-01T00:00:00.000Z', changedSinceBackup: true }],
    });
  });

  it('after a back-up, only plans saved or added since count as changed', async () => {
    await savePlan(oud(), 0);
    await savePlan(nieuw(), 0);
    const rows = await listAllPlans();
    await markBackupMade(new Date('2026-01-10T08:00:00.000Z'), rows);

    let status = await getBackupStatus();
    expect(status.lastBackupAt).toBe('2026-01-10T08:00:00.000Z');
    expect(status.plans.every((p) => !p.changedSinceBackup)).toBe(true);

    // A save, and a plan added with an old date (an import): both changed since the back-up.
    await savePlan({ ...oud(), title: 'Oud, gewijzigd' }, 1);
    await savePlan(makePlan([], [], { id: 'geimporteerd', updatedAt: '2020-01-01T00:00:00.000Z' }), 0);
    status = await getBackupStatus();
    const changed = Object.fromEntries(status.plans.map((p) => [p.id, p.changedSinceBackup]));
    expect(changed).toEqual({ oud: true, nieuw: false, geimporteerd: true });
  });

  it('watchBackupStatus follows saves and back-ups', async () => {
    const seen: BackupStatus[] = [];
    const sub = watchBackupStatus((s) => seen.push(s), () => {});
    try {
      await vi.waitFor(() => expect(seen.at(-1)).toEqual({ lastBackupAt: null, plans: [] }));
      await savePlan(oud(), 0);
      await vi.waitFor(() => expect(seen.at(-1)?.plans).toHaveLength(1));
      await markBackupMade(new Date('2026-01-10T08:00:00.000Z'), await listAllPlans());
      await vi.waitFor(() => expect(seen.at(-1)).toEqual({ lastBackupAt: '2026-01-10T08:00:00.000Z', plans: [expect.objectContaining({ id: 'oud', changedSinceBackup: false })] }));
    } finally {
      sub.unsubscribe();
    }
  });
});

describe('savePlans', () => {
  it('adds new plans and replaces stored ones on their next revision, in one go', async () => {
    await savePlan(oud(), 0);
    await savePlan({ ...oud(), title: 'Oud, later' }, 1);
    await savePlans([
      { plan: oud(), mode: 'replace' },
      { plan: nieuw(), mode: 'new' },
    ]);
    expect(await getPlan('oud')).toEqual({ id: 'oud', rev: 3, plan: oud() });
    expect(await getPlan('nieuw')).toEqual({ id: 'nieuw', rev: 1, plan: nieuw() });
    expect((await listPlans()).map((p) => [p.id, p.title])).toEqual([['nieuw', 'Nieuw'], ['oud', 'Oud']]);
  });

  it('writes nothing when one "new" plan turns out to be stored already', async () => {
    await savePlan(oud(), 0);
    const before = { plans: await db().plans.toArray(), summaries: await db().summaries.toArray() };
    await expect(savePlans([{ plan: nieuw(), mode: 'new' }, { plan: { ...oud(), title: 'Anders' }, mode: 'new' }])).rejects.toBeInstanceOf(ConflictError);
    expect({ plans: await db().plans.toArray(), summaries: await db().summaries.toArray() }).toEqual(before);
  });

  it('writes nothing when the disk is full halfway', async () => {
    await savePlan(oud(), 0);
    const before = { plans: await db().plans.toArray(), summaries: await db().summaries.toArray() };
    vi.spyOn(db().summaries, 'bulkPut').mockRejectedValueOnce(new DOMException('vol', 'QuotaExceededError'));
    await expect(savePlans([{ plan: nieuw(), mode: 'new' }, { plan: { ...oud(), title: 'Anders' }, mode: 'replace' }])).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect({ plans: await db().plans.toArray(), summaries: await db().summaries.toArray() }).toEqual(before);
  });
});
