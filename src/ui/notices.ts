import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'status' | 'alert';
  text: string;
  /** Optional further lines, e.g. the errors of a refused file. */
  details?: string[];
  action?: { label: string; run: () => void };
}

interface NoticeStore {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>): number;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

/** App-wide confirmations (role=status) and errors (role=alert). */
export const useNotices = create<NoticeStore>()((set) => ({
  notices: [],
  show(notice) {
    const id = nextId++;
    // One message of a kind at a time: a new one replaces the old, so screens stay calm.
    set((s) => ({ notices: [...s.notices.filter((n) => n.kind !== notice.kind), { ...notice, id }] }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
  clear() {
    set({ notices: [] });
  },
}));

export const notify = {
  status: (text: string, action?: Notice['action']) => useNotices.getState().show({ kind: 'status', text, ...(action ? { action } : {}) }),
  alert: (text: string, details?: string[]) => useNotices.getState().show({ kind: 'alert', text, ...(details ? { details } : {}) }),
};
