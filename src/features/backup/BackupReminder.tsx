import { backupReminderDue, daysSince } from '../../domain/backup/reminder';
import { nlBackup } from '../../i18n';
import { makeBackupAndTell } from './backupCommands';
import { MAKE_BUTTON_ID } from './BackupControls';
import { useBackupStatus } from './useBackupStatus';
import './backup.css';

/** On Mijn plannen: a calm reminder to make a back-up when it is due, with the button right there. */
export function BackupReminder({ now = () => new Date() }: { now?: () => Date }) {
  const status = useBackupStatus();
  if (!status) return null;
  const at = now();
  if (!backupReminderDue({ now: at, lastBackupAt: status.lastBackupAt, plans: status.plans })) return null;
  const text = status.lastBackupAt === null ? nlBackup.reminderNever : nlBackup.reminderSince(daysSince(status.lastBackupAt, at));
  return (
    <section className="backup-reminder" aria-label={nlBackup.reminderLabel}>
      <p>{text}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void makeBackupAndTell().then((made) => {
          // The reminder (and this button) goes once the back-up is recorded: keep focus nearby.
          if (made) document.getElementById(MAKE_BUTTON_ID)?.focus();
        })}
      >
        {nlBackup.make}
      </button>
    </section>
  );
}
