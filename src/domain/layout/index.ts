import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Edge, NodeKind, Position } from '../plan/types';

/** Size the layout reserves for one node; node components are drawn to fit it. */
export const NODE_WIDTH = 260;
export const NODE_HEIGHT = 110;

/** Free space between neighbours in a row, and between rows. */
const GAP_X = 40;
const GAP_Y = 80;
const STEP_X = NODE_WIDTH + GAP_X;
const STEP_Y = NODE_HEIGHT + GAP_Y;
/** Extra room between nodes of different parents, as a share of STEP_X. */
const COUSIN_SEPARATION = 1.25;

export interface LayoutNode {
  id: string;
  kind: NodeKind;
}

interface TreeDatum {
  id: string;
  children: TreeDatum[];
}

/**
 * Top-down tidy-tree layout (d3-hierarchy): a virtual root over all top goals (goals without a
 * parent goal) in node order; under each goal its subgoals and actions in edge order (actions
 * are leaves). Owners go in one row below the whole tree, each centred under the mean x of its
 * actions and pushed apart where they would overlap (least total displacement, order kept).
 * Actions without goal go in a row to the right of the tree, just above the owner row; owners
 * without actions at the right end of the owner row. Tolerates what a valid plan never has:
 * cycles, a second parent, edges to unknown nodes or between wrong kinds (first edge wins).
 * Returns the top-left position of every node (boxes of NODE_WIDTH × NODE_HEIGHT never
 * overlap); the top-left of the whole drawing is (0, 0). Linear in nodes + edges, plus a sort
 * of the owners.
 */
export function layoutPositions(nodes: readonly LayoutNode[], edges: readonly Edge[]): Map<string, Position> {
  const kind = new Map<string, NodeKind>();
  for (const n of nodes) if (!kind.has(n.id)) kind.set(n.id, n.kind);

  const goalChildren = new Map<string, string[]>();
  const hasGoalParent = new Set<string>();
  const ownerOf = new Map<string, string>();
  for (const e of edges) {
    const s = kind.get(e.source);
    const t = kind.get(e.target);
    if (s === 'goal' && (t === 'goal' || t === 'action') && e.source !== e.target) {
      const list = goalChildren.get(e.source);
      if (list) list.push(e.target);
      else goalChildren.set(e.source, [e.target]);
      hasGoalParent.add(e.target);
    } else if (s === 'action' && t === 'owner' && !ownerOf.has(e.source)) {
      ownerOf.set(e.source, e.target);
    }
  }

  // The tree: each node once, under the first parent that reaches it.
  const placed = new Set<string>();
  const root: TreeDatum = { id: '', children: [] };
  const grow = (id: string): TreeDatum => {
    placed.add(id);
    const datum: TreeDatum = { id, children: [] };
    const stack: TreeDatum[] = [datum];
    while (stack.length > 0) {
      const parent = stack.pop() as TreeDatum;
      for (const child of goalChildren.get(parent.id) ?? []) {
        if (placed.has(child)) continue;
        placed.add(child);
        const d: TreeDatum = { id: child, children: [] };
        parent.children.push(d);
        if (kind.get(child) === 'goal') stack.push(d);
      }
    }
    return datum;
  };
  for (const [id, k] of kind) if (k === 'goal' && !hasGoalParent.has(id)) root.children.push(grow(id));
  // Goals only reachable through a cycle: start a tree at the first of each.
  for (const [id, k] of kind) if (k === 'goal' && !placed.has(id)) root.children.push(grow(id));

  const centres = new Map<string, Position>(); // centre x, top y
  let minX = Infinity;
  let maxX = -Infinity;
  let rows = 0; // rows taken by the tree
  if (root.children.length > 0) {
    const laidOut = tree<TreeDatum>()
      .nodeSize([STEP_X, STEP_Y])
      .separation((a, b) => (a.parent === b.parent ? 1 : COUSIN_SEPARATION))(
      hierarchy(root, (d) => (d.children.length > 0 ? d.children : null)),
    );
    laidOut.each((n: HierarchyPointNode<TreeDatum>) => {
      if (n.depth === 0) return;
      centres.set(n.data.id, { x: n.x, y: (n.depth - 1) * STEP_Y });
      if (n.x < minX) minX = n.x;
      if (n.x > maxX) maxX = n.x;
      if (n.depth > rows) rows = n.depth;
    });
  }

  // Actions without goal: a row to the right of the tree, just above the owner row.
  const orphanActions: string[] = [];
  for (const [id, k] of kind) if (k === 'action' && !placed.has(id)) orphanActions.push(id);
  const ownerRow = Math.max(rows, orphanActions.length > 0 ? 1 : 0);
  if (orphanActions.length > 0) {
    let x = Number.isFinite(maxX) ? maxX + STEP_X * COUSIN_SEPARATION : 0;
    for (const id of orphanActions) {
      centres.set(id, { x, y: (ownerRow - 1) * STEP_Y });
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      x += STEP_X;
    }
  }

  // Owners: one row, each under the mean x of its actions, then pushed apart.
  const sum = new Map<string, { x: number; n: number }>();
  for (const [action, owner] of ownerOf) {
    const c = centres.get(action);
    if (!c) continue;
    const s = sum.get(owner);
    if (s) {
      s.x += c.x;
      s.n++;
    } else sum.set(owner, { x: c.x, n: 1 });
  }
  const owned: Array<{ id: string; want: number }> = [];
  const unowned: string[] = [];
  for (const [id, k] of kind) {
    if (k !== 'owner') continue;
    const s = sum.get(id);
    if (s) owned.push({ id, want: s.x / s.n });
    else unowned.push(id);
  }
  owned.sort((a, b) => a.want - b.want); // stable: ties keep node order
  const xs = spreadApart(
    owned.map((o) => o.want),
    STEP_X,
  );
  const ownerY = ownerRow * STEP_Y;
  let lastX = -Infinity;
  owned.forEach((o, i) => {
    const x = xs[i] as number;
    centres.set(o.id, { x, y: ownerY });
    lastX = x;
  });
  let x = Number.isFinite(lastX) ? lastX + STEP_X * COUSIN_SEPARATION : Number.isFinite(minX) ? minX : 0;
  for (const id of unowned) {
    centres.set(id, { x, y: ownerY });
    x += STEP_X;
  }

  // Top-left corners, with the drawing starting at (0, 0).
  let left = Infinity;
  for (const c of centres.values()) if (c.x < left) left = c.x;
  const out = new Map<string, Position>();
  for (const [id, c] of centres) out.set(id, { x: Math.round(c.x - left), y: c.y });
  return out;
}

/**
 * Positions as close as possible (least squares) to the sorted `wanted` ones, in the same
 * order, with at least `gap` between neighbours. Pool-adjacent-violators on wanted[i] − i·gap:
 * linear time.
 */
function spreadApart(wanted: readonly number[], gap: number): number[] {
  const blocks: Array<{ sum: number; n: number }> = [];
  wanted.forEach((w, i) => {
    let block = { sum: w - i * gap, n: 1 };
    for (let last = blocks.at(-1); last && last.sum / last.n > block.sum / block.n; last = blocks.at(-1)) {
      blocks.pop();
      block = { sum: last.sum + block.sum, n: last.n + block.n };
    }
    blocks.push(block);
  });
  const out: number[] = [];
  for (const b of blocks) {
    const mean = b.sum / b.n;
    for (let k = 0; k < b.n; k++) out.push(mean + out.length * gap);
  }
  // Whole pixels, keeping the gap exact after rounding.
  for (let i = 0; i < out.length; i++) {
    out[i] = i === 0 ? Math.round(out[0] as number) : Math.max(Math.round(out[i] as number), (out[i - 1] as number) + gap);
  }
  return out;
}

/** Room kept free around a newly placed node. */
const FREE_MARGIN = 20;
/** Grid of the search for a free spot: half a node step, up to SEARCH_RINGS steps away. */
const SEARCH_DX = Math.round(STEP_X / 2);
const SEARCH_DY = Math.round(STEP_Y / 2);
const SEARCH_RINGS = 60;
let offsets: Array<readonly [number, number]> | undefined;

/** Grid offsets (excluding 0,0) nearest first; computed once. */
function searchOffsets(): ReadonlyArray<readonly [number, number]> {
  if (!offsets) {
    const list: Array<readonly [number, number]> = [];
    for (let i = -SEARCH_RINGS; i <= SEARCH_RINGS; i++) {
      for (let j = -SEARCH_RINGS; j <= SEARCH_RINGS; j++) if (i !== 0 || j !== 0) list.push([i, j]);
    }
    const d = ([i, j]: readonly [number, number]) => (i * SEARCH_DX) ** 2 + (j * SEARCH_DY) ** 2;
    list.sort((a, b) => d(a) - d(b));
    offsets = list;
  }
  return offsets;
}

/**
 * A top-left position near `near` (tried first) where a NODE_WIDTH × NODE_HEIGHT box, with
 * FREE_MARGIN around it, overlaps no existing node. Searches outward on a grid of half-node
 * steps, nearest first (up to SEARCH_RINGS steps); falls back to just below all nodes.
 */
export function nextFreePosition(nodes: readonly { position: Position }[], near: Position): Position {
  const w = NODE_WIDTH + FREE_MARGIN;
  const h = NODE_HEIGHT + FREE_MARGIN;
  // Spatial hash of the existing boxes, one cell per node size.
  const cells = new Map<string, Position[]>();
  let bottom = -Infinity;
  let leftmost = Infinity;
  for (const n of nodes) {
    const p = n.position;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    bottom = Math.max(bottom, p.y + NODE_HEIGHT);
    leftmost = Math.min(leftmost, p.x);
    for (let cx = Math.floor(p.x / w); cx <= Math.floor((p.x + NODE_WIDTH) / w); cx++) {
      for (let cy = Math.floor(p.y / h); cy <= Math.floor((p.y + NODE_HEIGHT) / h); cy++) {
        const key = `${cx},${cy}`;
        const list = cells.get(key);
        if (list) list.push(p);
        else cells.set(key, [p]);
      }
    }
  }
  const free = (x: number, y: number): boolean => {
    const x0 = x - FREE_MARGIN;
    const y0 = y - FREE_MARGIN;
    const x1 = x + NODE_WIDTH + FREE_MARGIN;
    const y1 = y + NODE_HEIGHT + FREE_MARGIN;
    for (let cx = Math.floor(x0 / w); cx <= Math.floor(x1 / w); cx++) {
      for (let cy = Math.floor(y0 / h); cy <= Math.floor(y1 / h); cy++) {
        for (const p of cells.get(`${cx},${cy}`) ?? []) {
          if (p.x < x1 && p.x + NODE_WIDTH > x0 && p.y < y1 && p.y + NODE_HEIGHT > y0) return false;
        }
      }
    }
    return true;
  };
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  if (!Number.isFinite(start.x) || !Number.isFinite(start.y)) start.x = start.y = 0;
  if (free(start.x, start.y)) return start;
  for (const [i, j] of searchOffsets()) {
    const x = start.x + i * SEARCH_DX;
    const y = start.y + j * SEARCH_DY;
    if (free(x, y)) return { x, y };
  }
  return { x: Number.isFinite(leftmost) ? leftmost : start.x, y: bottom + GAP_Y };
}
