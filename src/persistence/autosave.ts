import type { Plan } from '../domain/plan/types';
import { savePlan } from './planRepository';
import { classifyStorageError, type StorageProblem } from './errors';
import { clearJournal, writeJournal } from './journal';

export type SaveState =
  | { kind: 'saved'; rev: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; problem: StorageProblem };

export interface AutosaveOptions {
  /** Revision of the plan as loaded (0 when it was never stored). */
  rev: number;
  /** Debounce after the last change; well under the 1 s the brief allows. */
  delayMs?: number;
  onState: (state: SaveState) => void;
}

/**
 * Debounced saving of the open plan. Keeps the newest unsaved plan in memory until a save
 * succeeds, so a failed save (quota, private window, another tab) never loses an edit.
 */
export class Autosave {
  private rev: number;
  private pending: Plan | null = null;
  /** The plan being written right now, if any. */
  private writing: Plan | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failed = false;
  private readonly delayMs: number;
  private readonly onState: (state: SaveState) => void;
  private readonly onHide = () => this.leave();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.leave();
  };

  constructor(opts: AutosaveOptions) {
    this.rev = opts.rev;
    this.delayMs = opts.delayMs ?? 300;
    this.onState = opts.onState;
    window.addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  get revision(): number {
    return this.rev;
  }

  /** Unsaved work exists (waiting, being written, or after a failure). */
  get dirty(): boolean {
    return this.pending !== null || this.running !== null;
  }

  schedule(plan: Plan): void {
    this.pending = plan;
    if (!this.failed) this.onState({ kind: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** The page may go away: keep the unsaved plan synchronously, then write it to IndexedDB. */
  private leave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.keepUnsaved();
    void this.flush();
  }

  /**
   * Puts the unsaved plan, if any, in the journal, so it is taken up again when the plan next
   * opens: for when the plan is left while saving fails (a full disk).
   */
  keepUnsaved(): void {
    const unsaved = this.pending ?? this.writing;
    if (unsaved) writeJournal(unsaved, this.rev);
  }

  /** Writes the newest pending plan now. Resolves when nothing is left to write or a write failed. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    const plan = this.pending;
    if (!plan) return;
    this.pending = null;
    // After a failure the alert stays until a save succeeds, rather than flicker (and be
    // announced again) with every retry.
    if (!this.failed) this.onState({ kind: 'saving' });
    this.writing = plan;
    this.running = this.write(plan);
    try {
      await this.running;
    } finally {
      this.running = null;
      this.writing = null;
    }
    // Edits made while writing go out at once rather than waiting another debounce.
    if (this.pending && !this.failed) await this.flush();
  }

  private async write(plan: Plan): Promise<void> {
    try {
      this.rev = await savePlan(plan, this.rev);
      this.failed = false;
      if (!this.pending) clearJournal(plan.id);
      if (!this.pending) this.onState({ kind: 'saved', rev: this.rev });
    } catch (err) {
      // Keep the newest edit: a newer pending plan wins over the one that failed.
      this.pending ??= plan;
      this.failed = true;
      this.onState({ kind: 'failed', problem: classifyStorageError(err) });
    }
  }

  /** After the user resolved a conflict: continue from this revision. */
  rebase(rev: number): void {
    this.rev = rev;
    this.failed = false;
  }

  /** Drops unsaved work (the user chose the other tab's version). */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.failed = false;
  }

  dispose(): void {
    window.removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    if (this.timer) clearTimeout(this.timer);
  }
}
