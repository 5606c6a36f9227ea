// Pure operations on a plan. None mutates its input: each returns a new Plan (with `updatedAt`
// set to `now`) or, when nothing would change, the very same plan object, so callers (undo
// history, autosave) can skip no-ops with `next === prev`.
import { nlRules } from '../../i18n/rules';
import { canConnect, graphIndex } from './rules';
import type { Action, Edge, Goal, NodeKind, Owner, Plan, PlanNode, Position, Result } from './types';

const nowIso = (): string => new Date().toISOString();

/** A fresh id such as `goal-1b9d6bcd-…`; uses crypto.randomUUID when the browser offers it. */
export function newId(prefix: string): string {
  const c = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  let uuid: string;
  if (c && typeof c.randomUUID === 'function') {
    uuid = c.randomUUID();
  } else {
    // Not a secure context (e.g. file://): build a v4-shaped id from whatever randomness there is.
    const bytes = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
    else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return prefix ? `${prefix}-${uuid}` : uuid;
}

// ---------------------------------------------------------------------------------------------
// Plan meta

export interface PlanMeta {
  title: string;
  wijk: string;
  period?: string;
}

/** Trims the meta and checks that title and wijk are filled in (the file format requires it). */
export function checkPlanMeta(meta: PlanMeta): Result<PlanMeta> {
  const title = meta.title.trim();
  const wijk = meta.wijk.trim();
  const period = meta.period?.trim();
  if (title === '') return { ok: false, reason: nlRules.operations.titleRequired };
  if (wijk === '') return { ok: false, reason: nlRules.operations.wijkRequired };
  return { ok: true, value: period ? { title, wijk, period } : { title, wijk } };
}

/**
 * A new, empty plan. Title, wijk and period are trimmed; an empty period is left out.
 * It does not refuse an empty title or wijk: ask `checkPlanMeta` first (the Nieuw plan dialog).
 */
export function createPlan(meta: PlanMeta, opts: { id?: string; now?: string } = {}): Plan {
  const now = opts.now ?? nowIso();
  const period = meta.period?.trim();
  return {
    id: opts.id ?? newId('plan'),
    title: meta.title.trim(),
    wijk: meta.wijk.trim(),
    ...(period ? { period } : {}),
    createdAt: now,
    updatedAt: now,
    inputs: [],
    policies: [],
    strengths: [],
    forums: [],
    nodes: [],
    edges: [],
  };
}

/**
 * Changes title, wijk and/or period (only the keys given). Refuses an empty title or wijk;
 * an empty or undefined `period` removes it. Unchanged meta → the same plan.
 */
export function renamePlan(plan: Plan, patch: Partial<PlanMeta>, now: string = nowIso()): Result<Plan> {
  const checked = checkPlanMeta({
    title: patch.title ?? plan.title,
    wijk: patch.wijk ?? plan.wijk,
    period: 'period' in patch ? patch.period : plan.period,
  });
  if (!checked.ok) return checked;
  const { title, wijk, period } = checked.value;
  if (title === plan.title && wijk === plan.wijk && period === plan.period) return { ok: true, value: plan };
  const { period: _old, ...rest } = plan;
  return { ok: true, value: { ...rest, title, wijk, ...(period ? { period } : {}), updatedAt: now } };
}

// ---------------------------------------------------------------------------------------------
// Nodes

type Editable<N> = Partial<Omit<N, 'id' | 'kind'>>;
/** Fields a node may change. Keys that do not belong to the node's kind are ignored. */
export type NodePatch = Editable<Goal> & Editable<Action> & Editable<Owner>;

const COMMON_KEYS = ['title', 'description', 'position'] as const;
const KIND_KEYS: Record<NodeKind, readonly string[]> = {
  goal: [...COMMON_KEYS, 'inputIds', 'policyIds', 'indicator'],
  action: [...COMMON_KEYS, 'status', 'due', 'forumId'],
  owner: [...COMMON_KEYS, 'strengthId'],
};
/** Optional fields: `undefined` in a patch removes them. Required ones ignore `undefined`. */
const OPTIONAL_KEYS = new Set(['description', 'indicator', 'due', 'forumId', 'strengthId']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const pa = a as Partial<Position>;
    const pb = b as Partial<Position>;
    return pa.x === pb.x && pa.y === pb.y && Object.keys(a).length === 2 && Object.keys(b).length === 2;
  }
  return false;
}

function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (v && typeof v === 'object') return { ...v };
  return v;
}

/**
 * Adds a node at the end of `plan.nodes`. With `parentId`, also adds the edge parent → node
 * (id `edgeId`, or a new one), checked with canConnect. Refuses an id that is already in use.
 */
export function addNode(
  plan: Plan,
  node: PlanNode,
  opts: { parentId?: string; edgeId?: string; now?: string } = {},
): Result<Plan> {
  if (graphIndex(plan).node(node.id)) return { ok: false, reason: nlRules.operations.duplicateNodeId };
  const nodes = [...plan.nodes, node];
  let edges = plan.edges;
  if (opts.parentId !== undefined) {
    const edgeId = opts.edgeId ?? newId('edge');
    if (graphIndex(plan).edge(edgeId)) return { ok: false, reason: nlRules.operations.duplicateEdgeId };
    const allowed = canConnect({ nodes, edges }, opts.parentId, node.id);
    if (!allowed.ok) return allowed;
    edges = [...edges, { id: edgeId, source: opts.parentId, target: node.id }];
  }
  return { ok: true, value: { ...plan, nodes, edges, updatedAt: opts.now ?? nowIso() } };
}

/**
 * Changes fields of one node. `id` and `kind` never change; keys that do not belong to the
 * node's kind are ignored; `undefined` removes an optional field. Unknown id or no actual
 * change → the same plan.
 */
export function updateNode(plan: Plan, id: string, patch: NodePatch, now: string = nowIso()): Plan {
  const at = graphIndex(plan).nodeOrder(id);
  const node = plan.nodes[at];
  if (!node) return plan;
  const next: Record<string, unknown> = { ...node };
  let changed = false;
  for (const key of KIND_KEYS[node.kind]) {
    if (!Object.prototype.hasOwnProperty.call(patch, key)) continue;
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) {
      if (OPTIONAL_KEYS.has(key) && key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!sameValue(next[key], value)) {
      next[key] = copyValue(value);
      changed = true;
    }
  }
  if (!changed) return plan;
  const nodes = [...plan.nodes];
  nodes[at] = next as unknown as PlanNode;
  return { ...plan, nodes, updatedAt: now };
}

/** Sets positions of several nodes at once (one undo step for a drag). Unknown ids are ignored. */
export function moveNodes(plan: Plan, positions: Readonly<Record<string, Position>>, now: string = nowIso()): Plan {
  let nodes: PlanNode[] | undefined;
  plan.nodes.forEach((n, i) => {
    if (!Object.prototype.hasOwnProperty.call(positions, n.id)) return;
    const p = positions[n.id];
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return;
    nodes ??= [...plan.nodes];
    nodes[i] = { ...n, position: { x: p.x, y: p.y } };
  });
  return nodes ? { ...plan, nodes, updatedAt: now } : plan;
}

/** Removes nodes and every edge that touches them. Unknown ids are ignored. */
export function removeNodes(plan: Plan, ids: Iterable<string>, now: string = nowIso()): Plan {
  const gone = new Set(ids);
  const nodes = plan.nodes.filter((n) => !gone.has(n.id));
  if (nodes.length === plan.nodes.length) return plan;
  const edges = plan.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  return { ...plan, nodes, edges, updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Edges

/** Adds the edge source → target if canConnect allows it (edge appended: last child). */
export function connect(
  plan: Plan,
  sourceId: string,
  targetId: string,
  edgeId: string = newId('edge'),
  now: string = nowIso(),
): Result<Plan> {
  if (graphIndex(plan).edge(edgeId)) return { ok: false, reason: nlRules.operations.duplicateEdgeId };
  const allowed = canConnect(plan, sourceId, targetId);
  if (!allowed.ok) return allowed;
  return {
    ok: true,
    value: { ...plan, edges: [...plan.edges, { id: edgeId, source: sourceId, target: targetId }], updatedAt: now },
  };
}

/** Removes one edge. Unknown id → the same plan. */
export function disconnect(plan: Plan, edgeId: string, now: string = nowIso()): Plan {
  if (!graphIndex(plan).edge(edgeId)) return plan;
  return { ...plan, edges: plan.edges.filter((e) => e.id !== edgeId), updatedAt: now };
}

/**
 * Makes `ownerId` the owner of `actionId`, replacing the action's previous owner (if any);
 * `null` leaves the action without owner. The owner keeps its other actions.
 */
export function setOwner(
  plan: Plan,
  actionId: string,
  ownerId: string | null,
  edgeId: string = newId('edge'),
  now: string = nowIso(),
): Result<Plan> {
  const index = graphIndex(plan);
  const action = index.node(actionId);
  if (!action || (ownerId !== null && !index.node(ownerId))) return { ok: false, reason: nlRules.connect.missingNode };
  if (ownerId !== null && index.ownerOfAction(actionId) === ownerId) return { ok: true, value: plan };
  const isOwnerEdge = (e: Edge) => e.source === actionId && index.node(e.target)?.kind === 'owner';
  const old = index.outgoing(actionId).filter(isOwnerEdge);
  if (ownerId === null) {
    if (old.length === 0) return { ok: true, value: plan };
    return { ok: true, value: { ...plan, edges: plan.edges.filter((e) => !isOwnerEdge(e)), updatedAt: now } };
  }
  const base = old.length === 0 ? plan : { ...plan, edges: plan.edges.filter((e) => !isOwnerEdge(e)) };
  return connect(base, actionId, ownerId, edgeId, now);
}

/**
 * Moves a node under a new parent, replacing its current parent edge:
 * - a goal under another goal (`null`: it becomes a top goal);
 * - an action under another goal (`null`: it is left without goal, which the check reports);
 * - an owner "under" an action means: that action gets this owner (see setOwner); the action's
 *   previous owner is let go, and the owner keeps its other actions. `null` is refused, since
 *   it would not say which action to leave; use setOwner(plan, actionId, null) for that.
 * The new edge is appended, so the node becomes the last child of its new parent. Moving a
 * node under its current parent → ok with the same plan. Refusals as canConnect's.
 */
export function reparent(
  plan: Plan,
  childId: string,
  newParentId: string | null,
  edgeId: string = newId('edge'),
  now: string = nowIso(),
): Result<Plan> {
  const index = graphIndex(plan);
  const child = index.node(childId);
  if (!child) return { ok: false, reason: nlRules.connect.missingNode };
  if (child.kind === 'owner') {
    if (newParentId === null) return { ok: false, reason: nlRules.operations.reparentOwnerNeedsParent };
    const parent = index.node(newParentId);
    if (!parent) return { ok: false, reason: nlRules.connect.missingNode };
    if (parent.kind !== 'action') return { ok: false, reason: nlRules.operations.reparentOwnerNeedsAction };
    return setOwner(plan, newParentId, childId, edgeId, now);
  }
  const isParentEdge = (e: Edge) => e.target === childId && index.node(e.source)?.kind === 'goal';
  const old = index.incoming(childId).filter(isParentEdge);
  if (newParentId === null) {
    if (old.length === 0) return { ok: true, value: plan };
    return { ok: true, value: { ...plan, edges: plan.edges.filter((e) => !isParentEdge(e)), updatedAt: now } };
  }
  const parent = index.node(newParentId);
  if (!parent) return { ok: false, reason: nlRules.connect.missingNode };
  if (parent.kind !== 'goal') return { ok: false, reason: nlRules.operations.reparentNeedsGoal };
  if (old.length === 1 && old[0]?.source === newParentId) return { ok: true, value: plan };
  const base = old.length > 0 ? { ...plan, edges: plan.edges.filter((e) => !isParentEdge(e)) } : plan;
  return connect(base, newParentId, childId, edgeId, now);
}

// ---------------------------------------------------------------------------------------------
// Queries

/**
 * The ids of a node and everything that hangs under it: for a goal its subgoals (all levels),
 * their actions, and the owners whose every action lies inside (an owner shared with an action
 * elsewhere stays out). For an action: itself and its owner if the owner has no other action.
 * For an owner: itself. Order: the root, then depth-first in edge order, then the owners.
 * Unknown id → [].
 */
export function subtreeIds(plan: Pick<Plan, 'nodes' | 'edges'>, rootId: string): string[] {
  const index = graphIndex(plan);
  const root = index.node(rootId);
  if (!root) return [];
  if (root.kind === 'owner') return [rootId];
  const inside = new Set<string>();
  const ids: string[] = [];
  const owners: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (inside.has(id)) continue;
    inside.add(id);
    ids.push(id);
    const kind = index.node(id)?.kind;
    if (kind === 'goal') {
      const kids = index.children(id).filter((c) => {
        const k = index.node(c)?.kind;
        return k === 'goal' || k === 'action';
      });
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
    } else if (kind === 'action') {
      const owner = index.ownerOfAction(id);
      if (owner !== undefined) owners.push(owner);
    }
  }
  const out = new Set<string>();
  for (const o of owners) {
    if (!out.has(o) && index.actionsOfOwner(o).every((a) => inside.has(a))) out.add(o);
  }
  return [...ids, ...out];
}
