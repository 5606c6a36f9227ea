import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import { nl } from '../../i18n';
import type { OwnerData } from '../flowModel';
import { NodeTitle, type CardProps } from './NodeTitle';

export const OwnerNode = memo(function OwnerNode({ id, data }: CardProps<OwnerData>) {
  return (
    <div className="node node-owner-card">
      <Handle type="target" position={Position.Top} />
      <div className="node-head">
        <span className="node-kind">{nl.plan.nodeKind.owner}</span>
        <span className="node-count">{nl.plan.actionsOwned(data.actions)}</span>
      </div>
      <NodeTitle id={id} title={data.title} editing={data.editing} initial={data.editInitial} />
    </div>
  );
});
