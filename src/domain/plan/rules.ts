// The rules of the doelenboom (docs/domain.md): which nodes may be joined, and a cached index
// of the graph so that the rules can be asked on every drag-hover without walking all edges.
import { nlRules } from '../../i18n/rules';
import type { Edge, NodeKind, Plan, PlanNode, Result } from './types';

/** Read-only lookups over one plan's nodes and edges. Built once per (nodes, edges) pair. */
export interface GraphIndex {
  /** The node with this id, if any. */
  node(id: string): PlanNode | undefined;
  /** Position of the node in `plan.nodes`, or -1. */
  nodeOrder(id: string): number;
  /** The goal above this goal (first goal → goal edge into it), if any. */
  parentGoal(id: string): string | undefined;
  /** The goal this action belongs to (first goal → action edge into it), if any. */
  goalOfAction(id: string): string | undefined;
  /** The owner of this action (first action → owner edge out of it), if any. */
  ownerOfAction(id: string): string | undefined;
  /** Targets of the node's outgoing edges, in edge order (for a goal: subgoals and actions). */
  children(id: string): readonly string[];
  /** Actions owned by this owner, in edge order. */
  actionsOfOwner(id: string): readonly string[];
  /** Edges into the node, in edge order. */
  incoming(id: string): readonly Edge[];
  /** Edges out of the node, in edge order. */
  outgoing(id: string): readonly Edge[];
  /** Whether an edge source → target exists. */
  hasEdge(sourceId: string, targetId: string): boolean;
  /** The edge with this id, if any. */
  edge(id: string): Edge | undefined;
  /** Top goals (goals without a parent goal), in node order. */
  readonly roots: readonly string[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function buildIndex(nodes: readonly PlanNode[], edges: readonly Edge[]): GraphIndex {
  const byId = new Map<string, PlanNode>();
  const order = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!byId.has(n.id)) {
      byId.set(n.id, n);
      order.set(n.id, i);
    }
  });
  const out = new Map<string, Edge[]>();
  const inc = new Map<string, Edge[]>();
  const edgeById = new Map<string, Edge>();
  const targets = new Map<string, Set<string>>();
  const parent = new Map<string, string>();
  const goalOf = new Map<string, string>();
  const ownerOf = new Map<string, string>();
  const actionsOf = new Map<string, string[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const e of edges) {
    if (!edgeById.has(e.id)) edgeById.set(e.id, e);
    push(out, e.source, e);
    push(inc, e.target, e);
    const ts = targets.get(e.source);
    if (ts) ts.add(e.target);
    else targets.set(e.source, new Set([e.target]));
    const s = byId.get(e.source)?.kind;
    const t = byId.get(e.target)?.kind;
    if (s === 'goal' && t === 'goal') {
      if (!parent.has(e.target)) parent.set(e.target, e.source);
    } else if (s === 'goal' && t === 'action') {
      if (!goalOf.has(e.target)) goalOf.set(e.target, e.source);
    } else if (s === 'action' && t === 'owner') {
      if (!ownerOf.has(e.source)) ownerOf.set(e.source, e.target);
      push(actionsOf, e.target, e.source);
    }
  }
  const childIds = new Map<string, string[]>();
  for (const [id, list] of out) childIds.set(id, list.map((e) => e.target));
  const roots: string[] = [];
  for (const n of byId.values()) if (n.kind === 'goal' && !parent.has(n.id)) roots.push(n.id);
  Object.freeze(roots);

  return {
    node: (id) => byId.get(id),
    nodeOrder: (id) => order.get(id) ?? -1,
    parentGoal: (id) => parent.get(id),
    goalOfAction: (id) => goalOf.get(id),
    ownerOfAction: (id) => ownerOf.get(id),
    children: (id) => childIds.get(id) ?? EMPTY,
    actionsOfOwner: (id) => actionsOf.get(id) ?? EMPTY,
    incoming: (id) => inc.get(id) ?? EMPTY,
    outgoing: (id) => out.get(id) ?? EMPTY,
    hasEdge: (s, t) => targets.get(s)?.has(t) ?? false,
    edge: (id) => edgeById.get(id),
    roots,
  };
}

// Plans are immutable: a change makes new arrays. Keying on the arrays (not the plan object)
// lets a rename or a status change of the plan meta reuse the index.
const cache = new WeakMap<readonly PlanNode[], WeakMap<readonly Edge[], GraphIndex>>();

/** The (cached) index of a plan's graph. Never mutate a plan's `nodes` or `edges` in place. */
export function graphIndex(plan: Pick<Plan, 'nodes' | 'edges'>): GraphIndex {
  let byEdges = cache.get(plan.nodes);
  if (!byEdges) {
    byEdges = new WeakMap();
    cache.set(plan.nodes, byEdges);
  }
  let index = byEdges.get(plan.edges);
  if (!index) {
    index = buildIndex(plan.nodes, plan.edges);
    byEdges.set(plan.edges, index);
  }
  return index;
}

const t = nlRules.connect;

/** Why an edge between these two kinds is never allowed, or undefined if it may be. */
function kindPairError(source: NodeKind, target: NodeKind): string | undefined {
  if (source === 'goal') return target === 'owner' ? t.goalAboveOwner : undefined;
  if (source === 'action') {
    if (target === 'owner') return undefined;
    return target === 'goal' ? t.actionAboveGoal : t.actionAboveAction;
  }
  if (target === 'action') return t.ownerAboveAction;
  return target === 'goal' ? t.ownerAboveGoal : t.ownerAboveOwner;
}

/** Whether `ancestorId` is `goalId` itself or a goal above it (follows every goal → goal edge). */
function isGoalAncestor(index: GraphIndex, ancestorId: string, goalId: string): boolean {
  const seen = new Set<string>();
  const stack = [goalId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === ancestorId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of index.incoming(id)) {
      if (index.node(e.source)?.kind === 'goal') stack.push(e.source);
    }
  }
  return false;
}

/**
 * May an edge source → target be added to this plan? Refusals carry a Dutch reason.
 * Cost: O(1) lookups plus, for goal → goal, a walk up the ancestors of the source.
 */
export function canConnect(plan: Pick<Plan, 'nodes' | 'edges'>, sourceId: string, targetId: string): Result<true> {
  const index = graphIndex(plan);
  const source = index.node(sourceId);
  const target = index.node(targetId);
  if (!source || !target) return { ok: false, reason: t.missingNode };
  if (sourceId === targetId) return { ok: false, reason: t.selfLoop };
  const kindError = kindPairError(source.kind, target.kind);
  if (kindError) return { ok: false, reason: kindError };
  if (index.hasEdge(sourceId, targetId)) return { ok: false, reason: t.duplicate };
  if (target.kind === 'goal') {
    if (isGoalAncestor(index, targetId, sourceId)) return { ok: false, reason: t.cycle };
    if (index.parentGoal(targetId) !== undefined) return { ok: false, reason: t.goalHasParent };
  } else if (target.kind === 'action') {
    if (index.goalOfAction(targetId) !== undefined) return { ok: false, reason: t.actionHasGoal };
  } else if (index.ownerOfAction(sourceId) !== undefined) {
    return { ok: false, reason: t.actionHasOwner };
  }
  return { ok: true, value: true };
}
