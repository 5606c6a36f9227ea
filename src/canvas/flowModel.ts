// Plan → React Flow nodes and edges: a pure view of the plan. Objects whose content did not
// change are reused, so React Flow re-renders only the nodes an edit touched.
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import { goalProgress, outlineNumbers } from '../domain/plan/outline';
import { graphIndex } from '../domain/plan/rules';
import { subtreeIds } from '../domain/plan/operations';
import { isOverdue } from '../domain/procesplaat/progress';
import { measureSummary } from '../domain/plan/measures';
import type { ActionStatus, Measure, Plan } from '../domain/plan/types';
import { nl } from '../i18n';
import { nlMeasures } from '../i18n/measures';

type Common = { title: string; editing: boolean; editInitial: string | undefined };
export type GoalData = Common & {
  number: string; sub: boolean; done: number; total: number; hasChildren: boolean; collapsed: boolean; hiddenCount: number;
  /** The first meetpunt as "Sociale samenhang 5,8 → 6,2 (2027)" ("+1" when there are more); '' when none. */
  measure: string;
};
export type ActionData = Common & { status: ActionStatus; due: string; owner: string; overdue: boolean };
export type OwnerData = Common & { actions: number };

/** View state that shapes the nodes but is not part of the plan. */
export interface ViewState {
  editing: { id: string; initial?: string } | null;
  collapsed: ReadonlySet<string>;
  selection: ReadonlySet<string>;
  /** Nodes to mark (what changed since a momentopname). */
  highlight?: ReadonlySet<string>;
  /** The kind the step is about (Doelen): the other kinds are drawn lighter. */
  emphasis?: 'goal';
  /** For "Achter op schema"; defaults to now. */
  today?: Date;
}

/** Ids hidden because a goal above them is collapsed, with per collapsed goal how many it hides. */
export function hiddenByCollapse(plan: Plan, collapsed: ReadonlySet<string>): { hidden: Set<string>; counts: Map<string, number> } {
  const hidden = new Set<string>();
  const counts = new Map<string, number>();
  if (collapsed.size === 0) return { hidden, counts };
  for (const goalId of collapsed) {
    const below = subtreeIds(plan, goalId).slice(1);
    counts.set(goalId, below.length);
    for (const id of below) hidden.add(id);
  }
  return { hidden, counts };
}

export type GoalFlowNode = FlowNode<GoalData, 'goal'>;
export type ActionFlowNode = FlowNode<ActionData, 'action'>;
export type OwnerFlowNode = FlowNode<OwnerData, 'owner'>;
export type PlanFlowNode = GoalFlowNode | ActionFlowNode | OwnerFlowNode;
export type PlanFlowEdge = FlowEdge;

/** The goal card's line for its meetpunten: the first one summarised, and how many more. */
export function measureLine(measures: readonly Measure[] | undefined): string {
  const first = measures?.[0];
  if (!first) return '';
  const more = measures.length > 1 ? ` ${nlMeasures.more(measures.length - 1)}` : '';
  return `${first.name}: ${nlMeasures.summary(measureSummary(first), first.unit)}${more}`;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

function nodeClass(changed: boolean, dimmed: boolean): string | undefined {
  if (changed && dimmed) return 'changed dimmed';
  return changed ? 'changed' : dimmed ? 'dimmed' : undefined;
}

/** The flow nodes for a plan, reusing `previous` objects (with their measured size and selection) when unchanged. */
export function toFlowNodes(plan: Plan, previous: readonly PlanFlowNode[], view: ViewState): PlanFlowNode[] {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const prevById = new Map(previous.map((n) => [n.id, n]));
  const { hidden, counts } = hiddenByCollapse(plan, view.collapsed);
  const today = view.today ?? new Date();
  return plan.nodes.map((node): PlanFlowNode => {
    let data: GoalData | ActionData | OwnerData;
    let ariaLabel: string;
    const editing = view.editing?.id === node.id;
    const common = { title: node.title, editing, editInitial: editing ? view.editing?.initial : undefined };
    if (node.kind === 'goal') {
      const { done, total } = goalProgress(plan, node.id);
      const collapsed = view.collapsed.has(node.id);
      data = { ...common, number: numbers.get(node.id) ?? '', sub: index.parentGoal(node.id) !== undefined, done, total, hasChildren: index.children(node.id).length > 0, collapsed, hiddenCount: collapsed ? (counts.get(node.id) ?? 0) : 0, measure: measureLine(node.measures) };
      ariaLabel = `${nl.plan.nodeKind.goal}: ${node.title}`;
    } else if (node.kind === 'action') {
      const ownerId = index.ownerOfAction(node.id);
      const owner = ownerId ? index.node(ownerId) : undefined;
      data = { ...common, status: node.status, due: node.due ?? '', owner: owner?.title ?? '', overdue: isOverdue(node, today) };
      ariaLabel = `${nl.plan.nodeKind.action}: ${node.title}`;
    } else {
      data = { ...common, actions: index.actionsOfOwner(node.id).length };
      ariaLabel = `${nl.plan.nodeKind.owner}: ${node.title}`;
    }
    const prev = prevById.get(node.id);
    const isHidden = hidden.has(node.id);
    const selected = view.selection.has(node.id);
    const className = nodeClass(view.highlight?.has(node.id) === true, view.emphasis !== undefined && view.emphasis !== node.kind);
    const unchangedData = prev !== undefined && prev.type === node.kind && sameData(prev.data, data);
    if (
      prev &&
      unchangedData &&
      (prev.dragging || (prev.position.x === node.position.x && prev.position.y === node.position.y)) &&
      Boolean(prev.hidden) === isHidden &&
      Boolean(prev.selected) === selected &&
      prev.className === className
    ) {
      return prev;
    }
    // Same content, other place: keep the data object, so the memoised card does not re-render.
    if (unchangedData) data = prev.data;
    // A node being dragged keeps React Flow's position until the drag ends and is committed.
    const position = prev?.dragging ? prev.position : node.position;
    // role="group": aria-label is not allowed on a div without a role (React Flow only adds one to focusable nodes).
    return { ...prev, id: node.id, type: node.kind, position, data, ariaLabel, ariaRole: 'group', hidden: isHidden, selected, className } as PlanFlowNode;
  });
}

export function toFlowEdges(plan: Plan, previous: readonly PlanFlowEdge[]): PlanFlowEdge[] {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  let changed = previous.length !== plan.edges.length;
  const next = plan.edges.map((edge, i) => {
    const prev = prevById.get(edge.id);
    if (prev && prev.source === edge.source && prev.target === edge.target) {
      if (previous[i] !== prev) changed = true;
      return prev;
    }
    changed = true;
    return { ...prev, id: edge.id, source: edge.source, target: edge.target };
  });
  // The same array when nothing changed: React Flow then skips rebuilding its connection
  // lookup over every edge (~20 ms on 1,000 nodes when a layout only moves nodes).
  return changed ? next : (previous as PlanFlowEdge[]);
}
