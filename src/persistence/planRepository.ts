import { liveQuery, type Subscription } from 'dexie';
import type { Plan } from '../domain/plan/types';
import { db, type PlanRow, type PlanSummaryRow } from './db';
import { ConflictError } from './errors';

export type PlanSummary = Omit<PlanSummaryRow, 'rev'>;

function summarise(plan: Plan, rev: number): PlanSummaryRow {
  let goals = 0;
  let actions = 0;
  for (const n of plan.nodes) {
    if (n.kind === 'goal') goals++;
    else if (n.kind === 'action') actions++;
  }
  return { id: plan.id, rev, title: plan.title, wijk: plan.wijk, period: plan.period, updatedAt: plan.updatedAt, goals, actions };
}

export async function listPlans(): Promise<PlanSummary[]> {
  const rows = await db().summaries.orderBy('updatedAt').reverse().toArray();
  return rows.map(({ rev: _rev, ...s }) => s);
}

/**
 * Dexie's liveQuery, except that a database that cannot be opened at all is reported too:
 * liveQuery stays silent on a DatabaseClosedError (how a failed open shows, as in some private
 * windows) and does nothing without IndexedDB, which would leave "Mijn plannen" loading forever.
 */
export function watchQuery<T>(query: () => Promise<T>, onChange: (value: T) => void, onError: (err: unknown) => void): Subscription {
  let closed = false;
  const sub = liveQuery(query).subscribe({ next: onChange, error: onError });
  db()
    .open()
    .catch((err: unknown) => {
      if (!closed) onError(err);
    });
  return {
    get closed() {
      return closed;
    },
    unsubscribe() {
      closed = true;
      sub.unsubscribe();
    },
  };
}

/** Live list for "Mijn plannen": Dexie also reports changes made in other tabs. */
export function watchPlans(onChange: (plans: PlanSummary[]) => void, onError: (err: unknown) => void): Subscription {
  return watchQuery(listPlans, onChange, onError);
}

/** Live revision of one plan, to notice saves from other tabs. */
export function watchRevision(id: string, onChange: (rev: number | undefined) => void, onError: (err: unknown) => void): Subscription {
  return watchQuery(async () => (await db().summaries.get(id))?.rev, onChange, onError);
}

export async function getPlan(id: string): Promise<PlanRow | undefined> {
  return db().plans.get(id);
}

export async function planExists(id: string): Promise<boolean> {
  return (await db().summaries.get(id)) !== undefined;
}

/**
 * Saves a whole plan in one transaction. `expectedRev` is the revision this tab last loaded
 * or saved (0 for a new plan); if the stored one differs, another tab saved in between and
 * the save is refused with a ConflictError instead of silently overwriting it.
 * Pass `expectedRev: 'force'` to overwrite deliberately (the user chose to).
 */
export async function savePlan(plan: Plan, expectedRev: number | 'force'): Promise<number> {
  const d = db();
  return d.transaction('rw', d.plans, d.summaries, async () => {
    const current = await d.summaries.get(plan.id);
    const currentRev = current?.rev ?? 0;
    if (expectedRev !== 'force' && currentRev !== expectedRev) throw new ConflictError(plan.id, currentRev);
    const rev = currentRev + 1;
    await d.plans.put({ id: plan.id, rev, plan });
    await d.summaries.put(summarise(plan, rev));
    return rev;
  });
}

/**
 * Saves several plans in one transaction: all of them or, if any write fails, none. A `new`
 * plan must not be stored yet (else ConflictError, as `savePlan(plan, 0)`); `replace`
 * overwrites the stored plan with that id on its next revision (the user chose to).
 */
export async function savePlans(entries: ReadonlyArray<{ plan: Plan; mode: 'new' | 'replace' }>): Promise<void> {
  const d = db();
  await d.transaction('rw', d.plans, d.summaries, async () => {
    const current = await d.summaries.bulkGet(entries.map((e) => e.plan.id));
    const rows: PlanRow[] = entries.map(({ plan, mode }, i) => {
      const currentRev = current[i]?.rev ?? 0;
      if (mode === 'new' && currentRev !== 0) throw new ConflictError(plan.id, currentRev);
      return { id: plan.id, rev: currentRev + 1, plan };
    });
    await d.plans.bulkPut(rows);
    await d.summaries.bulkPut(rows.map((row) => summarise(row.plan, row.rev)));
  });
}

export async function deletePlan(id: string): Promise<PlanRow | undefined> {
  const d = db();
  return d.transaction('rw', d.plans, d.summaries, async () => {
    const row = await d.plans.get(id);
    await d.plans.delete(id);
    await d.summaries.delete(id);
    return row;
  });
}

/** Restores a deleted plan exactly as it was (the undo of a delete). */
export async function restorePlan(row: PlanRow): Promise<void> {
  const d = db();
  await d.transaction('rw', d.plans, d.summaries, async () => {
    await d.plans.put(row);
    await d.summaries.put(summarise(row.plan, row.rev));
  });
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db().meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db().meta.put({ key, value });
}

/** Stores a copy of a plan under a new id and title; returns the copy. */
export async function duplicatePlan(id: string, copy: { id: string; title: string; now: string }): Promise<Plan | undefined> {
  const row = await getPlan(id);
  if (!row) return undefined;
  const plan: Plan = { ...row.plan, id: copy.id, title: copy.title, createdAt: copy.now, updatedAt: copy.now };
  await savePlan(plan, 0);
  return plan;
}
