// Plan → React Flow nodes and edges: a pure view of the plan. Objects whose content did not
// change are reused, so React Flow re-renders only the nodes an edit touched.
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import { goalProgress, outlineNumbers } from '../domain/plan/outline';
import { graphIndex } from '../domain/plan/rules';
import type { ActionStatus, Plan } from '../domain/plan/types';
import { nl } from '../i18n';

export type GoalData = { title: string; number: string; sub: boolean; done: number; total: number };
export type ActionData = { title: string; status: ActionStatus; due: string; owner: string };
export type OwnerData = { title: string; actions: number };

export type GoalFlowNode = FlowNode<GoalData, 'goal'>;
export type ActionFlowNode = FlowNode<ActionData, 'action'>;
export type OwnerFlowNode = FlowNode<OwnerData, 'owner'>;
export type PlanFlowNode = GoalFlowNode | ActionFlowNode | OwnerFlowNode;
export type PlanFlowEdge = FlowEdge;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

/** The flow nodes for a plan, reusing `previous` objects (with their measured size and selection) when unchanged. */
export function toFlowNodes(plan: Plan, previous: readonly PlanFlowNode[]): PlanFlowNode[] {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const prevById = new Map(previous.map((n) => [n.id, n]));
  return plan.nodes.map((node): PlanFlowNode => {
    let data: GoalData | ActionData | OwnerData;
    let ariaLabel: string;
    if (node.kind === 'goal') {
      const { done, total } = goalProgress(plan, node.id);
      data = { title: node.title, number: numbers.get(node.id) ?? '', sub: index.parentGoal(node.id) !== undefined, done, total };
      ariaLabel = `${nl.plan.nodeKind.goal}: ${node.title}`;
    } else if (node.kind === 'action') {
      const ownerId = index.ownerOfAction(node.id);
      const owner = ownerId ? index.node(ownerId) : undefined;
      data = { title: node.title, status: node.status, due: node.due ?? '', owner: owner?.title ?? '' };
      ariaLabel = `${nl.plan.nodeKind.action}: ${node.title}`;
    } else {
      data = { title: node.title, actions: index.actionsOfOwner(node.id).length };
      ariaLabel = `${nl.plan.nodeKind.owner}: ${node.title}`;
    }
    const prev = prevById.get(node.id);
    if (
      prev &&
      prev.type === node.kind &&
      prev.position.x === node.position.x &&
      prev.position.y === node.position.y &&
      sameData(prev.data, data)
    ) {
      return prev;
    }
    return { ...prev, id: node.id, type: node.kind, position: node.position, data, ariaLabel } as PlanFlowNode;
  });
}

export function toFlowEdges(plan: Plan, previous: readonly PlanFlowEdge[]): PlanFlowEdge[] {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  return plan.edges.map((edge) => {
    const prev = prevById.get(edge.id);
    if (prev && prev.source === edge.source && prev.target === edge.target) return prev;
    return { ...prev, id: edge.id, source: edge.source, target: edge.target };
  });
}
