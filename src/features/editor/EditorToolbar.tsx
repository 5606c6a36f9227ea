import type { PlanNode } from '../../domain/plan/types';
import { nlEditor } from '../../i18n';
import type { AddKind } from '../../state/editor';
import { usePlanStore } from '../../state/planStore';
import { minimapShown, useSession } from '../../state/sessionStore';
import { addAvailability, runAdd, runDelete, runLayout, runRedo, runUndo } from './commands';
import { SearchBox } from './SearchBox';

const ADD_BUTTONS: { kind: AddKind; label: string }[] = [
  { kind: 'goal', label: nlEditor.addGoal },
  { kind: 'subgoal', label: nlEditor.addSubgoal },
  { kind: 'action', label: nlEditor.addAction },
  { kind: 'owner', label: nlEditor.addOwner },
];

/** A toolbar button that stays focusable when disabled, so its tooltip (the reason) can be read. */
function ToolButton({ label, onClick, disabled, reason, pressed }: { label: string; onClick: () => void; disabled?: boolean; reason?: string; pressed?: boolean }) {
  return (
    <button
      type="button"
      className="button button-small"
      aria-disabled={disabled || undefined}
      aria-pressed={pressed}
      title={disabled ? reason : label}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {label}
    </button>
  );
}

export function EditorToolbar({ selected, nodeCount, onShortcuts, onMove, onAdded }: { selected: PlanNode | undefined; nodeCount: number; onShortcuts: () => void; onMove: () => void; onAdded: () => void }) {
  const canUndo = usePlanStore((s) => s.canUndo);
  const canRedo = usePlanStore((s) => s.canRedo);
  const minimap = useSession((s) => minimapShown(s.minimap, nodeCount));
  const view = useSession((s) => s.view);
  const setMinimap = useSession((s) => s.setMinimap);
  const setView = useSession((s) => s.setView);

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={nlEditor.toolbar}>
      <div className="toolbar-group">
        {ADD_BUTTONS.map(({ kind, label }) => {
          const a = addAvailability(kind, selected);
          return (
            <ToolButton
              key={kind}
              label={label}
              disabled={!a.enabled}
              reason={a.reason}
              onClick={() => {
                runAdd(kind);
                onAdded();
              }}
            />
          );
        })}
      </div>
      <div className="toolbar-group">
        <ToolButton label={nlEditor.undo} disabled={!canUndo} onClick={runUndo} />
        <ToolButton label={nlEditor.redo} disabled={!canRedo} onClick={runRedo} />
        <ToolButton label={nlEditor.delete} disabled={!selected} reason={nlEditor.needSelection} onClick={runDelete} />
        <ToolButton label={nlEditor.moveTo} disabled={!selected} reason={nlEditor.needSelection} onClick={onMove} />
        <ToolButton label={nlEditor.autoLayout} onClick={runLayout} />
      </div>
      <div className="toolbar-group">
        <SearchBox />
        <div className="segmented" role="group" aria-label={nlEditor.viewLabel}>
          <ToolButton label={nlEditor.viewCanvas} pressed={view === 'canvas'} onClick={() => setView('canvas')} />
          <ToolButton label={nlEditor.viewOutline} pressed={view === 'outline'} onClick={() => setView('outline')} />
        </div>
        {view === 'canvas' && <ToolButton label={nlEditor.minimap} pressed={minimap} onClick={() => setMinimap(!minimap)} />}
        <ToolButton label={nlEditor.shortcuts} onClick={onShortcuts} />
      </div>
    </div>
  );
}
