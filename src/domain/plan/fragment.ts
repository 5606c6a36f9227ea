// Copy and paste of branches. A copied branch is a small doelenboom file of its own, so
// pasting goes through the same validated parse as every import (see features/editor).
import { NODE_WIDTH } from '../layout';
import { freshMeasureIds } from './measures';
import { newId, subtreeIds } from './operations';
import { canConnect, graphIndex } from './rules';
import type { Edge, Plan, PlanNode, Position } from './types';

/** The branches under `ids` as a plan of their own, with the inputs, policies, strengths and forums they cite. */
export function extractBranch(plan: Plan, ids: readonly string[], title: string): Plan {
  const keep = new Set<string>();
  for (const id of ids) for (const sub of subtreeIds(plan, id)) keep.add(sub);
  const nodes = plan.nodes.filter((n) => keep.has(n.id));
  const edges = plan.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const cited = { inputs: new Set<string>(), policies: new Set<string>(), strengths: new Set<string>(), forums: new Set<string>() };
  for (const n of nodes) {
    if (n.kind === 'goal') {
      n.inputIds.forEach((i) => cited.inputs.add(i));
      n.policyIds.forEach((p) => cited.policies.add(p));
    } else if (n.kind === 'action' && n.forumId) cited.forums.add(n.forumId);
    else if (n.kind === 'owner' && n.strengthId) cited.strengths.add(n.strengthId);
  }
  // Momentopnamen belong to the whole plan, not to a copied branch.
  const { snapshots: _snapshots, ...rest } = plan;
  return {
    ...rest,
    id: `knipsel-${plan.id}`,
    title,
    inputs: plan.inputs.filter((i) => cited.inputs.has(i.id)),
    policies: plan.policies.filter((p) => cited.policies.has(p.id)),
    strengths: plan.strengths.filter((s) => cited.strengths.has(s.id)),
    forums: plan.forums.filter((f) => cited.forums.has(f.id)),
    nodes,
    edges,
  };
}

/**
 * Adds a copied branch to `plan` with fresh ids, to the right of everything already there (so
 * nothing overlaps). References to inputs, policies, strengths and forums the plan does not
 * have are dropped. Roots of the branch go under `targetId` where the rules allow it.
 */
export function pasteBranch(plan: Plan, branch: Pick<Plan, 'nodes' | 'edges'>, targetId?: string, now: string = new Date().toISOString()): { plan: Plan; ids: string[] } {
  if (branch.nodes.length === 0) return { plan, ids: [] };
  const has = {
    inputs: new Set(plan.inputs.map((i) => i.id)),
    policies: new Set(plan.policies.map((p) => p.id)),
    strengths: new Set(plan.strengths.map((s) => s.id)),
    forums: new Set(plan.forums.map((f) => f.id)),
  };
  const ids = new Map(branch.nodes.map((n) => [n.id, newId(n.kind)]));
  const minX = Math.min(...branch.nodes.map((n) => n.position.x));
  const minY = Math.min(...branch.nodes.map((n) => n.position.y));
  const target = targetId ? graphIndex(plan).node(targetId) : undefined;
  const rightEdge = plan.nodes.length ? Math.max(...plan.nodes.map((n) => n.position.x)) + NODE_WIDTH + 80 : 0;
  const origin: Position = { x: rightEdge, y: target ? target.position.y + 180 : plan.nodes.length ? Math.min(...plan.nodes.map((n) => n.position.y)) : 0 };

  const nodes: PlanNode[] = branch.nodes.map((n) => {
    const position = { x: Math.round(n.position.x - minX + origin.x), y: Math.round(n.position.y - minY + origin.y) };
    const id = ids.get(n.id) ?? newId(n.kind);
    if (n.kind === 'goal') {
      // Measure ids are unique in the whole plan: a pasted copy gets its own.
      const measures = freshMeasureIds(n.measures);
      return { ...n, id, position, inputIds: n.inputIds.filter((i) => has.inputs.has(i)), policyIds: n.policyIds.filter((p) => has.policies.has(p)), ...(measures ? { measures } : {}) };
    }
    if (n.kind === 'action') {
      const { forumId, ...rest } = n;
      return { ...rest, id, position, ...(forumId && has.forums.has(forumId) ? { forumId } : {}) };
    }
    const { strengthId, ...rest } = n;
    return { ...rest, id, position, ...(strengthId && has.strengths.has(strengthId) ? { strengthId } : {}) };
  });
  const edges: Edge[] = branch.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ id: newId('edge'), source: ids.get(e.source) ?? '', target: ids.get(e.target) ?? '' }));

  let next: Plan = { ...plan, nodes: [...plan.nodes, ...nodes], edges: [...plan.edges, ...edges], updatedAt: now };
  if (target) {
    const targets = new Set(edges.map((e) => e.target));
    for (const root of nodes.filter((n) => !targets.has(n.id))) {
      if (canConnect(next, target.id, root.id).ok) next = { ...next, edges: [...next.edges, { id: newId('edge'), source: target.id, target: root.id }] };
    }
  }
  return { plan: next, ids: nodes.map((n) => n.id) };
}
