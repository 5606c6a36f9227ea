// Test helpers of the step components (not used by the app): a plan saved in a fresh
// fake-indexeddb database, opened in the store, and the step rendered with the notices.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import type { Plan } from '../../../domain/plan/types';
import { db, savePlan, setDb, WijkdoelenDb } from '../../../persistence';
import { resetPlanStore, usePlanStore } from '../../../state/planStore';
import { resetSession } from '../../../state/sessionStore';
import { Notices } from '../../../ui/Notices';
import { useNotices } from '../../../ui/notices';

export function setUpStore(): void {
  resetPlanStore();
  resetSession();
  useNotices.getState().clear();
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
}

export async function tearDownStore(): Promise<void> {
  resetPlanStore();
  const d = db();
  setDb(null);
  await d.delete();
}

export async function renderStep(Step: ComponentType<{ plan: Plan }>, plan: Plan) {
  await savePlan(plan, 0);
  await usePlanStore.getState().open(plan.id);
  function Host() {
    const current = usePlanStore((s) => s.plan);
    return (
      <>
        {current && <Step plan={current} />}
        <Notices closeLabel="Sluiten" />
      </>
    );
  }
  const user = userEvent.setup();
  render(<Host />);
  return user;
}

/** The open plan in the store. */
export const openPlan = (): Plan => usePlanStore.getState().plan as Plan;
