// Back-up of every plan in this browser (docs/decisions.md, "Back-up").
export { BackupControls } from './BackupControls';
export { BackupReminder } from './BackupReminder';
