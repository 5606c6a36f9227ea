import { useEffect, useState } from 'react';
import { classifyStorageError, watchPlans, type PlanSummary, type StorageProblem } from '../../persistence';

export type PlanList = { state: 'loading' } | { state: 'ready'; plans: PlanSummary[] } | { state: 'failed'; problem: StorageProblem };

/** The stored plans, kept current (also when another tab changes them). */
export function usePlanList(): PlanList {
  const [list, setList] = useState<PlanList>({ state: 'loading' });
  useEffect(() => {
    const sub = watchPlans(
      (plans) => setList({ state: 'ready', plans }),
      (err) => setList({ state: 'failed', problem: classifyStorageError(err) }),
    );
    return () => sub.unsubscribe();
  }, []);
  return list;
}
