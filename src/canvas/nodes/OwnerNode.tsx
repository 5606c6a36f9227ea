import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { nl } from '../../i18n';
import type { OwnerFlowNode } from '../flowModel';

export const OwnerNode = memo(function OwnerNode({ data }: NodeProps<OwnerFlowNode>) {
  return (
    <div className="node node-owner-card">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="node-head">
        <span className="node-kind">{nl.plan.nodeKind.owner}</span>
        <span className="node-count">{nl.plan.actionsOwned(data.actions)}</span>
      </div>
      <div className="node-title">{data.title}</div>
    </div>
  );
});
