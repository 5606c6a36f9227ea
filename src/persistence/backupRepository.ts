import type { Subscription } from 'dexie';
import { db, type PlanRow } from './db';
import { watchQuery } from './planRepository';

// Meta keys of the back-up. The revisions say which plans changed since: `updatedAt` alone
// would miss a plan imported after the back-up with an older date from its file.
const LAST_BACKUP_AT = 'lastBackupAt';
const LAST_BACKUP_REVS = 'lastBackupRevs';

type Revisions = Record<string, number>;

export interface BackupStatus {
  /** When the last back-up was made (ISO), or null if never. */
  lastBackupAt: string | null;
  /** Every stored plan, and whether it is new or changed since the last back-up. */
  plans: Array<{ id: string; updatedAt: string; changedSinceBackup: boolean }>;
}

/** Every stored plan with its revision, newest change first (as "Mijn plannen" lists them). */
export async function listAllPlans(): Promise<PlanRow[]> {
  const rows = await db().plans.toArray();
  return rows.sort((a, b) => (a.plan.updatedAt < b.plan.updatedAt ? 1 : a.plan.updatedAt > b.plan.updatedAt ? -1 : 0));
}

/** Records a back-up made at `madeAt` of these plans, at these revisions. */
export async function markBackupMade(madeAt: Date, plans: ReadonlyArray<Pick<PlanRow, 'id' | 'rev'>>): Promise<void> {
  const revs: Revisions = Object.fromEntries(plans.map((p) => [p.id, p.rev]));
  const d = db();
  await d.transaction('rw', d.meta, async () => {
    await d.meta.put({ key: LAST_BACKUP_AT, value: madeAt.toISOString() });
    await d.meta.put({ key: LAST_BACKUP_REVS, value: revs });
  });
}

export async function getBackupStatus(): Promise<BackupStatus> {
  const d = db();
  return d.transaction('r', d.summaries, d.meta, async () => {
    const [summaries, at, revs] = await Promise.all([d.summaries.toArray(), d.meta.get(LAST_BACKUP_AT), d.meta.get(LAST_BACKUP_REVS)]);
    const lastBackupAt = typeof at?.value === 'string' ? at.value : null;
    const backedUp = (revs?.value ?? {}) as Revisions;
    return {
      lastBackupAt,
      plans: summaries.map((s) => ({
        id: s.id,
        updatedAt: s.updatedAt,
        changedSinceBackup: !Object.hasOwn(backedUp, s.id) || backedUp[s.id] !== s.rev,
      })),
    };
  });
}

/** Live back-up status for the reminder: follows saves, back-ups and other tabs. */
export function watchBackupStatus(onChange: (status: BackupStatus) => void, onError: (err: unknown) => void): Subscription {
  return watchQuery(getBackupStatus, onChange, onError);
}
