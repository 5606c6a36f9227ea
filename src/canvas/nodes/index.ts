import type { NodeTypes } from '@xyflow/react';
import { ActionNode } from './ActionNode';
import { GoalNode } from './GoalNode';
import { OwnerNode } from './OwnerNode';

// Defined once at module level: a new object per render would remount every node.
export const nodeTypes: NodeTypes = { goal: GoalNode, action: ActionNode, owner: OwnerNode };
