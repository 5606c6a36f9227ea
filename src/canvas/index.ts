// The only place that imports @xyflow/react: the canvas is an adapter at the edge.
export { PlanCanvas, type CanvasProps } from './PlanCanvas';
export { STATUS_ICON } from './nodes/ActionNode';
