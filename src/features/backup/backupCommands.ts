import { checkFileSize } from '../../domain/file';
import { backupFileName, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '../../domain/file/backup';
import { newId } from '../../domain/plan/operations';
import type { Plan } from '../../domain/plan/types';
import { nl, nlBackup } from '../../i18n';
import { classifyStorageError, listAllPlans, listPlans, markBackupMade, savePlans } from '../../persistence';
import { notify } from '../../ui/notices';
import { downloadBlob } from '../import-export/exportPlan';

const MAX_SHOWN_ERRORS = 10;

/** Downloads every stored plan as one back-up file and records that it was made. */
export async function makeBackup(now: Date = new Date()): Promise<{ count: number; fileName: string }> {
  const rows = await listAllPlans();
  if (rows.length === 0) return { count: 0, fileName: '' };
  const fileName = backupFileName(now);
  downloadBlob(new Blob([serializeBackup(rows.map((r) => r.plan), now)], { type: 'application/json' }), fileName);
  // Recorded once the download is offered: the browser does not tell whether it was kept.
  await markBackupMade(now, rows);
  return { count: rows.length, fileName };
}

/** "Back-up maken" with its outcome told: a status, or an alert that says why not. */
export async function makeBackupAndTell(): Promise<boolean> {
  try {
    const { count, fileName } = await makeBackup();
    notify.status(count === 0 ? nlBackup.nothingToBackUp : nlBackup.made(count, fileName));
    return count > 0;
  } catch (err) {
    notify.alert(nlBackup.makeFailed, [nlBackup.storageReason[classifyStorageError(err)]]);
    return false;
  }
}

export type ReadBackupOutcome = { ok: true; plans: Plan[] } | { ok: false; heading: string; errors: string[] };

/** Reads a chosen back-up file through `parseBackup`. Changes nothing. */
export async function readBackupFile(file: File): Promise<ReadBackupOutcome> {
  const refuse = (errors: string[]): ReadBackupOutcome => ({ ok: false, heading: nlBackup.refusedHeading(file.name), errors: shortList(errors) });
  // Before reading: a file over the limit is refused without loading it.
  const sizeError = checkFileSize(file.size, MAX_BACKUP_BYTES);
  if (sizeError) return refuse([sizeError]);
  let text: string;
  try {
    text = new TextDecoder().decode(await file.arrayBuffer());
  } catch {
    return refuse([nlBackup.unreadable]);
  }
  const result = parseBackup(text);
  return result.ok ? { ok: true, plans: result.plans } : refuse(result.errors);
}

function shortList(errors: string[]): string[] {
  if (errors.length <= MAX_SHOWN_ERRORS) return [...errors, nlBackup.nothingChanged];
  return [...errors.slice(0, MAX_SHOWN_ERRORS), nlBackup.moreErrors(errors.length - MAX_SHOWN_ERRORS), nlBackup.nothingChanged];
}

/** A plan from the back-up, and the title of the stored plan with its id (null if none). */
export interface RestoreItem {
  plan: Plan;
  existingTitle: string | null;
}

export type RestoreChoice = 'replace' | 'keep-both';

export async function prepareRestore(plans: readonly Plan[]): Promise<RestoreItem[]> {
  const stored = new Map((await listPlans()).map((s) => [s.id, s.title]));
  return plans.map((plan) => ({ plan, existingTitle: stored.get(plan.id) ?? null }));
}

/**
 * Stores the plans of a back-up in one transaction, all or none: new ones as they are, and
 * for a plan that exists the user's choice (a missing choice keeps both, which loses nothing).
 * Returns how many plans were restored.
 */
export async function restoreBackup(items: readonly RestoreItem[], choices: ReadonlyMap<string, RestoreChoice>): Promise<number> {
  const entries = items.map(({ plan, existingTitle }) => {
    if (existingTitle === null) return { plan, mode: 'new' as const };
    if (choices.get(plan.id) === 'replace') return { plan, mode: 'replace' as const };
    const copy: Plan = { ...plan, id: newId('plan'), title: `${plan.title}${nl.plans.copySuffix}`.slice(0, 500) };
    return { plan: copy, mode: 'new' as const };
  });
  await savePlans(entries);
  return entries.length;
}
