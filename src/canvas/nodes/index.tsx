import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { ActionFlowNode, GoalFlowNode, OwnerFlowNode } from '../flowModel';
import { ActionNode } from './ActionNode';
import { GoalNode } from './GoalNode';
import { OwnerNode } from './OwnerNode';

// React Flow passes a node's position to its component, so a moved node re-renders. These thin
// types hand the memoised cards only id and data: "Automatisch ordenen" moves every node but
// re-draws no card whose content stayed the same.
function GoalType({ id, data }: NodeProps<GoalFlowNode>) {
  return <GoalNode id={id} data={data} />;
}
function ActionType({ id, data }: NodeProps<ActionFlowNode>) {
  return <ActionNode id={id} data={data} />;
}
function OwnerType({ id, data }: NodeProps<OwnerFlowNode>) {
  return <OwnerNode id={id} data={data} />;
}

// Defined once at module level: a new object per render would remount every node.
export const nodeTypes: NodeTypes = { goal: GoalType, action: ActionType, owner: OwnerType };
