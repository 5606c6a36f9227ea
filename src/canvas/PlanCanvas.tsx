import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  useNodesInitialized,
  useStore,
  type Connection,
  type FinalConnectionState,
  type NodeChange,
  type OnNodeDrag,
  type IsValidConnection,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';
import type { Plan, Position } from '../domain/plan/types';
import { canvasAria, nl } from '../i18n';
import { toFlowEdges, toFlowNodes, type PlanFlowEdge, type PlanFlowNode, type ViewState } from './flowModel';
import { edgeTypes } from './edges/TreeEdge';
import { nodeTypes } from './nodes';
import { NodeCallbacksContext, type NodeCallbacks } from './nodes/NodeTitle';

export interface CanvasProps {
  plan: Plan;
  selection: readonly string[];
  editing: { id: string; initial?: string } | null;
  collapsed: readonly string[];
  showMinimap: boolean;
  /** Bring this node into view (a new `seq` asks again). */
  focusRequest: { id: string; seq: number } | null;
  /** Fit these nodes (all when empty) into view, e.g. one branch in a presentation. */
  fitRequest?: { ids: readonly string[]; seq: number } | null;
  readOnly?: boolean;
  /** Nodes marked as changed (a momentopname comparison). */
  highlight?: readonly string[];
  /** Draw only this kind in full (the Doelen step); the others lighter. */
  emphasis?: 'goal';
  onSelectionChange?: (ids: string[]) => void;
  /** End of a drag: the new positions of the dragged nodes (one undo step). */
  onMoveNodes?: (positions: Record<string, Position>) => void;
  /** A single node dropped onto another node: re-parent it there. */
  onDropOnto?: (id: string, targetId: string) => boolean;
  canConnect?: (sourceId: string, targetId: string) => boolean;
  onConnect?: (sourceId: string, targetId: string) => void;
  /** A connection the rules refuse was released on a node. */
  onConnectRefused?: (sourceId: string, targetId: string) => void;
  onCommitTitle?: (id: string, title: string) => void;
  onEndEdit?: () => void;
  onToggleCollapse?: (id: string) => void;
  onStartEdit?: (id: string) => void;
}

// Edges are not clicked or selected (the tree is edited through its nodes): no invisible wide
// hit path per edge, which halves the SVG a large tree draws.
const defaultEdgeOptions = { type: 'tree', interactionWidth: 0, selectable: false, focusable: false } as const;
const fitViewOptions = { padding: 0.15, maxZoom: 1.2 } as const;
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const noop = () => {};

function minimapColor(node: PlanFlowNode): string {
  return node.type === 'goal' ? '#0b3d6b' : node.type === 'action' ? '#5a6b7d' : '#8a6d1f';
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Below this zoom, text is too small to read: nodes are drawn as plain blocks (far cheaper to paint). */
const FAR_ZOOM = 0.22;
const NONE: readonly string[] = [];
/**
 * Above this many nodes, nodes and edges out of view leave the DOM once the user zooms in to a
 * readable zoom, so a drag there stays smooth (1,000 nodes: 15 → 53 fps, docs/benchmarks.md).
 * Zoomed far out (as a large plan opens) every node stays in the DOM; smaller plans keep them all.
 */
const CULL_ABOVE = 500;
const isFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;

function CanvasInner(props: CanvasProps) {
  const { plan, selection, editing, collapsed, showMinimap, focusRequest, readOnly, highlight = NONE, emphasis } = props;
  const flow = useReactFlow<PlanFlowNode, PlanFlowEdge>();
  const far = useStore(isFar);
  const view: ViewState = useMemo(
    () => ({ editing, collapsed: new Set(collapsed), selection: new Set(selection), highlight: new Set(highlight), emphasis }),
    [editing, collapsed, selection, highlight, emphasis],
  );
  const [nodes, setNodes] = useState<PlanFlowNode[]>(() => toFlowNodes(plan, [], view));
  const [edges, setEdges] = useState<PlanFlowEdge[]>(() => toFlowEdges(plan, []));
  const first = useRef(true);

  // The plan is the truth; React Flow's own state (measured size, a drag in progress) is
  // merged into the view, never written back except through the callbacks.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setNodes((prev) => toFlowNodes(plan, prev, view));
    setEdges((prev) => toFlowEdges(plan, prev));
  }, [plan, view]);

  // Latest props for callbacks that must stay stable (nodes and React Flow keep them).
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const focusNode = useCallback(
    (id: string, always = false) => {
      // From the plan, not React Flow's store: a node added in this same update is not there yet.
      const node = latest.current.plan.nodes.find((n) => n.id === id);
      if (!node) return;
      const internal = flow.getInternalNode(id);
      const w = internal?.measured.width ?? NODE_WIDTH;
      const h = internal?.measured.height ?? NODE_HEIGHT;
      const { x, y } = node.position;
      // Move the view only when the node is not already comfortably in sight.
      const box = document.querySelector('.react-flow')?.getBoundingClientRect();
      const topLeft = flow.flowToScreenPosition({ x, y });
      const bottomRight = flow.flowToScreenPosition({ x: x + w, y: y + h });
      const zoom = flow.getZoom();
      const inSight =
        box && zoom >= 0.5 && topLeft.x >= box.left && topLeft.y >= box.top && bottomRight.x <= box.right && bottomRight.y <= box.bottom;
      if (always || !inSight) void flow.setCenter(x + w / 2, y + h / 2, { zoom: Math.max(zoom, 0.75), duration: reducedMotion() ? 0 : 250 });
    },
    [flow],
  );

  // A node asked for before the canvas existed (a link on a step page) is shown instead of the
  // whole tree, once React Flow knows its viewport.
  const [initialFocus] = useState(focusRequest);
  const nodesReady = useNodesInitialized();
  const initialDone = useRef(false);
  useEffect(() => {
    if (!initialFocus || !nodesReady || initialDone.current) return;
    initialDone.current = true;
    // Always centre: the canvas opened without fitting the tree, so "in sight" says little.
    focusNode(initialFocus.id, true);
  }, [initialFocus, nodesReady, focusNode]);

  useEffect(() => {
    if (focusRequest && focusRequest !== initialFocus) focusNode(focusRequest.id);
  }, [focusRequest, initialFocus, focusNode]);

  const fitRequest = props.fitRequest;
  useEffect(() => {
    if (!fitRequest) return;
    const nodes = fitRequest.ids.length ? fitRequest.ids.map((id) => ({ id })) : undefined;
    void flow.fitView({ ...fitViewOptions, ...(nodes ? { nodes } : {}), duration: reducedMotion() ? 0 : 400 });
  }, [fitRequest, flow]);

  const onNodesChange = useCallback((changes: NodeChange<PlanFlowNode>[]) => {
    // Removal goes through the plan (with undo), never through React Flow alone. Selection
    // belongs to the session: React Flow's select changes are turned into a new selection
    // and come back through the props, so the two never overwrite each other.
    const kept = changes.filter((c) => c.type !== 'remove' && c.type !== 'select');
    if (kept.length) setNodes((prev) => applyNodeChanges(kept, prev));
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length) {
      const next = new Set(latest.current.selection);
      for (const c of picks) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      latest.current.onSelectionChange?.([...next]);
    }
  }, []);

  const onNodeDragStop: OnNodeDrag<PlanFlowNode> = useCallback(
    (_e, node, dragged) => {
      const p = latest.current;
      if (dragged.length === 1 && p.onDropOnto) {
        const target = flow.getIntersectingNodes(node).find((n) => n.id !== node.id && !n.hidden);
        if (target && p.onDropOnto(node.id, target.id)) return;
      }
      const positions: Record<string, Position> = {};
      for (const n of dragged) positions[n.id] = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
      p.onMoveNodes?.(positions);
    },
    [flow],
  );

  const isValidConnection: IsValidConnection<PlanFlowEdge> = useCallback(
    (c) => latest.current.canConnect?.(c.source, c.target) ?? false,
    [],
  );
  const onConnect = useCallback((c: Connection) => latest.current.onConnect?.(c.source, c.target), []);
  const onConnectEnd = useCallback((e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromNode) return;
    // React Flow names no target for a refused connection: take the node under the pointer.
    const point = 'changedTouches' in e ? e.changedTouches[0] : e;
    const under = point ? document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node') : null;
    const toId = state.toNode?.id ?? under?.getAttribute('data-id');
    if (!toId || toId === state.fromNode.id) return;
    const fromSource = state.fromHandle?.type !== 'target';
    const [s, t] = fromSource ? [state.fromNode.id, toId] : [toId, state.fromNode.id];
    latest.current.onConnectRefused?.(s, t);
  }, []);
  const onNodeDoubleClick = useCallback((_e: unknown, node: PlanFlowNode) => latest.current.onStartEdit?.(node.id), []);

  const callbacks: NodeCallbacks = useMemo(
    () => ({
      commitTitle: (id, title) => latest.current.onCommitTitle?.(id, title),
      endEdit: () => latest.current.onEndEdit?.(),
      toggleCollapse: (id) => latest.current.onToggleCollapse?.(id),
    }),
    [],
  );

  return (
    <NodeCallbacksContext.Provider value={callbacks}>
      <ReactFlow<PlanFlowNode, PlanFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onNodeDragStop={readOnly ? undefined : onNodeDragStop}
        onNodeDoubleClick={readOnly ? undefined : onNodeDoubleClick}
        isValidConnection={isValidConnection}
        onConnect={readOnly ? undefined : onConnect}
        onConnectEnd={readOnly ? undefined : onConnectEnd}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        nodesFocusable={false}
        connectOnClick={false}
        elementsSelectable
        edgesFocusable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={multiSelectKeys}
        zoomOnDoubleClick={false}
        fitView={!initialFocus}
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={2}
        nodeDragThreshold={2}
        onlyRenderVisibleElements={plan.nodes.length > CULL_ABOVE && !far}
        ariaLabelConfig={canvasAria}
        onError={noop}
        className={far ? 'zoom-far' : undefined}
      >
        <Background gap={24} color="#d5dbe3" />
        <Controls showInteractive={false} />
        {showMinimap && <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel={canvasAria['minimap.ariaLabel']} />}
      </ReactFlow>
    </NodeCallbacksContext.Provider>
  );
}

/** The doelenboom on a React Flow canvas: a view of the plan that reports user intents. */
export const PlanCanvas = memo(function PlanCanvas(props: CanvasProps) {
  return (
    <div className="canvas" role="region" aria-label={nl.plan.canvasLabel(props.plan.title)}>
      <ReactFlowProvider>
        <CanvasInner {...props} />
      </ReactFlowProvider>
    </div>
  );
});
