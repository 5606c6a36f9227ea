// What the toolbar, the keys and the outline do: one function per user intent, each with
// its Dutch announcement, so every way in behaves the same.
import { graphIndex } from '../../domain/plan/rules';
import { nlEditor } from '../../i18n';
import { addChild, addNodeOf, addSibling, autoLayout, deleteNodes, type AddKind } from '../../state/editor';
import { usePlanStore } from '../../state/planStore';
import { useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';

export function selectedId(): string | undefined {
  const sel = useSession.getState().selection;
  return sel[sel.length - 1];
}

export function selectedNode() {
  const plan = usePlanStore.getState().plan;
  const id = selectedId();
  return plan && id ? graphIndex(plan).node(id) : undefined;
}

/** Whether an add button can act now, and if not, why (its tooltip). */
export function addAvailability(kind: AddKind, selected: { kind: string } | undefined): { enabled: boolean; reason?: string } {
  if (kind === 'goal') return { enabled: true };
  if (kind === 'owner') return selected?.kind === 'action' ? { enabled: true } : { enabled: false, reason: nlEditor.needAction };
  return selected?.kind === 'goal' ? { enabled: true } : { enabled: false, reason: nlEditor.needGoal };
}

function report(result: { ok: boolean; reason?: string }) {
  if (!result.ok && result.reason) notify.status(result.reason);
}

export function runAdd(kind: AddKind): void {
  report(addNodeOf(kind, kind === 'goal' ? undefined : selectedId()));
}

export function runAddChild(): void {
  const id = selectedId();
  if (id) report(addChild(id));
}

export function runAddSibling(): void {
  const id = selectedId();
  if (id) report(addSibling(id));
}

export function runDelete(): void {
  const ids = useSession.getState().selection;
  const result = deleteNodes(ids);
  if (!result) return;
  notify.status(nlEditor.deleted(result.count, result.title), { label: nlEditor.undo, run: () => usePlanStore.getState().undo() });
}

export function runUndo(): void {
  if (!usePlanStore.getState().canUndo) return;
  usePlanStore.getState().undo();
  notify.status(nlEditor.undone);
}

export function runRedo(): void {
  if (!usePlanStore.getState().canRedo) return;
  usePlanStore.getState().redo();
  notify.status(nlEditor.redone);
}

export function runLayout(): void {
  autoLayout();
  notify.status(nlEditor.laidOut);
}
