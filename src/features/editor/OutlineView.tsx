import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Plan } from '../../domain/plan/types';
import { nl, nlEditor, nlOutline } from '../../i18n';
import { renameNode } from '../../state/editor';
import { useSession } from '../../state/sessionStore';
import { editorKeyHandler } from './keys';
import { outlineItems, type OutlineItem } from './outlineItems';

const EMPTY: readonly string[] = [];

/** The accessible equivalent of the canvas: an ARIA tree, edited with the same keys. */
export function OutlineView({ plan, onHelp }: { plan: Plan; onHelp: () => void }) {
  const selection = useSession((s) => s.selection);
  const editing = useSession((s) => s.editing);
  const collapsedList = useSession((s) => s.collapsed[plan.id] ?? EMPTY);
  const collapsed = useMemo(() => new Set(collapsedList), [collapsedList]);
  const items = useMemo(() => outlineItems(plan, collapsed), [plan, collapsed]);
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);
  const tree = useRef<HTMLUListElement>(null);

  const selectedId = selection[selection.length - 1];
  // The focused row follows the selection (a row for the selected node, preferably the current one).
  const activeKey = useMemo(() => {
    if (focusKey && items.some((i) => i.key === focusKey && i.id === selectedId)) return focusKey;
    return items.find((i) => i.id === selectedId)?.key ?? items[0]?.key;
  }, [items, focusKey, selectedId]);

  useEffect(() => {
    if (!tree.current?.contains(document.activeElement) || editing) return;
    tree.current.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeKey ?? '')}"]`)?.focus();
  }, [activeKey, editing]);

  const go = (item: OutlineItem | undefined) => {
    if (!item) return;
    setFocusKey(item.key);
    useSession.getState().select([item.id]);
  };

  const arrows = (dir: 'up' | 'down' | 'left' | 'right') => {
    const at = items.findIndex((i) => i.key === activeKey);
    const item = items[at];
    if (!item) return go(items[0]);
    const s = useSession.getState();
    if (dir === 'up') return go(items[at - 1]);
    if (dir === 'down') return go(items[at + 1]);
    if (dir === 'right') {
      if (item.foldable && !item.expanded) return s.setCollapsed(plan.id, item.id, false);
      if (item.expanded) return go(items[at + 1]);
      return;
    }
    if (item.foldable && item.expanded) return s.setCollapsed(plan.id, item.id, true);
    return go(items.find((i) => i.key === item.parentKey));
  };

  const handler = useMemo(() => editorKeyHandler({ arrows, onHelp }), [items, activeKey, onHelp]); // eslint-disable-line react-hooks/exhaustive-deps

  function onKeyDown(e: KeyboardEvent) {
    const native = e.nativeEvent;
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      return go(e.key === 'Home' ? items[0] : items[items.length - 1]);
    }
    // Select the focused row first, so keys act on what the user sees focused.
    const item = items.find((i) => i.key === activeKey);
    if (item && selectedId !== item.id) useSession.getState().select([item.id]);
    handler(native);
  }

  if (items.length === 0) return <p className="outline-empty">{nlOutline.empty}</p>;

  return (
    <ul ref={tree} role="tree" aria-label={nlOutline.label(plan.title)} className="outline" onKeyDown={onKeyDown}>
      {items.map((item) => {
        const isEditing = editing?.id === item.id && item.key === activeKey;
        const kind = item.kind === 'goal' ? (item.sub ? nl.plan.nodeKind.subgoal : nl.plan.nodeKind.goal) : nl.plan.nodeKind[item.kind];
        return (
          <li
            key={item.key}
            data-key={item.key}
            role="treeitem"
            aria-level={item.level}
            aria-posinset={item.posinset}
            aria-setsize={item.setsize}
            aria-expanded={item.foldable ? item.expanded : undefined}
            aria-selected={selection.includes(item.id)}
            aria-label={`${kind}: ${item.title}`}
            tabIndex={item.key === activeKey ? 0 : -1}
            className={`outline-item outline-${item.kind}`}
            style={{ paddingLeft: `${(item.level - 1) * 1.6 + 0.5}rem` }}
            onClick={(e) => {
              e.stopPropagation();
              go(item);
            }}
            onDoubleClick={() => useSession.getState().startEditing(item.id)}
          >
            {item.foldable ? (
              <span className="outline-toggle" aria-hidden="true" onClick={(e) => {
                e.stopPropagation();
                useSession.getState().toggleCollapsed(plan.id, item.id);
              }}>
                {item.expanded ? '▾' : '▸'}
              </span>
            ) : (
              <span className="outline-toggle" aria-hidden="true" />
            )}
            <span className="outline-kind" aria-hidden="true">{item.number ? `${item.number} ` : ''}{kind}</span>
            {isEditing ? (
              <OutlineTitleInput id={item.id} title={item.title} initial={editing?.initial} onDone={() => {
                useSession.getState().stopEditing();
                tree.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(item.key)}"]`)?.focus();
              }} />
            ) : (
              <span className="outline-title">{item.title}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function OutlineTitleInput({ id, title, initial, onDone }: { id: string; title: string; initial: string | undefined; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    if (initial === undefined) el.select();
  }, [initial]);
  const finish = () => {
    if (done.current) return;
    done.current = true;
    const value = field.current?.value ?? '';
    if (value.trim() && value.trim() !== title) renameNode(id, value);
    onDone();
  };
  return (
    <input
      key={initial ?? ''}
      ref={field}
      className="outline-input"
      aria-label={nlEditor.titleLabel}
      defaultValue={initial ?? title}
      maxLength={500}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          finish();
        }
      }}
      onBlur={finish}
    />
  );
}
