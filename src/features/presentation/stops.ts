// The stops of a presentation: each top goal's branch in turn, then the whole tree. A pure
// function of the plan, recomputed on every change, so live edits never leave a stale stop.
import { NODE_HEIGHT, NODE_WIDTH, nextFreePosition } from '../../domain/layout';
import { outlineNumbers } from '../../domain/plan/outline';
import { addNode, newId, subtreeIds, updateNode } from '../../domain/plan/operations';
import { graphIndex } from '../../domain/plan/rules';
import type { Plan, PlanNode, Position, Result } from '../../domain/plan/types';
import { addInput, clip, MAX_LENGTH } from '../../domain/procesplaat/entities';

export type Stop =
  | { kind: 'goal'; key: string; goalId: string; title: string; number: string; ids: readonly string[] }
  | { kind: 'all'; key: 'all'; ids: readonly string[] };

const ALL: Stop = { kind: 'all', key: 'all', ids: [] };

/** The goal, the goals and actions under it, and the owners of those actions (also when shared with another branch). */
function branchIds(plan: Plan, goalId: string): string[] {
  const index = graphIndex(plan);
  const ids = subtreeIds(plan, goalId);
  const seen = new Set(ids);
  for (const id of ids) {
    const owner = index.node(id)?.kind === 'action' ? index.ownerOfAction(id) : undefined;
    if (owner !== undefined && !seen.has(owner)) {
      seen.add(owner);
      ids.push(owner);
    }
  }
  return ids;
}

/** One stop per top goal (node order), with the ids of its branch; the whole tree last. */
export function presentationStops(plan: Plan): Stop[] {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const stops: Stop[] = [];
  for (const id of index.roots) {
    const node = index.node(id);
    if (!node) continue;
    stops.push({ kind: 'goal', key: `goal:${id}`, goalId: id, title: node.title, number: numbers.get(id) ?? '', ids: branchIds(plan, id) });
  }
  stops.push(ALL);
  return stops;
}

/**
 * Where the presentation is after the stops changed: the stop with the same key if it is still
 * there (a goal added elsewhere does not move the view), else the same position, kept in range.
 */
export function resolveStop(stops: readonly Stop[], at: { key: string; index: number }): number {
  const same = stops.findIndex((s) => s.key === at.key);
  if (same >= 0) return same;
  return Math.min(Math.max(at.index, 0), stops.length - 1);
}

const GAP_X = 40;
const GAP_Y = 80;

/** Below the goal, right of its last child; never on another node. */
function childPosition(plan: Plan, goalId: string): Position {
  const index = graphIndex(plan);
  const goal = index.node(goalId);
  if (!goal) return nextFreePosition(plan.nodes, { x: 0, y: 0 });
  const kids = index.children(goalId).map((id) => index.node(id)).filter((n): n is PlanNode => Boolean(n));
  const last = kids[kids.length - 1];
  const near = last ? { x: last.position.x + NODE_WIDTH + GAP_X, y: last.position.y } : { x: goal.position.x, y: goal.position.y + NODE_HEIGHT + GAP_Y };
  return nextFreePosition(plan.nodes, near);
}

/** A new action (status gepland) under the goal. */
export function addActionUnder(plan: Plan, goalId: string, title: string, id: string = newId('action')): Result<Plan> {
  const t = clip(title, MAX_LENGTH.title);
  const node: PlanNode = { id, kind: 'action', title: t, status: 'gepland', position: childPosition(plan, goalId) };
  return addNode(plan, node, { parentId: goalId });
}

/** A new signal from bewoners; with a goal, that goal cites it in its onderbouwing. */
export function addSignalFor(plan: Plan, goalId: string | undefined, text: string, id: string = newId('input')): Result<Plan> {
  const added = addInput(plan, { id, text, source: 'bewoners' });
  if (!added.ok || !goalId) return added;
  const goal = graphIndex(added.value).node(goalId);
  if (goal?.kind !== 'goal') return added;
  return { ok: true, value: updateNode(added.value, goalId, { inputIds: [...goal.inputIds, id] }) };
}
