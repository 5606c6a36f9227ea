import { create } from 'zustand';
import type { Plan } from '../../domain/plan/types';
import { nl } from '../../i18n';
import { classifyStorageError } from '../../persistence';
import { openIfUnstorable } from '../../state/planStore';
import { notify } from '../../ui/notices';
import { readPlanFile, storedTitle, storeImportedPlan, type ImportMode } from './importPlan';

interface ImportStore {
  /** A read plan whose id is already stored, waiting for the user's choice. */
  conflict: { plan: Plan; existingTitle: string } | null;
  busy: boolean;
  importFile(file: File, onOpen: (id: string) => void): Promise<void>;
  resolve(mode: Exclude<ImportMode, 'new'> | 'cancel', onOpen: (id: string) => void): Promise<void>;
}

async function store(plan: Plan, mode: ImportMode, onOpen: (id: string) => void) {
  try {
    const saved = await storeImportedPlan(plan, mode);
    notify.status(nl.importing.imported(saved.title));
    onOpen(saved.id);
  } catch (err) {
    // A window that cannot store (a private window): the plan opens in memory, to be exported.
    if (mode === 'new' && (await openIfUnstorable(plan, err))) onOpen(plan.id);
    else notify.alert(nl.save.failed(classifyStorageError(err)));
  }
}

export const useImportStore = create<ImportStore>()((set, get) => ({
  conflict: null,
  busy: false,
  async importFile(file, onOpen) {
    if (get().busy) return;
    set({ busy: true });
    try {
      const outcome = await readPlanFile(file);
      if (!outcome.ok) {
        notify.alert(outcome.heading, outcome.errors);
        return;
      }
      if (outcome.exists) {
        set({ conflict: { plan: outcome.plan, existingTitle: await storedTitle(outcome.plan.id) } });
        return;
      }
      await store(outcome.plan, 'new', onOpen);
    } catch (err) {
      notify.alert(nl.save.failed(classifyStorageError(err)));
    } finally {
      set({ busy: false });
    }
  },
  async resolve(mode, onOpen) {
    const conflict = get().conflict;
    set({ conflict: null });
    if (!conflict || mode === 'cancel') return;
    await store(conflict.plan, mode, onOpen);
  },
}));
