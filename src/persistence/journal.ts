import type { Plan } from '../domain/plan/types';

// When the page goes away (reload, close) an IndexedDB write started in `pagehide` may be cut
// off with the page. localStorage is written synchronously, so the newest unsaved plan is put
// there too, and recovered the next time the plan opens.
const PREFIX = 'wijkdoelen:unsaved:';

export interface JournalEntry {
  /** The stored revision the unsaved plan was based on. */
  baseRev: number;
  plan: Plan;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function writeJournal(plan: Plan, baseRev: number): void {
  try {
    storage()?.setItem(PREFIX + plan.id, JSON.stringify({ baseRev, plan }));
  } catch {
    // Full or unavailable: IndexedDB is still the real store; this is only a last resort.
  }
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const text = storage()?.getItem(PREFIX + id);
    if (!text) return null;
    const entry = JSON.parse(text) as JournalEntry;
    return entry && typeof entry.baseRev === 'number' && entry.plan?.id === id ? entry : null;
  } catch {
    return null;
  }
}

export function clearJournal(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}
