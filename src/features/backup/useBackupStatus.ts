import { useEffect, useState } from 'react';
import { watchBackupStatus, type BackupStatus } from '../../persistence';

/** The back-up status of the stored plans, kept current; null while unknown or unreadable. */
export function useBackupStatus(): BackupStatus | null {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    const sub = watchBackupStatus(setStatus, () => setStatus(null));
    return () => sub.unsubscribe();
  }, []);
  return status;
}
