import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { PlanCanvas } from '../../canvas';
import { graphIndex } from '../../domain/plan/rules';
import type { Plan } from '../../domain/plan/types';
import { nl, nlEditor } from '../../i18n';
import { checkConnect, connectNodes, moveNodePositions, moveUnder, renameNode } from '../../state/editor';
import { usePlanStore } from '../../state/planStore';
import { minimapShown, useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';
import { Splitter } from '../../ui/Splitter';
import { ChecksPanel } from './ChecksPanel';
import { onCopy, onPaste } from './clipboard';
import { EditorToolbar } from './EditorToolbar';
import { Inspector } from './Inspector';
import { canvasArrows, editorKeyHandler, globalKeyHandler } from './keys';
import { MoveDialog } from './MoveDialog';
import { OutlineView } from './OutlineView';
import { ShortcutsDialog } from './ShortcutsDialog';

const EMPTY: readonly string[] = [];

/**
 * The doelenboom editor: toolbar, canvas or outline, details and kwaliteitscheck.
 * `aside` goes above Details, `sideEnd` below the kwaliteitscheck (neither changes the canvas's
 * size), `below` under the canvas (it takes canvas height: for what belongs with the tree).
 */
export function EditorView({ plan, aside, sideEnd, below, emphasis }: { plan: Plan; aside?: ReactNode; sideEnd?: ReactNode; below?: ReactNode; emphasis?: 'goal' }) {
  const selection = useSession((s) => s.selection);
  const editing = useSession((s) => s.editing);
  const collapsed = useSession((s) => s.collapsed[plan.id] ?? EMPTY);
  const minimap = useSession((s) => minimapShown(s.minimap, plan.nodes.length));
  const view = useSession((s) => s.view);
  const focusRequest = useSession((s) => s.focusRequest);
  const highlight = useSession((s) => s.highlight);
  const belowShare = useSession((s) => s.belowShare);
  const setBelowShare = useSession((s) => s.setBelowShare);
  const belowId = useId();
  const [dialog, setDialog] = useState<'shortcuts' | 'move' | null>(null);
  const canvasBox = useRef<HTMLDivElement>(null);

  const selectedId = selection[selection.length - 1];
  const selected = selectedId ? graphIndex(plan).node(selectedId) : undefined;

  // Selection is per plan: forget it when another plan opens, but keep a node a step page
  // asked to show (it is in this plan).
  useEffect(() => {
    const session = useSession.getState();
    const ids = new Set(usePlanStore.getState().plan?.nodes.map((n) => n.id));
    if (!session.selection.every((id) => ids.has(id))) session.select([]);
    session.stopEditing();
  }, [plan.id]);

  // A request to show a node is for the canvas that is open now (or opens next, from a link on a
  // step page); one left over must not move the view when the tree is opened again later.
  useEffect(() => () => useSession.setState({ focusRequest: null }), []);

  // Undo/redo and copy/paste on the whole plan screen.
  useEffect(() => {
    const keys = globalKeyHandler();
    window.addEventListener('keydown', keys);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', keys);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);

  // Tells screen-reader users where the keyboard selection went on the canvas.
  const announcement = selected ? `${nl.plan.nodeKind[selected.kind]}: ${selected.title}` : '';

  const openHelp = useCallback(() => setDialog('shortcuts'), []);
  // After a toolbar add, keys go to the tree (where the new title opens), never to the button,
  // where a space would add another node.
  const focusEditingArea = useCallback(() => {
    const area = canvasBox.current ?? document.querySelector<HTMLElement>('[role="tree"]');
    area?.focus({ preventScroll: true });
  }, []);
  const canvasKeys = useMemo(() => editorKeyHandler({ arrows: canvasArrows, onHelp: openHelp }), [openHelp]);

  const onSelectionChange = useCallback((ids: string[]) => useSession.getState().select(ids), []);
  const canConnect = useCallback((s: string, t: string) => checkConnect(s, t).ok, []);
  const onConnect = useCallback((s: string, t: string) => {
    const result = connectNodes(s, t);
    notify.status(result.ok ? nlEditor.connected : nlEditor.refused(result.reason));
  }, []);
  const onConnectRefused = useCallback((s: string, t: string) => {
    const result = checkConnect(s, t);
    if (!result.ok) notify.status(nlEditor.refused(result.reason));
  }, []);
  const onDropOnto = useCallback((id: string, targetId: string) => {
    const result = moveUnder(id, targetId);
    return result.ok;
  }, []);
  const onCommitTitle = useCallback((id: string, title: string) => renameNode(id, title), []);
  const onEndEdit = useCallback(() => {
    useSession.getState().stopEditing();
    // Keep the keyboard on the canvas, so the next Enter or Tab goes on building.
    canvasBox.current?.focus({ preventScroll: true });
  }, []);
  const onToggleCollapse = useCallback((id: string) => useSession.getState().toggleCollapsed(plan.id, id), [plan.id]);
  const onStartEdit = useCallback((id: string) => useSession.getState().startEditing(id), []);

  return (
    <div className="editor">
      <EditorToolbar selected={selected} nodeCount={plan.nodes.length} onShortcuts={openHelp} onMove={() => setDialog('move')} onAdded={focusEditingArea} />
      <div className={below ? 'editor-split' : 'editor-split editor-split-full'}>
        <div className="editor-body">
          <div className="editor-main">
            {view === 'canvas' ? (
              <div
                ref={canvasBox}
                className="canvas-box"
                tabIndex={0}
                aria-describedby="canvas-help"
                onKeyDownCapture={(e) => canvasKeys(e.nativeEvent)}
              >
                <p id="canvas-help" className="visually-hidden">
                  {nlEditor.canvasHelp}
                </p>
                <p className="visually-hidden" aria-live="polite">
                  {announcement}
                </p>
                <PlanCanvas
                  plan={plan}
                  selection={selection}
                  editing={editing}
                  collapsed={collapsed}
                  showMinimap={minimap}
                  focusRequest={focusRequest}
                  highlight={highlight}
                  emphasis={emphasis}
                  onSelectionChange={onSelectionChange}
                  onMoveNodes={moveNodePositions}
                  onDropOnto={onDropOnto}
                  canConnect={canConnect}
                  onConnect={onConnect}
                  onConnectRefused={onConnectRefused}
                  onCommitTitle={onCommitTitle}
                  onEndEdit={onEndEdit}
                  onToggleCollapse={onToggleCollapse}
                  onStartEdit={onStartEdit}
                />
              </div>
            ) : (
              <div className="outline-box">
                <OutlineView plan={plan} onHelp={openHelp} />
              </div>
            )}
          </div>
          <aside className="editor-side">
            {aside}
            <Inspector plan={plan} node={selected} count={selection.length} />
            <ChecksPanel plan={plan} />
            {sideEnd}
          </aside>
        </div>
        {below && (
          <>
            <Splitter value={belowShare} min={15} max={85} onChange={setBelowShare} label={nlEditor.resizeBelow} controls={belowId} />
            <div className="editor-below" id={belowId} style={{ flexBasis: `${belowShare}%` }}>
              {below}
            </div>
          </>
        )}
      </div>
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'move' && selected && <MoveDialog plan={plan} node={selected} onClose={() => setDialog(null)} />}
    </div>
  );
}
