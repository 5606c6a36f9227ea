// The only place that imports @xyflow/react: the canvas is an adapter at the edge.
export { PlanCanvas } from './PlanCanvas';
