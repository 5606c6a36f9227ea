import { parse } from '../../domain/file';
import { createPlan, newId, renamePlan } from '../../domain/plan/operations';
import type { Plan } from '../../domain/plan/types';
import { deletePlan, duplicatePlan, getPlan, restorePlan, savePlan, type PlanRow } from '../../persistence';
import { nl } from '../../i18n';
import { openIfUnstorable } from '../../state/planStore';
import type { PlanMeta } from './PlanFormDialog';

export type Template = 'empty' | 'example';

/** The example plan that ships with the app, read through the same parse as any import. */
async function examplePlan(): Promise<Plan> {
  const { default: text } = await import('./voorbeeldplan.doelenboom.json?raw');
  const read = parse(text);
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.plan;
}

export async function createStoredPlan(meta: PlanMeta, template: Template = 'empty'): Promise<Plan> {
  const now = new Date().toISOString();
  const empty = createPlan(meta, { id: newId('plan'), now });
  const plan = template === 'example' ? { ...(await examplePlan()), id: empty.id, title: empty.title, wijk: empty.wijk, period: empty.period, createdAt: now, updatedAt: now } : empty;
  if (!plan.period) delete plan.period;
  try {
    await savePlan(plan, 0);
  } catch (err) {
    // A window that cannot store (a private window): the plan opens in memory, to be exported.
    if (!(await openIfUnstorable(plan, err))) throw err;
  }
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
