import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { ActionStatus } from '../../domain/plan/types';
import { nl, nlProgress } from '../../i18n';
import type { ActionData } from '../flowModel';
import { NodeTitle, type CardProps } from './NodeTitle';

/** Status is shown as word and icon, never by colour alone. */
export const STATUS_ICON: Record<ActionStatus, string> = { gepland: '○', lopend: '◐', gereed: '✓', gestopt: '■' };

export const ActionNode = memo(function ActionNode({ id, data }: CardProps<ActionData>) {
  return (
    <div className={`node node-action status-${data.status}`}>
      <Handle type="target" position={Position.Top} />
      <div className="node-head">
        <span className="node-kind">{nl.plan.nodeKind.action}</span>
        <span className="node-status">
          <span aria-hidden="true">{STATUS_ICON[data.status]}</span> {nl.plan.status[data.status]}
        </span>
        {data.due && <span className="node-due">{data.due}</span>}
      </div>
      {data.overdue && <div className="node-overdue">{nlProgress.overdue}</div>}
      <NodeTitle id={id} title={data.title} editing={data.editing} initial={data.editInitial} />
      <div className={data.owner ? 'node-owner' : 'node-owner node-owner-missing'}>
        {data.owner ? `${nl.plan.nodeKind.owner}: ${data.owner}` : nl.plan.noOwner}
      </div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
