import { createKeybindingsHandler } from 'tinykeys';
import { moveNodePositions, selectNeighbour } from '../../state/editor';
import { usePlanStore } from '../../state/planStore';
import { useSession } from '../../state/sessionStore';
import { runAddChild, runAddSibling, runDelete, runRedo, runUndo, selectedId } from './commands';

/** Keys that belong to text fields, not to the editor. */
export function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el.tagName === 'INPUT' && !['button', 'checkbox', 'radio'].includes((el as HTMLInputElement).type));
}

const STEP = 20;

/** Space folds or unfolds the selected goal's branch. */
function toggleFold() {
  const plan = usePlanStore.getState().plan;
  const id = selectedId();
  if (plan && id && plan.nodes.some((n) => n.id === id && n.kind === 'goal')) useSession.getState().toggleCollapsed(plan.id, id);
}

function nudge(dx: number, dy: number) {
  const plan = usePlanStore.getState().plan;
  const ids = useSession.getState().selection;
  if (!plan || ids.length === 0) return;
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of plan.nodes) if (ids.includes(n.id)) positions[n.id] = { x: n.position.x + dx, y: n.position.y + dy };
  moveNodePositions(positions);
}

function withSelection(run: () => void) {
  return (e: KeyboardEvent) => {
    if (!selectedId()) return;
    e.preventDefault();
    e.stopPropagation();
    run();
  };
}

function always(run: () => void) {
  return (e: KeyboardEvent) => {
    e.preventDefault();
    e.stopPropagation();
    run();
  };
}

/**
 * The mind-map keys of the canvas and the outline. `move` decides what the arrows do there
 * (the canvas walks the tree spatially, the outline as a list).
 */
export function editorKeyHandler(opts: { arrows: (dir: 'up' | 'down' | 'left' | 'right') => void; onHelp: () => void }) {
  const bindings = createKeybindingsHandler({
    Tab: withSelection(runAddChild),
    Enter: withSelection(runAddSibling),
    F2: withSelection(() => useSession.getState().startEditing(selectedId() ?? '')),
    Space: withSelection(toggleFold),
    Delete: withSelection(runDelete),
    Backspace: withSelection(runDelete),
    Escape: (e) => {
      if (useSession.getState().selection.length === 0) return;
      e.preventDefault();
      useSession.getState().select([]);
    },
    ArrowUp: always(() => opts.arrows('up')),
    ArrowDown: always(() => opts.arrows('down')),
    ArrowLeft: always(() => opts.arrows('left')),
    ArrowRight: always(() => opts.arrows('right')),
    'Alt+ArrowUp': withSelection(() => nudge(0, -STEP)),
    'Alt+ArrowDown': withSelection(() => nudge(0, STEP)),
    'Alt+ArrowLeft': withSelection(() => nudge(-STEP, 0)),
    'Alt+ArrowRight': withSelection(() => nudge(STEP, 0)),
  });
  return (e: KeyboardEvent) => {
    if (isTextField(e.target)) return;
    if (e.key === '?') {
      e.preventDefault();
      opts.onHelp();
      return;
    }
    bindings(e);
    if (e.defaultPrevented) return;
    // Typing a letter on a selected node starts editing its title with that letter.
    const id = selectedId();
    if (id && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
      e.preventDefault();
      // Keys typed before the title field has focus (a fast typist right after adding a node)
      // are collected, not dropped.
      const s = useSession.getState();
      const typed = s.editing?.id === id ? (s.editing.initial ?? '') : '';
      s.startEditing(id, typed + e.key);
    }
  };
}

export const canvasArrows = (dir: 'up' | 'down' | 'left' | 'right') => selectNeighbour(dir);

/** Undo and redo anywhere on the plan screen, except inside a text field (which has its own). */
export function globalKeyHandler() {
  const bindings = createKeybindingsHandler({
    '$mod+z': always(runUndo),
    // One binding for both cases: tinykeys compares keys case-insensitively, so separate
    // "z" and "Z" bindings would both fire and redo two steps.
    '$mod+Shift+([zZ])': always(runRedo),
    '$mod+y': always(runRedo),
  });
  return (e: KeyboardEvent) => {
    if (isTextField(e.target)) return;
    bindings(e);
  };
}
