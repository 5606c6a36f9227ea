// Momentopnamen: the plan's content kept at a moment (a sociale tafel), to compare with later.
import { nlSnapshots } from '../../i18n/snapshots';
import { newId } from '../plan/operations';
import type { Plan, PlanContent, Result } from '../plan/types';

/** What a momentopname keeps: everything of the plan but its identity, dates and momentopnamen. */
export function planContent(plan: Plan): PlanContent {
  const { id: _id, createdAt: _c, updatedAt: _u, snapshots: _s, ...content } = plan;
  // A deep copy: later edits of the plan must never reach into the momentopname.
  return structuredClone(content);
}

/** Adds a momentopname with `label` at the end of the plan's list. */
export function takeSnapshot(plan: Plan, label: string, opts: { id?: string; now?: string } = {}): Result<Plan> {
  const name = label.trim();
  if (!name) return { ok: false, reason: nlSnapshots.labelRequired };
  if (name.length > 200) return { ok: false, reason: nlSnapshots.labelTooLong };
  const now = opts.now ?? new Date().toISOString();
  const snapshot = { id: opts.id ?? newId('momentopname'), label: name, createdAt: now, plan: planContent(plan) };
  return { ok: true, value: { ...plan, snapshots: [...(plan.snapshots ?? []), snapshot], updatedAt: now } };
}

export function removeSnapshot(plan: Plan, id: string, now: string = new Date().toISOString()): Plan {
  if (!plan.snapshots?.some((s) => s.id === id)) return plan;
  return { ...plan, snapshots: plan.snapshots.filter((s) => s.id !== id), updatedAt: now };
}
