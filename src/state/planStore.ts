import { create } from 'zustand';
import type { Plan } from '../domain/plan/types';
import {
  Autosave,
  classifyStorageError,
  getPlan,
  requestPersistentStorageOnce,
  watchRevision,
  type SaveState,
  type StorageProblem,
} from '../persistence';

export type OpenStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'failed';

export interface PlanStore {
  status: OpenStatus;
  loadProblem: StorageProblem | null;
  plan: Plan | null;
  saveState: SaveState;
  /** Another tab saved this plan while this tab has unsaved edits: the user must choose. */
  conflict: boolean;
  open(id: string): Promise<void>;
  close(): Promise<void>;
  /** The one way to change the open plan: a pure function of the current plan. */
  change(update: (plan: Plan) => Plan): void;
  retrySave(): Promise<void>;
  keepTheirs(): Promise<void>;
  keepMine(): Promise<void>;
}

// Session-only machinery for the open plan; never part of the plan or its file.
let autosave: Autosave | null = null;
let revisionWatch: { unsubscribe(): void } | null = null;

function stopSession() {
  revisionWatch?.unsubscribe();
  revisionWatch = null;
  autosave?.dispose();
  autosave = null;
}

export const usePlanStore = create<PlanStore>()((set, get) => {
  async function reloadFromStore(id: string) {
    const row = await getPlan(id);
    if (!row || get().plan?.id !== id) return;
    autosave?.discard();
    autosave?.rebase(row.rev);
    set({ plan: row.plan, conflict: false, saveState: { kind: 'saved', rev: row.rev } });
  }

  async function onRevision(id: string, rev: number | undefined) {
    const save = autosave;
    if (!save || rev === undefined) return;
    // Our own write reports its revision too; let it finish before comparing.
    await save.flush();
    if (autosave !== save || rev <= save.revision) return;
    if (save.dirty) set({ conflict: true });
    else await reloadFromStore(id);
  }

  return {
    status: 'idle',
    loadProblem: null,
    plan: null,
    saveState: { kind: 'saved', rev: 0 },
    conflict: false,

    async open(id) {
      if (get().plan?.id === id && get().status === 'ready') return;
      await get().close();
      set({ status: 'loading', plan: null, conflict: false, loadProblem: null });
      let row;
      try {
        row = await getPlan(id);
      } catch (err) {
        set({ status: 'failed', loadProblem: classifyStorageError(err) });
        return;
      }
      if (!row) {
        set({ status: 'missing' });
        return;
      }
      autosave = new Autosave({ rev: row.rev, onState: (saveState) => set({ saveState, conflict: saveState.kind === 'failed' && saveState.problem === 'conflict' }) });
      revisionWatch = watchRevision(id, (rev) => void onRevision(id, rev), () => {});
      set({ status: 'ready', plan: row.plan, saveState: { kind: 'saved', rev: row.rev } });
      void requestPersistentStorageOnce();
    },

    async close() {
      const save = autosave;
      if (save) await save.flush();
      stopSession();
      set({ status: 'idle', plan: null, conflict: false });
    },

    change(update) {
      const plan = get().plan;
      if (!plan) return;
      const next = update(plan);
      if (next === plan) return;
      set({ plan: next });
      autosave?.schedule(next);
    },

    async retrySave() {
      const plan = get().plan;
      if (!plan || !autosave) return;
      autosave.schedule(plan);
      await autosave.flush();
    },

    async keepTheirs() {
      const id = get().plan?.id;
      if (id) await reloadFromStore(id);
    },

    async keepMine() {
      const plan = get().plan;
      if (!plan || !autosave) return;
      const row = await getPlan(plan.id);
      autosave.rebase(row?.rev ?? 0);
      set({ conflict: false });
      autosave.schedule(plan);
      await autosave.flush();
    },
  };
});

/** For tests: forget the open plan without saving. */
export function resetPlanStore(): void {
  stopSession();
  usePlanStore.setState({ status: 'idle', plan: null, conflict: false, loadProblem: null, saveState: { kind: 'saved', rev: 0 } });
}
