import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import { nl, nlEditor } from '../../i18n';
import type { GoalData } from '../flowModel';
import { NodeTitle, useNodeCallbacks, type CardProps } from './NodeTitle';

export const GoalNode = memo(function GoalNode({ id, data }: CardProps<GoalData>) {
  const { toggleCollapse } = useNodeCallbacks();
  return (
    <div className={data.sub ? 'node node-goal node-subgoal' : 'node node-goal'}>
      <Handle type="target" position={Position.Top} />
      <div className="node-head">
        {data.number && <span className="node-number">{data.number}</span>}
        <span className="node-kind">{data.sub ? nl.plan.nodeKind.subgoal : nl.plan.nodeKind.goal}</span>
        {data.total > 0 && <span className="node-progress">{nl.plan.progress(data.done, data.total)}</span>}
      </div>
      <NodeTitle id={id} title={data.title} editing={data.editing} initial={data.editInitial} />
      {data.measure && <div className="node-measure">{data.measure}</div>}
      {data.hasChildren && (
        <button
          type="button"
          className="node-fold nodrag"
          tabIndex={-1}
          aria-expanded={!data.collapsed}
          onClick={() => toggleCollapse(id)}
          title={data.collapsed ? nlEditor.expand : nlEditor.collapse}
        >
          {data.collapsed ? `▸ ${nlEditor.hiddenCount(data.hiddenCount)}` : `▾ ${nlEditor.collapse}`}
        </button>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
