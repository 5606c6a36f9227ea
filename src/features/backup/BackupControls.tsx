import { useRef, useState } from 'react';
import { nlBackup } from '../../i18n';
import { classifyStorageError } from '../../persistence';
import { notify } from '../../ui/notices';
import { makeBackupAndTell, prepareRestore, readBackupFile, restoreBackup, type RestoreChoice, type RestoreItem } from './backupCommands';
import { RestoreDialog } from './RestoreDialog';

/** The id of the toolbar's "Back-up maken", where focus goes when the reminder's button goes. */
export const MAKE_BUTTON_ID = 'backup-make';

/** A restore waiting for the user's choice on the plans that exist already. */
interface Asking {
  items: RestoreItem[];
  conflicts: RestoreItem[];
  index: number;
  choices: Map<string, RestoreChoice>;
}

/** "Back-up maken" and "Back-up terugzetten" (a real button opening a hidden file picker). */
export function BackupControls({ className = 'button' }: { className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);

  async function restore(items: readonly RestoreItem[], choices: ReadonlyMap<string, RestoreChoice>) {
    setBusy(true);
    try {
      notify.status(nlBackup.restored(await restoreBackup(items, choices)));
    } catch (err) {
      notify.alert(nlBackup.restoreFailed, [nlBackup.storageReason[classifyStorageError(err)]]);
    } finally {
      setBusy(false);
    }
  }

  async function read(file: File) {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await readBackupFile(file);
      if (!outcome.ok) return void notify.alert(outcome.heading, outcome.errors);
      if (outcome.plans.length === 0) return void notify.status(nlBackup.empty);
      const items = await prepareRestore(outcome.plans);
      const conflicts = items.filter((item) => item.existingTitle !== null);
      if (conflicts.length > 0) setAsking({ items, conflicts, index: 0, choices: new Map() });
      else await restore(items, new Map());
    } catch (err) {
      notify.alert(nlBackup.restoreFailed, [nlBackup.storageReason[classifyStorageError(err)]]);
    } finally {
      setBusy(false);
    }
  }

  function choose(choice: RestoreChoice, toRest: boolean) {
    if (!asking) return;
    const targets = toRest ? asking.conflicts.slice(asking.index) : asking.conflicts.slice(asking.index, asking.index + 1);
    const choices = new Map(asking.choices);
    for (const t of targets) choices.set(t.plan.id, choice);
    const index = asking.index + targets.length;
    if (index < asking.conflicts.length) return setAsking({ ...asking, index, choices });
    setAsking(null);
    void restore(asking.items, choices);
  }

  const current = asking?.conflicts[asking.index];
  return (
    <>
      <button type="button" id={MAKE_BUTTON_ID} className={className} onClick={() => void makeBackupAndTell()}>
        {nlBackup.make}
      </button>
      <button type="button" className={className} aria-busy={busy} onClick={() => input.current?.click()}>
        {nlBackup.restore}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {asking && current && (
        <RestoreDialog
          item={current}
          position={asking.index + 1}
          total={asking.conflicts.length}
          onChoose={choose}
          onCancel={() => {
            setAsking(null);
            notify.status(nlBackup.cancelled);
          }}
        />
      )}
    </>
  );
}
