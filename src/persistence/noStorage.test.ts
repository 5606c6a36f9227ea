// A window without usable IndexedDB: no IndexedDB at all, or opening it fails (as in some
// private windows). Every failure must reach the caller, sorted as 'unavailable'.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePlan } from '../domain/plan/testPlan';
import { watchBackupStatus } from './backupRepository';
import { setDb, WijkdoelenDb } from './db';
import { classifyStorageError } from './errors';
import { getPlan, listPlans, savePlan, watchPlans } from './planRepository';

const realIndexedDB = Dexie.dependencies.indexedDB;

afterEach(() => {
  setDb(null);
  Dexie.dependencies.indexedDB = realIndexedDB;
});

/** The first error a watch reports (fails the test if it reports a value instead). */
function firstError(watch: typeof watchPlans | typeof watchBackupStatus): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const sub = watch(
      (value: unknown) => reject(new Error(`expected an error, got ${JSON.stringify(value)}`)),
      (err) => {
        sub.unsubscribe();
        resolve(err);
      },
    );
  });
}

const cases: Array<[string, () => void]> = [
  ['there is no IndexedDB at all', () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
  }],
  ['opening IndexedDB fails', () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
  }],
];

describe.each(cases)('when %s', (_name, breakStorage) => {
  it('the live list and the back-up status report the failure (not "loading" forever)', async () => {
    breakStorage();
    setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
    expect(classifyStorageError(await firstError(watchPlans))).toBe('unavailable');
    expect(classifyStorageError(await firstError(watchBackupStatus))).toBe('unavailable');
  });

  it('reads and saves fail as "unavailable", again and again', async () => {
    breakStorage();
    setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
    const problem = (p: Promise<unknown>) => p.then(() => 'ok', classifyStorageError);
    expect(await problem(listPlans())).toBe('unavailable');
    expect(await problem(savePlan(makePlan(), 0))).toBe('unavailable');
    expect(await problem(getPlan('plan-1'))).toBe('unavailable');
    expect(await problem(savePlan(makePlan(), 0))).toBe('unavailable');
  });
});
