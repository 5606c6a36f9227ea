// The kwaliteitscheck: what breaks a rule of the doelenboom but can still be fixed by the user
// (docs/domain.md). Nothing here refuses anything; it only reports.
import { nlRules } from '../../i18n/rules';
import { graphIndex } from './rules';
import type { Plan } from './types';

export type CheckCode =
  | 'action-without-goal'
  | 'action-without-owner'
  | 'goal-without-onderbouwing'
  | 'goal-without-children'
  | 'goal-without-measure'
  | 'owner-without-actions'
  | 'input-unused';

export interface Check {
  code: CheckCode;
  /** The node the check is about (all codes except input-unused). */
  nodeId?: string;
  /** The input the check is about (input-unused). */
  inputId?: string;
  /** Dutch, naming the item. */
  message: string;
}

const m = nlRules.checks;
const titleOf = (title: string) => (title.trim() === '' ? m.untitled : title);

/**
 * All checks of a plan: first the node checks in node order (per node in the order of the
 * codes above), then unused inputs in input order. Karakterkenmerken (source `karakter`) are
 * traits every goal respects, so they are never reported as unused. A goal's onderbouwing
 * counts only references to inputs and policies that exist in the plan.
 */
export function checks(plan: Plan): Check[] {
  const index = graphIndex(plan);
  const inputIds = new Set(plan.inputs.map((i) => i.id));
  const policyIds = new Set(plan.policies.map((p) => p.id));
  const usedInputs = new Set<string>();
  const out: Check[] = [];
  plan.nodes.forEach((node, i) => {
    if (index.nodeOrder(node.id) !== i) return; // a duplicate id: report the first only
    const title = titleOf(node.title);
    if (node.kind === 'action') {
      if (index.goalOfAction(node.id) === undefined) {
        out.push({ code: 'action-without-goal', nodeId: node.id, message: m.actionWithoutGoal(title) });
      }
      if (index.ownerOfAction(node.id) === undefined) {
        out.push({ code: 'action-without-owner', nodeId: node.id, message: m.actionWithoutOwner(title) });
      }
    } else if (node.kind === 'goal') {
      for (const id of node.inputIds) usedInputs.add(id);
      const grounded = node.inputIds.some((id) => inputIds.has(id)) || node.policyIds.some((id) => policyIds.has(id));
      if (!grounded) {
        out.push({ code: 'goal-without-onderbouwing', nodeId: node.id, message: m.goalWithoutOnderbouwing(title) });
      }
      const hasChildren = index.children(node.id).some((c) => {
        const kind = index.node(c)?.kind;
        return kind === 'goal' || kind === 'action';
      });
      if (!hasChildren) {
        out.push({ code: 'goal-without-children', nodeId: node.id, message: m.goalWithoutChildren(title) });
      }
      // Only top goals must be measurable: the council evaluates those; a subgoal may have
      // measures but is not reported without (it would flood the list).
      if (index.parentGoal(node.id) === undefined && !node.measures?.length) {
        out.push({ code: 'goal-without-measure', nodeId: node.id, message: m.goalWithoutMeasure(title) });
      }
    } else if (index.actionsOfOwner(node.id).length === 0) {
      out.push({ code: 'owner-without-actions', nodeId: node.id, message: m.ownerWithoutActions(title) });
    }
  });
  for (const input of plan.inputs) {
    if (input.source === 'karakter' || usedInputs.has(input.id)) continue;
    out.push({ code: 'input-unused', inputId: input.id, message: m.inputUnused(input.text) });
  }
  return out;
}
