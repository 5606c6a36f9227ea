import { useEffect, useState } from 'react';
import type { Plan } from '../../domain/plan/types';
import { listAllPlans } from '../../persistence';

export type StoredPlans = { state: 'loading' } | { state: 'ready'; plans: Plan[] } | { state: 'failed' };

/** Every stored plan, read once: the overview is a snapshot, not an editor. */
export function useStoredPlans(): StoredPlans {
  const [stored, setStored] = useState<StoredPlans>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    listAllPlans().then(
      (rows) => live && setStored({ state: 'ready', plans: rows.map((r) => r.plan) }),
      () => live && setStored({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return stored;
}
