import { useEffect, useState } from 'react';
import { watchPlans, type PlanSummary } from '../../persistence';

export type PlanList = { state: 'loading' } | { state: 'ready'; plans: PlanSummary[] } | { state: 'failed' };

/** The stored plans, kept current (also when another tab changes them). */
export function usePlanList(): PlanList {
  const [list, setList] = useState<PlanList>({ state: 'loading' });
  useEffect(() => {
    const sub = watchPlans(
      (plans) => setList({ state: 'ready', plans }),
      () => setList({ state: 'failed' }),
    );
    return () => sub.unsubscribe();
  }, []);
  return list;
}
