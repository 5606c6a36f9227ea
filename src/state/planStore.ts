import { create } from 'zustand';
import type { Plan } from '../domain/plan/types';
import {
  Autosave,
  classifyStorageError,
  clearJournal,
  getPlan,
  readJournal,
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
  canUndo: boolean;
  canRedo: boolean;
  open(id: string): Promise<void>;
  /**
   * Opens a plan this browser cannot store (no IndexedDB, as in some private windows): it is
   * edited in memory, can be exported, and every change tries to save it again.
   */
  openInMemory(plan: Plan): Promise<void>;
  close(): Promise<void>;
  /**
   * The one way to change the open plan: a pure function of the current plan. Each change is
   * one undo step, except consecutive changes with the same `coalesce` key (typing in a field).
   */
  change(update: (plan: Plan) => Plan, opts?: { coalesce?: string }): void;
  undo(): void;
  redo(): void;
  /** Ends the current typing run (a field lost focus): the next edit is a step of its own. */
  endCoalesce(): void;
  retrySave(): Promise<void>;
  keepTheirs(): Promise<void>;
  keepMine(): Promise<void>;
}

// Session-only machinery for the open plan; never part of the plan or its file.
let autosave: Autosave | null = null;
let revisionWatch: { unsubscribe(): void } | null = null;

const HISTORY_LIMIT = 200;
interface History {
  past: Plan[];
  future: Plan[];
  lastKey: string | undefined;
}
// Undo history per plan, kept while the app runs so returning to a plan keeps its history.
const histories = new Map<string, History>();
function historyOf(id: string): History {
  let h = histories.get(id);
  if (!h) histories.set(id, (h = { past: [], future: [], lastKey: undefined }));
  return h;
}
function undoFlags(id: string) {
  const h = historyOf(id);
  return { canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}

function stopSession() {
  revisionWatch?.unsubscribe();
  revisionWatch = null;
  autosave?.dispose();
  autosave = null;
}

export const usePlanStore = create<PlanStore>()((set, get) => {
  async function reloadFromStore(id: string, dropMine = false) {
    const row = await getPlan(id);
    if (get().plan?.id !== id) return;
    if (!row) {
      // Deleted in another tab: say so rather than keep editing a plan that is gone.
      if (!dropMine && autosave?.dirty) return set({ conflict: true });
      stopSession();
      return set({ status: 'missing', plan: null, conflict: false });
    }
    // An edit made while reading is never dropped silently: the user chooses.
    if (!dropMine && autosave?.dirty) {
      set({ conflict: true });
      return;
    }
    autosave?.discard();
    autosave?.rebase(row.rev);
    // Undoing past another tab's save would silently revert it, so history starts anew.
    histories.delete(id);
    set({ plan: row.plan, conflict: false, saveState: { kind: 'saved', rev: row.rev }, ...undoFlags(id) });
  }

  // A clash with another tab stays on screen until the user chooses; retries don't clear it.
  const onSaveState = (saveState: SaveState) =>
    set(saveState.kind === 'failed' && saveState.problem === 'conflict' ? { saveState, conflict: true } : { saveState });

  async function onRevision(id: string, rev: number | undefined) {
    const save = autosave;
    if (!save) return;
    // Our own write reports its revision too; let it finish before comparing.
    await save.flush();
    if (autosave !== save) return;
    if (rev === undefined) {
      if (save.revision > 0) await reloadFromStore(id);
      return;
    }
    if (rev <= save.revision) return;
    if (save.dirty) set({ conflict: true });
    else await reloadFromStore(id);
  }

  return {
    status: 'idle',
    loadProblem: null,
    plan: null,
    saveState: { kind: 'saved', rev: 0 },
    conflict: false,
    canUndo: false,
    canRedo: false,

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
      autosave = new Autosave({ rev: row.rev, onState: onSaveState });
      revisionWatch = watchRevision(id, (rev) => void onRevision(id, rev), () => {});
      // An edit the last page kept only in its journal (it closed mid-save) is taken up again,
      // if nothing was saved since it was made; otherwise it is stale and dropped.
      const journal = readJournal(id);
      if (journal && journal.baseRev !== row.rev) clearJournal(id);
      const recovered = journal && journal.baseRev === row.rev ? journal.plan : null;
      set({ status: 'ready', plan: recovered ?? row.plan, saveState: { kind: 'saved', rev: row.rev }, ...undoFlags(id) });
      if (recovered) autosave.schedule(recovered);
      void requestPersistentStorageOnce();
    },

    async openInMemory(plan) {
      await get().close();
      // Revision 0: should storage work after all, a retry stores it as a new plan.
      autosave = new Autosave({ rev: 0, onState: onSaveState });
      set({ status: 'ready', plan, conflict: false, loadProblem: null, saveState: { kind: 'failed', problem: 'unavailable' }, ...undoFlags(plan.id) });
    },

    async close() {
      const save = autosave;
      if (save) {
        await save.flush();
        // Still unsaved (a full disk): the journal keeps the edit until the plan opens again.
        // A plan that was never stored has no revision to come back on.
        if (save.revision > 0) save.keepUnsaved();
      }
      stopSession();
      set({ status: 'idle', plan: null, conflict: false });
    },

    change(update, opts) {
      const plan = get().plan;
      if (!plan) return;
      const next = update(plan);
      if (next === plan) return;
      const h = historyOf(plan.id);
      if (!(opts?.coalesce !== undefined && opts.coalesce === h.lastKey)) {
        h.past.push(plan);
        if (h.past.length > HISTORY_LIMIT) h.past.shift();
      }
      h.future = [];
      h.lastKey = opts?.coalesce;
      set({ plan: next, ...undoFlags(plan.id) });
      autosave?.schedule(next);
    },

    endCoalesce() {
      const id = get().plan?.id;
      if (id) historyOf(id).lastKey = undefined;
    },

    undo() {
      const plan = get().plan;
      if (!plan) return;
      const h = historyOf(plan.id);
      const prev = h.past.pop();
      if (!prev) return;
      h.future.push(plan);
      h.lastKey = undefined;
      const next = { ...prev, updatedAt: new Date().toISOString() };
      set({ plan: next, ...undoFlags(plan.id) });
      autosave?.schedule(next);
    },

    redo() {
      const plan = get().plan;
      if (!plan) return;
      const h = historyOf(plan.id);
      const following = h.future.pop();
      if (!following) return;
      h.past.push(plan);
      h.lastKey = undefined;
      const next = { ...following, updatedAt: new Date().toISOString() };
      set({ plan: next, ...undoFlags(plan.id) });
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
      if (id) await reloadFromStore(id, true);
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

/**
 * After the first save of a new plan failed: if this browser cannot store plans at all, opens
 * the plan in memory instead (see `openInMemory`) and returns true; otherwise false.
 */
export async function openIfUnstorable(plan: Plan, err: unknown): Promise<boolean> {
  if (classifyStorageError(err) !== 'unavailable') return false;
  await usePlanStore.getState().openInMemory(plan);
  return true;
}

/** For tests: forget the open plan without saving. */
export function resetPlanStore(): void {
  stopSession();
  histories.clear();
  usePlanStore.setState({ status: 'idle', plan: null, conflict: false, loadProblem: null, saveState: { kind: 'saved', rev: 0 } });
}
