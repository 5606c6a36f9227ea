/** Another tab saved this plan after we loaded it; saving now would overwrite that. */
export class ConflictError extends Error {
  constructor(
    readonly planId: string,
    readonly storedRev: number,
  ) {
    super(`Plan ${planId} is elders gewijzigd (revisie ${storedRev})`);
    this.name = 'ConflictError';
  }
}

export type StorageProblem = 'quota' | 'unavailable' | 'blocked' | 'conflict' | 'unknown';

/** Sorts an IndexedDB/Dexie failure into what the user needs to be told. */
export function classifyStorageError(err: unknown): StorageProblem {
  if (err instanceof ConflictError) return 'conflict';
  const e = err as { name?: string; inner?: { name?: string }; message?: string } | null;
  const names = [e?.name, e?.inner?.name];
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')) return 'unavailable';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'VersionError' || n === 'BlockedError')) return 'blocked';
  return 'unknown';
}
