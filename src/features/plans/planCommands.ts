import { parse } from '../../domain/file';
import { createPlan, newId, renamePlan } from '../../domain/plan/operations';
import { quarterOfIso, shiftPlanInTime, shiftYearsInText } from '../../domain/plan/timeShift';
import type { Plan } from '../../domain/plan/types';
import { quarterOf } from '../../domain/procesplaat/progress';
import { deletePlan, duplicatePlan, getPlan, restorePlan, savePlan, type PlanRow } from '../../persistence';
import { nl } from '../../i18n';
import { openIfUnstorable } from '../../state/planStore';
import type { PlanMeta } from './PlanFormDialog';

export type Template = 'empty' | 'example';

/**
 * The example plan that ships with the app, read through the same parse as any import, and
 * moved from the quarter it was written in (that of its last change) to `today`'s: otherwise
 * its planned quarters lie in the past and a new user first sees nearly every action late.
 */
async function examplePlan(today: Date): Promise<Plan> {
  const { default: text } = await import('./voorbeeldplan.doelenboom.json?raw');
  const read = parse(text);
  if (!read.ok) throw new Error(read.errors.join('; '));
  const written = quarterOfIso(read.plan.updatedAt);
  return written ? shiftPlanInTime(read.plan, written, quarterOf(today)) : read.plan;
}

/** The year the example plan was written in (its updatedAt); its period as written is nl.planForm.examplePeriod. */
export const EXAMPLE_YEAR = 2025;

/** The example's period as the plan made from it today will have it: the dialog offers this one. */
export function examplePeriod(today: Date = new Date()): string {
  return shiftYearsInText(nl.planForm.examplePeriod, today.getFullYear() - EXAMPLE_YEAR);
}

export async function createStoredPlan(meta: PlanMeta, template: Template = 'empty'): Promise<Plan> {
  const today = new Date();
  const now = today.toISOString();
  const empty = createPlan(meta, { id: newId('plan'), now });
  let plan = empty;
  if (template === 'example') {
    const example = await examplePlan(today);
    // Left as the dialog offered it, the period is the moved one (they agree unless the year turned meanwhile).
    const period = empty.period === examplePeriod(today) ? example.period : empty.period;
    plan = { ...example, id: empty.id, title: empty.title, wijk: empty.wijk, period, createdAt: now, updatedAt: now };
  }
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
