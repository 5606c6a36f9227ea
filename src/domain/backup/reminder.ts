// When "Mijn plannen" reminds the user to make a back-up: plans live only in this browser,
// so a wiped browser profile or a new laptop loses every plan not backed up.

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long plans may go without a back-up before the reminder shows. */
export const BACKUP_REMINDER_DAYS = 14;

export interface BackupFacts {
  now: Date;
  /** When the last back-up was made (ISO), or null if never. */
  lastBackupAt: string | null;
  /** Every stored plan: when it last changed, and whether it changed since the last back-up. */
  plans: ReadonlyArray<{ updatedAt: string; changedSinceBackup: boolean }>;
}

/** Whole days from `from` to `now`, rounded down; NaN if `from` is no date. */
export function daysSince(from: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(from)) / DAY_MS);
}

const longerAgo = (iso: string, now: Date, days: number) => now.getTime() - Date.parse(iso) > days * DAY_MS;

/**
 * Whether to remind: there are plans, and either no back-up was ever made and the oldest
 * plan change is more than `days` ago, or the last back-up is more than `days` old and some
 * plan changed since. Dates that cannot be read never trigger a reminder.
 */
export function backupReminderDue(facts: BackupFacts, days: number = BACKUP_REMINDER_DAYS): boolean {
  const { now, lastBackupAt, plans } = facts;
  if (plans.length === 0) return false;
  if (lastBackupAt === null) return plans.some((p) => longerAgo(p.updatedAt, now, days));
  return longerAgo(lastBackupAt, now, days) && plans.some((p) => p.changedSinceBackup);
}
