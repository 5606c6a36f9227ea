// A bare React Flow page for the benchmark: the same plan's nodes and edges with React
// Flow's default nodes and nothing else, so our canvas can be measured against it.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { layoutPositions } from '../../src/domain/layout';

interface FileNode {
  id: string;
  kind: 'goal' | 'action' | 'owner';
  title: string;
  position?: { x: number; y: number };
}

// "Automatisch ordenen" here moves every node between the app's tree layout and the file's
// positions, so the benchmark can compare React Flow alone re-drawing a layout with the app.
function App({ initial, edges, plan }: { initial: Node[]; edges: Edge[]; plan: FileNode[] }) {
  const [nodes, setNodes] = useState(initial);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((n) => applyNodeChanges(changes, n)), []);
  const [laidOut, setLaidOut] = useState(false);
  const toggleLayout = () => {
    const positions = laidOut ? null : layoutPositions(plan, edges);
    setNodes((ns) => ns.map((n, i) => ({ ...n, position: positions?.get(n.id) ?? initial[i]?.position ?? n.position })));
    setLaidOut(!laidOut);
  };
  return (
    <>
      <button type="button" onClick={toggleLayout} style={{ position: 'absolute', zIndex: 10, left: 300, top: 0 }}>
        Automatisch ordenen
      </button>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView minZoom={0.05} />
    </>
  );
}

const input = document.createElement('input');
input.type = 'file';
input.setAttribute('aria-label', 'Plan');
document.body.prepend(input);
input.onchange = async () => {
  const file = input.files?.[0];
  const root = document.getElementById('root');
  if (!file || !root) return;
  const plan = JSON.parse(await file.text()).plan as { nodes: FileNode[]; edges: Edge[] };
  const nodes: Node[] = plan.nodes.map((n, i) => ({ id: n.id, position: n.position ?? { x: (i % 40) * 260, y: Math.floor(i / 40) * 140 }, data: { label: n.title } }));
  const edges: Edge[] = plan.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  createRoot(root).render(<App initial={nodes} edges={edges} plan={plan.nodes} />);
};
