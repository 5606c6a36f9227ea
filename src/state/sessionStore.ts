import { create } from 'zustand';

/**
 * Session state of the editor: what is selected, being edited, folded or shown. Never saved,
 * never exported, never an undo step.
 */
export interface SessionStore {
  selection: readonly string[];
  /** The node whose title is open for typing; `initial` is the key that started it, if any. */
  editing: { id: string; initial?: string } | null;
  /** Collapsed goals per plan id. */
  collapsed: Readonly<Record<string, readonly string[]>>;
  /** 'auto' shows the minimap for plans small enough that it costs nothing noticeable. */
  minimap: 'auto' | 'on' | 'off';
  view: 'canvas' | 'outline';
  /** A request to bring a node into view; `seq` makes a repeated request for the same node count. */
  focusRequest: { id: string; seq: number } | null;
  /** Nodes marked on the canvas, e.g. what changed since a momentopname. */
  highlight: readonly string[];
  /** Percent of the editor's height given to the panel under the canvas (the Actielijst). */
  belowShare: number;
  setBelowShare(share: number): void;
  setHighlight(ids: readonly string[]): void;
  select(ids: readonly string[]): void;
  startEditing(id: string, initial?: string): void;
  stopEditing(): void;
  toggleCollapsed(planId: string, goalId: string): void;
  setCollapsed(planId: string, goalId: string, collapsed: boolean): void;
  setMinimap(shown: boolean): void;
  setView(view: 'canvas' | 'outline'): void;
  reveal(id: string): void;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export const useSession = create<SessionStore>()((set, get) => ({
  selection: [],
  editing: null,
  collapsed: {},
  minimap: 'auto',
  view: 'canvas',
  focusRequest: null,
  highlight: [],
  belowShare: 50,
  setBelowShare(share) {
    set({ belowShare: share });
  },
  setHighlight(ids) {
    if (!sameIds(get().highlight, ids)) set({ highlight: [...ids] });
  },
  select(ids) {
    if (!sameIds(get().selection, ids)) set({ selection: [...ids] });
  },
  startEditing(id, initial) {
    set({ editing: initial === undefined ? { id } : { id, initial } });
  },
  stopEditing() {
    if (get().editing) set({ editing: null });
  },
  toggleCollapsed(planId, goalId) {
    const current = get().collapsed[planId] ?? [];
    get().setCollapsed(planId, goalId, !current.includes(goalId));
  },
  setCollapsed(planId, goalId, collapsed) {
    const current = get().collapsed[planId] ?? [];
    if (current.includes(goalId) === collapsed) return;
    const next = collapsed ? [...current, goalId] : current.filter((id) => id !== goalId);
    set({ collapsed: { ...get().collapsed, [planId]: next } });
  },
  setMinimap(shown) {
    set({ minimap: shown ? 'on' : 'off' });
  },
  setView(view) {
    set({ view });
  },
  reveal(id) {
    set({ focusRequest: { id, seq: (get().focusRequest?.seq ?? 0) + 1 } });
  },
}));

/** The minimap redraws every node on every change; beyond this size it is off unless asked for. */
export const MINIMAP_AUTO_LIMIT = 600;
/** A plan this small fits the canvas whole: a minimap would only cover part of it. */
export const MINIMAP_AUTO_FROM = 40;

export function minimapShown(setting: SessionStore['minimap'], nodeCount: number): boolean {
  return setting === 'on' || (setting === 'auto' && nodeCount >= MINIMAP_AUTO_FROM && nodeCount <= MINIMAP_AUTO_LIMIT);
}

export function resetSession(): void {
  useSession.setState({ selection: [], editing: null, collapsed: {}, minimap: 'auto', view: 'canvas', focusRequest: null, highlight: [] });
}
