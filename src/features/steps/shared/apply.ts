// How the steps change the open plan: one domain operation, one undo step, through the store.
import type { Plan, Result } from '../../../domain/plan/types';
import { nlSteps } from '../../../i18n';
import { usePlanStore } from '../../../state/planStore';
import { notify } from '../../../ui/notices';

/**
 * Runs `op` on the open plan and, if it succeeds with a change, makes the result the plan
 * (one undo step). Returns the operation's outcome so the caller can show a refusal.
 */
export function apply(op: (plan: Plan) => Result<Plan>): Result<Plan> {
  const store = usePlanStore.getState();
  const plan = store.plan;
  if (!plan) return { ok: false, reason: '' };
  const result = op(plan);
  if (result.ok && result.value !== plan) store.change(() => result.value);
  return result;
}

/** Runs an operation that cannot refuse (a removal): one undo step if it changes anything. */
export function applyPlain(op: (plan: Plan) => Plan): void {
  usePlanStore.getState().change(op);
}

/** A confirmation in the role=status notice with "Ongedaan maken", which undoes the last step. */
export function notifyUndoable(text: string): void {
  notify.status(text, { label: nlSteps.common.undo, run: () => usePlanStore.getState().undo() });
}
