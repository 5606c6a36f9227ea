import { createContext, useContext, useEffect, useRef } from 'react';
import { nlEditor } from '../../i18n';

/** Callbacks from the canvas to its nodes; one stable object, so nodes don't re-render for it. */
export interface NodeCallbacks {
  commitTitle(id: string, title: string): void;
  endEdit(): void;
  toggleCollapse(id: string): void;
}

/** What a node card draws from: its id and its data, never its position (see nodeTypes). */
export interface CardProps<D> {
  id: string;
  data: D;
}

export const NodeCallbacksContext = createContext<NodeCallbacks>({ commitTitle() {}, endEdit() {}, toggleCollapse() {} });

export function useNodeCallbacks(): NodeCallbacks {
  return useContext(NodeCallbacksContext);
}

/** The title as text, or — while editing — a field: Enter or Escape confirms, Shift+Enter a new line. */
export function NodeTitle({ id, title, editing, initial }: { id: string; title: string; editing: boolean; initial: string | undefined }) {
  const callbacks = useNodeCallbacks();
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    if (!editing) return;
    done.current = false;
    // React Flow keeps a new node invisible until it is measured, and an invisible field
    // cannot take focus: try again for a few frames.
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const el = field.current;
      if (!el) return;
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) {
        if (++frames < 30) raf = requestAnimationFrame(tryFocus);
        return;
      }
      if (initial === undefined) el.select();
      else el.setSelectionRange(el.value.length, el.value.length);
    };
    tryFocus();
    return () => cancelAnimationFrame(raf);
  }, [editing, initial]);

  if (!editing) return <div className="node-title">{title}</div>;

  const finish = () => {
    if (done.current) return;
    done.current = true;
    const value = field.current?.value ?? '';
    if (value.trim() && value.trim() !== title) callbacks.commitTitle(id, value);
    callbacks.endEdit();
  };

  return (
    <textarea
      // A new start (more keys typed before focus) gives a fresh field with that text.
      key={initial ?? ''}
      ref={field}
      className="node-title-input nodrag nopan nowheel"
      aria-label={nlEditor.titleLabel}
      defaultValue={initial ?? title}
      maxLength={500}
      rows={3}
      onKeyDown={(e) => {
        e.stopPropagation();
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          finish();
        }
      }}
      onBlur={finish}
    />
  );
}
