import { Dexie, type EntityTable } from 'dexie';
import type { Plan } from '../domain/plan/types';

/** One stored plan: the whole plan as one value, so a save is one atomic put. */
export interface PlanRow {
  id: string;
  /** Increases by one with every save; a tab saves only over the revision it loaded. */
  rev: number;
  plan: Plan;
}

/** What "Mijn plannen" lists, kept beside the plan so the list never reads whole plans. */
export interface PlanSummaryRow {
  id: string;
  rev: number;
  title: string;
  wijk: string;
  period?: string;
  updatedAt: string;
  goals: number;
  actions: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'wijkdoelen';

export class WijkdoelenDb extends Dexie {
  plans!: EntityTable<PlanRow, 'id'>;
  summaries!: EntityTable<PlanSummaryRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1, the first released schema: never change it, it is what users have on disk.
    // A later version adds a new `.version(n)` block with an upgrade function and extends
    // upgrade.test.ts, which opens a filled version-1 database.
    this.version(1).stores({
      plans: 'id',
      summaries: 'id, updatedAt',
      meta: 'key',
    });
    // Version 2 (file format 2) only adds optional plan fields, so v1 rows are valid as they are;
    // the no-op bump runs the upgrade path on real databases now, while nothing depends on it.
    this.version(2)
      .stores({ plans: 'id', summaries: 'id, updatedAt', meta: 'key' })
      .upgrade(() => undefined);
  }
}

let instance: WijkdoelenDb | null = null;

export function db(): WijkdoelenDb {
  instance ??= new WijkdoelenDb();
  return instance;
}

/** For tests: use a fresh database (fake-indexeddb) or a database with another name. */
export function setDb(next: WijkdoelenDb | null): void {
  instance?.close();
  instance = next;
}
