import { useState } from 'react';
import { outlineNumbers } from '../../domain/plan/outline';
import { graphIndex } from '../../domain/plan/rules';
import { canConnect } from '../../domain/plan/rules';
import type { Plan, PlanNode } from '../../domain/plan/types';
import { nl, nlEditor } from '../../i18n';
import { moveUnder } from '../../state/editor';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/notices';

/** "Verplaats naar…": the keyboard way to re-parent a node; lists only places the rules allow. */
export function MoveDialog({ plan, node, onClose }: { plan: Plan; node: PlanNode; onClose: () => void }) {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const current = node.kind === 'goal' ? index.parentGoal(node.id) : node.kind === 'action' ? index.goalOfAction(node.id) : undefined;
  const targetKind = node.kind === 'owner' ? 'action' : 'goal';
  // A place is allowed if the node could hang there once its current parent edge is gone.
  const without = { nodes: plan.nodes, edges: plan.edges.filter((e) => !(e.target === node.id && index.node(e.source)?.kind === 'goal')) };
  const options = plan.nodes.filter((n) => n.kind === targetKind && n.id !== node.id && (node.kind === 'owner' ? index.ownerOfAction(n.id) !== node.id : canConnect(without, n.id, node.id).ok));
  const [choice, setChoice] = useState<string>(current ?? (node.kind === 'goal' ? '' : (options[0]?.id ?? '')));

  function confirm() {
    const result = moveUnder(node.id, choice === '' ? null : choice);
    if (!result.ok) notify.status(nlEditor.refused(result.reason));
    else if (choice) notify.status(nlEditor.moved(node.title, index.node(choice)?.title ?? ''));
    onClose();
  }

  const label = (n: PlanNode) => (numbers.get(n.id) ? `${numbers.get(n.id)} ${n.title}` : n.title);
  return (
    <Dialog title={nlEditor.moveDialogTitle(node.title)} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <div className="field">
          <label htmlFor="move-target">{nlEditor.moveDialogLabel}</label>
          <select id="move-target" value={choice} onChange={(e) => setChoice(e.target.value)} autoFocus>
            {node.kind === 'goal' && <option value="">{nlEditor.moveNone}</option>}
            {options.map((n) => (
              <option key={n.id} value={n.id}>
                {label(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog-buttons">
          <button type="submit" className="button button-primary" disabled={node.kind !== 'goal' && options.length === 0}>
            {nlEditor.moveDialogConfirm}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {nl.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
