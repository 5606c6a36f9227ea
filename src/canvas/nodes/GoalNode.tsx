import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { nl } from '../../i18n';
import type { GoalFlowNode } from '../flowModel';

export const GoalNode = memo(function GoalNode({ data }: NodeProps<GoalFlowNode>) {
  return (
    <div className={data.sub ? 'node node-goal node-subgoal' : 'node node-goal'}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="node-head">
        {data.number && <span className="node-number">{data.number}</span>}
        <span className="node-kind">{data.sub ? nl.plan.nodeKind.subgoal : nl.plan.nodeKind.goal}</span>
        {data.total > 0 && <span className="node-progress">{nl.plan.progress(data.done, data.total)}</span>}
      </div>
      <div className="node-title">{data.title}</div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});
