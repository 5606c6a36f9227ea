import { createPlan, newId, renamePlan } from '../../domain/plan/operations';
import type { Plan } from '../../domain/plan/types';
import { deletePlan, duplicatePlan, getPlan, restorePlan, savePlan, type PlanRow } from '../../persistence';
import { nl } from '../../i18n';
import type { PlanMeta } from './PlanFormDialog';

export async function createStoredPlan(meta: PlanMeta): Promise<Plan> {
  const plan = createPlan(meta, { id: newId('plan'), now: new Date().toISOString() });
  await savePlan(plan, 0);
  return plan;
}

export async function renameStoredPlan(id: string, meta: PlanMeta): Promise<void> {
  const row = await getPlan(id);
  if (!row) return;
  const next = renamePlan(row.plan, meta);
  if (!next.ok) throw new Error(next.reason);
  if (next.value !== row.plan) await savePlan(next.value, row.rev);
}

export async function duplicateStoredPlan(id: string, title: string): Promise<Plan | undefined> {
  return duplicatePlan(id, { id: newId('plan'), title: `${title}${nl.plans.copySuffix}`.slice(0, 500), now: new Date().toISOString() });
}

export async function deleteStoredPlan(id: string): Promise<PlanRow | undefined> {
  return deletePlan(id);
}

export { restorePlan };
