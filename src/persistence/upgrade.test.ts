// Opening a database as released (schema version 1, filled by an older app) with the current
// WijkdoelenDb (schema version 2): every plan, summary and meta value must still be there and
// readable. The next schema version adds its `.version(n)` block and upgrade function, and
// extends this test.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from '../domain/file';
import { action, edges, goal, makePlan } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { fileText, measuresDoc } from '../domain/file/testFiles';
import { getBackupStatus, listAllPlans } from './backupRepository';
import { db, setDb, WijkdoelenDb, type PlanRow, type PlanSummaryRow } from './db';
import { getMeta, getPlan, listPlans, savePlan } from './planRepository';

/** The schema of version 1 exactly as released; never change it: it is what users have on disk. */
const RELEASED_V1 = { plans: 'id', summaries: 'id, updatedAt', meta: 'key' };

const presikhaaf: Plan = makePlan([goal('g1'), action('a1')], edges('g1>a1'), { id: 'plan-presikhaaf', updatedAt: '2025-02-01T10:00:00.000Z' });
const klarendal: Plan = makePlan([goal('g1')], [], { id: 'plan-klarendal', title: 'Groen Klarendal', wijk: 'Klarendal', period: undefined, updatedAt: '2025-01-01T10:00:00.000Z' });

const summary = (plan: Plan, rev: number, goals: number, actions: number): PlanSummaryRow => ({
  id: plan.id, rev, title: plan.title, wijk: plan.wijk, period: plan.period, updatedAt: plan.updatedAt, goals, actions,
});

let name = '';

afterEach(async () => {
  setDb(null);
  await Dexie.delete(name);
});

/** A version-1 database as an older app left it, written without the current class. */
async function releasedDatabase(): Promise<void> {
  name = 'test-upgrade-' + crypto.randomUUID();
  const v1 = new Dexie(name);
  v1.version(1).stores(RELEASED_V1);
  await v1.open();
  const rows: PlanRow[] = [
    { id: presikhaaf.id, rev: 3, plan: presikhaaf },
    { id: klarendal.id, rev: 1, plan: klarendal },
  ];
  await v1.table('plans').bulkPut(rows);
  await v1.table('summaries').bulkPut([summary(presikhaaf, 3, 1, 1), summary(klarendal, 1, 1, 0)]);
  await v1.table('meta').bulkPut([
    { key: 'persistRequested', value: true },
    { key: 'lastBackupAt', value: '2025-03-01T09:00:00.000Z' },
    { key: 'lastBackupRevs', value: { 'plan-presikhaaf': 3 } },
  ]);
  v1.close();
}

describe('opening a released version-1 database with the current app', () => {
  it('keeps every plan, summary and meta value, readable through the repository', async () => {
    await releasedDatabase();
    setDb(new WijkdoelenDb(name));

    expect(await getPlan('plan-presikhaaf')).toEqual({ id: 'plan-presikhaaf', rev: 3, plan: presikhaaf });
    expect(await getPlan('plan-klarendal')).toEqual({ id: 'plan-klarendal', rev: 1, plan: klarendal });
    expect(await listPlans()).toEqual([
      { id: 'plan-presikhaaf', title: presikhaaf.title, wijk: 'Presikhaaf', period: '2025–2026', updatedAt: presikhaaf.updatedAt, goals: 1, actions: 1 },
      { id: 'plan-klarendal', title: 'Groen Klarendal', wijk: 'Klarendal', period: undefined, updatedAt: klarendal.updatedAt, goals: 1, actions: 0 },
    ]);
    expect(await getMeta('persistRequested')).toBe(true);
    expect((await listAllPlans()).map((r) => r.id)).toEqual(['plan-presikhaaf', 'plan-klarendal']);
    expect(await getBackupStatus()).toEqual({
      lastBackupAt: '2025-03-01T09:00:00.000Z',
      plans: expect.arrayContaining([
        { id: 'plan-presikhaaf', updatedAt: presikhaaf.updatedAt, changedSinceBackup: false },
        { id: 'plan-klarendal', updatedAt: klarendal.updatedAt, changedSinceBackup: true },
      ]) as unknown,
    });
  });

  it('opens it as version 2, with the same stores and indexes', async () => {
    await releasedDatabase();
    setDb(new WijkdoelenDb(name));
    await db().open();
    expect(db().verno).toBe(2);
    const stores = db().tables.map((t) => [t.name, t.schema.primKey.keyPath, t.schema.indexes.map((i) => i.name)]);
    expect(stores.sort()).toEqual([
      ['meta', 'key', []],
      ['plans', 'id', []],
      ['summaries', 'id', ['updatedAt']],
    ]);
    // What is on disk now, read without the app's schema.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(await raw.table('plans').count()).toBe(2);
    expect(await raw.table('meta').get('lastBackupRevs')).toEqual({ key: 'lastBackupRevs', value: { 'plan-presikhaaf': 3 } });
    raw.close();
  });

  it('goes on saving on top of the stored revisions', async () => {
    await releasedDatabase();
    setDb(new WijkdoelenDb(name));
    expect(await savePlan({ ...presikhaaf, title: 'Na de upgrade' }, 3)).toBe(4);
    expect((await getPlan('plan-presikhaaf'))?.plan.title).toBe('Na de upgrade');
    expect(db().verno).toBe(2);
  });

  it('saves a plan with measures and momentopnamen and reads it back whole', async () => {
    await releasedDatabase();
    setDb(new WijkdoelenDb(name));
    const read = parse(fileText(measuresDoc()));
    if (!read.ok) throw new Error(read.errors.join('; '));
    const plan = read.plan;
    expect(await savePlan(plan, 0)).toBe(1);
    expect(await getPlan(plan.id)).toEqual({ id: plan.id, rev: 1, plan });
    expect((await getPlan(plan.id))?.plan.snapshots?.map((s) => s.label)).toEqual(['Sociale tafel maart 2026', 'Sociale tafel september 2026']);
    expect((await listPlans()).find((p) => p.id === plan.id)).toMatchObject({ goals: 2, actions: 2 });
    // The plans of version 1 are untouched beside it.
    expect(await getPlan('plan-klarendal')).toEqual({ id: 'plan-klarendal', rev: 1, plan: klarendal });
  });

  it('lets a tab still running the version-1 app go on after another tab upgraded the database', async () => {
    await releasedDatabase();
    const oldTab = new Dexie(name);
    oldTab.version(1).stores(RELEASED_V1);
    await oldTab.open();

    // The new app opens the database as version 2; the old tab is asked to close and does.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setDb(new WijkdoelenDb(name));
    await db().open();
    expect(db().verno).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Another connection wants to upgrade/));
    warn.mockRestore();

    // Its stores did not change, so the old tab reopens the upgraded database and reads and writes as before.
    expect((await oldTab.table('plans').get('plan-klarendal'))?.rev).toBe(1);
    await oldTab.table('meta').put({ key: 'persistRequested', value: false });
    expect(await getMeta('persistRequested')).toBe(false);
    oldTab.close();
  });
});
