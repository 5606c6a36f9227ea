// Editor commands: each turns one user intent into one domain operation on the open plan
// (one undo step), then moves selection and focus the way a mind-map user expects.
import { layoutPositions, nextFreePosition, NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';
import {
  addNode,
  connect,
  moveNodes,
  newId,
  removeNodes,
  reparent,
  setOwner,
  subtreeIds,
  updateNode,
  type NodePatch,
} from '../domain/plan/operations';
import { canConnect, graphIndex } from '../domain/plan/rules';
import type { Plan, PlanNode, Position, Result } from '../domain/plan/types';
import { nlEditor } from '../i18n';
import { usePlanStore } from './planStore';
import { useSession } from './sessionStore';

const GAP_Y = 70;
const GAP_X = 40;

function plan(): Plan | null {
  return usePlanStore.getState().plan;
}

export type AddKind = 'goal' | 'subgoal' | 'action' | 'owner';

function makeNode(kind: AddKind, position: Position, title?: string): PlanNode {
  const id = newId(kind === 'subgoal' ? 'goal' : kind);
  const t = title ?? nlEditor.newTitle[kind];
  if (kind === 'goal' || kind === 'subgoal') return { id, kind: 'goal', title: t, inputIds: [], policyIds: [], position };
  if (kind === 'action') return { id, kind: 'action', title: t, status: 'gepland', position };
  return { id, kind: 'owner', title: t, position };
}

/** Where a new child of `parent` goes: below it, right of its last child; never on another node. */
function childPosition(p: Plan, parentId: string): Position {
  const index = graphIndex(p);
  const parent = index.node(parentId);
  if (!parent) return nextFreePosition(p.nodes, { x: 0, y: 0 });
  const kids = index.children(parentId).map((id) => index.node(id)).filter((n): n is PlanNode => Boolean(n));
  const last = kids[kids.length - 1];
  const near = last
    ? { x: last.position.x + NODE_WIDTH + GAP_X, y: last.position.y }
    : { x: parent.position.x, y: parent.position.y + NODE_HEIGHT + GAP_Y };
  return nextFreePosition(p.nodes, near);
}

function topGoalPosition(p: Plan): Position {
  const roots = graphIndex(p).roots.map((id) => graphIndex(p).node(id)).filter((n): n is PlanNode => Boolean(n));
  if (roots.length === 0) return nextFreePosition(p.nodes, { x: 0, y: 0 });
  const right = roots.reduce((a, b) => (b.position.x > a.position.x ? b : a));
  return nextFreePosition(p.nodes, { x: right.position.x + NODE_WIDTH + GAP_X * 2, y: right.position.y });
}

function afterAdd(id: string) {
  const s = useSession.getState();
  s.select([id]);
  s.startEditing(id);
  s.reveal(id);
}

/** Adds a node of `kind`; `parentId` is the goal (subgoal, action) or action (owner) it goes under. */
export function addNodeOf(kind: AddKind, parentId?: string): Result<string> {
  const p = plan();
  if (!p) return { ok: false, reason: '' };
  if (kind !== 'goal' && !parentId) return { ok: false, reason: kind === 'owner' ? nlEditor.needAction : nlEditor.needGoal };
  if (parentId) {
    const parent = graphIndex(p).node(parentId);
    const needs = kind === 'owner' ? 'action' : 'goal';
    if (kind !== 'goal' && parent?.kind !== needs) return { ok: false, reason: needs === 'action' ? nlEditor.needAction : nlEditor.needGoal };
  }
  const effectiveParent = kind === 'goal' ? undefined : parentId;
  const position = effectiveParent ? childPosition(p, effectiveParent) : topGoalPosition(p);
  const node = makeNode(kind, position);
  let result: Result<Plan>;
  if (kind === 'owner' && effectiveParent) {
    // An action has at most one owner: a new owner replaces the old one (which stays in the plan).
    const added = addNode(p, node);
    result = added.ok ? setOwner(added.value, effectiveParent, node.id) : added;
  } else {
    result = addNode(p, node, effectiveParent ? { parentId: effectiveParent } : {});
  }
  if (!result.ok) return result;
  const next = result.value;
  usePlanStore.getState().change(() => next);
  afterAdd(node.id);
  return { ok: true, value: node.id };
}

/** Tab: a child of the selected node. A goal gets what it already has (subgoals or actions); a top goal starts with a subgoal, a subgoal with an action; an action gets an owner. */
export function addChild(id: string): Result<string> {
  const p = plan();
  const index = p ? graphIndex(p) : null;
  const node = index?.node(id);
  if (!p || !index || !node) return { ok: false, reason: nlEditor.needGoal };
  if (node.kind === 'action') return addNodeOf('owner', id);
  if (node.kind === 'owner') return { ok: false, reason: nlEditor.needGoal };
  const kids = index.children(id).map((k) => index.node(k)?.kind);
  const hasActions = kids.includes('action');
  const hasGoals = kids.includes('goal');
  const kind: AddKind = hasActions ? 'action' : hasGoals ? 'subgoal' : index.parentGoal(id) ? 'action' : 'subgoal';
  return addNodeOf(kind, id);
}

/** Enter: a sibling of the selected node, under the same parent. */
export function addSibling(id: string): Result<string> {
  const p = plan();
  const index = p ? graphIndex(p) : null;
  const node = index?.node(id);
  if (!p || !index || !node) return { ok: false, reason: nlEditor.needGoal };
  if (node.kind === 'goal') {
    const parent = index.parentGoal(id);
    return parent ? addNodeOf('subgoal', parent) : addNodeOf('goal');
  }
  if (node.kind === 'action') {
    const goal = index.goalOfAction(id);
    return goal ? addNodeOf('action', goal) : { ok: false, reason: nlEditor.needGoal };
  }
  const action = index.actionsOfOwner(id)[0];
  return action ? addNodeOf('owner', action) : { ok: false, reason: nlEditor.needAction };
}

export function renameNode(id: string, title: string): void {
  const t = title.trim().slice(0, 500);
  if (!t) return;
  usePlanStore.getState().change((p) => updateNode(p, id, { title: t }));
}

/**
 * A field edit in the details panel. With `typing`, consecutive edits of that text field of
 * that node are one undo step (until the field loses focus); a choice (select, checkbox) is
 * always a step of its own.
 */
export function patchNode(id: string, patch: NodePatch, typing?: string): void {
  usePlanStore.getState().change((p) => updateNode(p, id, patch), typing ? { coalesce: `${id}:${typing}` } : undefined);
}

/** Removes the nodes and what hangs under them (owners shared elsewhere stay). Returns the count. */
export function deleteNodes(ids: readonly string[]): { count: number; title: string } | null {
  const p = plan();
  if (!p || ids.length === 0) return null;
  const gone = new Set<string>();
  for (const id of ids) for (const sub of subtreeIds(p, id)) gone.add(sub);
  if (gone.size === 0) return null;
  const first = graphIndex(p).node(ids[0] ?? '')?.title ?? '';
  usePlanStore.getState().change((q) => removeNodes(q, gone));
  const s = useSession.getState();
  s.select([]);
  s.stopEditing();
  return { count: gone.size, title: first };
}

export function checkConnect(sourceId: string, targetId: string): Result<true> {
  const p = plan();
  if (!p) return { ok: false, reason: '' };
  return canConnect(p, sourceId, targetId);
}

export function connectNodes(sourceId: string, targetId: string): Result<true> {
  const p = plan();
  if (!p) return { ok: false, reason: '' };
  const result = connect(p, sourceId, targetId);
  if (!result.ok) return result;
  usePlanStore.getState().change(() => result.value);
  return { ok: true, value: true };
}

/** Puts a node under another goal (or, for an owner, makes it the owner of an action). */
export function moveUnder(id: string, parentId: string | null): Result<true> {
  const p = plan();
  if (!p) return { ok: false, reason: '' };
  const result = reparent(p, id, parentId);
  if (!result.ok) return result;
  if (result.value !== p) usePlanStore.getState().change(() => result.value);
  return { ok: true, value: true };
}

export function moveNodePositions(positions: Record<string, Position>): void {
  usePlanStore.getState().change((p) => moveNodes(p, positions));
}

/** "Automatisch ordenen": the whole tree, one undo step. */
export function autoLayout(): void {
  usePlanStore.getState().change((p) => moveNodes(p, Object.fromEntries(layoutPositions(p.nodes, p.edges))));
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Arrow keys on the canvas: up to the parent, down to the first child, left/right to siblings. */
export function neighbour(p: Plan, id: string, dir: Direction): string | undefined {
  const index = graphIndex(p);
  const node = index.node(id);
  if (!node) return undefined;
  const parentOf = (nid: string): string | undefined => {
    const n = index.node(nid);
    if (!n) return undefined;
    if (n.kind === 'goal') return index.parentGoal(nid);
    if (n.kind === 'action') return index.goalOfAction(nid);
    return index.actionsOfOwner(nid)[0];
  };
  const childrenOf = (nid: string): readonly string[] => {
    const n = index.node(nid);
    if (n?.kind === 'owner') return [];
    return index.children(nid);
  };
  if (dir === 'up') return parentOf(id);
  if (dir === 'down') return childrenOf(id)[0];
  const parent = parentOf(id);
  const siblings = parent ? childrenOf(parent) : node.kind === 'goal' ? index.roots : [];
  const at = siblings.indexOf(id);
  if (at < 0) return undefined;
  return siblings[dir === 'left' ? at - 1 : at + 1];
}

export function selectNeighbour(dir: Direction): void {
  const p = plan();
  const s = useSession.getState();
  const current = s.selection[s.selection.length - 1];
  if (!p) return;
  const target = current ? neighbour(p, current, dir) : graphIndex(p).roots[0];
  if (!target) return;
  s.select([target]);
  s.reveal(target);
}

/**
 * The owner of an action, picked from a list: an existing owner, a wijkkracht (which becomes
 * an owner linked to it, or reuses the owner already made from it), or none.
 */
export function assignOwner(actionId: string, choice: { ownerId: string } | { strengthId: string } | null): Result<true> {
  const p = plan();
  if (!p) return { ok: false, reason: '' };
  let base = p;
  let ownerId: string | null = null;
  if (choice && 'ownerId' in choice) ownerId = choice.ownerId;
  else if (choice) {
    const existing = p.nodes.find((n) => n.kind === 'owner' && n.strengthId === choice.strengthId);
    const strength = p.strengths.find((s) => s.id === choice.strengthId);
    if (existing) ownerId = existing.id;
    else if (strength) {
      const node: PlanNode = { id: newId('owner'), kind: 'owner', title: strength.name, strengthId: strength.id, position: childPosition(p, actionId) };
      const added = addNode(p, node);
      if (!added.ok) return added;
      base = added.value;
      ownerId = node.id;
    }
  }
  const result = setOwner(base, actionId, ownerId);
  if (!result.ok) return result;
  if (result.value !== p) usePlanStore.getState().change(() => result.value);
  return { ok: true, value: true };
}
