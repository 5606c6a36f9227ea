// The only module that touches IndexedDB (Dexie). Everything else imports from here.
export { db, setDb, WijkdoelenDb, DB_NAME, type PlanRow, type PlanSummaryRow } from './db';
export { ConflictError, classifyStorageError, type StorageProblem } from './errors';
export * from './planRepository';
export { Autosave, type SaveState } from './autosave';
export { requestPersistentStorageOnce } from './storagePersistence';
export { readJournal, clearJournal, type JournalEntry } from './journal';
export { listAllPlans, markBackupMade, getBackupStatus, watchBackupStatus, type BackupStatus } from './backupRepository';
