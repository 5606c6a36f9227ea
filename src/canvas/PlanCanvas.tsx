import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Plan, Position } from '../domain/plan/types';
import { canvasAria, nl } from '../i18n';
import { toFlowEdges, toFlowNodes, type PlanFlowEdge, type PlanFlowNode } from './flowModel';
import { nodeTypes } from './nodes';

interface Props {
  plan: Plan;
  /** Called once at the end of a drag with the new positions of the dragged nodes. */
  onMoveNodes?: (positions: Record<string, Position>) => void;
}

const defaultEdgeOptions = { type: 'smoothstep' } as const;
const fitViewOptions = { padding: 0.15, maxZoom: 1.2 } as const;

function minimapColor(node: PlanFlowNode): string {
  return node.type === 'goal' ? '#0b3d6b' : node.type === 'action' ? '#5a6b7d' : '#8a6d1f';
}

export function PlanCanvas({ plan, onMoveNodes }: Props) {
  const [nodes, setNodes] = useState<PlanFlowNode[]>(() => toFlowNodes(plan, []));
  const [edges, setEdges] = useState<PlanFlowEdge[]>(() => toFlowEdges(plan, []));
  const first = useRef(true);

  // The plan is the truth; React Flow's own state (measured size, selection, a drag in
  // progress) is merged into the view, never written back except through onMoveNodes.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNodes((prev) => toFlowNodes(plan, prev));
    setEdges((prev) => toFlowEdges(plan, prev));
  }, [plan]);

  const onNodesChange = useCallback((changes: NodeChange<PlanFlowNode>[]) => {
    // Removal goes through the plan (with undo), never through React Flow alone.
    const kept = changes.filter((c) => c.type !== 'remove');
    if (kept.length) setNodes((prev) => applyNodeChanges(kept, prev));
  }, []);

  const onNodeDragStop: OnNodeDrag<PlanFlowNode> = useCallback(
    (_e, _node, dragged) => {
      if (!onMoveNodes) return;
      const positions: Record<string, Position> = {};
      for (const n of dragged) positions[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
      onMoveNodes(positions);
    },
    [onMoveNodes],
  );

  return (
    <div className="canvas" aria-label={nl.plan.canvasLabel(plan.title)} role="region">
      <ReactFlow<PlanFlowNode, PlanFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        nodesDraggable={Boolean(onMoveNodes)}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2}
        ariaLabelConfig={canvasAria}
      >
        <Background gap={24} color="#d5dbe3" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel={canvasAria['minimap.ariaLabel']} />
      </ReactFlow>
    </div>
  );
}
