// Shared set-up for component tests: a fresh fake-indexeddb database and clean stores per
// test, and the editor rendered over a stored, opened plan. Imported by tests only.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { EditorView } from '../features/editor/EditorView';
import type { Plan } from '../domain/plan/types';
import { db, savePlan, setDb, WijkdoelenDb } from '../persistence';
import { resetPlanStore, usePlanStore } from '../state/planStore';
import { resetSession, useSession } from '../state/sessionStore';
import { Notices } from '../ui/Notices';
import { useNotices } from '../ui/notices';

/** Every test gets its own empty database and stores that remember nothing of the last test. */
export function withFreshStores(): void {
  beforeEach(() => {
    resetPlanStore();
    resetSession();
    useSession.setState({ minimap: 'off' });
    useNotices.getState().clear();
    localStorage.clear();
    setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  });
  afterEach(async () => {
    resetPlanStore();
    const d = db();
    setDb(null);
    await d.delete();
  });
}

/** Moving the view is animated unless reduced motion is asked for; jsdom has no size to animate in. */
export function withReducedMotion(): void {
  const real = window.matchMedia;
  beforeAll(() => {
    window.matchMedia = (query: string) => ({ ...real(query), matches: query.includes('prefers-reduced-motion') });
  });
  afterAll(() => {
    window.matchMedia = real;
  });
}

/** Stores a plan (revision 1) and opens it in the plan store. */
export async function openStoredPlan(plan: Plan): Promise<void> {
  await savePlan(plan, 0);
  await usePlanStore.getState().open(plan.id);
}

/**
 * A component that takes the open plan (an editor, a step), over a stored and opened plan,
 * re-rendering as the plan changes, with the notices on screen.
 */
export async function renderWithPlan(View: ComponentType<{ plan: Plan }>, plan: Plan) {
  await openStoredPlan(plan);
  function Host() {
    const current = usePlanStore((s) => s.plan);
    return (
      <>
        {current && <View plan={current} />}
        <Notices closeLabel="Sluiten" />
      </>
    );
  }
  const user = userEvent.setup();
  render(<Host />);
  return user;
}

/** The editor over a stored, opened plan. */
export const renderEditor = (plan: Plan) => renderWithPlan(EditorView, plan);

/** The open plan in the store. */
export const openPlan = (): Plan => usePlanStore.getState().plan as Plan;
