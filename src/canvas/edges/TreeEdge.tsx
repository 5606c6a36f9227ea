import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';

const RADIUS = 6;

/**
 * An edge of the doelenboom: down from the parent, across at half height, down into the child,
 * with rounded bends. Drawn directly: React Flow's smoothstep edge routes around obstacles
 * generically, which cost ~40 % of the work when a layout moved every node of a large plan.
 */
export function treeEdgePath(sx: number, sy: number, tx: number, ty: number): string {
  const my = (sy + ty) / 2;
  const dx = tx - sx;
  if (Math.abs(dx) < 1) return `M${sx},${sy}L${tx},${ty}`;
  const r = Math.min(RADIUS, Math.abs(dx) / 2, Math.abs(my - sy));
  const h = Math.sign(dx) * r;
  const v = Math.sign(ty - sy || 1) * r;
  return `M${sx},${sy}L${sx},${my - v}Q${sx},${my} ${sx + h},${my}L${tx - h},${my}Q${tx},${my} ${tx},${my + v}L${tx},${ty}`;
}

export const TreeEdge = memo(function TreeEdge({ sourceX, sourceY, targetX, targetY, style, markerEnd }: EdgeProps) {
  return <path className="react-flow__edge-path" d={treeEdgePath(sourceX, sourceY, targetX, targetY)} style={style} markerEnd={markerEnd} fill="none" />;
});

// Module level: a new object per render would make React Flow re-create every edge.
export const edgeTypes = { tree: TreeEdge };
