import { getMeta, setMeta } from './planRepository';

/** Asks the browser, once per browser profile, not to evict our data under storage pressure. */
export async function requestPersistentStorageOnce(): Promise<void> {
  try {
    if (!navigator.storage?.persist) return;
    if (await getMeta<boolean>('persistRequested')) return;
    await setMeta('persistRequested', true);
    await navigator.storage.persist();
  } catch {
    // Best effort: without persistence the data is still stored, only evictable.
  }
}
