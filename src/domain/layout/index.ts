import type { Edge, NodeKind, Position } from '../plan/types';

/** Size the layout reserves for one node; node components are drawn to fit it. */
export const NODE_WIDTH = 260;
export const NODE_HEIGHT = 110;

export interface LayoutNode {
  id: string;
  kind: NodeKind;
}

/**
 * Top-down tree layout: goals, then the actions under them, then owners below the actions
 * they own. Keeps sibling order (the order of `edges`). Returns a position for every node.
 * TEMPORARY stub: a grid, until the tidy-tree layout lands.
 */
export function layoutPositions(nodes: readonly LayoutNode[], _edges: readonly Edge[]): Map<string, Position> {
  const out = new Map<string, Position>();
  nodes.forEach((n, i) => out.set(n.id, { x: (i % 10) * (NODE_WIDTH + 40), y: Math.floor(i / 10) * (NODE_HEIGHT + 60) }));
  return out;
}
